"""The record a secretary signs: numbers follow dates, votes fit the members present, status moves on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from meetingdesk.domain.enums import AttendanceStatus, DecisionKind, MeetingStatus
from meetingdesk.domain.errors import InvalidInput, NeedsConfirmation
from meetingdesk.services import decisions, meetings
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Decision, Meeting
from tests.services.helpers import new_meeting, small_office


def _numbers(db: Database) -> dict[int, tuple[str, str]]:
    """Each meeting's number and what its section 2 certifies."""
    with db.reading() as s:
        out = {}
        for m in s.scalars(select(Meeting)):
            certifies = s.scalars(
                select(AgendaItem.title).where(
                    AgendaItem.meeting_id == m.id, AgendaItem.certifies_meeting_id.is_not(None)
                )
            ).first()
            out[m.id] = (f"{m.number}/{m.year_be}", certifies or "")
        return out


def test_a_meeting_created_with_an_earlier_date_takes_its_place_in_the_numbers(db: Database) -> None:
    o = small_office(db)
    held = new_meeting(db, o.board, dt.date(2026, 9, 22))
    meetings.mark_attendance(db, held, o.chair, AttendanceStatus.PRESENT)  # held: its number is for good
    later = new_meeting(db, o.board, dt.date(2026, 11, 26))
    earlier = new_meeting(db, o.board, dt.date(2026, 11, 24))
    numbers = _numbers(db)
    assert numbers[held][0] == "1/2569"
    assert numbers[earlier] == ("2/2569", "รับรองรายงานการประชุมครั้งที่ 1/2569")
    assert numbers[later] == ("3/2569", "รับรองรายงานการประชุมครั้งที่ 2/2569")  # not both "1/2569"


def test_moving_a_date_renumbers_the_meetings_not_yet_held_and_never_a_held_one(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 10, 1))
    meetings.mark_attendance(db, first, o.chair, AttendanceStatus.PRESENT)
    a = new_meeting(db, o.board, dt.date(2026, 11, 24))
    b = new_meeting(db, o.board, dt.date(2026, 12, 8))
    meetings.update_meeting(db, b, date=dt.date(2026, 11, 10))
    numbers = _numbers(db)
    assert numbers[first][0] == "1/2569"
    assert numbers[b] == ("2/2569", "รับรองรายงานการประชุมครั้งที่ 1/2569")
    assert numbers[a] == ("3/2569", "รับรองรายงานการประชุมครั้งที่ 2/2569")
    meetings.update_meeting(db, first, date=dt.date(2026, 12, 20))  # a held meeting's date corrected
    assert _numbers(db)[first][0] == "1/2569"
    with pytest.raises(InvalidInput):  # but not into another year: its number would change
        meetings.update_meeting(db, first, date=dt.date(2027, 1, 5))


def test_a_second_meeting_of_a_body_on_one_day_asks_first(db: Database) -> None:
    o = small_office(db)
    new_meeting(db, o.board, dt.date(2026, 11, 24))
    with pytest.raises(NeedsConfirmation) as asked:
        new_meeting(db, o.board, dt.date(2026, 11, 24))
    assert "วันเดียวกัน" in asked.value.th
    with db.reading() as s:
        assert len(s.scalars(select(Meeting)).all()) == 1  # nothing created
    second = meetings.create_meeting(
        db, meetings.NewMeeting(body_id=o.board, date=dt.date(2026, 11, 24)), confirmed=True
    )
    assert _numbers(db)[second][0] == "2/2569"


def test_votes_are_checked_against_the_members_present_and_can_be_corrected(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "ขออนุมัติโครงการ")
    with pytest.raises(InvalidInput):  # no attendance yet: nobody to count
        meetings.record_decision(db, item, DecisionKind.APPROVED, "อนุมัติ", votes=(1, 0, 0))
    for person in (o.chair, o.member):
        meetings.mark_attendance(db, meeting, person, AttendanceStatus.PRESENT)
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.ATTENDING)  # not a member: no vote
    with pytest.raises(InvalidInput) as refused:
        meetings.record_decision(db, item, DecisionKind.APPROVED, "อนุมัติ", votes=(2, 1, 0))
    assert "เกินจำนวนกรรมการที่มาประชุม 2 คน" in refused.value.th
    with db.reading() as s:
        assert s.scalars(select(Decision)).all() == []  # nothing saved
    decision = meetings.record_decision(db, item, DecisionKind.APPROVED, "อนุมัติ", votes=(2, 0, 0))
    decisions.update_decision(db, decision, kind=DecisionKind.ENDORSED, text="เห็นชอบตามเสนอ", votes=(1, 0, 1))
    with pytest.raises(InvalidInput):
        decisions.update_decision(db, decision, kind=DecisionKind.ENDORSED, text="เห็นชอบ", votes=(3, 0, 0))
    with db.reading() as s:
        saved = s.get(Decision, decision)
        assert saved is not None
        assert (saved.kind, saved.text, saved.votes_for, saved.votes_abstain) == (
            DecisionKind.ENDORSED,
            "เห็นชอบตามเสนอ",
            1,
            1,
        )


def test_the_status_moves_on_with_attendance_and_the_record(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))

    def status() -> MeetingStatus:
        with db.reading() as s:
            found = s.get(Meeting, meeting)
            assert found is not None
            return found.status

    assert status() is MeetingStatus.PLANNED
    meetings.mark_attendance(db, meeting, o.chair, AttendanceStatus.PRESENT)
    assert status() is MeetingStatus.HELD
    item = meetings.add_agenda_item(db, meeting, 4, "รายงานผลการดำเนินงาน")
    meetings.update_agenda_item(db, item, discussion="ที่ประชุมซักถามรายละเอียด")
    assert status() is MeetingStatus.MINUTES_DRAFTED
