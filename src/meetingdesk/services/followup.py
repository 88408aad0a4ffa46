"""Following decisions up: every decision of a body's (or every body's) meetings in a fiscal year, with its
actions, their owners, due dates, status and latest progress note, as plain data.

The follow-up report (``exports/followup.py``) is written from it, and the evidence report counts from it how far
the decisions were carried out. Three queries whatever the size of the database (decisions, actions, progress),
in SQLAlchemy Core: a report needs no ORM objects.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, select

from meetingdesk.domain.enums import ActionStatus, BodyKind, overdue
from meetingdesk.domain.errors import InvalidInput, NotFound
from meetingdesk.domain.followup import (
    ActionFollowup,
    DecisionFollowup,
    Followup,
    MeetingFollowup,
    Totals,
    totals_of,
)
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import BE_YEAR_RANGE, fiscal_year_bounds
from meetingdesk.services.first_view import OFFICE_NAME
from meetingdesk.services.listing import owner_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, ActionUpdate, AgendaItem, Body, Decision, Meeting, Person, WorkGroup

__all__ = [
    "ActionFollowup",
    "DecisionFollowup",
    "Followup",
    "MeetingFollowup",
    "Totals",
    "bodies",
    "check_fiscal_year",
    "followup",
    "totals_of",
]

meeting = Meeting.__table__.c
body = Body.__table__.c
item = AgendaItem.__table__.c
decision = Decision.__table__.c
action = Action.__table__.c
update = ActionUpdate.__table__.c
person = Person.__table__.c
group = WorkGroup.__table__.c


def check_fiscal_year(fiscal_year: int) -> None:
    """A fiscal year must be a Buddhist-era year (2569, not 2026)."""
    if not BE_YEAR_RANGE[0] <= fiscal_year <= BE_YEAR_RANGE[1]:
        raise InvalidInput(
            f"ปีงบประมาณ {fiscal_year} ไม่ใช่ปี พ.ศ. (เช่น 2569 ไม่ใช่ 2026)",
            f"{fiscal_year} is not a Buddhist-era fiscal year (e.g. 2569, not 2026).",
        )


def _decisions_query(where: list[ColumnElement[bool]]) -> Select[Any]:
    return (
        select(
            decision.id,
            decision.kind,
            decision.text,
            item.section,
            item.position,
            item.title.label("item_title"),
            item.confidential,
            meeting.id.label("meeting_id"),
            meeting.number,
            meeting.year_be,
            meeting.date,
            body.id.label("body_id"),
            body.name.label("body"),
            body.kind.label("body_kind"),
        )
        .join_from(Decision.__table__, AgendaItem.__table__, item.id == decision.agenda_item_id)
        .join(Meeting.__table__, meeting.id == item.meeting_id)
        .join(Body.__table__, body.id == meeting.body_id)
        .where(*where)
        .order_by(meeting.date, meeting.id, item.section, item.position, decision.id)
    )


def followup(
    db: Database,
    *,
    fiscal_year: int,
    body_id: int | None = None,
    today: dt.date | None = None,
    meeting_ids: Iterable[int] | None = None,
) -> Followup:
    """Every decision of the fiscal year's meetings (of one body, or of every body), oldest meeting first."""
    check_fiscal_year(fiscal_year)
    today = today or dt.date.today()
    first, last = fiscal_year_bounds(fiscal_year)
    where: list[ColumnElement[bool]] = [meeting.date >= first, meeting.date <= last]
    with db.connection() as conn:
        office = conn.execute(OFFICE_NAME).scalar() or ""
        body_name = ""
        if body_id is not None:
            body_name = conn.execute(select(body.name).where(body.id == body_id)).scalar() or ""
            if not body_name:
                raise NotFound(f"ไม่พบองค์คณะหมายเลข {body_id}", f"There is no body with id {body_id}.")
            where.append(meeting.body_id == body_id)
        if meeting_ids is not None:
            where.append(meeting.id.in_(list(meeting_ids)))
        rows = conn.execute(_decisions_query(where)).all()
        chosen = select(decision.id).join_from(
            Decision.__table__, AgendaItem.__table__, item.id == decision.agenda_item_id
        )
        chosen = chosen.join(Meeting.__table__, meeting.id == item.meeting_id).where(*where)
        actions = _actions(conn, chosen, today)
    by_meeting: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_meeting[r.meeting_id].append(r)
    meetings = []
    for decision_rows in by_meeting.values():
        r0 = decision_rows[0]
        meetings.append(
            MeetingFollowup(
                meeting_id=r0.meeting_id,
                body_id=r0.body_id,
                body=r0.body,
                body_kind=r0.body_kind,
                number=r0.number,
                year_be=r0.year_be,
                date=r0.date,
                decisions=tuple(
                    DecisionFollowup(
                        decision_id=r.id,
                        kind=r.kind,
                        text=r.text,
                        item=item_number(r.section, r.position),
                        item_title=r.item_title,
                        confidential=bool(r.confidential),
                        actions=tuple(actions.get(r.id, ())),
                    )
                    for r in decision_rows
                ),
            )
        )
    return Followup(office, body_id, body_name, fiscal_year, today, tuple(meetings))


def _actions(conn: Any, decision_ids: Select[Any], today: dt.date) -> dict[int, list[ActionFollowup]]:
    """The actions of the chosen decisions with their owners, and from their history the latest note and the
    day each was reported done."""
    query = (
        select(
            action.id,
            action.decision_id,
            action.title,
            action.status,
            action.due_date,
            action.owner_person_id,
            person.prefix,
            person.first_name,
            person.last_name,
            group.name.label("group"),
        )
        .select_from(
            Action.__table__.outerjoin(Person.__table__, person.id == action.owner_person_id).outerjoin(
                WorkGroup.__table__, group.id == action.owner_group_id
            )
        )
        .where(action.decision_id.in_(decision_ids))
        .order_by(action.decision_id, action.id)
    )
    chosen_actions = select(action.id).where(action.decision_id.in_(decision_ids))
    history = conn.execute(
        select(update.action_id, update.on_date, update.new_status, update.note)
        .where(update.action_id.in_(chosen_actions))
        .order_by(update.action_id, update.on_date, update.recorded_at, update.id)
    ).all()
    note: dict[int, tuple[str, dt.date]] = {}
    done_on: dict[int, dt.date] = {}
    for u in history:
        if u.note and u.note.strip():
            note[u.action_id] = (u.note.strip(), u.on_date)
        if u.new_status is ActionStatus.DONE:
            done_on[u.action_id] = u.on_date
        elif u.new_status is not None:
            done_on.pop(u.action_id, None)  # reopened: no longer done
    out: dict[int, list[ActionFollowup]] = defaultdict(list)
    for r in conn.execute(query):
        status: ActionStatus = r.status
        text, on = note.get(r.id, ("", None))
        out[r.decision_id].append(
            ActionFollowup(
                action_id=r.id,
                title=r.title,
                owner=owner_text(r),
                owner_is_person=r.owner_person_id is not None,
                due=r.due_date,
                status=status,
                overdue=overdue(status, r.due_date, today),
                progress=text,
                progress_on=on,
                done_on=done_on.get(r.id) if status is ActionStatus.DONE else None,
            )
        )
    return out


def bodies(db: Database) -> list[tuple[int, str, BodyKind]]:
    """Every body (id, name, kind), for choosing one."""
    with db.connection() as conn:
        return [(r.id, r.name, r.kind) for r in conn.execute(select(body.id, body.name, body.kind).order_by(body.id))]
