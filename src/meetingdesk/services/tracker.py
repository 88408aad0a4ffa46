"""The decision tracker: every decision and every action across bodies, filtered and sorted in SQL.

A table of a decade's decisions must not be loaded whole. ``tracker_index`` returns only the keys of the rows
that pass the filters, in order, with the text a search looks in (one query); ``narrow`` applies the typed text
to them in memory; ``tracker_rows`` fetches the details of a page of them when the table scrolls there.
A decision with actions gives one row per action; a decision without any gives one row of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, extract, func, select

from meetingdesk.domain.enums import ActionStatus, DecisionKind, overdue
from meetingdesk.domain.figures import Drill
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.domain.thai.names import person_name
from meetingdesk.services.actions import open_clause, overdue_clause
from meetingdesk.services.listing import owner_text
from meetingdesk.services.reminders import week_end
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, ActionUpdate, AgendaItem, Body, Decision, Meeting, Person, WorkGroup

meeting = Meeting.__table__.c
body = Body.__table__.c
item = AgendaItem.__table__.c
decision = Decision.__table__.c
action = Action.__table__.c
person = Person.__table__.c
group = WorkGroup.__table__.c

Key = tuple[int, int | None]  # (decision id, action id or None)

SORTS = ("due", "meeting", "body", "status", "owner")


@dataclass(frozen=True)
class TrackerFilter:
    body_id: int | None = None
    status: ActionStatus | None = None
    owner_person_id: int | None = None
    overdue: bool = False
    due_this_week: bool = False  # open and due from today to six days on (``services.reminders``)
    fiscal_year: int | None = None  # B.E.
    text: str = ""
    drill: Drill | None = None  # the rows behind a bar of the dashboard: what the fields above cannot say


@dataclass(frozen=True)
class TrackerRow:
    decision_id: int
    action_id: int | None
    meeting_id: int
    body: str
    meeting: str  # "3/2569"
    date: dt.date
    item: str  # "4.2 ชื่อเรื่อง"
    decision: str
    decision_kind: DecisionKind
    action: str
    owner: str
    due: dt.date | None
    status: ActionStatus | None
    overdue: bool


def _fiscal_year_sql() -> ColumnElement[Any]:
    """The Thai fiscal year (B.E.) of the meeting's date, as ``domain.thai.dates.fiscal_year`` computes it."""
    # EXTRACT: SQLAlchemy writes strftime on SQLite and the standard EXTRACT on PostgreSQL.
    year = cast(extract("year", meeting.date), Integer)
    return year + 543 + case((cast(extract("month", meeting.date), Integer) >= 10, 1), else_=0)


def _joined() -> Any:
    return (
        Decision.__table__.join(AgendaItem.__table__, item.id == decision.agenda_item_id)
        .join(Meeting.__table__, meeting.id == item.meeting_id)
        .join(Body.__table__, body.id == meeting.body_id)
        .outerjoin(Action.__table__, action.decision_id == decision.id)
    )


def _where(f: TrackerFilter, today: dt.date) -> list[ColumnElement[bool]]:
    """Every filter but the text (``narrow`` applies that to the loaded rows)."""
    where: list[ColumnElement[bool]] = []
    if f.body_id is not None:
        where.append(meeting.body_id == f.body_id)
    if f.status is not None:
        where.append(action.status == f.status)
    if f.owner_person_id is not None:
        where.append(action.owner_person_id == f.owner_person_id)
    if f.overdue:
        where.append(overdue_clause(today, action.status, action.due_date))
    if f.due_this_week:
        where.append(and_(open_clause(action.status), action.due_date.between(today, week_end(today))))
    if f.fiscal_year is not None:
        where.append(_fiscal_year_sql() == f.fiscal_year)
    if f.drill is not None:
        where.extend(_drill_where(f.drill))
    return where


def _drill_where(d: Drill) -> list[ColumnElement[bool]]:
    """A drill's quarter, owner group and project (its body, year, status and owner are the filters above)."""
    from meetingdesk.services.progress import period_clause, project_clause

    where: list[ColumnElement[bool]] = []
    if d.quarter is not None and d.fiscal_year is not None:
        where.extend(period_clause(d.fiscal_year, d.quarter))
    if d.owner_group_id is not None:
        where.append(action.owner_group_id == d.owner_group_id)
    if d.project_id is not None:
        where.append(project_clause(d.project_id))
    return where


def _progress_where(db: Database, f: TrackerFilter, today: dt.date) -> list[ColumnElement[bool]]:
    """The decisions in a drill's state (``domain.progress``), counted as the dashboard counts them."""
    d = f.drill
    if d is None or d.progress is None:
        return []
    from meetingdesk.domain.progress import DecisionProgress
    from meetingdesk.services.progress import decision_ids

    ids = decision_ids(
        db, DecisionProgress(d.progress), fiscal_year=d.fiscal_year, body_id=d.body_id, quarter=d.quarter,
        project_id=d.project_id, today=today,
    )  # fmt: skip
    return [decision.id.in_(sorted(ids))]


def _order(sort: str, descending: bool) -> list[Any]:
    order: dict[str, list[Any]] = {
        "due": [action.due_date.is_(None), action.due_date],
        "meeting": [meeting.date],
        "body": [body.name],
        "status": [action.status.is_(None), action.status],
        "owner": [action.owner_person_id.is_(None), action.owner_person_id],
    }
    return [c.desc() if descending else c for c in order[sort]]


def tracker_keys(
    db: Database, f: TrackerFilter, *, sort: str = "due", descending: bool = False, today: dt.date | None = None
) -> list[Key]:
    """The rows passing ``f``, in order; only their keys."""
    return narrow(tracker_index(db, f, sort=sort, descending=descending, today=today), f.text)


def tracker_index(
    db: Database, f: TrackerFilter, *, sort: str = "due", descending: bool = False, today: dt.date | None = None
) -> list[tuple[Key, str]]:
    """The rows passing ``f`` apart from its text, in order, each with the text a search looks in (decision,
    action and item titles). Typing in the search box then narrows this list in memory (``narrow``), a few
    milliseconds per keystroke, instead of a query per keystroke."""
    today = today or dt.date.today()
    haystack = func.coalesce(decision.text, "") + "\n" + func.coalesce(action.title, "") + "\n" + item.title
    query = (
        select(decision.id, action.id, haystack)
        .select_from(_joined())
        .where(*_where(f, today), *_progress_where(db, f, today))
        .order_by(*_order(sort, descending), meeting.date.desc(), decision.id, action.id)
    )
    with db.connection() as conn:
        return [((d, a), text.casefold()) for d, a, text in conn.execute(query)]


def narrow(index: list[tuple[Key, str]], text: str) -> list[Key]:
    """The keys whose text contains every word of ``text`` (the same rule as ``TrackerFilter.text``)."""
    words = [w.casefold() for w in text.split()]
    if not words:
        return [key for key, _ in index]
    return [key for key, hay in index if all(w in hay for w in words)]


def tracker_rows(db: Database, keys: list[Key], *, today: dt.date | None = None) -> dict[Key, TrackerRow]:
    """The details of some rows (a page the table scrolled to)."""
    today = today or dt.date.today()
    decision_ids = sorted({d for d, _a in keys})
    query = (
        select(
            decision.id,
            decision.kind,
            decision.text,
            action.id.label("action_id"),
            action.title,
            action.status,
            action.due_date,
            item.section,
            item.position,
            item.title.label("item_title"),
            meeting.id.label("meeting_id"),
            meeting.number,
            meeting.year_be,
            meeting.date,
            body.name.label("body"),
            person.prefix,
            person.first_name,
            person.last_name,
            group.name.label("group"),
        )
        .select_from(
            _joined()
            .outerjoin(Person.__table__, person.id == action.owner_person_id)
            .outerjoin(WorkGroup.__table__, group.id == action.owner_group_id)
        )
        .where(decision.id.in_(decision_ids))
    )
    wanted = set(keys)
    out: dict[Key, TrackerRow] = {}
    with db.connection() as conn:
        for r in conn.execute(query):
            key = (r.id, r.action_id)
            if key not in wanted:
                continue
            status: ActionStatus | None = r.status
            out[key] = TrackerRow(
                decision_id=r.id,
                action_id=r.action_id,
                meeting_id=r.meeting_id,
                body=r.body,
                meeting=meeting_number_text(r.number, r.year_be),
                date=r.date,
                item=f"{item_number(r.section, r.position)} {r.item_title}",
                decision=r.text,
                decision_kind=r.kind,
                action=r.title or "",
                owner=owner_text(r),
                due=r.due_date,
                status=status,
                overdue=overdue(status, r.due_date, today),
            )
    return out


def owners(db: Database) -> list[tuple[int, str]]:
    """People who own at least one action (for the owner filter)."""
    query = (
        select(person.id, person.prefix, person.first_name, person.last_name)
        .where(person.id.in_(select(action.owner_person_id).where(action.owner_person_id.is_not(None))))
        .order_by(person.first_name, person.last_name)
    )
    with db.connection() as conn:
        return [(r.id, person_name(r.prefix, r.first_name, r.last_name)) for r in conn.execute(query)]


def fiscal_years(db: Database) -> list[int]:
    """The fiscal years (B.E.) that have meetings, newest first."""
    fy = _fiscal_year_sql().label("fy")
    with db.connection() as conn:
        years = conn.execute(select(fy).select_from(Meeting.__table__).distinct().order_by(fy.desc()))
        return [int(y) for (y,) in years]


@dataclass(frozen=True)
class HistoryLine:
    on: dt.date
    old: ActionStatus | None
    new: ActionStatus | None
    note: str
    evidence: str


def history(db: Database, action_id: int) -> list[HistoryLine]:
    """What happened to an action, oldest first."""
    with db.reading() as s:
        rows = s.scalars(
            select(ActionUpdate)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.on_date, ActionUpdate.recorded_at, ActionUpdate.id)
        )
        return [HistoryLine(u.on_date, u.old_status, u.new_status, u.note, u.evidence_path) for u in rows]
