"""The live-update payload: what a commit changed, as JSON a NOTIFY can carry (under 8000 bytes), coalesced to
coarser notes — never fewer things to reload — when the row-level notes do not fit."""

from __future__ import annotations

from meetingdesk.storage.live_notes import MAX_PAYLOAD, Note, parse, payload


def test_notes_go_and_come_back_as_they_were() -> None:
    notes = [Note("card", 7, "i", None, 3, None), Note("action", 9, "u", 2, None, 5)]
    heard = parse(payload("abc", "สุภาพร", notes))
    assert heard.notes == tuple(notes) and heard.client == "abc" and heard.who == "สุภาพร"
    assert heard.sessions() == {3} and heard.meetings() == {2} and not heard.everything
    assert heard.touches_session(3) and not heard.touches_session(4)


def test_too_many_notes_are_coalesced_by_meeting_and_session_then_to_everything() -> None:
    cards = [Note("card", n, "i", None, 3, None) for n in range(2000)]
    text = payload("abc", "x", cards)
    assert len(text.encode()) < MAX_PAYLOAD
    heard = parse(text)
    assert heard.notes == (Note("card", None, "u", None, 3, None),)  # the session's cards, all of them
    assert heard.touches_session(3) and not heard.everything

    everywhere = [Note("attendance", n, "u", n, None, None) for n in range(2000)]  # a meeting each
    heard = parse(payload("abc", "x", everywhere))
    assert heard.everything and heard.touches_meeting(12345) and heard.client == "abc"


def test_a_payload_that_cannot_be_read_means_everything() -> None:
    assert parse("not json").everything
    assert parse('{"n": [[1]]}').everything
