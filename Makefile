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
# apt-get as root, or through sudo when there is one.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: run test setup assets browser postgres lint bench eval clean

run: setup
	$(BIN)/letopis db upgrade --db "$(DB)"
	$(BIN)/letopis ingest seeds --if-empty --db "$(DB)"
	$(BIN)/letopis serve --db "$(DB)" --host "$(HOST)" --port "$(PORT)"

test: setup browser postgres
	$(BIN)/pytest -q
	$(BIN)/ruff check .
	$(BIN)/mypy app

setup: $(VENV)/.installed assets

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

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
	rm -rf $(VENV) node_modules static/vendor data test-artifacts
