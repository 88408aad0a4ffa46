"""Layers you can see. The import contracts in pyproject.toml ([tool.importlinter], checked here and by
`make imports`) hold the order of the packages (entry points, ui, services, then exports/techniques/storage,
then domain), keep the widgets from importing the database layer or SQLAlchemy, and keep Qt out of everything
below the widgets. What a static import graph cannot see is checked at run time below."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import meetingdesk

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "3 kept" in result.stdout


def test_no_library_below_the_widgets_brings_qt_in_at_run_time() -> None:
    """The contract sees our own imports; this sees what the libraries we import import in turn, and imports made
    by name at run time: every module outside ``ui`` (and the GUI entry point) imports without loading Qt."""
    names = [
        m.name
        for m in pkgutil.walk_packages(meetingdesk.__path__, "meetingdesk.")
        if not m.name.startswith(("meetingdesk.ui", "meetingdesk.app", "meetingdesk.__main__"))
        and ".migrations." not in m.name
    ]
    assert "meetingdesk.services.meetings" in names and "meetingdesk.storage.models" in names
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({n!r})\n" for n in names)
    code += "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
