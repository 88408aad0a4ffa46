# MeetingDesk: `make run` starts the app, `make test` passes the tests; both set themselves up first.
# Packaging (packaging/README.md): make wheel-check, make dist, make dist-check, make lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck imports unit bench renders crashtest setup clean xcb-deps window-check wheel-check dist \
	dist-check dist-archive lock

# requirements.lock pins the app, the test tools and the build tools with hashes (`make lock` regenerates it);
# the second install adds the app itself, and anything pyproject.toml gained since the lock was made.
LOCK := requirements.lock
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $(STAMP)

lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dist --generate-hashes --universal \
		--python-version 3.11 --custom-compile-command "make lock" --quiet -o $(LOCK)

QM := resources/i18n/meetingdesk_en.qm resources/i18n/qtbase_th.qm
$(QM) &: resources/i18n/meetingdesk_en.ts resources/i18n/qtbase_th.ts $(STAMP)
	$(BIN)/python tools/i18n.py --qm

setup: $(STAMP) $(QM)

# Qt's X11 libraries are checked (and installed when root) before the first window.
xcb-deps: $(STAMP)
	$(BIN)/python packaging/qt_xcb_deps.py

run: $(STAMP) $(QM) xcb-deps
	QT_QPA_PLATFORM= $(BIN)/meetingdesk

window-check: $(STAMP) $(QM) xcb-deps
	packaging/window_check.sh $(BIN)/meetingdesk

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs tools packaging hatch_build.py
	$(BIN)/ruff format --check src tests benchmarks docs tools packaging hatch_build.py

typecheck: $(STAMP)
	$(BIN)/mypy

# The import contracts in pyproject.toml ([tool.importlinter]); tests/test_layers.py checks them too.
imports: $(STAMP)
	$(BIN)/lint-imports --no-cache

unit: $(STAMP) $(QM)
	$(BIN)/pytest

test: lint typecheck imports unit

bench: $(STAMP) $(QM)
	$(BIN)/python benchmarks/run.py

CRASH_TRIALS ?= 500
crashtest: $(STAMP)
	$(BIN)/python tools/crashtest.py --trials $(CRASH_TRIALS) --seed 2569

renders: $(STAMP) $(QM)
	$(BIN)/python docs/render.py

# The wheel and sdist built as pip builds them, installed into a fresh venv and smoke-tested there.
wheel-check: $(STAMP)
	packaging/wheel_check.sh $(BIN)/python

# The frozen one-folder build for the machine it runs on (dist/MeetingDesk/), and its smoke test.
DIST := dist/MeetingDesk
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/meetingdesk.spec
	cp packaging/install-linux.sh packaging/meetingdesk.desktop packaging/org.meetingdesk.MeetingDesk.metainfo.xml $(DIST)/
	@echo "$(DIST): $$(du -sh $(DIST) | cut -f1)"

VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/meetingdesk/__init__.py)
dist-archive: dist  # what a Linux user downloads: MeetingDesk-<version>-linux.tar.gz (unpack, run install-linux.sh)
	tar -C dist -czf dist/MeetingDesk-$(VERSION)-linux.tar.gz MeetingDesk
	@ls -l dist/MeetingDesk-$(VERSION)-linux.tar.gz

dist-check: $(STAMP)
	test -x $(DIST)/meetingdesk || $(MAKE) dist
	$(BIN)/python packaging/smoke.py --exe $(DIST)/meetingdesk
	prefix=$$(mktemp -d) && $(DIST)/install-linux.sh $(DIST) $$prefix >/dev/null \
		&& desktop-file-validate $$prefix/share/applications/meetingdesk.desktop \
		&& $$prefix/bin/meetingdesk-gui --version && $(DIST)/install-linux.sh --uninstall $$prefix && rm -rf $$prefix

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache bench-data build dist
