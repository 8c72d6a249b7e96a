# Two commands for a fresh machine:
#   make run    installs what the app needs into .venv and serves it on http://localhost:8501
#   make test   installs the app, the test tools and Chromium, then runs lint and every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test lint unit e2e bench loadtest serve-replicas train chromium nginx clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: $(VENV)/.dev-installed chromium nginx lint
	$(BIN)/python -m pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

unit: $(VENV)/.dev-installed
	$(BIN)/python -m pytest --ignore=tests/e2e

e2e: $(VENV)/.dev-installed chromium nginx
	$(BIN)/python -m pytest tests/e2e

bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/run.py

# What a visitor waits for: the app as `make run` serves it, driven over Streamlit's websocket beside a bare
# page; one visitor, 30 at once, and a 1 000-interaction soak (about 5 minutes, loopback only).
loadtest: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/server.py

# Several copies of the app behind nginx with sticky sessions, on one machine (a class on one server; see
# deploy/ for containers): REPLICAS processes on loopback ports, the proxy on http://127.0.0.1:$(PROXY_PORT).
REPLICAS   ?= 3
PROXY_PORT ?= 8500
serve-replicas: $(VENV)/.app-installed nginx
	$(BIN)/python scripts/serve_replicas.py --replicas $(REPLICAS) --port $(PROXY_PORT)

train: $(VENV)/.app-installed
	$(BIN)/python scripts/train_models.py

chromium:
	@scripts/ensure_chromium.sh

nginx:
	@scripts/ensure_nginx.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/e2e/screenshots benchmarks/results
