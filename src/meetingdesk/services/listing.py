"""Plain lists of meetings, decisions and actions for the command line, reports and JSON.

One query each, whatever the size of the database (no query per row).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.thai.dates import fiscal_year
from meetingdesk.services.actions import OPEN_STATUSES
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Body, Decision, Meeting, Person, WorkGroup


def list_meetings(db: Database, *, body_id: int | None = None, year_be: int | None = None) -> list[dict[str, Any]]:
    query = (
        select(
            Meeting.id,
            Body.name.label("body"),
            Meeting.body_id,
            Meeting.number,
            Meeting.year_be,
            Meeting.date,
            Meeting.status,
            Meeting.title,
            Meeting.place,
        )
        .join(Body, Body.id == Meeting.body_id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    )
    if body_id is not None:
        query = query.where(Meeting.body_id == body_id)
    if year_be is not None:
        query = query.where(Meeting.year_be == year_be)
    with db.reading() as s:
        rows = s.execute(query).all()
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


def list_decisions(db: Database) -> list[dict[str, Any]]:
    open_count = (
        select(Action.decision_id, func.count().label("open_actions"))
        .where(Action.status.in_(OPEN_STATUSES))
        .group_by(Action.decision_id)
        .subquery()
    )
    query = (
        select(
            Decision.id,
            Decision.kind,
            Decision.text,
            AgendaItem.id.label("agenda_item_id"),
            AgendaItem.section,
            AgendaItem.position,
            AgendaItem.title.label("item_title"),
            Meeting.id.label("meeting_id"),
            Meeting.number,
            Meeting.year_be,
            Meeting.date,
            Body.name.label("body"),
            func.coalesce(open_count.c.open_actions, 0).label("open_actions"),
        )
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(open_count, open_count.c.decision_id == Decision.id)
        .order_by(Meeting.date.desc(), AgendaItem.section, AgendaItem.position, Decision.id)
    )
    with db.reading() as s:
        rows = s.execute(query).all()
    return [
        {
            "id": r.id,
            "kind": r.kind.value,
            "text": r.text,
            "agenda_item_id": r.agenda_item_id,
            "item_number": f"{r.section}.{r.position}",
            "item_title": r.item_title,
            "meeting_id": r.meeting_id,
            "meeting": f"{r.number}/{r.year_be}",
            "date": r.date.isoformat(),
            "body": r.body,
            "open_actions": r.open_actions,
        }
        for r in rows
    ]


def list_actions(db: Database, *, today: dt.date | None = None) -> list[dict[str, Any]]:
    today = today or dt.date.today()
    query = (
        select(
            Action.id,
            Action.title,
            Action.status,
            Action.due_date,
            Action.decision_id,
            Person.prefix,
            Person.first_name,
            Person.last_name,
            WorkGroup.name.label("group"),
            Meeting.id.label("meeting_id"),
            Meeting.number,
            Meeting.year_be,
            Meeting.date,
            Body.name.label("body"),
        )
        .join(Decision, Decision.id == Action.decision_id)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .outerjoin(WorkGroup, WorkGroup.id == Action.owner_group_id)
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
    )
    with db.reading() as s:
        rows = s.execute(query).all()
    out = []
    for r in rows:
        owner = f"{r.prefix or ''}{r.first_name} {r.last_name or ''}".strip() if r.first_name else (r.group or "")
        status: ActionStatus = r.status
        out.append(
            {
                "id": r.id,
                "title": r.title,
                "status": status.value,
                "due_date": r.due_date.isoformat() if r.due_date else None,
                "overdue": status in OPEN_STATUSES and r.due_date is not None and r.due_date < today,
                "owner": owner,
                "decision_id": r.decision_id,
                "meeting_id": r.meeting_id,
                "meeting": f"{r.number}/{r.year_be}",
                "body": r.body,
                "fiscal_year": fiscal_year(r.date),
            }
        )
    return out
