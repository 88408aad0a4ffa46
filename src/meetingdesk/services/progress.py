"""The carrying-out of decisions, read for counting: each decision's state (``domain.progress``) and each done
action's completion date, for one fiscal year (and body, quarter or project). The dashboard counts these; the
tracker uses ``decision_ids`` to open the rows behind a bar."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select

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


@dataclass(frozen=True, slots=True)
class ActionFact:
    """One action of the period, as the dashboard counts it."""

    id: int
    decision_id: int
    status: ActionStatus
    due: dt.date | None
    person_id: int | None
    group_id: int | None
    done_on: dt.date | None  # a done action: when it was reported done (its latest change to done)


@dataclass(frozen=True)
class Period:
    states: list[DecisionState]
    actions: list[ActionFact]


def read_period(
    db: Database,
    *,
    fiscal_year: int | None,
    body_id: int | None = None,
    quarter: int | None = None,
    project_id: int | None = None,
    today: dt.date,
) -> Period:
    """Every decision of the period's meetings with its state (``domain.progress.decision_progress``), and
    their actions: one query."""
    where = period_clause(fiscal_year, quarter)
    if body_id is not None:
        where.append(meeting.body_id == body_id)
    if project_id is not None:
        where.append(project_clause(project_id))
    done_on = (
        select(func.max(update.on_date))
        .where(update.action_id == action.id, update.new_status == ActionStatus.DONE)
        .correlate(Action.__table__)
        .scalar_subquery()
    )
    query = (
        select(
            case((action.status == ActionStatus.DONE, done_on), else_=None),
            decision.id,
            meeting.body_id,
            meeting.date,
            action.id,
            action.status,
            action.due_date,
            action.owner_person_id,
            action.owner_group_id,
        )
        .select_from(joined())
        .where(*where)
    )
    found: dict[int, tuple[int, dt.date]] = {}
    by_decision: dict[int, list[tuple[ActionStatus, dt.date | None]]] = defaultdict(list)
    facts: list[ActionFact] = []
    with db.connection() as conn:
        for done, d, body, date, aid, status, due, pid, gid in conn.execute(query):
            found[d] = (body, date)
            if aid is None:
                continue
            status = ActionStatus(status)
            by_decision[d].append((status, due))
            facts.append(ActionFact(aid, d, status, due, pid, gid, _date(done)))
    states = [
        DecisionState(d, body, date, fiscal_quarter(date), decision_progress(by_decision[d], today))
        for d, (body, date) in found.items()
    ]
    return Period(states, facts)


def decision_states(
    db: Database,
    *,
    fiscal_year: int | None,
    body_id: int | None = None,
    quarter: int | None = None,
    project_id: int | None = None,
    today: dt.date,
) -> list[DecisionState]:
    """Every decision of the period's meetings with its state."""
    return read_period(
        db, fiscal_year=fiscal_year, body_id=body_id, quarter=quarter, project_id=project_id, today=today
    ).states


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


def _date(value: dt.date | str | None) -> dt.date | None:
    """A date from a scalar subquery (SQLite hands its ``max()`` back as text)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value
