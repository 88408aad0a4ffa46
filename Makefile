# MeetingDesk: `make run` starts the app, `make test` passes the tests; both set themselves up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck unit bench renders crashtest setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

QM := resources/i18n/meetingdesk_en.qm
$(QM): resources/i18n/meetingdesk_en.ts $(STAMP)
	$(BIN)/python tools/i18n.py --qm

setup: $(STAMP) $(QM)

run: $(STAMP) $(QM)
	QT_QPA_PLATFORM= $(BIN)/meetingdesk

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs tools
	$(BIN)/ruff format --check src tests benchmarks docs tools

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(QM)
	$(BIN)/pytest

test: lint typecheck unit

bench: $(STAMP) $(QM)
	$(BIN)/python benchmarks/run.py

CRASH_TRIALS ?= 500
crashtest: $(STAMP)
	$(BIN)/python tools/crashtest.py --trials $(CRASH_TRIALS) --seed 2569

renders: $(STAMP) $(QM)
	$(BIN)/python docs/render.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache bench-data
