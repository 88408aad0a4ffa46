"""Reminders: the open actions that are overdue and those due within the coming week, for the bar shown on start
and in the tracker.

Overdue is the one rule of ``domain.enums.overdue`` (open and past its due date), asked in SQL through
``services.actions.overdue_clause`` as the tracker asks it; "this week" is the open actions due from today to
six days on (seven days in all), so one due next Monday shows on the Tuesday before. A count on the
``(status, due_date)`` index, then the first rows: cheap enough for start-up when the rows are limited
(``make bench``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, case, func, select

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.services.actions import open_clause, overdue_clause
from meetingdesk.services.listing import actions_joined, owner_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Body, Decision, Meeting, Person, WorkGroup

WEEK = dt.timedelta(days=7)
"""How far ahead "due this week" looks, today included."""

action = Action.__table__.c
decision = Decision.__table__.c
item = AgendaItem.__table__.c
meeting = Meeting.__table__.c
body = Body.__table__.c
person = Person.__table__.c
group = WorkGroup.__table__.c


@dataclass(frozen=True)
class ReminderRow:
    """An open action to remind of: what, whose, when due, and where it was decided."""

    action_id: int
    decision_id: int
    meeting_id: int
    action: str
    owner: str
    due: dt.date
    status: ActionStatus
    body: str
    meeting: str  # "3/2569"

    def days_from(self, today: dt.date) -> int:
        """Days from ``today`` to the due date: negative when overdue (``-3``: three days late)."""
        return (self.due - today).days


@dataclass(frozen=True)
class Reminders:
    """Overdue actions (oldest due first) and those due within a week (soonest first), with how many there are
    of each (more than the rows when ``due`` was given a limit)."""

    overdue: tuple[ReminderRow, ...]
    this_week: tuple[ReminderRow, ...]
    overdue_total: int = 0
    this_week_total: int = 0

    def __bool__(self) -> bool:
        return bool(self.overdue_total or self.this_week_total)


def week_end(today: dt.date) -> dt.date:
    """The last day "due this week" covers."""
    return today + WEEK - dt.timedelta(days=1)


def due(db: Database, *, today: dt.date, limit: int | None = None) -> Reminders:
    """The open actions overdue on ``today`` and those due from ``today`` to ``week_end(today)``; with ``limit``,
    at most that many rows of each (the totals still count them all). A decade's 2,600 overdue actions take
    about 40 ms in full, their count and first rows a few (``make bench``)."""
    where = (open_clause(action.status), action.due_date.is_not(None), action.due_date <= week_end(today))
    late_now = overdue_clause(today, action.status, action.due_date)  # the tracker's one rule
    late: list[ReminderRow] = []
    soon: list[ReminderRow] = []
    with db.connection() as conn:
        counted = conn.execute(select(func.count(), func.sum(case((late_now, 1), else_=0))).where(*where)).one()
        late_total = int(counted[1] or 0)
        soon_total = counted[0] - late_total
        if late_total:
            late = _rows(conn, [*where, late_now], limit)
        if soon_total:
            soon = _rows(conn, [*where, ~late_now], limit)
    return Reminders(tuple(late), tuple(soon), late_total, soon_total)


def _rows(conn: Connection, where: list[ColumnElement[bool]], limit: int | None) -> list[ReminderRow]:
    # the actions first (on the index, limited), then their meetings and owners: only the rows kept are joined
    first = select(action.id).where(*where).order_by(action.due_date, action.id).limit(limit).scalar_subquery()
    query = (
        select(
            action.id,
            action.decision_id,
            action.title,
            action.due_date,
            action.status,
            meeting.id.label("meeting_id"),
            meeting.number,
            meeting.year_be,
            body.name.label("body"),
            person.prefix,
            person.first_name,
            person.last_name,
            group.name.label("group"),
        )
        .select_from(actions_joined())
        .where(action.id.in_(first))
        .order_by(action.due_date, action.id)
    )
    return [
        ReminderRow(
            action_id=r.id,
            decision_id=r.decision_id,
            meeting_id=r.meeting_id,
            action=r.title,
            owner=owner_text(r),
            due=r.due_date,
            status=r.status,
            body=r.body,
            meeting=meeting_number_text(r.number, r.year_be),
        )
        for r in conn.execute(query)
    ]
