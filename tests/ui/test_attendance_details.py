"""The attendance tab (a substitute, an attendee typed in by name) and the details tab (who signs the minutes),
driven through the real widgets on a copy of the demo office."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import AttendanceStatus, BodyKind, MemberRole
from meetingdesk.services import attendance, meetings
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import Attendance, Body, Meeting, Membership, Person
from meetingdesk.ui.windows.meeting import MeetingWindow
from tests.ui.typing import press_enter, type_text


def _board_meeting(qtbot: QtBot, ctx: AppContext, day: dt.date = dt.date(2026, 12, 15)) -> MeetingWindow:
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()
    mid = meetings.create_meeting(ctx.db, meetings.NewMeeting(body_id=body_id, date=day))
    window = MeetingWindow(ctx, mid)
    qtbot.addWidget(window)
    window.show()
    return window


def _row(window: MeetingWindow, name: str) -> int:
    return next(n for n, r in enumerate(window.attendance.rows) if r.name == name)


def _recorded(ctx: AppContext, meeting_id: int) -> dict[str, tuple[AttendanceStatus, str, str]]:
    with ctx.db.reading() as s:
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()
        return {a.person.full_name: (a.status, a.absence_reason, a.role_text) for a in rows}


def test_a_substitute_and_an_outside_attendee_from_the_attendance_tab(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    window = _board_meeting(qtbot, ctx)
    window.tabs.setCurrentIndex(2)
    tab = window.attendance
    tab.all_present.click()
    member = tab.rows[1].name
    # someone not in the directory, typed in by name and position, attends in that member's place
    type_text(tab.outside_name, "นางสาวรัตนา ศรีสุข")
    type_text(tab.outside_position, "รองผู้อำนวยการ สพป.")
    tab.add_for.setCurrentIndex(tab.add_for.findText(member))
    press_enter(tab.outside_position)
    assert messages == []
    recorded = _recorded(ctx, window.meeting_id)
    assert recorded[member][0] is AttendanceStatus.ABSENT
    assert recorded[member][1] == "มอบหมายให้ นางสาวรัตนา ศรีสุข มาประชุมแทน"
    assert recorded["นางสาวรัตนา ศรีสุข"][0] is AttendanceStatus.PRESENT
    with ctx.db.reading() as s:
        person = s.scalars(select(Person).where(Person.first_name == "รัตนา", Person.last_name == "ศรีสุข")).one()
        assert person.position == "รองผู้อำนวยการ สพป."
    table = [[tab.model.index(r, c).data() for c in range(3)] for r in range(tab.model.rowCount())]
    assert [member, table[_row(window, member)][1], "ผู้ไม่มาประชุม"] in table
    assert tab.model.index(_row(window, "นางสาวรัตนา ศรีสุข"), 3).data() == f"แทน {member}"
    assert tab.outside_name.text() == "" and tab.outside_position.text() == ""

    # an outside attendee with no one to replace is a ผู้เข้าร่วมประชุม with their position
    tab.add_for.setCurrentIndex(0)
    type_text(tab.outside_name, "นายประเสริฐ ดีมาก")
    type_text(tab.outside_position, "ศึกษานิเทศก์")
    tab.add_outside.click()
    assert _recorded(ctx, window.meeting_id)["นายประเสริฐ ดีมาก"] == (AttendanceStatus.ATTENDING, "", "ศึกษานิเทศก์")

    # a member marked present in the table with a substitute chosen there: the member is absent, represented
    other = tab.rows[2].name
    guest_row = _row(window, "นายประเสริฐ ดีมาก")
    tab.table.selectRow(guest_row)
    tab.status.setCurrentIndex(tab.status.findData(AttendanceStatus.PRESENT))
    tab.substitute_for.setCurrentIndex(tab.substitute_for.findText(other))
    assert tab.save()
    recorded = _recorded(ctx, window.meeting_id)
    assert recorded[other][:2] == (AttendanceStatus.ABSENT, "มอบหมายให้ นายประเสริฐ ดีมาก มาประชุมแทน")
    assert recorded["นายประเสริฐ ดีมาก"][0] is AttendanceStatus.PRESENT
    assert messages == []


def test_a_refused_substitute_shows_a_message_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    window = _board_meeting(qtbot, ctx)
    tab = window.attendance
    member = tab.rows[1].name
    tab.add_for.setCurrentIndex(tab.add_for.findText(member))
    type_text(tab.outside_name, "นางสาวรัตนา ศรีสุข")
    tab.add_outside.click()
    type_text(tab.outside_name, "นายสมหมาย ใจงาม")
    tab.add_for.setCurrentIndex(tab.add_for.findText(member))
    assert not tab.add_new_person()
    assert messages == [f"นางสาวรัตนา ศรีสุข มาประชุมแทน {member} อยู่แล้ว"]
    assert "นายสมหมาย ใจงาม" not in _recorded(ctx, window.meeting_id)
    with ctx.db.reading() as s:
        assert s.scalars(select(Person).where(Person.first_name == "สมหมาย")).first() is None


def test_the_minutes_taker_and_checker_default_from_the_body_and_are_chosen_in_details(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    window = _board_meeting(qtbot, ctx)
    with ctx.db.reading() as s:
        meeting = s.get(Meeting, window.meeting_id)
        assert meeting is not None
        roles = {
            m.role: m.person_id
            for m in s.scalars(select(Membership).where(Membership.body_id == meeting.body_id)).all()
        }
        got = (meeting.chair_id, meeting.minute_taker_id, meeting.minutes_checker_id)
    taker = roles.get(MemberRole.ASSISTANT_SECRETARY, roles[MemberRole.SECRETARY])
    assert got == (roles[MemberRole.CHAIR], taker, roles[MemberRole.SECRETARY])
    details = window.details
    assert details.minutes_checker.currentData() == roles[MemberRole.SECRETARY]
    assert details.minute_taker.currentData() == taker

    member = roles[MemberRole.MEMBER]
    details.minutes_checker.setCurrentIndex(details.minutes_checker.findData(member))
    details.minutes_checker.activated.emit(details.minutes_checker.currentIndex())
    window.tabs.setCurrentIndex(1)  # leaving the tab saves
    with ctx.db.reading() as s:
        meeting = s.get(Meeting, window.meeting_id)
        assert meeting is not None and meeting.minutes_checker_id == member
    assert messages == []


def test_a_meeting_without_signatories_gets_the_body_s_in_the_details_tab(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    with ctx.db.writing() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.status != "certified").order_by(Meeting.id)).first()
        assert meeting is not None
        meeting.minute_taker_id = meeting.minutes_checker_id = None
        mid = meeting.id
    window = MeetingWindow(ctx, mid)
    qtbot.addWidget(window)
    assert window.details.minute_taker.currentData() is not None
    assert window.details.minutes_checker.currentData() is not None
    window.close()  # closing saves what the tab filled in
    with ctx.db.reading() as s:
        meeting = s.get(Meeting, mid)
        assert meeting is not None and None not in (meeting.minute_taker_id, meeting.minutes_checker_id)
    assert messages == []


def test_a_substitute_shows_the_member_s_role_in_the_window_s_language(
    qtbot: QtBot, ctx: AppContext, english: None
) -> None:
    window = _board_meeting(qtbot, ctx)
    tab = window.attendance
    member = tab.rows[1]
    attendance.add_outside_attendee(
        ctx.db, window.meeting_id, "นางสาวรัตนา ศรีสุข", "ครู", substitute_for_id=member.person_id
    )
    tab.reload()
    row = _row(window, "นางสาวรัตนา ศรีสุข")
    member_row = _row(window, member.name)
    assert tab.model.index(row, 1).data() == tab.model.index(member_row, 1).data() == "Vice-chair"
    assert tab.model.index(member_row, 2).data() == "Absent"
