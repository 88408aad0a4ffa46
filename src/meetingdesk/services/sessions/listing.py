"""Every session with its counts (the sessions list and ``meetingdesk list sessions``), and where a new one can run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from meetingdesk.domain.enums import MeetingStatus
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Body, Card, Cluster, Meeting, TechniqueSession, Vote


def list_sessions(db: Database) -> list[dict[str, Any]]:
    """Every session with its technique, agenda item and counts (``meetingdesk list sessions``)."""
    counts = (
        select(Card.session_id, func.count().label("cards"))
        .where(Card.deleted_at.is_(None))
        .group_by(Card.session_id)
        .subquery()
    )
    clusters = select(Cluster.session_id, func.count().label("clusters")).group_by(Cluster.session_id).subquery()
    votes = (
        select(Vote.session_id, func.coalesce(func.sum(Vote.dots), 0).label("dots"))
        .group_by(Vote.session_id)
        .subquery()
    )
    query = (
        select(TechniqueSession, AgendaItem, Meeting, Body, counts.c.cards, clusters.c.clusters, votes.c.dots)
        .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Body, Body.id == Meeting.body_id)
        .outerjoin(counts, counts.c.session_id == TechniqueSession.id)
        .outerjoin(clusters, clusters.c.session_id == TechniqueSession.id)
        .outerjoin(votes, votes.c.session_id == TechniqueSession.id)
        .order_by(TechniqueSession.id)
    )
    with db.reading() as s:
        return [
            {
                "id": session.id,
                "technique": session.technique.value,
                "title": session.title,
                "stage": session.stage,
                "status": session.status.value,
                "agenda_item_id": item.id if item else None,
                "agenda_item": f"{item.number} {item.title}" if item else None,
                "meeting_id": item.meeting_id if item else None,
                # the meeting it belongs to, as a secretary names it: the body's short name and ครั้งที่ n/ปี
                "meeting": f"{body.short_name or body.name} {meeting_number_text(meeting.number, meeting.year_be)}"
                if meeting
                else None,
                "meeting_date": meeting.date.isoformat() if meeting else None,
                "cards": cards or 0,
                "clusters": n_clusters or 0,
                "dots": dots or 0,
            }
            for session, item, meeting, body, cards, n_clusters, dots in s.execute(query)
        ]


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    body: str
    number: int
    year_be: int
    date: dt.date


def meetings_to_run_sessions_in(db: Database, limit: int = 60) -> list[MeetingChoice]:
    """The meetings a session can be started in: any whose minutes are not yet certified, newest first."""
    with db.reading() as s:
        rows = s.execute(
            select(Meeting.id, Body.name, Meeting.number, Meeting.year_be, Meeting.date)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.status != MeetingStatus.CERTIFIED)
            .order_by(Meeting.date.desc())
            .limit(limit)
        )
        return [MeetingChoice(mid, body, number, year_be, date) for mid, body, number, year_be, date in rows]


def agenda_items_of(db: Database, meeting_id: int) -> list[tuple[int, str]]:
    """A meeting's agenda items as a person picks one: (id, "4.1 title")."""
    with db.reading() as s:
        rows = s.execute(
            select(AgendaItem.id, AgendaItem.section, AgendaItem.position, AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.section, AgendaItem.position)
        )
        return [(iid, f"{item_number(section, position)} {title}") for iid, section, position, title in rows]
