"""A fiscal year small enough to count by hand, built through the services, for the reports' tests.

FY 2569 (1 Oct 2025 – 30 Sep 2026), TODAY = 1 Apr 2026:

- Board 1/2568, 10 Nov 2025 (numbers follow the B.E. calendar year, not the fiscal year): item 4.1 noted
  (no action); item 5.1 assigned (answers finding BEFORE) with
  a1 (chair, due 1 Dec 2025, done 30 Nov 2025: on time, note "ส่งมอบหนังสือครบแล้ว") and
  a2 (secretary, due 15 Dec 2025, in progress since 10 Dec 2025: overdue, note "อยู่ระหว่างจัดซื้อ").
  Attendance: chair and member present, secretary absent, guest attending.
- Board 1/2569, 10 Feb 2026: item 5.1 approved (answers finding DURING) with a3 (member, due 1 Mar 2026, done
  5 Mar 2026: late) and a4 (cancelled); item 5.2 confidential, assigned, a6 (chair, due 1 May 2026, open).
- Staff 1/2569, 1 Mar 2026: item 5.1 assigned with a5 (no owner, due 30 Jun 2026, not started).
- Board 2/2569, 5 Oct 2026: item 5.1 noted (next fiscal year: never counted in 2569).

By hand, FY 2569, every body: 3 meetings with decisions, 5 decisions, 4 to carry out (A 5.1, B 5.1, B 5.2,
staff 5.1), 1 carried out (B 5.1), 6 actions (done 2, in progress 1, not started 2, cancelled 1), 1 overdue, 2 done
with a due date, 1 on time. Project P (FY 2569): findings 1/1/1 by phase, used by 2 meetings, answered by
2 decisions, 1 carried out, 1 of 2 done on time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, DecisionKind, FindingKind, Phase
from meetingdesk.services import actions, attendance, meetings, projects
from meetingdesk.storage.database import Database
from tests.services.helpers import SmallOffice, new_meeting, small_office

TODAY = dt.date(2026, 4, 1)
FY = 2569


@dataclass
class CountedYear:
    office: SmallOffice
    meetings: list[int]
    actions: dict[str, int]
    project: int
    findings: list[int]


def counted_year(db: Database) -> CountedYear:
    o = small_office(db)
    project = projects.add_project(db, FY, "ส่งเสริมการอ่านออกเขียนได้")
    f_before = projects.add_finding(db, project, Phase.BEFORE, FindingKind.PROBLEM, "นักเรียนอ่านไม่คล่อง")
    f_during = projects.add_finding(db, project, Phase.DURING, FindingKind.NEED, "ครูต้องการสื่อการสอน")
    f_after = projects.add_finding(db, project, Phase.AFTER, FindingKind.RESULT, "ผลการอ่านดีขึ้น")
    a = new_meeting(db, o.board, dt.date(2025, 11, 10))
    attendance.mark_attendance(db, a, o.chair, AttendanceStatus.PRESENT)
    attendance.mark_attendance(db, a, o.member, AttendanceStatus.PRESENT)
    attendance.mark_attendance(db, a, o.secretary, AttendanceStatus.ABSENT, reason="ติดราชการ")
    attendance.mark_attendance(db, a, o.guest, AttendanceStatus.ATTENDING)
    noted = meetings.add_agenda_item(db, a, 4, "รายงานผลการเบิกจ่ายงบประมาณ")
    meetings.record_decision(db, noted, DecisionKind.NOTED)
    item = meetings.add_agenda_item(db, a, 5, "พิจารณาจัดซื้อหนังสือเสริมการอ่าน", finding_ids=[f_before])
    d = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายกลุ่มส่งเสริมการศึกษาจัดซื้อหนังสือ")
    a1 = actions.add_action(db, d, "จัดซื้อหนังสือชุดแรก", owner_person_id=o.chair, due_date=dt.date(2025, 12, 1))
    a2 = actions.add_action(db, d, "จัดซื้อหนังสือชุดที่สอง", owner_person_id=o.secretary, due_date=dt.date(2025, 12, 15))
    actions.update_action(db, a1, status=ActionStatus.IN_PROGRESS, on=dt.date(2025, 11, 20))
    actions.update_action(db, a1, status=ActionStatus.DONE, note="ส่งมอบหนังสือครบแล้ว", on=dt.date(2025, 11, 30))
    actions.update_action(db, a2, status=ActionStatus.IN_PROGRESS, note="อยู่ระหว่างจัดซื้อ", on=dt.date(2025, 12, 10))

    b = new_meeting(db, o.board, dt.date(2026, 2, 10))
    item = meetings.add_agenda_item(db, b, 5, "พิจารณาจัดหาสื่อการสอนการอ่าน", finding_ids=[f_during])
    d = meetings.record_decision(db, item, DecisionKind.APPROVED, "อนุมัติจัดหาสื่อการสอน")
    a3 = actions.add_action(db, d, "จัดหาสื่อการสอน", owner_person_id=o.member, due_date=dt.date(2026, 3, 1))
    a4 = actions.add_action(db, d, "จัดอบรมการใช้สื่อ", owner_person_id=o.member, due_date=dt.date(2026, 3, 1))
    actions.update_action(db, a3, status=ActionStatus.DONE, note="ได้รับสื่อครบ", on=dt.date(2026, 3, 5))
    actions.update_action(db, a4, status=ActionStatus.CANCELLED, note="รวมกับการอบรมของ สพฐ.", on=dt.date(2026, 2, 20))
    secret = meetings.add_agenda_item(db, b, 5, "พิจารณาย้ายข้าราชการครู นายลับ เฉพาะ", confidential=True)
    d = meetings.record_decision(db, secret, DecisionKind.ASSIGNED, "ให้ดำเนินการย้ายตามคำขอ")
    a6 = actions.add_action(db, d, "ออกคำสั่งย้ายนายลับ เฉพาะ", owner_person_id=o.chair, due_date=dt.date(2026, 5, 1))

    c = new_meeting(db, o.staff_body, dt.date(2026, 3, 1))
    item = meetings.add_agenda_item(db, c, 5, "พิจารณาแผนการนิเทศภาคเรียนที่ 1")
    d = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายทุกกลุ่มงานจัดทำแผน")
    a5 = actions.add_action(db, d, "จัดทำแผนการนิเทศ", due_date=dt.date(2026, 6, 30))

    later = new_meeting(db, o.board, dt.date(2026, 10, 5))
    item = meetings.add_agenda_item(db, later, 4, "รายงานผลการดำเนินงานปีงบประมาณ 2569")
    meetings.record_decision(db, item, DecisionKind.NOTED)
    ids = {"a1": a1, "a2": a2, "a3": a3, "a4": a4, "a5": a5, "a6": a6}
    return CountedYear(o, [a, b, c, later], ids, project, [f_before, f_during, f_after])
