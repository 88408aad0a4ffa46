"""What phones send, written in groups: each phone's card or dot kept or refused on its own (the same rules as
one typed on the console), and the group committed together, before any phone is told it is saved. A commit
waits for the disk (``synchronous=FULL``, ~10 ms here): sixty phones a second would queue for 600 ms of commits
one by one, and wait one commit together.

The session's state is checked once a group (it cannot change within the transaction), the dots already cast
are read once a group and counted on as the group's own are kept, and the group's rows go in with one flush:
the writer is in the window's process, so what it spends there the window waits for (measured: ~50 ms of CPU
a group of cards or dots with a check, a read of every vote and a flush per item)."""

from __future__ import annotations

from collections.abc import Sequence

from meetingdesk.domain.enums import CardKind
from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.services.sessions._common import _session, stage_of
from meetingdesk.services.sessions.board import CardView, _card_view
from meetingdesk.services.sessions.cards import _last_position, _new_card
from meetingdesk.services.sessions.votes import _ballots, _new_vote
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Vote
from meetingdesk.techniques.rules import Ballot


def add_room_cards(
    db: Database,
    session_id: int,
    lines: Sequence[tuple[str, int | None]],
    *,
    kinds: frozenset[CardKind],
) -> list[CardView | UserError]:
    """Cards from phones, each (text, the focus-group question it answers or None): the card as the board shows
    it (so the window shows it without reading it again), or why it was refused (the stage takes none of
    ``kinds``, the session is paused or closed, the text is empty …)."""
    made: list[Card | UserError] = []
    with db.writing() as s:
        try:
            session = _session(s, session_id)
        except UserError as refused:
            return [refused] * len(lines)
        position = _last_position(s, session_id)
        for line, question in lines:
            try:
                card = _new_card(session, line, position=position + 1, route_question_id=question, from_room=True,
                                 kinds=kinds)  # fmt: skip
            except UserError as refused:
                made.append(refused)
                continue
            position += 1
            s.add(card)
            made.append(card)
        s.flush()
        return [_card_view(s, card) if isinstance(card, Card) else card for card in made]


def cast_room_dots(
    db: Database, session_id: int, ballots: Sequence[tuple[str, int | None, int | None]]
) -> list[int | UserError]:
    """One dot each from phones, each (participant, card id, group id), at the voting stage only and within the
    session's caps: the vote's id, or why it was refused."""
    made: list[Vote | UserError] = []
    with db.writing() as s:
        try:
            session = _session(s, session_id)
            if not stage_of(session).voting:
                raise InvalidInput("ยังไม่ถึงขั้นตอนลงคะแนน", "This is not the voting stage.")
        except UserError as refused:
            return [refused] * len(ballots)
        existing = _ballots(s, session_id)
        for participant, card_id, cluster_id in ballots:
            try:
                vote = _new_vote(s, session, existing, participant, card_id, cluster_id)
            except UserError as refused:
                made.append(refused)
                continue
            target = ("card", card_id) if card_id else ("cluster", cluster_id or 0)
            existing.append(Ballot(vote.participant_code, target, vote.dots))
            s.add(vote)
            made.append(vote)
        s.flush()
        return [vote.id if isinstance(vote, Vote) else vote for vote in made]
