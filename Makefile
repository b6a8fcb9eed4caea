# `make run` and `make test` each do the whole set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# `make run` installs only what running needs; `make test` (and lint, check) the dev tools too.
RUN_STAMP := $(VENV)/.installed-run
DEMO := --config config/demo.toml

.PHONY: run test test-fast lint check clean

$(RUN_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

# The demo (config/demo.toml) with a demo staff user, demo@aarhus.example, and a sign-in link for
# it; IGUBOT_PORT=8081 make run serves on another port.
run: $(RUN_STAMP)
	@$(BIN)/igubot staff add demo@aarhus.example --municipality 751 --municipality 101 $(DEMO) >/dev/null
	@echo "Staff pages: sign in as demo@aarhus.example with this link (a new one: /staff/login, then the log):"
	@$(BIN)/igubot staff link demo@aarhus.example $(DEMO)
	$(BIN)/igubot serve $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/bandit -c pyproject.toml -r bot -q

check: $(STAMP)
	$(BIN)/igubot check

# The browser tests use /usr/bin/chromium when it is there and skip (saying why) when it is not;
# .ci/run installs it and sets IGUBOT_REQUIRE_BROWSER=1 so that there they fail instead; likewise
# LibreOffice for tests/e2e/test_csv_spreadsheet.py (IGUBOT_REQUIRE_SPREADSHEET=1).
test: lint check
	$(BIN)/pytest

# The quick loop while working (under a minute): no lint, no end-to-end test (marker e2e,
# tests/e2e/, not even imported: Playwright and schemathesis take a second to import in every
# worker), no test marked slow, on every core (pytest-xdist). CI runs `make test`, which runs
# them all, one at a time. pytest exits 5 when nothing is collected (a wrong -m expression, a
# renamed folder): make stops on that as on any failure.
test-fast: $(STAMP)
	$(BIN)/pytest -n auto -m "not e2e and not slow" --ignore=tests/e2e

# Benchmarks (quick versions; docs/performance.md has the full runs). Not part of test or CI.
# Installs the bench extra (aiogram-dialog, pyinstrument, py-spy) and, for P6, Lighthouse.
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	cd bench/node && npm install --no-audit --no-fund --silent || echo "npm install failed: P6 runs without Lighthouse"
	$(BIN)/python -m bench.bench_telegram --quick
	$(BIN)/python -m bench.bench_web --quick
	$(BIN)/python -m bench.bench_startup --quick
	$(BIN)/python -m bench.bench_memory --quick
	$(BIN)/python -m bench.bench_pacing --quick
	$(BIN)/python -m bench.bench_widget --quick

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
