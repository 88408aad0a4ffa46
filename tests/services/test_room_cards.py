"""Phone cards in the record: marked as from the room; hidden reversibly (out of the ranking and the minutes);
merged into one and apart again."""

from __future__ import annotations

import pytest

from meetingdesk.domain.enums import Technique
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database


def test_hide_merge_and_back(db: Database) -> None:
    sid = sessions.start_session(db, Technique.BRAINSTORM, title="t")
    sessions.step(db, sid)
    a = sessions.add_card(db, sid, "ลดเอกสาร", from_room=True)
    b = sessions.add_card(db, sid, "ลดงานเอกสาร", from_room=True)
    c = sessions.add_card(db, sid, "อบรมครู")
    assert [x.from_room for x in sessions.board_view(db, sid).cards] == [True, True, False]
    sessions.hand_count(db, sid, count=4, card_id=c)
    sessions.hide_cards(db, [c])
    assert sessions.ranking(db, sid) == []  # hidden: not ranked, whatever its dots
    assert sessions.card_view(db, c).hidden
    sessions.hide_cards(db, [c], False)
    assert [r.text for r in sessions.ranking(db, sid)] == ["อบรมครู"]
    with pytest.raises(InvalidInput):
        sessions.merge_cards(db, [a, c])  # a card with dots stays apart
    was = sessions.merge_cards(db, [b, a])
    view = sessions.board_view(db, sid)
    assert [x.text for x in view.cards] == ["ลดเอกสาร / ลดงานเอกสาร", "อบรมครู"]
    sessions.unmerge_cards(db, was)
    assert [x.text for x in sessions.board_view(db, sid).cards] == ["ลดเอกสาร", "ลดงานเอกสาร", "อบรมครู"]
    with pytest.raises(InvalidInput):
        sessions.merge_cards(db, [a])


def test_a_group_from_phones_keeps_or_refuses_each_as_one_at_a_time_would(db: Database) -> None:
    """One transaction a group: an empty card is refused alone, the others take the next places in order; a
    phone's dots past its allowance within the same group are refused, and a group at the wrong stage (or a
    paused session) is refused whole with nothing written."""
    from meetingdesk.domain.enums import CardKind, SessionStatus
    from meetingdesk.domain.errors import UserError

    sid = sessions.start_session(db, Technique.BRAINSTORM, title="t")
    kinds = frozenset({CardKind.IDEA})
    assert all(isinstance(r, UserError) for r in sessions.add_room_cards(db, sid, [("ก", None)], kinds=kinds))
    sessions.step(db, sid)
    typed = sessions.add_card(db, sid, "จากคอนโซล")
    made = sessions.add_room_cards(db, sid, [("ก", None), ("   ", None), ("ข", None)], kinds=kinds)
    assert isinstance(made[1], InvalidInput)
    cards = sessions.board_view(db, sid).cards
    assert [(c.text, c.from_room) for c in cards] == [("จากคอนโซล", False), ("ก", True), ("ข", True)]
    assert [c.id for c in cards[1:]] == [m.id for m in (made[0], made[2])]  # type: ignore[union-attr]
    assert cards[0].id == typed
    assert all(isinstance(r, UserError) for r in sessions.cast_room_dots(db, sid, [("M-A", cards[1].id, None)]))
    sessions.step(db, sid)  # cluster
    sessions.step(db, sid)  # vote
    sessions.set_vote_rules(db, sid, dots_per_participant=2, max_per_item=2)
    votes = sessions.cast_room_dots(
        db, sid, [("M-A", cards[1].id, None), ("M-A", cards[2].id, None), ("M-A", cards[1].id, None),
                  ("M-B", cards[1].id, None), ("M-B", 999_999, None)],
    )  # fmt: skip
    assert [type(v) for v in votes] == [int, int, InvalidInput, int, InvalidInput]
    assert sum(b.dots for b in sessions.ballots(db, sid)) == 3
    sessions.set_status(db, sid, SessionStatus.PAUSED)
    assert all(isinstance(v, UserError) for v in sessions.cast_room_dots(db, sid, [("M-C", cards[1].id, None)]))
    assert sum(b.dots for b in sessions.ballots(db, sid)) == 3
