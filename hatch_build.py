"""Hatch build hook: the English interface (``resources/i18n/meetingdesk_en.qm``) is compiled from its ``.ts``
into every sdist and wheel, so ``pip install .`` gives a MeetingDesk whose ``--lang en`` works without ``make``.

The compiler is Qt's ``lrelease`` from PySide6-Essentials (a build requirement in pyproject.toml). Building a
wheel from an sdist that already carries an up-to-date ``.qm`` reuses it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TS = Path("resources") / "i18n" / "meetingdesk_en.ts"
QM = TS.with_suffix(".qm")
QT_TH = Path("resources") / "i18n" / "qtbase_th.ts"  # Qt's own buttons and file dialog in Thai


def _lrelease() -> str | None:
    try:
        import PySide6
    except ImportError:
        return shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).with_name(exe)
    return str(tool) if tool.is_file() else shutil.which("pyside6-lrelease")


class QmBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        for ts_path in (TS, QT_TH):
            self._compile(Path(self.root), ts_path, build_data)

    def _compile(self, root: Path, ts_path: Path, build_data: dict[str, Any]) -> None:
        QM = ts_path.with_suffix(".qm")
        ts, qm = root / ts_path, root / QM
        fresh = qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)
        if not fresh:
            tool = _lrelease()
            if tool is None:
                raise RuntimeError("MeetingDesk build: lrelease (PySide6-Essentials) is needed to compile " + str(ts))
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"MeetingDesk build: {QM} was not produced")
        # The wheel takes all of resources/ (force-include in pyproject.toml); the sdist's file walk skips the
        # git-ignored .qm, so it is forced in there.
        if self.target_name == "sdist":
            build_data["force_include"][str(qm)] = QM.as_posix()
