"""What phones send, written in groups: each phone's card or dot kept or refused on its own (a savepoint each,
the same rules as one typed on the console), and the group committed together, before any phone is told it
is saved. A commit waits for the disk (``synchronous=FULL``, ~10 ms here): sixty phones a second would queue
for 600 ms of commits one by one, and wait one commit together."""

from __future__ import annotations

from collections.abc import Sequence

from meetingdesk.domain.enums import CardKind
from meetingdesk.domain.errors import UserError
from meetingdesk.services.sessions.board import CardView, _card_view
from meetingdesk.services.sessions.cards import _add_card
from meetingdesk.services.sessions.votes import _cast_dots
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card


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
    results: list[CardView | UserError] = []
    with db.writing() as s:
        for line, question in lines:
            try:
                with s.begin_nested():
                    card_id = _add_card(s, session_id, line, route_question_id=question, from_room=True, kinds=kinds)
                    results.append(_card_view(s, s.get_one(Card, card_id)))
            except UserError as refused:
                results.append(refused)
    return results


def cast_room_dots(
    db: Database, session_id: int, ballots: Sequence[tuple[str, int | None, int | None]]
) -> list[int | UserError]:
    """One dot each from phones, each (participant, card id, group id), at the voting stage only and within the
    session's caps: the vote's id, or why it was refused."""
    results: list[int | UserError] = []
    with db.writing() as s:
        for participant, card_id, cluster_id in ballots:
            try:
                with s.begin_nested():
                    results.append(
                        _cast_dots(s, session_id, participant=participant, card_id=card_id, cluster_id=cluster_id,
                                   voting_only=True)
                    )  # fmt: skip
            except UserError as refused:
                results.append(refused)
    return results
