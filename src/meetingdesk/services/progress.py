"""The carrying-out of decisions, read for counting: each decision's state (``domain.progress``) and each done
action's completion date, for one fiscal year (and body, quarter or project). The dashboard counts these; the
tracker uses ``decision_ids`` to open the rows behind a bar."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.progress import DecisionProgress, decision_progress, fiscal_quarter, quarter_bounds
from meetingdesk.domain.thai.dates import fiscal_year_bounds
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Decision,
    Finding,
    Meeting,
    decision_finding,
    decision_project,
)

meeting = Meeting.__table__.c
item = AgendaItem.__table__.c
decision = Decision.__table__.c
action = Action.__table__.c
update = ActionUpdate.__table__.c


def period_clause(fiscal_year: int | None, quarter: int | None = None) -> list[ColumnElement[bool]]:
    """The meeting's date within a fiscal year (B.E.), or one quarter of it (the index on the date serves it)."""
    if fiscal_year is None:
        return []
    first, last = quarter_bounds(fiscal_year, quarter) if quarter else fiscal_year_bounds(fiscal_year)
    return [meeting.date >= first, meeting.date <= last]


def project_clause(project_id: int) -> ColumnElement[bool]:
    """Decisions about a project: linked to it, or answering one of its findings."""
    finding = Finding.__table__.c
    answering = (
        select(decision_finding.c.decision_id)
        .join(Finding.__table__, finding.id == decision_finding.c.finding_id)
        .where(finding.project_id == project_id)
    )
    linked = select(decision_project.c.decision_id).where(decision_project.c.project_id == project_id)
    return or_(decision.id.in_(linked), decision.id.in_(answering))


@dataclass(frozen=True)
class DecisionState:
    decision_id: int
    body_id: int
    date: dt.date  # the meeting's
    quarter: int  # of the fiscal year
    progress: DecisionProgress | None  # None: nothing to carry out


def decision_states(
    db: Database,
    *,
    fiscal_year: int | None,
    body_id: int | None = None,
    quarter: int | None = None,
    project_id: int | None = None,
    today: dt.date,
) -> list[DecisionState]:
    """Every decision of the period's meetings with its state (``domain.progress.decision_progress``)."""
    where = period_clause(fiscal_year, quarter)
    if body_id is not None:
        where.append(meeting.body_id == body_id)
    if project_id is not None:
        where.append(project_clause(project_id))
    query = (
        select(decision.id, meeting.body_id, meeting.date, action.status, action.due_date)
        .select_from(joined())
        .where(*where)
    )
    found: dict[int, tuple[int, dt.date]] = {}
    actions: dict[int, list[tuple[ActionStatus, dt.date | None]]] = defaultdict(list)
    with db.connection() as conn:
        for d, body, date, status, due in conn.execute(query):
            found[d] = (body, date)
            if status is not None:
                actions[d].append((ActionStatus(status), due))
    return [
        DecisionState(d, body, date, fiscal_quarter(date), decision_progress(actions[d], today))
        for d, (body, date) in found.items()
    ]


def joined() -> Any:
    """decision → agenda item → meeting, and its actions (outer)."""
    return (
        Decision.__table__.join(AgendaItem.__table__, item.id == decision.agenda_item_id)
        .join(Meeting.__table__, meeting.id == item.meeting_id)
        .outerjoin(Action.__table__, action.decision_id == decision.id)
    )


def decision_ids(
    db: Database,
    progress: DecisionProgress,
    *,
    fiscal_year: int | None,
    body_id: int | None = None,
    quarter: int | None = None,
    project_id: int | None = None,
    today: dt.date,
) -> set[int]:
    """The decisions in one state (the rows behind a bar of the dashboard)."""
    states = decision_states(
        db, fiscal_year=fiscal_year, body_id=body_id, quarter=quarter, project_id=project_id, today=today
    )
    return {s.decision_id for s in states if s.progress is progress}


def done_dates(db: Database, action_ids: list[int] | None = None) -> dict[int, dt.date]:
    """When each done action was reported done (its latest change to done)."""
    query = (
        select(update.action_id, func.max(update.on_date))
        .where(update.new_status == ActionStatus.DONE)
        .group_by(update.action_id)
    )
    if action_ids is not None:
        query = query.where(update.action_id.in_(action_ids))
    with db.connection() as conn:
        return {a: d for a, d in conn.execute(query)}
