"""Office-wide settings, declared once as data and read through one function each way."""

from __future__ import annotations

from dataclasses import dataclass

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Setting


@dataclass(frozen=True)
class Declared:
    key: str
    kind: type
    default: object
    label_th: str
    label_en: str


SETTINGS = {
    s.key: s
    for s in (
        Declared("backup.keep", int, 10, "จำนวนไฟล์สำรองอัตโนมัติที่เก็บไว้", "Automatic backups kept"),
        Declared("export.thai_digits", bool, False, "ใช้เลขไทยในเอกสาร", "Thai digits in documents"),
        Declared("export.font", str, "TH Sarabun New", "แบบอักษรในเอกสาร DOCX", "Font in DOCX documents"),
    )
}


def get(db: Database, key: str) -> object:
    declared = SETTINGS[key]
    with db.reading() as s:
        row = s.get(Setting, key)
    if row is None:
        return declared.default
    if declared.kind is bool:
        return row.value == "1"
    return declared.kind(row.value)


def set_value(db: Database, key: str, value: object) -> None:
    declared = SETTINGS[key]
    if declared.kind is int and (not isinstance(value, int) or value < 1):
        raise InvalidInput(f"{declared.label_th} ต้องเป็นจำนวนเต็มบวก", f"{declared.label_en} must be a positive number.")
    text = ("1" if value else "0") if declared.kind is bool else str(value)
    with db.writing() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=text))
        else:
            row.value = text
