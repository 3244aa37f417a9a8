# Letopis: `make run` serves the timeline, `make test` runs everything CI runs.
# Both set up what they need from the package registries (PyPI, npm, Debian): a clean
# machine needs nothing installed by hand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
DB     ?= $(or $(LETOPIS_DB),sqlite:///data/letopis.db)
HTMX   := static/vendor/htmx.min.js
LOCK   := requirements/lock.txt
# apt-get as root, or through sudo when there is one.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: run test setup bytecode lock lockcheck assets browser postgres lint bench eval clean

run: setup
	$(BIN)/letopis db upgrade --db "$(DB)"
	$(BIN)/letopis ingest seeds --if-empty --db "$(DB)"
	$(BIN)/letopis serve --db "$(DB)" --host "$(HOST)" --port "$(PORT)"

test: lockcheck setup browser postgres
	$(BIN)/pytest -q
	$(BIN)/ruff check .
	$(BIN)/mypy app

setup: $(VENV)/.installed assets bytecode

# Bytecode of the app written ahead: each process (the web server, ingest's main process, its
# fork server) otherwise compiles app/ anew at every start where PYTHONDONTWRITEBYTECODE is
# set (about 0.3 s of CPU each); up-to-date files are only checked, so this costs little.
bytecode: $(VENV)/.installed
	@$(BIN)/python -m compileall -q -j 0 app bench > /dev/null

# The venv is installed from the lock only: the pinned pip first, then every package at
# its pinned version with its hashes checked, then this project itself without resolving
# anything (a fresh clone installs exactly what CI tested, whatever PyPI released since).
$(VENV)/.installed: pyproject.toml $(LOCK) requirements/build.in
	$(PYTHON) .ci/lockcheck.py
	$(PYTHON) -m venv $(VENV)
	$(PYTHON) .ci/lockcheck.py --pip > $(VENV)/pip.txt
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(VENV)/pip.txt
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# CI fails when the lock was not refreshed after pyproject.toml's dependencies changed.
lockcheck:
	$(PYTHON) .ci/lockcheck.py

# Refresh the lock from pyproject.toml (pip-tools in a throwaway venv; PyPI only).
lock:
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet pip-tools
	$(VENV)-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --extra dev --output-file $(LOCK) pyproject.toml requirements/build.in
	$(PYTHON) .ci/lockcheck.py --stamp
	rm -rf $(VENV)-lock

assets: $(HTMX)

$(HTMX): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p static/vendor
	cp node_modules/htmx.org/dist/htmx.min.js $@

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@[ -x /usr/bin/chromium ] || { $(APT) update -qq && $(APT) install -y -qq chromium >/dev/null; }

# PostgreSQL server binaries for the throwaway test cluster (tests/pg.py starts and removes
# it), unless LETOPIS_TEST_PG names a server to use instead.
postgres:
	@[ -n "$$LETOPIS_TEST_PG" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  { $(APT) update -qq && $(APT) install -y -qq postgresql >/dev/null; }

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy app

bench: setup
	$(BIN)/python -m bench.run

# The realistic reading set (bench/reading): recall, precision, dates, status, participants.
eval: setup
	$(BIN)/python -m bench.reading

clean:
	rm -rf $(VENV) $(VENV)-lock node_modules static/vendor data test-artifacts
