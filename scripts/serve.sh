#!/bin/sh
# The container's entry point (Dockerfile), and runnable as it is without Docker: the app as `make run`
# serves it (`streamlit run app.py` with the repository's .streamlit/config.toml), bound to $ADDRESS
# (0.0.0.0 by default, as a container needs) on $PORT (8501 by default). $PYTHON is the interpreter
# (`python` by default; the tests pass the virtualenv's). Further arguments go to `streamlit run`.
set -eu
cd "$(dirname "$0")/.."
exec "${PYTHON:-python}" -m streamlit run app.py \
    --server.address "${ADDRESS:-0.0.0.0}" \
    --server.port "${PORT:-8501}" \
    --server.headless true \
    "$@"
