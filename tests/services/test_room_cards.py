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
