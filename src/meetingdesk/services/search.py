"""Thai search across meetings, agenda items, decisions, actions and findings.

The index (FTS5 ``trigram``, see ``storage/sqlite.py``) finds words inside running Thai text; each hit is
resolved to what a user can open: the meeting (and item) it belongs to, or the project of a finding.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from meetingdesk.storage import sqlite
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Body,
    Card,
    Decision,
    Finding,
    Meeting,
    Project,
    TechniqueSession,
)

SNIPPET_RADIUS = 40


@dataclass(frozen=True)
class Hit:
    kind: str  # meeting | agenda_item | decision | action | finding | card
    id: int
    title: str
    snippet: str
    meeting_id: int | None
    project_id: int | None
    rank: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def snippet(text: str, terms: list[str], radius: int = SNIPPET_RADIUS) -> str:
    """The text around the first term found, with an ellipsis where it was cut."""
    low = text.lower()
    positions = [p for p in (low.find(t.lower()) for t in terms) if p >= 0]
    if not positions:
        return text[: radius * 2]
    at = min(positions)
    start, end = max(0, at - radius), min(len(text), at + radius)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search(db: Database, query: str, *, limit: int = 50) -> list[Hit]:
    """Entries containing every word of ``query`` (words are separated by spaces), best first."""
    terms = query.split()
    if not terms:
        return []
    with db.reading() as s:
        conn = s.connection()
        found = list(sqlite.search_rows(conn, terms, limit))
        by_kind: dict[str, list[int]] = {}
        for rowid, *_ in found:
            by_kind.setdefault(sqlite.KIND_BY_CODE[rowid % 8], []).append(rowid // 8)
        where = _locate(s, by_kind)
    hits = []
    for rowid, rank, title, body in found:
        kind, ident = sqlite.KIND_BY_CODE[rowid % 8], rowid // 8
        if kind == "card" and (kind, ident) not in where:
            continue  # a deleted card waits to be purged; it is not a result
        meeting_id, project_id, label = where.get((kind, ident), (None, None, title))
        text = f"{title} {body}".strip()
        hits.append(Hit(kind, ident, label or title, snippet(text, terms), meeting_id, project_id, rank))
    return hits


def _locate(s: Any, by_kind: dict[str, list[int]]) -> dict[tuple[str, int], tuple[int | None, int | None, str]]:
    """For each hit, the meeting or project it opens, and a title to show (one query per kind)."""
    where: dict[tuple[str, int], tuple[int | None, int | None, str]] = {}
    if ids := by_kind.get("meeting"):
        for mid, number, year, body in s.execute(
            select(Meeting.id, Meeting.number, Meeting.year_be, Body.name)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.id.in_(ids))
        ):
            where["meeting", mid] = (mid, None, f"{body} ครั้งที่ {number}/{year}")
    if ids := by_kind.get("agenda_item"):
        for iid, mid, section, position, title in s.execute(
            select(
                AgendaItem.id,
                AgendaItem.meeting_id,
                AgendaItem.section,
                AgendaItem.position,
                AgendaItem.title,
            ).where(AgendaItem.id.in_(ids))
        ):
            where["agenda_item", iid] = (mid, None, f"{section}.{position} {title}")
    if ids := by_kind.get("decision"):
        for did, mid, title in s.execute(
            select(Decision.id, AgendaItem.meeting_id, AgendaItem.title)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(Decision.id.in_(ids))
        ):
            where["decision", did] = (mid, None, f"มติ: {title}")
    if ids := by_kind.get("action"):
        for aid, mid, title in s.execute(
            select(Action.id, AgendaItem.meeting_id, Action.title)
            .join(Decision, Decision.id == Action.decision_id)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(Action.id.in_(ids))
        ):
            where["action", aid] = (mid, None, title)
    if ids := by_kind.get("card"):
        for cid, mid, text in s.execute(
            select(Card.id, AgendaItem.meeting_id, Card.text)
            .join(TechniqueSession, TechniqueSession.id == Card.session_id)
            .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
            .where(Card.id.in_(ids), Card.deleted_at.is_(None))
        ):
            where["card", cid] = (mid, None, text[:80])
    if ids := by_kind.get("finding"):
        for fid, pid, name in s.execute(
            select(Finding.id, Finding.project_id, Project.name)
            .join(Project, Project.id == Finding.project_id)
            .where(Finding.id.in_(ids))
        ):
            where["finding", fid] = (None, pid, name)
    return where
