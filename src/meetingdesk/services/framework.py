"""The office's indicator framework (``domain/framework.py``): stored as JSON in the ``setting`` table, the seed's
standard (``resources/framework/standard-1-1-6.json``) until the office imports its own. Export writes it to a
file to edit; import checks the file whole before storing it (one transaction), so a bad file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.framework import Framework, parse_framework
from meetingdesk.resources import resource_path
from meetingdesk.services.documents import write_atomically
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Setting

KEY = "evidence.framework"
DEFAULT_FILE = ("framework", "standard-1-1-6.json")


def default_framework() -> Framework:
    return parse_framework(resource_path(*DEFAULT_FILE).read_text(encoding="utf-8"))


def framework(db: Database) -> Framework:
    """The office's framework: its own when imported, else the default."""
    with db.reading() as s:
        row = s.get(Setting, KEY)
        stored = row.value if row is not None else None
    return parse_framework(stored) if stored else default_framework()


def export_framework(db: Database, target: Path) -> Path:
    """Write the office's framework as JSON (UTF-8) to edit."""
    text = framework(db).as_json()

    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return write_atomically(Path(target), write)


def import_framework(db: Database, source: Path) -> Framework:
    """Replace the office's framework by the one in ``source``, once it is checked whole."""
    source = Path(source)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"อ่านไฟล์ {source} ไม่ได้ ({exc.strerror})", f"Cannot read {source} ({exc.strerror}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"ไฟล์ {source} ไม่ได้บันทึกเป็น UTF-8", f"{source} is not saved as UTF-8 text.") from exc
    loaded = parse_framework(text)
    with db.writing() as s:
        row = s.get(Setting, KEY)
        if row is None:
            s.add(Setting(key=KEY, value=loaded.as_json()))
        else:
            row.value = loaded.as_json()
    return loaded


def reset_framework(db: Database) -> None:
    """Go back to the default framework."""
    with db.writing() as s:
        row = s.get(Setting, KEY)
        if row is not None:
            s.delete(row)
