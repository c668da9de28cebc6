# Two commands do all set-up: `make run` (the app on data/tradeinvest.duckdb) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# 127.0.0.1: this machine only. Another address must be asked for: `make run HOST=0.0.0.0`
# (demo mode, no users yet, then also needs `DEMO_PUBLIC=1`; see README "Network").
HOST ?= 127.0.0.1
DEMO_PUBLIC ?=

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

.PHONY: run test lint bench
run: $(VENV)/.installed
	$(PY) -m tradeinvest.serve app.py --host $(HOST) --server.port $(PORT)$(if $(DEMO_PUBLIC), --demo-public)

test: $(VENV)/.installed
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "Chromium not installed: browser tests will be skipped"
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports --no-logo  # the layers in pyproject.toml
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	PYTHONPATH=. $(PY) benchmarks/ingest.py
	PYTHONPATH=. $(PY) benchmarks/pages.py
