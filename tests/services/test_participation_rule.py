"""One rule for attendance figures: the evidence report's table and the dashboard's chart count the same seats.

The walk found the executive board at 99/112 over 7 meetings (16 a meeting) in the evidence table while the
dashboard said 15 appointed, and the เขตพื้นที่ committee at 14/16 in the table but 7 appointed / 7 present in the
chart: the table counted attendance rows (a substitute and the member they sat for both), the chart memberships.
Now both count ``attendance.seats``: the memberships in force on the meeting's date, each person once, a seat
filled when its member is present or a substitute sits for them.
"""

from __future__ import annotations

import datetime as dt

from meetingdesk.domain.enums import AttendanceStatus, MemberRole
from meetingdesk.services import attendance, people
from meetingdesk.services.dashboard import dashboard
from meetingdesk.services.evidence import evidence
from meetingdesk.storage.database import Database
from tests.services.helpers import new_meeting, small_office


def test_the_evidence_table_and_the_dashboard_count_the_same_hand_counted_seats(db: Database) -> None:
    o = small_office(db)  # chair, member, secretary of the board
    people.add_member(db, o.board, o.chair, MemberRole.MEMBER)  # the chair holds a second role: one seat
    former = people.add_person(db, "อดีต", "กรรมการ", prefix="นาย")
    people.add_member(db, o.board, former, MemberRole.MEMBER, end=dt.date(2025, 10, 31))  # term over
    later = people.add_person(db, "ใหม่", "กรรมการ", prefix="นาย")
    people.add_member(db, o.board, later, MemberRole.MEMBER, start=dt.date(2026, 12, 1))  # not yet
    deputy = people.add_person(db, "ผู้แทน", "กรรมการ", prefix="นาย")

    first = new_meeting(db, o.board, dt.date(2025, 11, 10))
    attendance.mark_attendance(db, first, o.chair, AttendanceStatus.PRESENT)
    attendance.mark_attendance(db, first, o.member, AttendanceStatus.ABSENT, reason="ติดราชการ")
    attendance.mark_attendance(db, first, deputy, AttendanceStatus.PRESENT, substitute_for_id=o.member)
    attendance.mark_attendance(db, first, o.secretary, AttendanceStatus.ABSENT, reason="ลาป่วย")
    attendance.mark_attendance(db, first, o.guest, AttendanceStatus.ATTENDING)
    second = new_meeting(db, o.board, dt.date(2026, 2, 10))
    for person in (o.chair, o.member, o.secretary):
        attendance.mark_attendance(db, second, person, AttendanceStatus.PRESENT)

    # By hand: 3 seats each meeting; filled 2 (chair, the deputy for the member) and 3; one other (the guest).
    table = {p.body: p for p in evidence(db, fiscal_year=2569, today=dt.date(2026, 3, 1)).participation}
    row = next(iter(table.values()))
    assert (row.meetings, row.present, row.appointed, row.others) == (2, 5, 6, 1)
    chart = dashboard(db, fiscal_year=2569, today=dt.date(2026, 3, 1)).participation
    (bar,) = chart.bars
    assert bar.values == (3.0, 2.5, 0.5)
    assert bar.values[:2] == (row.appointed / row.meetings, row.present / row.meetings)
