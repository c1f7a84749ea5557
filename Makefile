# Two entry points for a fresh machine:  `make` builds the extension, `make test` runs every test.
# Both install what they need (a virtualenv for Python; browsers, drivers and web-ext for the tests).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: all build check test test-full test-fast bench release deps browsers clean

all: build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

deps: $(STAMP)

build: $(STAMP)
	$(BIN)/optout-guide build

check: $(STAMP)
	$(BIN)/optout-guide check

browsers:
	bash tools/install-test-deps.sh

node_modules/.bin/web-ext: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Two workers (one per core), each test file on one worker: a browser is shared by a file's tests.
PYTEST_PARALLEL := -n 2 --dist loadfile

test: $(STAMP) browsers node_modules/.bin/web-ext
	$(BIN)/optout-guide build
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# The whole matrix: every platform's flows in both browsers, every language.
test-full: $(STAMP) browsers node_modules/.bin/web-ext
	$(BIN)/optout-guide build
	E2E_FULL=1 $(BIN)/python -m pytest $(PYTEST_PARALLEL)

# Toolchain tests only (no browsers).
test-fast: $(STAMP)
	$(BIN)/python -m pytest tests/unit

# Everything both browser stores ask for: the zips, the source package, listings, privacy page (dist/).
release: $(STAMP) browsers
	$(BIN)/optout-guide release
	STORE_SCREENSHOTS=dist/store E2E_BROWSERS=chromium $(BIN)/python -m pytest -q tests/e2e/test_store_screenshots.py

# The benchmark (bench/README.md): every host in Chromium and Firefox, about 90 minutes on two cores; writes
# bench/results.md and bench/results.json. `$(BIN)/python -m bench --quick` is a smoke run of a few minutes.
bench: $(STAMP) browsers
	$(BIN)/optout-guide build
	$(BIN)/python -m bench

clean:
	rm -rf dist $(VENV) node_modules
