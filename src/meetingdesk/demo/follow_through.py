"""What the demo office's year looks like from the dashboard: meetings in every quarter of fiscal year 2569,
decisions carried out on time, late, in progress and not yet started, and findings found before the meetings
that took them up.

Built after the rest of the year (its own random stream, so the meetings, sessions and surveys before it stay
as they were): the first quarter's meetings (October to December 2025: the executive board twice, the school
directors once; their minutes certified by circulation, as no earlier-built meeting of the body certified
them), then the owners' own progress reports on the actions still open (as a planner types them into the
tracker between meetings), then each finding's date moved before the first meeting that discussed it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from meetingdesk.domain.enums import ActionStatus, CertificationMethod, MeetingStatus
from meetingdesk.services import actions as action_service
from meetingdesk.services import minutes as minutes_service
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Decision,
    Finding,
    Meeting,
    agenda_item_finding,
)

if TYPE_CHECKING:
    from meetingdesk.demo.office import DemoOffice, FindingsByProject

SEED = 2569 * 13
NOW = dt.date(2026, 11, 26)  # the demo's "today": the last meeting of its schedule
FIRST_QUARTER = (  # body index, date, start
    (0, dt.date(2025, 10, 21), dt.time(9, 0)),
    (5, dt.date(2025, 11, 18), dt.time(9, 0)),
    (0, dt.date(2025, 12, 16), dt.time(9, 0)),
)


def build_follow_through(db: Database, office: DemoOffice, findings_by_project: FindingsByProject) -> None:
    """The first quarter's meetings, the owners' progress reports and the findings' dates (see the module)."""
    from meetingdesk.demo.year import year_meeting

    rng = random.Random(SEED)
    for body_index, day, start in FIRST_QUARTER:
        body = office.bodies[body_index]
        year_meeting(db, rng, office, body, day, start, MeetingStatus.CERTIFIED, findings_by_project)
    with db.reading() as s:
        uncertified = [
            (m.id, m.date)
            for m in s.scalars(select(Meeting).where(Meeting.date < FIRST_QUARTER[-1][1] + dt.timedelta(days=1)))
            if m.certification is None
        ]
    for meeting_id, day in uncertified:
        minutes_service.certify(db, meeting_id, method=CertificationMethod.CIRCULATION, on=day + dt.timedelta(14))
    _owners_report(db, rng)
    _carried_on(db, rng)
    _found_before_discussed(db, rng)


def _owners_report(db: Database, rng: random.Random) -> None:
    """Each action still open gets what its owner would have reported: most of those already due were done,
    mostly by the due date; some late, some not yet; of those not yet due, about half are under way."""
    with db.reading() as s:
        last = dict(
            s.execute(
                select(ActionUpdate.action_id, func.max(ActionUpdate.on_date)).group_by(ActionUpdate.action_id)
            ).all()
        )
        open_actions = [
            (a.id, a.created_on, a.due_date, a.status)
            for a in s.scalars(select(Action).where(action_service.open_clause()).order_by(Action.id))
        ]
    for action_id, created, due, status in open_actions:
        since = max(created, last.get(action_id, created))
        roll = rng.random()
        if due is not None and due < NOW:
            if roll < 0.75:
                on = min(NOW, max(since, due - dt.timedelta(days=rng.randint(0, max(0, (due - since).days)))))
            elif roll < 0.85:
                on = min(NOW, max(since, due) + dt.timedelta(days=rng.randint(3, 20)))
            else:
                continue  # not reported: overdue
            evidence = "หลักฐาน/รายงานผลการดำเนินงาน.pdf" if rng.random() < 0.5 else ""
            _report(db, action_id, ActionStatus.DONE, "ดำเนินการแล้วเสร็จ", on, evidence)
        elif status is ActionStatus.NOT_STARTED and roll < 0.5:
            on = min(NOW, since + dt.timedelta(days=rng.randint(5, 20)))
            _report(db, action_id, ActionStatus.IN_PROGRESS, "อยู่ระหว่างประสานงานกับสถานศึกษา", on, "")


LONG_ACTIONS = (
    "ขยายผลสู่สถานศึกษาทุกแห่งในสังกัดภายในภาคเรียนที่ 2/2569",
    "ติดตามและรายงานผลต่อเนื่องจนสิ้นปีการศึกษา 2569",
)


def _carried_on(db: Database, rng: random.Random) -> None:
    """Some decisions of the fiscal year's second half go on beyond it: a further action due at the end of the
    academic year, under way (so the dashboard has decisions in progress, not only done or overdue)."""
    with db.reading() as s:
        decisions = s.scalars(
            select(Decision)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.date.between(dt.date(2026, 4, 1), dt.date(2026, 9, 30)))
            .order_by(Meeting.date, Decision.id)
        )
        done = [
            (d.id, d.agenda_item.meeting.date, d.actions[0].owner_person_id, d.actions[0].owner_group_id)
            for d in decisions
            if d.actions and all(a.status is ActionStatus.DONE for a in d.actions)
        ]
    for decision_id, day, person, group in rng.sample(done, min(5, len(done))):
        action_id = action_service.add_action(
            db, decision_id, rng.choice(LONG_ACTIONS), owner_person_id=person, owner_group_id=group,
            due_date=dt.date(2027, 3, 31), created_on=day,
        )  # fmt: skip
        on = day + dt.timedelta(days=rng.randint(20, 60))
        _report(db, action_id, ActionStatus.IN_PROGRESS, "ดำเนินการแล้วบางส่วน อยู่ระหว่างขยายผล", on, "")


def _report(db: Database, action_id: int, status: ActionStatus, note: str, on: dt.date, evidence: str) -> None:
    action_service.update_action(
        db, action_id, status=status, note=note, on=on, evidence_path=evidence,
        now=dt.datetime.combine(on, dt.time(15, 30)),
    )  # fmt: skip


def _found_before_discussed(db: Database, rng: random.Random) -> None:
    """A finding is found before the first meeting that took it up (the demo links findings at random)."""
    with db.writing() as s:
        first: dict[int, dt.date] = dict(
            s.execute(
                select(agenda_item_finding.c.finding_id, func.min(Meeting.date))
                .join(AgendaItem, AgendaItem.id == agenda_item_finding.c.agenda_item_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .group_by(agenda_item_finding.c.finding_id)
            ).all()
        )
        for finding in s.scalars(select(Finding).where(Finding.id.in_(first)).order_by(Finding.id)):
            discussed = first[finding.id]
            if finding.found_on is None or finding.found_on >= discussed:
                finding.found_on = discussed - dt.timedelta(days=rng.randint(5, 30))
