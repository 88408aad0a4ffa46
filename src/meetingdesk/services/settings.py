"""Settings, declared once as data: each one's key, type, default, Thai and English label, and the values it may
take. The settings dialog builds its form from these declarations, the command line lists and parses them, and
code reads a setting through its declaration, typed (``get(db, BACKUP_KEEP)`` is an ``int``).

The office's settings are stored in the database, so every computer using it exports the same way; the
interface language belongs to this computer (the UI keeps it in ``QSettings`` under its key).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, overload

from sqlalchemy import select

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Setting

T = TypeVar("T", int, bool, str)

TRUE_WORDS = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Declared(Generic[T]):
    key: str
    kind: type[T]
    default: T
    label_th: str
    label_en: str
    choices: tuple[tuple[T, str, str], ...] = ()  # (value, Thai, English): the only values it may take
    minimum: int | None = None  # a number's least value (checked when saved)
    maximum: int | None = None  # a number's greatest value in the form
    group_th: str = ""  # a check box's heading in the form (its label is the box's text)
    group_en: str = ""
    hint_th: str = ""  # a line under it in the form
    hint_en: str = ""
    stored_in: Literal["office", "computer"] = "office"

    def label(self, lang: str = "th") -> str:
        return self.label_en if lang == "en" else self.label_th

    def group(self, lang: str = "th") -> str:
        return self.group_en if lang == "en" else self.group_th

    def hint(self, lang: str = "th") -> str:
        return self.hint_en if lang == "en" else self.hint_th

    def parse(self, text: str) -> T:
        """A value from its stored text or from the command line; ``ValueError`` when it is not one."""
        if self.kind is bool:
            return text.strip().lower() in TRUE_WORDS
        return self.kind(text)

    def text(self, value: T) -> str:
        """The value as stored."""
        return ("1" if value else "0") if self.kind is bool else str(value)

    def checked(self, value: object) -> T:
        """The value to store, or a refusal that says why (in both languages)."""
        if self.kind is bool:
            return bool(value)
        if self.kind is int:
            low = self.minimum
            if not isinstance(value, int) or (low is not None and value < low):
                if low == 1:
                    th, en = "ต้องเป็นจำนวนเต็มบวก", "must be a positive number."
                elif low is None:
                    th, en = "ต้องเป็นจำนวนเต็ม", "must be a whole number."
                else:
                    th, en = f"ต้องเป็นจำนวนเต็มตั้งแต่ {low} ขึ้นไป", f"must be a whole number of at least {low}."
                raise InvalidInput(f"{self.label_th} {th}", f"{self.label_en} {en}")
        else:
            value = str(value).strip() or self.default  # an emptied field goes back to the default
        if self.choices and value not in [c[0] for c in self.choices]:
            known = ", ".join(str(c[0]) for c in self.choices)
            raise InvalidInput(f"{self.label_th} ต้องเป็นหนึ่งใน {known}", f"{self.label_en} must be one of {known}.")
        return value  # type: ignore[return-value]


BACKUP_KEEP = Declared(
    "backup.keep", int, 10, "จำนวนไฟล์สำรองอัตโนมัติที่เก็บไว้", "Automatic backups kept", minimum=1, maximum=100
)
THAI_DIGITS = Declared(
    "export.thai_digits",
    bool,
    False,
    "ใช้เลขไทยในเอกสาร",
    "Thai digits in documents",
    group_th="เอกสาร",
    group_en="Documents",
)
EXPORT_FONT = Declared("export.font", str, "TH Sarabun New", "แบบอักษรในเอกสาร DOCX", "Font in DOCX documents")
LANGUAGE = Declared(
    "ui/lang",
    str,
    "th",
    "ภาษาของโปรแกรม",
    "Interface language",
    choices=(("th", "ไทย", "ไทย"), ("en", "English", "English")),
    hint_th="(มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)",
    hint_en="(from the next start)",
    stored_in="computer",
)

FORM: tuple[Declared[int] | Declared[bool] | Declared[str], ...] = (LANGUAGE, THAI_DIGITS, EXPORT_FONT, BACKUP_KEEP)
"""Every setting, in the settings form's order."""

SETTINGS = {d.key: d for d in FORM if d.stored_in == "office"}
"""The office's settings (stored in the database), by key."""


@overload
def get(db: Database, key: Declared[T]) -> T: ...
@overload
def get(db: Database, key: str) -> object: ...
def get(db: Database, key: Declared[T] | str) -> T | object:
    """One office setting: typed when asked by its declaration (``get(db, BACKUP_KEEP)``), else by its key."""
    declared = SETTINGS[key] if isinstance(key, str) else key
    with db.reading() as s:
        row = s.get(Setting, declared.key)
    return declared.default if row is None else declared.parse(row.value)


def values(db: Database) -> dict[str, object]:
    """Every office setting by key (one read)."""
    with db.reading() as s:
        stored = dict(s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(SETTINGS))).all())
    return {key: d.parse(stored[key]) if key in stored else d.default for key, d in SETTINGS.items()}


def set_value(db: Database, key: str, value: object) -> None:
    set_values(db, {key: value})


def set_values(db: Database, new: Mapping[str, object]) -> None:
    """Store office settings: all of them are checked first, then saved in one transaction (all or none)."""
    checked = {key: SETTINGS[key].checked(value) for key, value in new.items()}
    with db.writing() as s:
        for key, value in checked.items():
            text = SETTINGS[key].text(value)  # type: ignore[arg-type]
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=text))
            else:
                row.value = text
