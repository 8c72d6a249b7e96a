"""The container's health check: exit 0 when the app on 127.0.0.1:$PORT answers /_stcore/health, 1 if not.

    python scripts/healthcheck.py            # $PORT, 8501 by default

python:3.11-slim has no curl; this needs only the standard library.
"""

from __future__ import annotations

import os
import sys
import urllib.request


def healthy(port: int, timeout: float = 4.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=timeout) as r:
            return r.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(0 if healthy(int(os.environ.get("PORT", "8501"))) else 1)
