"""Attendance: a substitute marks the member they replace absent, represented (one transaction); attendees who
are not in the directory are added by name and position (the person is created as needed, one transaction)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.enums import AttendanceStatus
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import attendance, meetings
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Attendance, Person
from tests.services.helpers import new_meeting, small_office


def _rows(db: Database, meeting: int) -> dict[int, tuple[AttendanceStatus, str, int | None, str]]:
    with db.reading() as s:
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting)).all()
        return {r.person_id: (r.status, r.absence_reason, r.substitute_for_id, r.role_text) for r in rows}


def test_a_substitute_marks_the_replaced_member_absent_represented(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.PRESENT)  # marked present first ("all present")
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.ATTENDING, substitute_for_id=o.member)
    rows = _rows(db, meeting)
    assert rows[o.guest] == (AttendanceStatus.PRESENT, "", o.member, "กรรมการ")
    assert rows[o.member] == (AttendanceStatus.ABSENT, "มอบหมายให้ นางสาวกัลยา บุญมา มาประชุมแทน", None, "กรรมการ")

    # the member cannot also be present while represented, nor be represented twice
    with pytest.raises(InvalidInput) as present:
        meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.PRESENT)
    assert "มาประชุมแทน นายวิชัย ทองคำ อยู่" in present.value.th
    with pytest.raises(InvalidInput) as twice:
        meetings.mark_attendance(db, meeting, o.chair, AttendanceStatus.PRESENT, substitute_for_id=o.member)
    assert twice.value.th == "นางสาวกัลยา บุญมา มาประชุมแทน นายวิชัย ทองคำ อยู่แล้ว"
    assert _rows(db, meeting) == rows  # refusals change nothing

    # the substitute no longer replaces anyone: the member is back to "not recorded"
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.ATTENDING)
    assert o.member not in _rows(db, meeting)


def test_a_reason_given_for_the_absent_member_is_kept(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.ABSENT, reason="ติดราชการ")
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.PRESENT, substitute_for_id=o.member)
    assert _rows(db, meeting)[o.member][:2] == (AttendanceStatus.ABSENT, "ติดราชการ")


def test_only_a_member_can_be_substituted(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    outsider = attendance.add_outside_attendee(db, meeting, "นายประเสริฐ ดีมาก", "ศึกษานิเทศก์")
    with pytest.raises(InvalidInput) as info:
        meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.PRESENT, substitute_for_id=outsider)
    assert "ไม่ใช่กรรมการ" in info.value.th
    with pytest.raises(InvalidInput):
        meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.ABSENT, substitute_for_id=o.member)
    assert set(_rows(db, meeting)) == {outsider}


def test_an_attendee_not_in_the_directory_is_added_by_name_and_position(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    with db.reading() as s:
        people_before = s.scalar(select(func.count()).select_from(Person))
    pid = attendance.add_outside_attendee(db, meeting, "  นางสาวรัตนา   ศรีสุข ", "นักวิชาการศึกษา")
    with db.reading() as s:
        person = s.get(Person, pid)
        assert person is not None
        assert (person.prefix, person.first_name, person.last_name, person.position) == (
            "นางสาว", "รัตนา", "ศรีสุข", "นักวิชาการศึกษา",
        )  # fmt: skip
        assert s.scalar(select(func.count()).select_from(Person)) == (people_before or 0) + 1
    assert _rows(db, meeting)[pid] == (AttendanceStatus.ATTENDING, "", None, "นักวิชาการศึกษา")

    # the same name again is the same person (not a duplicate); as a substitute they sit as the member
    again = attendance.add_outside_attendee(db, meeting, "นางสาวรัตนา ศรีสุข", "", substitute_for_id=o.secretary)
    assert again == pid
    rows = _rows(db, meeting)
    assert rows[pid] == (AttendanceStatus.PRESENT, "", o.secretary, "กรรมการและเลขานุการ")
    assert rows[o.secretary][0] is AttendanceStatus.ABSENT


def test_adding_an_outside_attendee_is_one_transaction(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.PRESENT, substitute_for_id=o.member)
    with db.reading() as s:
        people_before = s.scalar(select(func.count()).select_from(Person))
    with pytest.raises(InvalidInput):  # the member already has a substitute: no person is left behind either
        attendance.add_outside_attendee(db, meeting, "นายใหม่ มาแทน", "ครู", substitute_for_id=o.member)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == people_before
    with pytest.raises(InvalidInput):
        attendance.add_outside_attendee(db, meeting, "   ", "ครู")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("นายสมชาย ใจดี", ("นาย", "สมชาย", "ใจดี")),
        ("นางสาว รัตนา ศรีสุข", ("นางสาว", "รัตนา", "ศรีสุข")),
        ("ว่าที่ร้อยตรีหญิงสุดา มีสุข", ("ว่าที่ร้อยตรีหญิง", "สุดา", "มีสุข")),
        ("ดร.ปิยะนุช ณ พัทลุง", ("ดร.", "ปิยะนุช", "ณ พัทลุง")),
        ("กัลยา", ("", "กัลยา", "")),
    ],
)
def test_names_split_into_title_first_and_last(text: str, parts: tuple[str, str, str]) -> None:
    assert attendance.split_name(text) == parts


def test_the_minutes_list_the_substitute_in_the_member_s_place(db: Database) -> None:
    from meetingdesk.services.documents import meeting_view

    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    for person in (o.chair, o.member, o.secretary):  # "everyone present", in roster order
        meetings.mark_attendance(db, meeting, person, AttendanceStatus.PRESENT)
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.PRESENT, substitute_for_id=o.member)
    view = meeting_view(db, meeting)
    assert [(p.name, p.substitute_for) for p in view.present] == [
        ("นายสมชาย ใจดี", ""), ("นางสาวกัลยา บุญมา", "นายวิชัย ทองคำ"), ("นางสุภาพร ศรีสุข", ""),
    ]  # fmt: skip
    assert [(p.name, p.reason) for p in view.absent] == [("นายวิชัย ทองคำ", "มอบหมายให้ นางสาวกัลยา บุญมา มาประชุมแทน")]
