"""Cards and the clusters they are grouped into: each action one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    CardKind,
    QuestionStatus,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import get, required_text
from meetingdesk.services.sessions._common import _now, _session, stage_of
from meetingdesk.services.sessions.board import CardView, _card_view, card_view
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Cluster, TechniqueSession, Vote
from meetingdesk.techniques.rules import parse_capture


def add_card(
    db: Database,
    session_id: int,
    line: str,
    *,
    kind: CardKind | None = None,
    route_question_id: int | None = None,
    asked_to: str = "",
    from_room: bool = False,
    now: dt.datetime | None = None,
    typed_at: dt.datetime | None = None,
) -> int:
    """What the facilitator typed becomes a card of the current stage (``P3: …`` attributes it); returns its id.
    ``from_room``: a participant sent it from a phone (the same rules; the console marks it).

    ``typed_at``: the moment the line was typed, the console's own key for it (to the microsecond). A card of
    this session made at that moment with that text is this line, saved by an earlier try whose commit reached
    the server when the answer did not; its id is returned and nothing is saved twice."""
    with db.writing() as s:
        earlier = _typed_before(s, session_id, line, typed_at) if typed_at is not None else None
        return earlier or _add_card(
            s, session_id, line, kind=kind, route_question_id=route_question_id, asked_to=asked_to,
            from_room=from_room, now=typed_at or now,
        )  # fmt: skip


def capture_card(
    db: Database, session_id: int, line: str, *, typed_at: dt.datetime, again: bool = False, **options: Any
) -> CardView:
    """The console's Enter: the line stored as a card made at ``typed_at`` (its key) and returned as the board
    shows it — on a server in the same transaction (each round trip saved is felt on every Enter). ``again``: an
    earlier try of this line may have been committed without its answer arriving — looked for first (one query
    more, only then), and returned instead of a second card."""
    with db.writing() as s:
        card_id = _typed_before(s, session_id, line, typed_at) if again else None
        card = None
        if card_id is None:
            card = _insert_card(s, session_id, line, now=typed_at, **options)
            card_id = card.id
        if db.on_server:  # the card inserted is still held here: shown as it is, with no query to read it back
            return _card_view(s, card if card is not None else get(s, Card, card_id))
    # On the file, read back in a transaction of its own, as the console always did: read inside the write, a
    # later BEGIN IMMEDIATE on database files made immutable meanwhile (chattr +i) died of SIGBUS in SQLite's
    # shared-memory index (tests/ui/test_disk_trouble.py); reading is in-process there, so nothing is lost.
    return card_view(db, card_id)


def _typed_before(s: Session, session_id: int, line: str, typed_at: dt.datetime) -> int | None:
    """The card of this session typed at ``typed_at`` with this line's text, if an earlier try saved it."""
    return s.scalar(
        select(Card.id).where(
            Card.session_id == session_id,
            Card.created_at == typed_at,
            Card.text == parse_capture(line).text.strip(),
            Card.from_room.is_(False),
        )
    )


def _add_card(
    s: Session,
    session_id: int,
    line: str,
    *,
    kind: CardKind | None = None,
    route_question_id: int | None = None,
    asked_to: str = "",
    from_room: bool = False,
    kinds: frozenset[CardKind] | None = None,
    now: dt.datetime | None = None,
) -> int:
    """``add_card`` inside a transaction the caller holds; ``kinds``: refuse unless the stage takes one of these."""
    return _insert_card(
        s, session_id, line, kind=kind, route_question_id=route_question_id, asked_to=asked_to, from_room=from_room,
        kinds=kinds, now=now,
    ).id  # fmt: skip


def _insert_card(s: Session, session_id: int, line: str, **options: Any) -> Card:
    """``_add_card``, returning the card: its place is the session's next, worked out by the INSERT itself (one
    round trip less on a server than asking for the last place first; read again only if asked for)."""
    required_text(parse_capture(line).text, "ข้อความ", "text")  # an empty card is refused first, whatever the stage
    session = _session(s, session_id)
    card = _new_card(session, line, position=0, **options)
    card.position = _next_position(session_id)  # a SQL expression, evaluated by the INSERT
    s.add(card)
    s.flush()
    return card


def _next_position(session_id: int) -> Any:
    """The place after the session's last card, as a subquery of the INSERT."""
    return select(func.coalesce(func.max(Card.position), 0) + 1).where(Card.session_id == session_id).scalar_subquery()


def _last_position(s: Session, session_id: int) -> int:
    return s.scalar(select(func.coalesce(func.max(Card.position), 0)).where(Card.session_id == session_id)) or 0


def _new_card(
    session: TechniqueSession,
    line: str,
    *,
    position: int,
    kind: CardKind | None = None,
    route_question_id: int | None = None,
    asked_to: str = "",
    from_room: bool = False,
    kinds: frozenset[CardKind] | None = None,
    now: dt.datetime | None = None,
) -> Card:
    """The card ``line`` makes at the session's stage (not yet added), or why the stage refuses it."""
    captured = parse_capture(line)
    text = required_text(captured.text, "ข้อความ", "text")
    stage = stage_of(session)
    card_kind = kind or stage.input
    if card_kind is None or (kinds is not None and card_kind not in kinds):
        raise InvalidInput(
            f"ขั้นตอน “{stage.title_th}” ไม่รับการพิมพ์ความคิดเห็น", f"The stage “{stage.title_en}” takes no typed cards."
        )
    return Card(
        session_id=session.id,
        stage=stage.key,
        kind=card_kind,
        text=text,
        position=position,
        participant_code="" if session.anonymous else captured.participant_code,  # anonymous: never stored
        # a response answers the question being discussed; a conclusion is the group's, under no question
        route_question_id=None if card_kind is CardKind.CONCLUSION else route_question_id,
        asked_to=asked_to.strip(),
        question_status=QuestionStatus.OPEN if card_kind is CardKind.QUESTION else None,
        from_room=from_room,
        created_at=_now(now),
    )


def edit_card(db: Database, card_id: int, text: str) -> str:
    """A card's text corrected (its place, cluster and votes stay); returns the text it had, for undo."""
    text = required_text(text, "ข้อความ", "text")
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        previous, card.text = card.text, text
        return previous


def delete_cards(db: Database, card_ids: list[int], *, now: dt.datetime | None = None) -> None:
    """Delete cards, all or none (one transaction); they stay recoverable (``restore_cards``) until the session is
    closed. A question that became an action stays: the action would be left without the question it came from."""
    with db.writing() as s:
        for card_id in card_ids:
            card = get(s, Card, card_id)
            _session(s, card.session_id)
            if card.action_id is not None:
                raise InvalidInput(
                    "คำถามนี้บันทึกเป็นงานที่ต้องติดตามแล้ว จึงลบไม่ได้ (ย้อนการบันทึกเป็นงานก่อน)",
                    "This question became an action to follow up, so it cannot be deleted"
                    " (take the action back first).",
                )
            card.deleted_at = _now(now)


def delete_card(db: Database, card_id: int, *, now: dt.datetime | None = None) -> None:
    delete_cards(db, [card_id], now=now)


def restore_cards(db: Database, card_ids: list[int]) -> None:
    with db.writing() as s:
        for card_id in card_ids:
            card = get(s, Card, card_id)
            _session(s, card.session_id)
            card.deleted_at = None


def restore_card(db: Database, card_id: int) -> None:
    restore_cards(db, [card_id])


def tag_cards(
    db: Database, card_ids: list[int], tags: list[str], *, quote: bool | None = None
) -> dict[int, tuple[tuple[str, ...], bool]]:
    """Codes (themes) on focus-group responses, and whether they are quotable: all in one transaction. Returns
    each card's codes and quote mark as they were, for ``restore_tags`` (undo)."""
    wanted = "\n".join(dict.fromkeys(t.strip() for t in tags if t.strip()))
    previous: dict[int, tuple[tuple[str, ...], bool]] = {}
    with db.writing() as s:
        for card_id in card_ids:
            card = get(s, Card, card_id)
            _session(s, card.session_id)
            previous[card_id] = (tuple(card.tags.splitlines()), card.quote)
            card.tags = wanted
            if quote is not None:
                card.quote = quote
    return previous


def tag_card(db: Database, card_id: int, tags: list[str], *, quote: bool | None = None) -> None:
    tag_cards(db, [card_id], tags, quote=quote)


def restore_tags(db: Database, previous: dict[int, tuple[tuple[str, ...], bool]]) -> None:
    with db.writing() as s:
        for card_id, (tags, quote) in previous.items():
            card = get(s, Card, card_id)
            _session(s, card.session_id)
            card.tags, card.quote = "\n".join(tags), quote


def create_cluster(db: Database, session_id: int, name: str) -> int:
    name = required_text(name, "ชื่อกลุ่ม", "group name")
    with db.writing() as s:
        _session(s, session_id)
        count = s.scalar(select(func.count()).select_from(Cluster).where(Cluster.session_id == session_id)) or 0
        cluster = Cluster(session_id=session_id, name=name, position=count + 1)
        s.add(cluster)
        s.flush()
        return cluster.id


def rename_cluster(db: Database, cluster_id: int, name: str, *, conclusion: str | None = None) -> str:
    """A cluster's new name (and conclusion, when given); returns the name it had, for undo."""
    name = required_text(name, "ชื่อกลุ่ม", "group name")
    with db.writing() as s:
        cluster = get(s, Cluster, cluster_id)
        _session(s, cluster.session_id)
        previous, cluster.name = cluster.name, name
        if conclusion is not None:
            cluster.conclusion = conclusion.strip()
        return previous


@dataclass(frozen=True)
class DeletedCluster:
    """A group as it was before it was deleted: to put it back (``restore_cluster``) on undo."""

    id: int
    session_id: int
    name: str
    position: int
    conclusion: str
    card_ids: tuple[int, ...]


def delete_cluster(db: Database, cluster_id: int) -> DeletedCluster:
    """Delete a group; its cards stay on the board, ungrouped. A group with votes or a decision made from it is
    kept: deleting it would lose them."""
    with db.writing() as s:
        cluster = get(s, Cluster, cluster_id)
        _session(s, cluster.session_id)
        voted = s.scalar(select(func.count()).select_from(Vote).where(Vote.cluster_id == cluster_id))
        if voted or cluster.decision_id is not None:
            raise InvalidInput(
                "กลุ่มนี้มีคะแนนหรือมติแล้ว จึงลบไม่ได้ (ย้ายการ์ดออกได้ หรือเปลี่ยนชื่อกลุ่มแทน)",
                "This group has votes or a decision, so it cannot be deleted (move its cards out or rename it).",
            )
        cards = tuple(s.scalars(select(Card.id).where(Card.cluster_id == cluster_id).order_by(Card.position)))
        for card in s.scalars(select(Card).where(Card.cluster_id == cluster_id)):
            card.cluster_id = None
        was = DeletedCluster(cluster.id, cluster.session_id, cluster.name, cluster.position, cluster.conclusion, cards)
        s.delete(cluster)
        return was


def restore_cluster(db: Database, was: DeletedCluster) -> None:
    """Undo of ``delete_cluster``: the group back, with its name, place, conclusion and cards."""
    with db.writing() as s:
        _session(s, was.session_id)
        s.add(Cluster(id=was.id, session_id=was.session_id, name=was.name, position=was.position,
                      conclusion=was.conclusion))  # fmt: skip
        s.flush()
        for card in s.scalars(select(Card).where(Card.id.in_(was.card_ids))):
            card.cluster_id = was.id


def move_cards(db: Database, moves: dict[int, int | None]) -> dict[int, int | None]:
    """Put cards in clusters (None takes a card out), all in one transaction; returns where each card was, so
    ``move_cards(db, returned)`` is the undo."""
    if not moves:
        return {}
    with db.writing() as s:
        # The cards with their sessions in one query and the groups in another, each session checked once: a
        # drop of many cards costs three queries, not three a card.
        read = s.execute(
            select(Card, TechniqueSession)
            .join(TechniqueSession, TechniqueSession.id == Card.session_id)
            .where(Card.id.in_(list(moves)))
        ).all()  # held: the identity map keeps the sessions only while they are referenced
        cards = {card.id: card for card, _in in read}
        wanted = {cluster_id for cluster_id in moves.values() if cluster_id is not None}
        groups = {g.id: g for g in s.scalars(select(Cluster).where(Cluster.id.in_(wanted)))} if wanted else {}
        checked: set[int] = set()
        previous: dict[int, int | None] = {}
        for card_id, cluster_id in moves.items():
            card = cards.get(card_id) or get(s, Card, card_id)  # not there: NotFound names it
            if card.session_id not in checked:
                _session(s, card.session_id)  # found among those just read: no query but the certification's
                checked.add(card.session_id)
            if cluster_id is not None:
                group = groups.get(cluster_id) or get(s, Cluster, cluster_id)
                if group.session_id != card.session_id:
                    raise InvalidInput("กลุ่มนี้อยู่ในกิจกรรมอื่น", "That group belongs to another session.")
            previous[card_id] = card.cluster_id
            card.cluster_id = cluster_id
        return previous


def move_card(db: Database, card_id: int, cluster_id: int | None) -> int | None:
    """Put one card in a cluster (or take it out with None); returns the cluster it was in, for undo."""
    return move_cards(db, {card_id: cluster_id})[card_id]


def hide_cards(db: Database, card_ids: list[int], hidden: bool = True) -> None:
    """The facilitator hides cards from the room (the projector, the phones and the minutes) or shows them again;
    they stay in the record and on the console. One transaction; ``hide_cards(db, ids, False)`` is the undo."""
    with db.writing() as s:
        for card_id in card_ids:
            card = get(s, Card, card_id)
            _session(s, card.session_id)
            card.hidden = hidden


@dataclass(frozen=True)
class MergedCards:
    """Cards merged into the first: what it said before, and the cards folded into it (``unmerge_cards``)."""

    kept_id: int
    kept_text: str
    merged_ids: tuple[int, ...]


def merge_cards(db: Database, card_ids: list[int], *, now: dt.datetime | None = None) -> MergedCards:
    """Several cards saying the same thing become one: the first (in capture order) takes the others' words
    after its own and the others are deleted (recoverable, like any deleted card). Cards with dots are kept
    apart: moving dots could break a participant's cap."""
    if len(set(card_ids)) < 2:
        raise InvalidInput("เลือกการ์ดอย่างน้อย 2 ใบเพื่อรวมกัน", "Choose at least two cards to merge.")
    with db.writing() as s:
        cards = sorted((get(s, Card, card_id) for card_id in set(card_ids)), key=lambda c: c.position)
        for card in cards:
            _session(s, card.session_id)
        if len({c.session_id for c in cards}) > 1:
            raise InvalidInput("การ์ดเหล่านี้อยู่คนละกิจกรรม", "These cards belong to different sessions.")
        if s.scalar(select(func.count()).select_from(Vote).where(Vote.card_id.in_([c.id for c in cards]))):
            raise InvalidInput("การ์ดที่มีคะแนนแล้วรวมกันไม่ได้", "Cards that already have dots cannot be merged.")
        kept, others = cards[0], cards[1:]
        was = MergedCards(kept.id, kept.text, tuple(c.id for c in others))
        kept.text = " / ".join(dict.fromkeys(c.text for c in cards))
        moment = _now(now)
        for card in others:
            card.deleted_at = moment
        return was


def unmerge_cards(db: Database, was: MergedCards) -> None:
    """Undo of ``merge_cards``: the kept card's own words back, the others back on the board."""
    with db.writing() as s:
        kept = get(s, Card, was.kept_id)
        _session(s, kept.session_id)
        kept.text = was.kept_text
        for card in s.scalars(select(Card).where(Card.id.in_(was.merged_ids))):
            card.deleted_at = None
