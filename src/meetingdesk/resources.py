"""Where the files in ``resources/`` are: inside the installed package (wheel, frozen build), or beside
``src/`` in a source checkout. The one place that knows."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    packaged = Path(str(resources.files("meetingdesk"))) / "resources"
    base = packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "resources"
    path = base.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"MeetingDesk resource missing: {path}")
    return path
