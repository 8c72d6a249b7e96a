#!/usr/bin/env bash
# Make sure the browser tests have a Chromium: Debian's, installed with apt-get when it is missing.
# When apt-get cannot install it (no root, no Debian), the tests fall back to Playwright's own browser
# if one is installed; with neither, they fail with a message that says so.
set -u
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
fi
if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's Chromium for the browser tests..."
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
        && exit 0
fi
echo "Could not install Debian's Chromium; the browser tests will look for Playwright's own browser." >&2
exit 0
