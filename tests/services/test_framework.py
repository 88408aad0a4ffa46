"""The indicator framework: the seed's default, exported to edit, imported back only when it is sound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.framework import ANSWERS, parse_framework
from meetingdesk.services import framework
from meetingdesk.storage.database import Database


def test_the_default_is_the_seeds_standard_and_uses_every_answer(db: Database) -> None:
    f = framework.framework(db)
    assert f.title == "มาตรฐานที่ 1 ตัวบ่งชี้ที่ 1 ประเด็นที่ 6"
    [(standard, indicator, point)] = f.points()
    assert (standard.code, indicator.code, point.code) == ("1", "1", "6")
    assert point.title == "การนำผลการดำเนินงานพัฒนาการบริหารจัดการอย่างต่อเนื่อง"
    assert {e.answer for e in point.evidence} == set(ANSWERS)


def test_export_edit_import(db: Database, tmp_path: Path) -> None:
    path = framework.export_framework(db, tmp_path / "framework.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "มาตรฐานที่ 2 ตัวบ่งชี้ที่ 3"
    data["standards"][0]["indicators"][0]["points"][0]["evidence"] = [{"text": "ความพึงพอใจ", "answer": "satisfaction"}]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8-sig")  # as Notepad saves it
    framework.import_framework(db, path)
    stored = framework.framework(db)
    assert stored.title == "มาตรฐานที่ 2 ตัวบ่งชี้ที่ 3"
    assert [e.answer for _s, _i, p in stored.points() for e in p.evidence] == ["satisfaction"]
    framework.reset_framework(db)
    assert framework.framework(db) == framework.default_framework()


@pytest.mark.parametrize(
    ("text", "th"),
    [
        ('{"format": "meetingdesk-framework/1",\n "title": "x",\n}', "บรรทัด 3"),
        ('{"title": "x", "standards": []}', "format"),
        ('{"format": "meetingdesk-framework/1", "title": "x", "standards": []}', "“standards” ต้องเป็นรายการ"),
        (
            '{"format": "meetingdesk-framework/1", "title": "x", "standards": [{"code": "1", "indicators": '
            '[{"code": "1", "points": [{"code": "6", "title": "t", "evidence": [{"text": "a", "answer": "money"}]}]}]}]'
            "}",
            "ไม่รู้จักข้อมูล “money”",
        ),
        (
            '{"format": "meetingdesk-framework/1", "title": "x", "standards": [{"code": "1", "indicators": '
            '[{"code": "1", "points": [{"code": "6", "evidence": [{"text": "a", "answer": "trace"}]}]}]}]}',
            "ประเด็นลำดับที่ 1): ต้องมี “title”",
        ),
    ],
)
def test_a_bad_file_is_refused_with_where_and_why(db: Database, tmp_path: Path, text: str, th: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_framework(text)
    assert th in refused.value.th
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput):
        framework.import_framework(db, path)
    assert framework.framework(db) == framework.default_framework()  # nothing changed


def test_a_file_that_is_not_utf8_or_missing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tis620.json"
    path.write_bytes("มาตรฐาน".encode("cp874"))
    with pytest.raises(InvalidInput, match="UTF-8"):
        framework.import_framework(db, path)
    with pytest.raises(InvalidInput):
        framework.import_framework(db, tmp_path / "nothing.json")
