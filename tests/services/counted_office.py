"""A small office whose follow-through is counted by hand (the dashboard's and the trace's tests).

The office (fiscal year 2569 = 1 Oct 2025 – 30 Sep 2026, today 15 Jun 2026):
board, 10 Nov 2025 (Q1): chair and member present, secretary absent, a guest attending; item with finding f1
  D1 assigned: a1 done 25 Nov (due 1 Dec: on time), a2 done 10 Dec (due 1 Dec: late)      → done
  D2 noted, no action                                                                     → nothing to carry out
  D3 assigned: a3 in progress (due 1 Sep 2026), a4 not started (due 1 Aug 2026)           → in progress
board, 5 Feb 2026 (Q2): everyone present
  D4: a5 not started, due 1 Mar 2026, the member's                                        → overdue
  D5: a6 not started, no due date; a7 cancelled                                           → not started
  D6: a8 cancelled                                                                        → nothing to carry out
staff, 20 Apr 2026 (Q3): the guest attending (the staff body has no members on its roster)
  D7 answers f3: a9 in progress, due 1 May 2026, the work group's; a10 done 30 Apr, no due → overdue
board, 20 Sep 2025 (fiscal year 2568): D8 with an overdue action                          → another year
Projects of 2569: P with f1 (before, problem), f2 (before, need), f3 (during), f4 (after); Q with f5 (during).
Project of 2568: R with f6.
Satisfaction forms: the board's 10 Nov meeting 5+5 and 4+4 (mean 4.5), the staff's 3 and a blank (mean 3.0);
the board's 20 Sep 2025 meeting 1+1 (another year).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, DecisionKind, FindingKind, Phase
from meetingdesk.services import actions, attendance, meetings, projects, satisfaction
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import WorkGroup
from tests.services.helpers import SmallOffice, new_meeting, small_office

TODAY = dt.date(2026, 6, 15)
FY = 2569


@dataclass
class Counted:
    o: SmallOffice
    group: int
    decisions: dict[str, int]
    actions: dict[str, int]
    projects: dict[str, int]


def _act(db: Database, decision: int, title: str, status: ActionStatus, due: dt.date | None, on: dt.date | None = None,
         **owner: int) -> int:  # fmt: skip
    aid = actions.add_action(db, decision, title, due_date=due, **owner)
    if status is not ActionStatus.NOT_STARTED:
        actions.update_action(db, aid, status=status, on=on)
    return aid


def counted_office(db: Database) -> Counted:
    """The office above, built through the services."""
    o = small_office(db)
    with db.writing() as s:  # no service adds work groups yet (the demo and the importer make them)
        group = WorkGroup(office_id=1, name="กลุ่มส่งเสริมการจัดการศึกษา")
        s.add(group)
        s.flush()
        group_id = group.id
    p = projects.add_project(db, FY, "โครงการส่งเสริมการอ่าน", code="69-01")
    q = projects.add_project(db, FY, "โครงการโรงเรียนปลอดภัย", code="69-02")
    r = projects.add_project(db, FY - 1, "โครงการปีก่อน", code="68-01")
    f = {
        "f1": projects.add_finding(db, p, Phase.BEFORE, FindingKind.PROBLEM, "นักเรียนอ่านไม่คล่อง"),
        "f2": projects.add_finding(db, p, Phase.BEFORE, FindingKind.NEED, "ต้องการสื่อการอ่าน"),
        "f3": projects.add_finding(db, p, Phase.DURING, FindingKind.OBSTACLE, "ครูไม่พอ"),
        "f4": projects.add_finding(db, p, Phase.AFTER, FindingKind.RESULT, "อ่านคล่องขึ้นร้อยละ 20"),
        "f5": projects.add_finding(db, q, Phase.DURING, FindingKind.PROBLEM, "รั้วชำรุด"),
        "f6": projects.add_finding(db, r, Phase.AFTER, FindingKind.RESULT, "ปีก่อน"),
    }
    d: dict[str, int] = {}
    a: dict[str, int] = {}
    owner = {"owner_person_id": o.member}

    m0 = new_meeting(db, o.board, dt.date(2025, 9, 20))
    i0 = meetings.add_agenda_item(db, m0, 5, "เรื่องปีก่อน")
    d["D8"] = meetings.record_decision(db, i0, DecisionKind.ASSIGNED)
    a["a11"] = _act(db, d["D8"], "งานปีก่อน", ActionStatus.NOT_STARTED, dt.date(2025, 9, 30), **owner)

    m1 = new_meeting(db, o.board, dt.date(2025, 11, 10))
    attendance.mark_attendance(db, m1, o.chair, AttendanceStatus.PRESENT)
    attendance.mark_attendance(db, m1, o.member, AttendanceStatus.PRESENT)
    attendance.mark_attendance(db, m1, o.secretary, AttendanceStatus.ABSENT, reason="ติดราชการ")
    attendance.mark_attendance(db, m1, o.guest, AttendanceStatus.ATTENDING)
    i1 = meetings.add_agenda_item(db, m1, 5, "แผนพัฒนาการอ่าน", finding_ids=[f["f1"]])
    d["D1"] = meetings.record_decision(db, i1, DecisionKind.ASSIGNED, "มอบหมายจัดทำแผน")
    a["a1"] = _act(db, d["D1"], "ร่างแผน", ActionStatus.DONE, dt.date(2025, 12, 1), dt.date(2025, 11, 25), **owner)
    a["a2"] = _act(db, d["D1"], "เสนอแผน", ActionStatus.DONE, dt.date(2025, 12, 1), dt.date(2025, 12, 10), **owner)
    d["D2"] = meetings.record_decision(db, i1, DecisionKind.NOTED)
    d["D3"] = meetings.record_decision(db, i1, DecisionKind.ASSIGNED, "มอบหมายจัดหาสื่อ")
    a["a3"] = _act(db, d["D3"], "จัดหาสื่อ", ActionStatus.IN_PROGRESS, dt.date(2026, 9, 1), dt.date(2025, 12, 1))
    a["a4"] = _act(db, d["D3"], "แจกสื่อ", ActionStatus.NOT_STARTED, dt.date(2026, 8, 1))

    m2 = new_meeting(db, o.board, dt.date(2026, 2, 5))
    attendance.mark_all_present(db, m2)
    i2 = meetings.add_agenda_item(db, m2, 5, "ความปลอดภัยในโรงเรียน")
    d["D4"] = meetings.record_decision(db, i2, DecisionKind.ASSIGNED, "ซ่อมรั้ว")
    a["a5"] = _act(db, d["D4"], "สำรวจรั้ว", ActionStatus.NOT_STARTED, dt.date(2026, 3, 1), **owner)
    d["D5"] = meetings.record_decision(db, i2, DecisionKind.ASSIGNED, "อบรมครู")
    a["a6"] = _act(db, d["D5"], "จัดอบรม", ActionStatus.NOT_STARTED, None)
    a["a7"] = _act(db, d["D5"], "จ้างวิทยากร", ActionStatus.CANCELLED, None, dt.date(2026, 2, 6))
    d["D6"] = meetings.record_decision(db, i2, DecisionKind.ASSIGNED, "ยกเลิกแล้ว")
    a["a8"] = _act(db, d["D6"], "งานที่ยกเลิก", ActionStatus.CANCELLED, None, dt.date(2026, 2, 6))

    m3 = new_meeting(db, o.staff_body, dt.date(2026, 4, 20))
    attendance.mark_attendance(db, m3, o.guest, AttendanceStatus.ATTENDING)
    i3 = meetings.add_agenda_item(db, m3, 4, "ครูไม่พอ")
    d["D7"] = meetings.record_decision(db, i3, DecisionKind.ASSIGNED, "จัดครูอัตราจ้าง", finding_ids=[f["f3"]])
    a["a9"] = _act(db, d["D7"], "จ้างครู", ActionStatus.IN_PROGRESS, dt.date(2026, 5, 1), dt.date(2026, 4, 21),
                   owner_group_id=group_id)  # fmt: skip
    a["a10"] = _act(db, d["D7"], "ประกาศรับสมัคร", ActionStatus.DONE, None, dt.date(2026, 4, 30))
    satisfaction.set_office_items(db, ["ความเหมาะสมของเวลา", "ประโยชน์ที่ได้รับ"])
    satisfaction.submit_form(db, m1, [5, 5], "")
    satisfaction.submit_form(db, m1, [4, 4], "")
    satisfaction.submit_form(db, m3, [3, None], "ห้องร้อน")  # an item left blank is not counted
    satisfaction.submit_form(db, m0, [1, 1], "")  # another year
    return Counted(o, group_id, d, a, {"P": p, "Q": q, "R": r})
