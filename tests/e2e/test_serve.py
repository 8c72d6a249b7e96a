"""The image's entry point run as it is, without Docker: scripts/serve.sh serves the app on $ADDRESS:$PORT
(loopback here), the image's health check (scripts/healthcheck.py) says yes while it runs and no once it
has stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

from tests.e2e.harness import ROOT, free_port

START_S = 90.0


def health(port: int) -> int:
    env = {**os.environ, "PORT": str(port)}
    return subprocess.run(
        [sys.executable, "scripts/healthcheck.py"], cwd=ROOT, env=env, timeout=30
    ).returncode


def test_the_entry_point_serves_the_app_and_the_health_check_follows_it():
    port = free_port()
    env = {**os.environ, "PYTHON": sys.executable, "ADDRESS": "127.0.0.1", "PORT": str(port)}
    log = (ROOT / "tests" / "e2e" / "server-serve.log").open("w")
    proc = subprocess.Popen(["scripts/serve.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_S
        while health(port) != 0:
            assert proc.poll() is None, "scripts/serve.sh exited; see tests/e2e/server-serve.log"
            assert time.monotonic() < deadline, f"no answer on /_stcore/health in {START_S} s"
            time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200 and b"<html" in page.read().lower()
        proc.send_signal(signal.SIGTERM)  # what `docker stop` sends: serve.sh exec'd streamlit, which stops
        assert proc.wait(30) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    assert health(port) == 1
