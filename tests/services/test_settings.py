"""Settings as data: typed reads through the declarations, every office setting saved in one transaction, and a
refusal that saves none."""

from __future__ import annotations

import pytest

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import settings
from meetingdesk.storage.database import Database
from tests.helpers import commits


def test_reads_are_typed_by_their_declaration(db: Database) -> None:
    keep: int = settings.get(db, settings.BACKUP_KEEP)
    digits: bool = settings.get(db, settings.THAI_DIGITS)
    font: str = settings.get(db, settings.EXPORT_FONT)
    assert (keep, digits, font) == (10, False, "TH Sarabun New")  # the declared defaults
    assert settings.values(db) == {"export.thai_digits": False, "export.font": "TH Sarabun New", "backup.keep": 10}
    settings.set_values(db, {"backup.keep": 4, "export.thai_digits": True, "export.font": "  TH Niramit AS "})
    assert settings.get(db, settings.BACKUP_KEEP) == 4 and settings.get(db, "backup.keep") == 4
    assert settings.get(db, settings.THAI_DIGITS) is True
    assert settings.get(db, settings.EXPORT_FONT) == "TH Niramit AS"


def test_every_setting_is_saved_in_one_transaction(db: Database) -> None:
    with commits(db) as counted:
        settings.set_values(db, {"export.thai_digits": True, "export.font": "TH Sarabun New", "backup.keep": 7})
    assert counted == [1]
    assert settings.values(db) == {"export.thai_digits": True, "export.font": "TH Sarabun New", "backup.keep": 7}


def test_a_refused_value_saves_none(db: Database) -> None:
    with commits(db) as counted, pytest.raises(InvalidInput) as refused:
        settings.set_values(db, {"export.thai_digits": True, "backup.keep": 0})
    assert counted == [0]
    assert refused.value.th == "จำนวนไฟล์สำรองอัตโนมัติที่เก็บไว้ ต้องเป็นจำนวนเต็มบวก"
    assert settings.get(db, settings.THAI_DIGITS) is False


def test_an_emptied_text_goes_back_to_its_default_and_choices_are_kept(db: Database) -> None:
    settings.set_value(db, "export.font", "   ")
    assert settings.get(db, settings.EXPORT_FONT) == "TH Sarabun New"
    assert settings.LANGUAGE.checked("en") == "en"
    with pytest.raises(InvalidInput):
        settings.LANGUAGE.checked("fr")


def test_the_declarations_are_complete() -> None:
    keys = [d.key for d in settings.FORM]
    assert len(keys) == len(set(keys))
    assert set(settings.SETTINGS) == {d.key for d in settings.FORM if d.stored_in == "office"}
    for declared in settings.FORM:
        assert declared.label_th and declared.label_en
        assert isinstance(declared.default, declared.kind)
        assert declared.parse(declared.text(declared.default)) == declared.default  # stored and read back
        assert declared.kind is not bool or declared.group_th  # a check box has a heading
