"""The room's server on loopback against a real SQLite file: phones join, send cards and dots under the
console's rules, follow the stages live, sign in and fill in the survey; hostile requests are refused with a
clear status and nothing written; turning joining off closes every connection."""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.enums import SessionStatus, Technique
from meetingdesk.resources import resource_path
from meetingdesk.room.access import Limits
from meetingdesk.room.server import Room, RoomEvent
from meetingdesk.services import meeting_view, satisfaction, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Attendance, Card, Vote
from tests.room.phones import Phone, brainstorm_on_a_meeting


@pytest.fixture
def room(db: Database) -> Iterator[Room]:
    session, _meeting = brainstorm_on_a_meeting(db)
    events: list[RoomEvent] = []
    started = Room(db, session, hosts=("127.0.0.1",), port=0, on_input=events.append).start()
    started.events = events  # type: ignore[attr-defined]
    yield started
    started.stop()


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(Card)) or 0,
            s.scalar(select(func.count()).select_from(Vote)) or 0,
            s.scalar(select(func.count()).select_from(Attendance)) or 0,
        )


def test_the_page_weighs_at_most_50_kb() -> None:
    total = sum(p.stat().st_size for p in resource_path("room").iterdir())
    assert total <= 50 * 1024, total


def test_a_phone_joins_with_the_code_and_sends_a_card(room: Room, db: Database) -> None:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    assert "รหัสเข้าร่วม" in opener.open(room.address() + "/", timeout=5).read().decode()
    wrong = Phone(room.address() + "/").post("join", None, raw=b"code=000000" if room.join_code != "000000" else b"1")
    assert wrong.status == 403
    page = wrong.body.decode() if isinstance(wrong.body, bytes) else ""
    assert "รหัสเข้าร่วมไม่ถูกต้อง" in page and "<form" in page  # the join page again, with what was wrong
    joined = opener.open(room.address() + "/join", data=f"code={room.join_code}".encode(), timeout=5)
    assert joined.url == room.url()  # the code gave the address with the token
    phone = Phone(room.url())
    state = phone.get().body
    assert state["stage"]["key"] == "generate" and state["input"] == "idea" and state["title"] == "ลดภาระงานครู"
    reply = phone.post("card", {"text": "ลดเอกสารรายงาน"})
    assert reply.status == 201
    card = sessions.card_view(db, reply.body["id"])
    assert card.text == "ลดเอกสารรายงาน" and card.from_room
    events = room.events  # type: ignore[attr-defined]
    assert [(e.kind, e.id, e.card) for e in events] == [("card", card.id, card)]  # as saved: no second read


def test_hostile_requests_are_refused_and_write_nothing(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()  # the phone's device
    before = counts(db)
    assert Phone(room.address() + "/j/" + "x" * 22 + "/").post("card", {"text": "a"}).status == 403  # wrong token
    assert Phone(room.url()).post("card", {"text": "no device"}).status == 403  # no device cookie
    assert phone.post("card", {"text": "ก" * 5000}).status == 413  # over the request size
    assert phone.post("card", {"text": "ก" * 501}).status == 409  # over a card's length: the rule's message
    assert phone.post("card", None, raw=b"{not json").status == 400
    assert phone.post("card", {"text": 12}).status == 400
    assert phone.post("dot", {"item": "g999"}).status == 409  # not the voting stage, and no such group
    assert phone.get("../../etc/passwd").status in (403, 404)
    assert Phone(room.address() + "/").get("admin").status == 404
    icon = Phone(room.address() + "/").get("favicon.ico")  # every browser asks: no icon, and no 404 logged
    assert (icon.status, icon.body) == (204, b"")
    assert phone.post("state", {}).status == 405
    assert counts(db) == before


def test_a_flood_from_one_phone_is_cut_off_at_its_rate(db: Database) -> None:
    session, _ = brainstorm_on_a_meeting(db)
    room = Room(db, session, hosts=("127.0.0.1",), port=0, limits=Limits(burst=5, per_second=0.01)).start()
    try:
        phone = Phone(room.url())
        phone.get()
        statuses = [phone.post("card", {"text": f"ความคิด {n}"}).status for n in range(12)]
    finally:
        room.stop()
    assert statuses[:5] == [201] * 5 and set(statuses[5:]) == {429}
    assert counts(db)[0] == 5


def test_script_in_a_card_is_stored_as_text_and_sent_as_json(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    card_id = phone.post("card", {"text": hostile}).body["id"]
    assert sessions.card_view(db, card_id).text == hostile  # kept as typed; the page sets it as text only
    script = resource_path("room", "room.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    with urllib.request.urlopen(room.url(), timeout=5) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_phones_dots_hold_when_joining_is_turned_off_and_on(room: Room, db: Database) -> None:
    """The cap is per person for the whole session: the same phone (its cookie, the same QR link) has no new
    dots after the facilitator turns joining off and on again; a survey too is one per phone."""
    phone = Phone(room.url())
    phone.get()
    card = phone.post("card", {"text": "ลดเอกสาร"}).body["id"]
    for _ in range(2):
        sessions.step(db, room.session_id)  # cluster, vote
    sessions.set_vote_rules(db, room.session_id, dots_per_participant=3, max_per_item=3)
    room.changed()
    assert [phone.post("dot", {"item": f"c{card}"}).status for _ in range(4)] == [201, 201, 201, 409]
    assert phone.post("survey", {"scores": [5, 5, 5, 5, 5], "comment": ""}).status == 201
    room.stop()
    again = Room(db, room.session_id, hosts=("127.0.0.1",), port=0).start()
    try:
        assert again.url().split("/j/")[1] == room.url().split("/j/")[1]  # the same link (the same token)
        phone.base = again.url()
        state = phone.get().body  # the page reloaded: the phone keeps its id
        assert state["voting"]["left"] == 0 and state["voting"]["mine"] == {f"c{card}": 3}
        assert phone.post("dot", {"item": f"c{card}"}).status == 409
        assert phone.post("survey", {"scores": [5, 5, 5, 5, 5], "comment": ""}).status == 409
        assert Phone(again.url()).get().body["voting"]["left"] == 3  # a new phone has its own three
    finally:
        again.stop()
    assert counts(db)[1] == 3


def test_dots_follow_the_consoles_caps_and_stay_hidden_until_reveal(room: Room, db: Database) -> None:
    phone, other = Phone(room.url()), Phone(room.url())
    ids = [phone.post("card", {"text": t}).body["id"] for t in ("ก", "ข")] if phone.get() else []
    sessions.step(db, room.session_id)  # cluster
    group = sessions.create_cluster(db, room.session_id, "เอกสาร")
    sessions.move_card(db, ids[0], group)
    sessions.step(db, room.session_id)  # vote
    sessions.set_vote_rules(db, room.session_id, dots_per_participant=3, max_per_item=2)
    room.changed()
    other.get()
    state = phone.get().body
    assert [i["key"] for i in state["voting"]["items"]] == [f"g{group}", f"c{ids[1]}"]
    assert "dots" not in state["voting"]["items"][0]  # hidden until the facilitator reveals
    assert [phone.post("dot", {"item": f"g{group}"}).status for _ in range(3)] == [201, 201, 409]  # cap 2 a item
    assert phone.post("dot", {"item": f"c{ids[1]}"}).status == 201
    assert phone.post("dot", {"item": f"c{ids[1]}"}).status == 409  # all three dots used
    assert other.post("dot", {"item": f"c{ids[1]}"}).status == 201  # another phone has its own three
    state = phone.get().body
    assert state["voting"]["left"] == 0 and state["voting"]["mine"] == {f"g{group}": 2, f"c{ids[1]}": 1}
    other_session, _ = brainstorm_on_a_meeting_in(db)
    foreign = sessions.add_card(db, other_session, "อีกกิจกรรม")
    assert other.post("dot", {"item": f"c{foreign}"}).status == 409  # another session's card
    sessions.reveal(db, room.session_id)
    room.changed()
    shown = {i["key"]: i["dots"] for i in phone.get().body["voting"]["items"]}
    assert shown == {f"g{group}": 2, f"c{ids[1]}": 2}


def brainstorm_on_a_meeting_in(db: Database) -> tuple[int, None]:
    session = sessions.start_session(db, Technique.BRAINSTORM, title="อีกกิจกรรม")
    sessions.step(db, session)
    return session, None


def test_paused_is_read_only_and_closed_is_frozen(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()
    sessions.set_status(db, room.session_id, SessionStatus.PAUSED)
    room.changed()
    assert phone.get().body["input"] is None and phone.get().body["status"] == "paused"
    assert phone.post("card", {"text": "ระหว่างพัก"}).status == 409
    sessions.set_status(db, room.session_id, SessionStatus.CLOSED)
    assert phone.post("card", {"text": "หลังปิด"}).status == 409
    assert counts(db)[0] == 0


def _read_events(url: str, cookie: str, into: list[tuple[float, dict[str, object]]], done: threading.Event) -> None:
    request = urllib.request.Request(url + "events", headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=20) as stream:
            kind = "message"
            for line in stream:
                if line.startswith(b"event: "):
                    kind = line[7:].strip().decode()
                elif line.startswith(b"data: "):
                    data = json.loads(line[6:])
                    into.append((time.monotonic(), data if kind == "message" else {"event": kind}))
                    kind = "message"
    except OSError:
        pass
    done.set()


def test_a_stage_change_reaches_the_phone_within_a_second_and_stop_closes_it(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()
    cookie = "; ".join(f"{c.name}={c.value}" for c in phone.jar)
    seen: list[tuple[float, dict[str, object]]] = []
    ended = threading.Event()
    threading.Thread(target=_read_events, args=(room.url(), cookie, seen, ended), daemon=True).start()
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    assert seen and seen[0][1]["stage"]["key"] == "generate"  # type: ignore[index]
    sessions.step(db, room.session_id)
    moved = time.monotonic()
    room.changed()
    while len(seen) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert seen[-1][1]["stage"]["key"] == "cluster"  # type: ignore[index]
    assert seen[-1][0] - moved < 1.0
    room.stop()
    assert ended.wait(3)  # the stream was closed by the server …
    assert seen[-1][1] == {"event": "ended"}  # … saying so first: an open page hides its actions at once
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", room.port), timeout=1).close()


def test_sign_in_by_name_and_as_a_substitute(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()
    members = phone.get("members").body["members"]
    assert [m["open"] for m in members] == [True, True, True]
    chair, member = members[0]["id"], members[1]["id"]
    assert phone.post("signin", {"person": chair}).status == 201
    assert phone.post("signin", {"person": chair}).status == 409  # already recorded: the secretary's to change
    reply = phone.post("signin", {"person": None, "replaces": member, "name": "นางสาวรัตนา ใจงาม", "position": "ครู"})
    assert reply.status == 201
    meeting = sessions.session_state(db, room.session_id).meeting_id
    assert meeting is not None
    rows = {r.name: r for r in meeting_view.attendance(db, meeting).rows}
    assert rows[members[0]["name"]].signed_in_at is not None
    assert rows["นางสาวรัตนา ใจงาม"].substitute_for == members[1]["name"]


def test_a_survey_form_per_phone(room: Room, db: Database) -> None:
    phone = Phone(room.url())
    phone.get()
    items = phone.get("survey").body["items"]
    assert len(items) == 5
    assert phone.post("survey", {"scores": [5, 4, None, 3, 9], "comment": ""}).status == 409  # 9 is no score
    assert phone.post("survey", {"scores": [5, 4, None, 3, 5], "comment": "ดีมาก"}).status == 201
    assert phone.post("survey", {"scores": [1, 1, 1, 1, 1], "comment": ""}).status == 409  # one form a phone
    meeting = sessions.session_state(db, room.session_id).meeting_id
    assert meeting is not None
    forms = satisfaction.survey(db, meeting).forms
    assert [f.scores for f in forms] == [(5, 4, None, 3, 5)]


def test_the_room_is_not_imported_until_joining_is_turned_on() -> None:
    import subprocess

    code = (
        "import sys, meetingdesk.app, meetingdesk.ui.windows.facilitator_console;"
        "print(sorted(m for m in sys.modules if m.startswith(('meetingdesk.room', 'segno', 'http.server'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
