"""Several people on one record: an edit made on an older version of a row is refused only when someone else
changed the same field meanwhile — with a Thai message naming who, when and what it now says — and nothing is
ever overwritten; every change is in the audit trail (who, when, old and new)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from meetingdesk.domain.enums import DecisionKind
from meetingdesk.domain.errors import EditConflict
from meetingdesk.services import decisions, meetings
from meetingdesk.services.meeting_view import meeting_details, record_item
from meetingdesk.services.meetings import MeetingEdit, save_details
from meetingdesk.storage.database import Database, open_database
from meetingdesk.storage.models import AgendaItem, AuditEntry
from tests.services.helpers import new_meeting, small_office


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second person's client on the same database: on the server, signed in as another role."""
    if db.on_server:
        assert db.url is not None
        with db.engine.begin() as conn:  # a throw-away cluster: the role is made as needed
            conn.execute(
                text(
                    "DO $$ BEGIN CREATE ROLE secretary LOGIN SUPERUSER;"
                    " EXCEPTION WHEN duplicate_object THEN NULL; END $$"
                )
            )
        second = open_database(db.url.replace("://meetingdesk@", "://secretary@", 1))
    else:
        assert db.path is not None
        second = open_database(db.path)
    yield second
    second.close()


def _item(db: Database) -> int:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    return meetings.add_agenda_item(db, meeting, 4, "ผลการนิเทศภาคเรียนที่ 1", background="ความเป็นมาเดิม")


def _ids(entries: list[AuditEntry]) -> list[int]:
    return [e.id for e in entries]


def _entries(db: Database, row_id: int) -> list[AuditEntry]:
    with db.reading() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.table_name == "agenda_item", AuditEntry.row_id == row_id)
                .order_by(AuditEntry.id)
            )
        )


def test_edits_of_different_fields_both_stay(db: Database, other: Database) -> None:
    item = _item(db)
    seen = record_item(db, item)  # I open the item …
    meetings.update_agenda_item(other, item, summary="ที่ประชุมรับทราบ")  # … the secretary writes its summary …
    meetings.update_agenda_item(db, item, expected_version=seen.version, discussion="ประธานแจ้งผลการนิเทศ")
    now = record_item(db, item).texts  # … and my discussion goes in beside it
    assert (now.discussion, now.summary) == ("ประธานแจ้งผลการนิเทศ", "ที่ประชุมรับทราบ")


def test_the_same_field_changed_meanwhile_is_refused_and_named(db: Database, other: Database) -> None:
    item = _item(db)
    seen = record_item(db, item)
    meetings.update_agenda_item(other, item, discussion="ฉบับของเลขานุการ")
    before = _ids(_entries(db, item))
    with pytest.raises(EditConflict) as refused:
        meetings.update_agenda_item(db, item, expected_version=seen.version, discussion="ฉบับของฉัน")
    message = refused.value.message("th")
    assert message.startswith(f"{other.user} แก้ไขระเบียบวาระนี้เมื่อ ")
    assert "\nการอภิปรายตอนนี้เป็น “ฉบับของเลขานุการ”\n" in message
    assert "ไม่มีข้อมูลใดถูกเขียนทับ" in message
    assert "ฉบับของเลขานุการ" in refused.value.message("en")
    assert record_item(db, item).texts.discussion == "ฉบับของเลขานุการ"  # nothing overwritten
    assert _ids(_entries(db, item)) == before  # nothing written
    # Written again on what is there now, it goes in.
    meetings.update_agenda_item(db, item, expected_version=record_item(db, item).version, discussion="ฉบับของฉัน")
    assert record_item(db, item).texts.discussion == "ฉบับของฉัน"


def test_writing_what_the_other_person_wrote_is_no_conflict(db: Database, other: Database) -> None:
    item = _item(db)
    seen = record_item(db, item)
    meetings.update_agenda_item(other, item, summary="รับทราบ")
    meetings.update_agenda_item(db, item, expected_version=seen.version, summary="รับทราบ")


def test_meeting_details_and_decisions_are_guarded_too(db: Database, other: Database) -> None:
    item = _item(db)
    with db.reading() as s:
        meeting_id = s.get(AgendaItem, item).meeting_id  # type: ignore[union-attr]
    details = meeting_details(db, meeting_id)
    meetings.update_meeting(other, meeting_id, place="ห้องประชุมใหญ่ ชั้น 2")
    edit = MeetingEdit(
        title=details.title, place="ห้องประชุมเล็ก", opening=details.opening, date=details.date,
        start_time=details.start_time, end_time=details.end_time, version=details.version,
    )  # fmt: skip
    with pytest.raises(EditConflict) as refused:
        save_details(db, meeting_id, edit)
    assert "แก้ไขการประชุมนี้เมื่อ" in refused.value.th and "สถานที่ตอนนี้เป็น “ห้องประชุมใหญ่ ชั้น 2”" in refused.value.th
    assert meeting_details(db, meeting_id).place == "ห้องประชุมใหญ่ ชั้น 2"
    # A change of a field nobody else touched saves on the same old version.
    save_details(db, meeting_id, MeetingEdit(**{**vars(edit), "place": "ห้องประชุมใหญ่ ชั้น 2", "title": "สมัยวิสามัญ"}))
    assert meeting_details(db, meeting_id).title == "สมัยวิสามัญ"

    decision = meetings.record_decision(db, item, DecisionKind.NOTED, "รับทราบ")
    version = decisions.decision_detail(db, decision).version  # what the correction dialog shows and sends back
    decisions.update_decision(other, decision, kind=DecisionKind.ASSIGNED, text="มอบหมายกลุ่มนิเทศ", votes=None)
    with pytest.raises(EditConflict) as refused:
        decisions.update_decision(
            db, decision, kind=DecisionKind.NOTED, text="รับทราบและถือปฏิบัติ", votes=None, expected_version=version
        )
    assert "ประเภทมติตอนนี้เป็น “มอบหมาย”\nข้อความมติตอนนี้เป็น “มอบหมายกลุ่มนิเทศ”" in refused.value.th


def test_the_audit_trail_says_who_changed_what_when(db: Database, other: Database) -> None:
    item = _item(db)
    meetings.update_agenda_item(other, item, title="ผลการนิเทศภาคเรียนที่ 2")
    meetings.delete_agenda_item(db, item)
    created, changed, deleted = _entries(db, item)
    assert (created.change, created.version, created.who) == ("insert", 1, db.user)
    assert json.loads(created.fields)["background"] == [None, "ความเป็นมาเดิม"]
    assert (changed.change, changed.version, changed.who) == ("update", 2, other.user)
    assert json.loads(changed.fields) == {"title": ["ผลการนิเทศภาคเรียนที่ 1", "ผลการนิเทศภาคเรียนที่ 2"]}
    assert (deleted.change, deleted.version) == ("delete", 3)
    assert abs((dt.datetime.now() - changed.at).total_seconds()) < 3600
    if db.on_server:
        assert (db.user, other.user) == ("meetingdesk", "secretary")  # each signed in as themselves


def test_a_write_racing_another_is_refused_not_lost(pg_url: str) -> None:
    """Two clients on the server read the same version; the second to write gets the message, and the first
    one's text stays (SQLite has one writer at a time, so this race exists only on the server)."""
    first, second = open_database(pg_url), open_database(pg_url)
    try:
        item = _item(first)
        with pytest.raises(EditConflict) as refused, second.writing() as s:
            mine = s.get(AgendaItem, item)
            assert mine is not None and mine.version == 1
            meetings.update_agenda_item(first, item, summary="ของคนแรก")  # commits while the second still edits
            mine.summary = "ของคนที่สอง"
        assert "ในขณะเดียวกัน" in refused.value.th
        assert record_item(first, item).texts.summary == "ของคนแรก"
    finally:
        first.close()
        second.close()


def test_a_change_at_the_end_of_a_long_text_shows_in_the_message(db: Database, other: Database) -> None:
    """The walk: the message kept the first 60 characters of the other person's text, so what they added at the
    end of a long discussion never showed."""
    item = _item(db)
    long = "ที่ประชุมอภิปรายเรื่องการนิเทศภาคเรียนที่ 1 อย่างกว้างขวาง " * 12
    meetings.update_agenda_item(db, item, discussion=long)
    seen = record_item(db, item)
    meetings.update_agenda_item(other, item, discussion=long + "-- ฝ่ายแผนเพิ่มข้อนี้")
    with pytest.raises(EditConflict) as refused:
        meetings.update_agenda_item(db, item, expected_version=seen.version, discussion=long + "ของฉัน")
    message = refused.value.message("th")
    assert "-- ฝ่ายแผนเพิ่มข้อนี้”" in message and "การอภิปรายตอนนี้เป็น “ที่ประชุมอภิปราย" in message
    assert len(message) < 700  # a long text keeps its start and its end, not all of it
