"""Thai search across meetings, agenda items, decisions, actions and findings.

The index (FTS5 ``trigram`` in ``storage/sqlite.py``; pg_trgm in ``storage/postgres.py`` on an office server)
finds words inside running Thai text, the same entries on either; each hit is
resolved to what a user can open: the meeting (and item) it belongs to, or the project of a finding.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select

from meetingdesk.storage import postgres, sqlite
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
    item_id: int | None = None  # the agenda item the hit opens at (its own, or its decision's or action's)
    session_id: int | None = None  # a card's session
    count: int = 1  # identical cards found, shown as one hit

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_ATTACHED = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e33\u0e30\u0e32\u0e45]")  # marks, vowels after
_LEADING = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ belong to the consonant after them


def _cut_start(text: str, at: int, slack: int) -> int:
    """Where a snippet may start at or before ``at``: after a space within ``slack``, else a character boundary
    that does not part a consonant from its marks and vowels."""
    space = text.rfind(" ", max(0, at - slack), at)
    if space >= 0:
        return space + 1
    while at > 0 and (_ATTACHED.match(text[at]) or text[at - 1] in _LEADING):
        at -= 1
    return at


def _cut_end(text: str, at: int, slack: int) -> int:
    space = text.find(" ", at, at + slack)
    if space >= 0:
        return space
    while at < len(text) and (_ATTACHED.match(text[at]) or text[at - 1] in _LEADING):
        at += 1
    return at


def snippet(text: str, terms: list[str], radius: int = SNIPPET_RADIUS) -> str:
    """The text around the first term found, cut at a space where there is one near (else never inside a
    character cluster), with an ellipsis where it was cut."""
    text = " ".join(text.split())
    low = text.lower()
    positions = [p for p in (low.find(t.lower()) for t in terms) if p >= 0]
    at = min(positions) if positions else 0
    start = _cut_start(text, max(0, at - radius), radius // 2) if at > radius else 0
    end = _cut_end(text, at + radius, radius // 2) if at + radius < len(text) else len(text)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def search(db: Database, query: str, *, limit: int = 50) -> list[Hit]:
    """Entries containing every word of ``query`` (words are separated by spaces), best first."""
    terms = query.split()
    if not terms:
        return []
    with db.reading() as s:
        conn = s.connection()
        rows = postgres.search_rows if db.on_server else sqlite.search_rows
        found = list(rows(conn, terms, limit))
        by_kind: dict[str, list[int]] = {}
        for rowid, *_ in found:
            by_kind.setdefault(sqlite.KIND_BY_CODE[rowid % 8], []).append(rowid // 8)
        where = _locate(s, by_kind)
    hits: list[Hit] = []
    same_card: dict[tuple[int | None, str], int] = {}  # (session, text) → the hit's index
    for rowid, rank, title, body in found:
        kind, ident = sqlite.KIND_BY_CODE[rowid % 8], rowid // 8
        if kind == "card" and (kind, ident) not in where:
            continue  # a deleted card waits to be purged; it is not a result
        place = where.get((kind, ident), Place(None, None, title))
        text = f"{title} {body}".strip()
        hit = Hit(kind, ident, place.label or title, snippet(text, terms), place.meeting_id, place.project_id, rank,
                  item_id=place.item_id, session_id=place.session_id)  # fmt: skip
        if kind == "card":  # the same words typed on several cards (or sessions pulled from): one line, counted
            key = (place.session_id, " ".join(text.split()))
            if key in same_card:
                first = same_card[key]
                hits[first] = replace(hits[first], count=hits[first].count + 1)
                continue
            same_card[key] = len(hits)
        hits.append(hit)
    return hits


@dataclass(frozen=True)
class Place:
    """What a hit opens: a meeting (at an agenda item) or a session, or a project; and the title to show."""

    meeting_id: int | None
    project_id: int | None
    label: str
    item_id: int | None = None
    session_id: int | None = None


def _locate(s: Any, by_kind: dict[str, list[int]]) -> dict[tuple[str, int], Place]:
    """For each hit, the meeting (and item) or project it opens, and a title to show (one query per kind)."""
    where: dict[tuple[str, int], Place] = {}
    if ids := by_kind.get("meeting"):
        for mid, number, year, body in s.execute(
            select(Meeting.id, Meeting.number, Meeting.year_be, Body.name)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.id.in_(ids))
        ):
            where["meeting", mid] = Place(mid, None, f"{body} ครั้งที่ {number}/{year}")
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
            where["agenda_item", iid] = Place(mid, None, f"{section}.{position} {title}", item_id=iid)
    if ids := by_kind.get("decision"):
        for did, iid, mid, title in s.execute(
            select(Decision.id, AgendaItem.id, AgendaItem.meeting_id, AgendaItem.title)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(Decision.id.in_(ids))
        ):
            where["decision", did] = Place(mid, None, f"มติ: {title}", item_id=iid)
    if ids := by_kind.get("action"):
        for aid, iid, mid, title in s.execute(
            select(Action.id, AgendaItem.id, AgendaItem.meeting_id, Action.title)
            .join(Decision, Decision.id == Action.decision_id)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .where(Action.id.in_(ids))
        ):
            where["action", aid] = Place(mid, None, title, item_id=iid)
    if ids := by_kind.get("card"):
        for cid, sid, iid, mid, text in s.execute(
            select(Card.id, Card.session_id, AgendaItem.id, AgendaItem.meeting_id, Card.text)
            .join(TechniqueSession, TechniqueSession.id == Card.session_id)
            .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
            .where(Card.id.in_(ids), Card.deleted_at.is_(None))
        ):
            where["card", cid] = Place(mid, None, text[:80], item_id=iid, session_id=sid)
    if ids := by_kind.get("finding"):
        for fid, pid, name in s.execute(
            select(Finding.id, Finding.project_id, Project.name)
            .join(Project, Project.id == Finding.project_id)
            .where(Finding.id.in_(ids))
        ):
            where["finding", fid] = Place(None, pid, name)
    return where
