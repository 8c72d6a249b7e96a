#!/usr/bin/env bash
# Make sure the replica test (tests/e2e/test_replicas.py) has Debian's nginx, installed with apt-get when it
# is missing, as scripts/ensure_chromium.sh installs Chromium. Without root or apt-get the test is skipped
# with a message that says so.
set -u
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
fi
if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's nginx for the replica test..."
    # The test runs its own nginx on loopback with its own configuration; where systemd runs, the package
    # also starts the system's nginx (port 80), which the test neither uses nor changes.
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light \
        >/dev/null && exit 0
fi
echo "Could not install Debian's nginx; the replica test will be skipped." >&2
exit 0
