"""Dot votes and hand counts, their rules, and the ranking they give."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.sessions._common import _session, stage_of
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Card,
    Cluster,
    TechniqueSession,
    Vote,
)
from meetingdesk.techniques.ranking import Ranked, rank
from meetingdesk.techniques.rules import Ballot, check_dots


def set_vote_rules(db: Database, session_id: int, *, dots_per_participant: int, max_per_item: int) -> None:
    if dots_per_participant < 1 or max_per_item < 1:
        raise InvalidInput("จำนวนคะแนนต้องมากกว่าศูนย์", "Dot counts must be at least one.")
    with db.writing() as s:
        session = _session(s, session_id)
        session.dots_per_participant, session.max_dots_per_item = dots_per_participant, max_per_item


def _ballots(s: Session, session_id: int) -> list[Ballot]:
    return [
        Ballot(v.participant_code, ("card", v.card_id) if v.card_id else ("cluster", v.cluster_id or 0), v.dots)
        for v in s.scalars(select(Vote).where(Vote.session_id == session_id))
    ]


def ballots(db: Database, session_id: int) -> list[Ballot]:
    """Every dot cast in the session (participant, target, dots): what each participant has used, per item."""
    with db.reading() as s:
        _session(s, session_id, editing=False)
        return _ballots(s, session_id)


def cast_dots(
    db: Database,
    session_id: int,
    *,
    participant: str,
    card_id: int | None = None,
    cluster_id: int | None = None,
    dots: int = 1,
) -> int:
    """A participant's dots on a card or cluster, within the allowance and the per-item cap."""
    with db.writing() as s:
        return _cast_dots(s, session_id, participant=participant, card_id=card_id, cluster_id=cluster_id, dots=dots)


def _cast_dots(
    s: Session,
    session_id: int,
    *,
    participant: str,
    card_id: int | None = None,
    cluster_id: int | None = None,
    dots: int = 1,
    voting_only: bool = False,
) -> int:
    """``cast_dots`` inside a transaction the caller holds. The card or group must be this session's (and a
    card neither deleted nor hidden); ``voting_only``: refused outside a voting stage."""
    session = _session(s, session_id)
    if voting_only and not stage_of(session).voting:
        raise InvalidInput("ยังไม่ถึงขั้นตอนลงคะแนน", "This is not the voting stage.")
    vote = _new_vote(s, session, _ballots(s, session_id), participant, card_id, cluster_id, dots)
    s.add(vote)
    s.flush()
    return vote.id


def _new_vote(
    s: Session,
    session: TechniqueSession,
    existing: list[Ballot],
    participant: str,
    card_id: int | None,
    cluster_id: int | None,
    dots: int = 1,
) -> Vote:
    """The vote (not yet added), within the caps counted from ``existing``, or why not. The card or group must
    be this session's (and a card neither deleted nor hidden)."""
    if (card_id is None) == (cluster_id is None):
        raise ValueError("vote on exactly one card or one cluster")
    target_row = s.get(Card, card_id) if card_id is not None else s.get(Cluster, cluster_id)
    if (
        target_row is None
        or target_row.session_id != session.id
        or (isinstance(target_row, Card) and (target_row.deleted_at is not None or target_row.hidden))
    ):
        raise InvalidInput("ไม่มีรายการนี้ให้ลงคะแนน", "There is no such item to vote on.")
    target = ("card", card_id) if card_id else ("cluster", cluster_id)
    check_dots(
        existing,
        Ballot(participant.strip().upper(), target, dots),  # type: ignore[arg-type]
        per_participant=session.dots_per_participant,
        per_item=session.max_dots_per_item,
    )
    return Vote(session_id=session.id, card_id=card_id, cluster_id=cluster_id,
                participant_code=participant.strip().upper(), dots=dots)  # fmt: skip


def hand_count(
    db: Database, session_id: int, *, count: int, card_id: int | None = None, cluster_id: int | None = None
) -> None:
    """The room's show of hands for one item (replaces an earlier count for it)."""
    if count < 0:
        raise InvalidInput("จำนวนคะแนนต้องไม่ติดลบ", "A count cannot be negative.")
    with db.writing() as s:
        _session(s, session_id)
        old = s.scalars(
            select(Vote).where(
                Vote.session_id == session_id, Vote.participant_code == "",
                Vote.card_id.is_(card_id) if card_id is None else Vote.card_id == card_id,
                Vote.cluster_id.is_(cluster_id) if cluster_id is None else Vote.cluster_id == cluster_id,
            )
        )  # fmt: skip
        for vote in old:
            s.delete(vote)
        s.add(Vote(session_id=session_id, card_id=card_id, cluster_id=cluster_id, participant_code="", dots=count))


def reveal(db: Database, session_id: int, revealed: bool = True) -> None:
    with db.writing() as s:
        _session(s, session_id).votes_revealed = revealed


def ranking(db: Database, session_id: int) -> list[Ranked]:
    """Clusters and unclustered cards by dots, most first (for the shortlist and the minutes)."""
    with db.reading() as s:
        return _ranking(s, session_id)


def _ranking(s: Session, session_id: int) -> list[Ranked]:
    dots: Counter[tuple[str, int]] = Counter()
    for v in s.scalars(select(Vote).where(Vote.session_id == session_id)):
        dots["card" if v.card_id else "cluster", v.card_id or v.cluster_id or 0] += v.dots
    groups = s.execute(select(Cluster.id, Cluster.name).where(Cluster.session_id == session_id))
    loose = s.execute(
        select(Card.id, Card.text).where(
            Card.session_id == session_id, Card.cluster_id.is_(None), Card.deleted_at.is_(None), ~Card.hidden
        )
    )
    return rank([(gid, name) for gid, name in groups], [(cid, text) for cid, text in loose], dots)
