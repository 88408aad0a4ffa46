"""Layers you can see: everything outside ``ui`` (and the GUI entry point) imports without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import meetingdesk


def test_no_package_outside_ui_imports_pyside6() -> None:
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
