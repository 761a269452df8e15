# The project's two commands (see README):
#   make run   install the app into .venv and start it (works offline on the embedded data)
#   make test  install everything the tests need and run them all: lint, types, unit, AppTest,
#              browser
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test chromium

# Extra options for `streamlit run`, e.g. make run ARGS=--server.port=8502
ARGS ?=

run: $(VENV)/.app-installed
	$(BIN)/streamlit run app.py $(ARGS)

test: $(VENV)/.test-installed tests/node_modules/.package-lock.json chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	tests/node_modules/.bin/eslint --config tests/eslint.config.mjs static/app
	tests/node_modules/.bin/stylelint --config tests/stylelint.config.mjs "static/app/*.css"
	$(BIN)/python -m pytest

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt tests/requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r tests/requirements.txt
	touch $@

# The npm packages the tests need: those whose files the app vendors in static/vendor (compared
# byte for byte) and the linters of the project's own scripts and styles in static/app.
tests/node_modules/.package-lock.json: tests/package.json tests/package-lock.json
	npm ci --prefix tests --no-audit --no-fund --loglevel=error

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	  else echo "chromium is missing and cannot be installed without root: browser tests will fail under CI=true"; exit 0; fi; \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium >/dev/null; }
