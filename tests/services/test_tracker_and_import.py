"""The tracker's filters agree with the plain action list; project findings trace to meetings and decisions;
a people list is read from CSV (UTF-8 or Thai Windows) or XLSX, and anything else is refused clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetingdesk.domain.enums import ActionStatus, FindingKind, Phase
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import fiscal_year
from meetingdesk.services import actions, meetings, people_import, projects, tracker
from meetingdesk.services.listing import list_actions
from meetingdesk.storage.database import Database
from tests.services.helpers import new_meeting, small_office

TODAY = dt.date(2026, 11, 24)


def test_tracker_filters_agree_with_the_action_list(demo_db: Database) -> None:
    listed = list_actions(demo_db, today=TODAY)
    keys = tracker.tracker_keys(demo_db, tracker.TrackerFilter(), today=TODAY)
    assert {a for _d, a in keys if a is not None} == {a["id"] for a in listed}
    overdue = tracker.tracker_keys(demo_db, tracker.TrackerFilter(overdue=True), today=TODAY)
    assert {a for _d, a in overdue} == {a["id"] for a in listed if a["overdue"]}
    done = tracker.tracker_keys(demo_db, tracker.TrackerFilter(status=ActionStatus.DONE), today=TODAY)
    assert {a for _d, a in done} == {a["id"] for a in listed if a["status"] == "done"}
    year = max(a["fiscal_year"] for a in listed)
    in_year = tracker.tracker_keys(demo_db, tracker.TrackerFilter(fiscal_year=year), today=TODAY)
    rows = tracker.tracker_rows(demo_db, in_year, today=TODAY)
    assert rows and all(fiscal_year(r.date) == year for r in rows.values())
    assert tracker.fiscal_years(demo_db)[0] == year


def test_tracker_text_filter_finds_thai_inside_words(demo_db: Database) -> None:
    keys = tracker.tracker_keys(demo_db, tracker.TrackerFilter(text="คู่มือ"), today=TODAY)
    rows = tracker.tracker_rows(demo_db, keys, today=TODAY)
    assert rows and all("คู่มือ" in r.decision + r.action + r.item for r in rows.values())
    assert tracker.tracker_keys(demo_db, tracker.TrackerFilter(text="%"), today=TODAY) == []  # no wildcards


def test_findings_trace_to_the_items_and_decisions_that_take_them_up(db: Database) -> None:
    o = small_office(db)
    project = projects.add_project(db, 2570, "ยกระดับการอ่านออกเขียนได้", code="2570-01")
    finding = projects.add_finding(db, project, Phase.BEFORE, FindingKind.PROBLEM, "นักเรียน ป.1 อ่านไม่ออกร้อยละ 12")
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณาแนวทางแก้ปัญหาการอ่าน")
    meetings.link_findings(db, item, [finding])
    from meetingdesk.domain.enums import DecisionKind

    meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายกลุ่มนิเทศฯ", finding_ids=[finding])
    [row] = projects.list_findings(db, project)
    assert (row.discussed, row.answered) == (1, 1)
    discussed, answered = projects.finding_trace(db, finding)
    assert discussed[0].where.endswith("วาระ 5.1 พิจารณาแนวทางแก้ปัญหาการอ่าน")
    assert answered[0].decision == "มอบหมายกลุ่มนิเทศฯ"
    with pytest.raises(InvalidInput):
        projects.add_project(db, 2026, "ปีคริสต์ศักราช")  # the fiscal year is Buddhist-era


def test_attachments_and_evidence_are_copied_into_the_data_folder(db: Database, tmp_path: Path) -> None:
    o = small_office(db)
    item = meetings.add_agenda_item(db, new_meeting(db, o.board, dt.date(2026, 11, 24)), 4, "รายงานผล")
    source = tmp_path / "in" / "รายงาน.pdf"
    source.parent.mkdir()
    source.write_bytes(b"one")
    data = tmp_path / "data"
    meetings.attach_file(db, data, item, source)
    meetings.attach_file(db, data, item, source)  # the same name twice: kept side by side, never overwritten
    assert sorted(p.name for p in (data / "attachments" / str(item)).iterdir()) == ["รายงาน-2.pdf", "รายงาน.pdf"]
    with pytest.raises(InvalidInput) as refused:
        actions.keep_evidence(data, 1, tmp_path)
    assert refused.value.message("th") == f"{tmp_path.name} ไม่ใช่ไฟล์"
    assert not list((data / "attachments" / str(item)).glob("*.partial"))


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8-sig", name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_in_utf8_or_thai_windows_encoding_and_semicolons(tmp_path: Path) -> None:
    text = "ชื่อ;นามสกุล;ตำแหน่ง\nสมศรี;มีสุข;ครู\n"
    for encoding in ("utf-8-sig", "cp874"):
        rows = people_import.read_rows(_csv(tmp_path, text, encoding))
        assert [(r["first_name"], r["last_name"], r["position"]) for r in rows] == [("สมศรี", "มีสุข", "ครู")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.txt", b"a,b", "รองรับเฉพาะไฟล์ .csv และ .xlsx (ไฟล์นี้คือ .txt)"),
        ("people.csv", b"", "ไฟล์ people.csv ว่างเปล่า"),
        ("people.csv", b"name,position\nx,y\n", "ไม่พบคอลัมน์ “ชื่อ” ในแถวแรก"),
        ("people.csv", b"\x00\x01\x02PK", "ไฟล์ people.csv ไม่ใช่ไฟล์ CSV"),
        ("people.csv", "ชื่อ\n".encode("utf-16"), "ไฟล์ people.csv ไม่ใช่ไฟล์ CSV"),
        ("people.xlsx", b"PK\x03\x04 truncated", "ไฟล์ people.xlsx เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)"),
    ],
)
def test_what_is_not_a_people_list_is_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        people_import.read_rows(path)
    assert refused.value.message("th").startswith(message)


def test_huge_and_overlong_lists_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(people_import.MAX_BYTES + 1)
    with pytest.raises(InvalidInput) as refused:
        people_import.read_rows(big)
    assert "ใหญ่เกินกว่าจะเป็นรายชื่อบุคลากร" in refused.value.message("th")
    long = _csv(tmp_path, "ชื่อ\n" + "ก\n" * (people_import.MAX_ROWS + 1))
    with pytest.raises(InvalidInput) as refused:
        people_import.read_rows(long)
    assert "มากเกินไป" in refused.value.message("th")


def test_dates_in_either_era_and_bad_dates(tmp_path: Path) -> None:
    assert people_import.parse_date("1/10/2569") == dt.date(2026, 10, 1)
    assert people_import.parse_date("1/10/2026") == dt.date(2026, 10, 1)
    assert people_import.parse_date("2026-10-01") == dt.date(2026, 10, 1)
    assert people_import.parse_date("") is None
    for bad in ("31/2/2569", "พรุ่งนี้"):
        with pytest.raises(ValueError):
            people_import.parse_date(bad)


def test_the_first_view_reads_what_the_listing_reads(demo_db: Database) -> None:
    from meetingdesk.services import first_view, listing

    assert first_view.office_name(demo_db)  # the one reading of it (tests/services/test_one_rule.py)
    assert first_view.bodies(demo_db) == listing.list_bodies(demo_db)
    assert first_view.meetings(demo_db) == listing.list_meetings(demo_db)
    body = first_view.bodies(demo_db)[0][0]
    assert first_view.meetings(demo_db, body_id=body, year_be=2569) == listing.list_meetings(
        demo_db, body_id=body, year_be=2569
    )


def test_narrowing_needs_every_word_and_keeps_the_order(demo_db: Database) -> None:
    index = tracker.tracker_index(demo_db, tracker.TrackerFilter(), today=TODAY)
    everything = [key for key, _text in index]
    rows = tracker.tracker_rows(demo_db, everything, today=TODAY)
    for text in ("คู่มือ", "นิเทศ การอ่าน", "ไม่มีคำนี้แน่นอน", ""):
        expected = [
            k
            for k in everything
            if all(w in f"{rows[k].decision}\n{rows[k].action}\n{rows[k].item}" for w in text.split())
        ]
        assert tracker.narrow(index, text) == expected  # fmt: skip
    assert tracker.narrow(index, "นิเทศ")  # the demo has supervision decisions


def test_taking_back_a_decision_or_an_action(db: Database) -> None:
    from meetingdesk.domain.enums import DecisionKind
    from meetingdesk.domain.errors import RecordFrozen
    from meetingdesk.services import minutes

    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณา")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมาย")
    reported = actions.add_action(db, decision, "ทำรายงาน", due_date=dt.date(2026, 12, 31))
    actions.update_action(db, reported, status=ActionStatus.IN_PROGRESS, note="เริ่มแล้ว")
    with pytest.raises(InvalidInput) as refused:
        meetings.delete_action(db, reported)
    assert "มีรายงานความก้าวหน้าแล้ว" in refused.value.message("th")
    meetings.delete_decision(db, decision)  # the decision goes with its actions and their history
    later = new_meeting(db, o.board, dt.date(2026, 12, 20))
    from meetingdesk.domain.enums import CertificationMethod

    again = meetings.record_decision(db, item, DecisionKind.NOTED)
    minutes.certify(db, meeting, method=CertificationMethod.AT_MEETING, on=dt.date(2026, 12, 20), at_meeting_id=later)
    with pytest.raises(RecordFrozen):
        meetings.delete_decision(db, again)
