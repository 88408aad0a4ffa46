"""Plain lists of meetings, decisions and actions for the command line, reports and JSON.

One query each, whatever the size of the database (no query per row), in SQLAlchemy Core over the mapped
tables: a list needs no ORM objects, and skipping them keeps ``meetingdesk list`` close to a bare sqlite3
script (see ``make bench``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from meetingdesk.domain.enums import ActionStatus, overdue
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import fiscal_year, meeting_number_text
from meetingdesk.domain.thai.names import person_name
from meetingdesk.services.actions import open_clause
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Body, Decision, Meeting, Person, WorkGroup

meeting = Meeting.__table__.c
body = Body.__table__.c
item = AgendaItem.__table__.c
decision = Decision.__table__.c
action = Action.__table__.c
person = Person.__table__.c
group = WorkGroup.__table__.c


def list_meetings(db: Database, *, body_id: int | None = None, year_be: int | None = None) -> list[dict[str, Any]]:
    query = (
        select(
            meeting.id,
            body.name.label("body"),
            meeting.body_id,
            meeting.number,
            meeting.year_be,
            meeting.date,
            meeting.status,
            meeting.title,
            meeting.place,
        )
        .join_from(Meeting.__table__, Body.__table__, body.id == meeting.body_id)
        .order_by(meeting.date.desc(), meeting.id.desc())
    )
    if body_id is not None:
        query = query.where(meeting.body_id == body_id)
    if year_be is not None:
        query = query.where(meeting.year_be == year_be)
    with db.connection() as conn:
        rows = conn.execute(query).all()
    return [
        {
            "id": r.id,
            "body": r.body,
            "body_id": r.body_id,
            "number": r.number,
            "year_be": r.year_be,
            "date": r.date.isoformat(),
            "status": r.status.value,
            "title": r.title,
            "place": r.place,
        }
        for r in rows
    ]


def latest_meeting_with_decisions(db: Database) -> int | None:
    """The most recent meeting that has decisions on record (the screenshots open it), if any."""
    query = (
        select(meeting.id)
        .join(AgendaItem.__table__, item.meeting_id == meeting.id)
        .join(Decision.__table__, decision.agenda_item_id == item.id)
        .group_by(meeting.id)
        .order_by(func.max(meeting.date).desc())
        .limit(1)
    )
    with db.connection() as conn:
        found: int | None = conn.execute(query).scalar()
        return found


def _record_joins(start: Any) -> Any:
    """decision → agenda item → meeting → body, from a select already joined to ``decision``."""
    return (
        start.join(AgendaItem.__table__, item.id == decision.agenda_item_id)
        .join(Meeting.__table__, meeting.id == item.meeting_id)
        .join(Body.__table__, body.id == meeting.body_id)
    )


def list_decisions(db: Database) -> list[dict[str, Any]]:
    open_count = (
        select(action.decision_id, func.count().label("open_actions"))
        .where(open_clause(action.status))
        .group_by(action.decision_id)
        .subquery()
    )
    joined = _record_joins(Decision.__table__).outerjoin(open_count, open_count.c.decision_id == decision.id)
    query = (
        select(
            decision.id,
            decision.kind,
            decision.text,
            item.id.label("agenda_item_id"),
            item.section,
            item.position,
            item.title.label("item_title"),
            meeting.id.label("meeting_id"),
            meeting.number,
            meeting.year_be,
            meeting.date,
            body.name.label("body"),
            func.coalesce(open_count.c.open_actions, 0).label("open_actions"),
        )
        .select_from(joined)
        .order_by(meeting.date.desc(), item.section, item.position, decision.id)
    )
    with db.connection() as conn:
        rows = conn.execute(query).all()
    return [
        {
            "id": r.id,
            "kind": r.kind.value,
            "text": r.text,
            "agenda_item_id": r.agenda_item_id,
            "item_number": item_number(r.section, r.position),
            "item_title": r.item_title,
            "meeting_id": r.meeting_id,
            "meeting": meeting_number_text(r.number, r.year_be),
            "date": r.date.isoformat(),
            "body": r.body,
            "open_actions": r.open_actions,
        }
        for r in rows
    ]


def list_actions(db: Database, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    today = today or dt.date.today()
    joined = (
        _record_joins(Action.__table__.join(Decision.__table__, decision.id == action.decision_id))
        .outerjoin(Person.__table__, person.id == action.owner_person_id)
        .outerjoin(WorkGroup.__table__, group.id == action.owner_group_id)
    )
    query = (
        select(
            action.id,
            action.title,
            action.status,
            action.due_date,
            action.decision_id,
            person.prefix,
            person.first_name,
            person.last_name,
            group.name.label("group"),
            meeting.id.label("meeting_id"),
            meeting.number,
            meeting.year_be,
            meeting.date,
            body.name.label("body"),
        )
        .select_from(joined)
        .order_by(action.due_date.is_(None), action.due_date, action.id)
    )
    with db.connection() as conn:
        rows = conn.execute(query).all()
    out = []
    for r in rows:
        owner = owner_text(r)
        status: ActionStatus = r.status
        out.append(
            {
                "id": r.id,
                "title": r.title,
                "status": status.value,
                "due_date": r.due_date.isoformat() if r.due_date else None,
                "overdue": overdue(status, r.due_date, today),
                "owner": owner,
                "decision_id": r.decision_id,
                "meeting_id": r.meeting_id,
                "meeting": meeting_number_text(r.number, r.year_be),
                "body": r.body,
                "fiscal_year": fiscal_year(r.date),
            }
        )
    return out


def owner_text(row: Any) -> str:
    """Who carries an action out, from a row with ``prefix, first_name, last_name, group``."""
    if row.first_name:
        return person_name(row.prefix, row.first_name, row.last_name)
    return str(row.group or "")


def list_bodies(db: Database) -> list[tuple[int, str]]:
    """The office's bodies (id, name), in the order they were set up."""
    with db.connection() as conn:
        return [(r.id, r.name) for r in conn.execute(select(body.id, body.name).order_by(body.id))]


def actions_joined() -> Any:
    """Every action with its decision, agenda item, meeting and body, and its owner (a person or a work group,
    outer-joined): what a list of actions names (the reminders, the calendar)."""
    action, decision, item = Action.__table__.c, Decision.__table__.c, AgendaItem.__table__.c
    meeting, body = Meeting.__table__.c, Body.__table__.c
    return (
        Action.__table__.join(Decision.__table__, decision.id == action.decision_id)
        .join(AgendaItem.__table__, item.id == decision.agenda_item_id)
        .join(Meeting.__table__, meeting.id == item.meeting_id)
        .join(Body.__table__, body.id == meeting.body_id)
        .outerjoin(Person.__table__, Person.__table__.c.id == action.owner_person_id)
        .outerjoin(WorkGroup.__table__, WorkGroup.__table__.c.id == action.owner_group_id)
    )
