"""Every session with its counts (the sessions list and ``meetingdesk list sessions``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Card,
    Cluster,
    TechniqueSession,
    Vote,
)


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
        select(TechniqueSession, AgendaItem, counts.c.cards, clusters.c.clusters, votes.c.dots)
        .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
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
                "cards": cards or 0,
                "clusters": n_clusters or 0,
                "dots": dots or 0,
            }
            for session, item, cards, n_clusters, dots in s.execute(query)
        ]
