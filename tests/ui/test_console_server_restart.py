"""The office server restarted mid-meeting, with the facilitator's console open on it: the typed lines are kept
under "กำลังเชื่อมต่อใหม่…", saved in order once the server is back, each exactly once; a refusal is shown and
not retried. The server is a cluster of this module's own (the session's cluster serves the other tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import SessionStatus, Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card
from meetingdesk.ui.models.roles import IdRole
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.pgcluster import Cluster
from tests.services.helpers import new_meeting, small_office
from tests.ui.conftest import Scripted
from tests.ui.typing import press_enter, type_text

BACK_WITHIN_MS = 15_000  # the longest wait between tries is 2 s; the rest is the machine's load


@pytest.fixture
def console(qtbot: QtBot, own_server_db: Database) -> FacilitatorConsole:
    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(own_server_db, meeting, 5, "ระดม")
    sid = sessions.start_session(own_server_db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(own_server_db, sid)  # to the stage that takes ideas
    widget = FacilitatorConsole(own_server_db, sid)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(console: FacilitatorConsole, line: str) -> None:
    type_text(console.capture, line)
    press_enter(console.capture)


def _stored(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Card.text).order_by(Card.id)))


def _shown(console: FacilitatorConsole) -> list[str]:
    return [row.text for row in console.card_model.rows()]


def test_lines_typed_while_the_server_restarts_are_saved_once_in_order(
    qtbot: QtBot, own_cluster: Cluster, own_server_db: Database, console: FacilitatorConsole
) -> None:
    _type(console, "ห้องสมุดเคลื่อนที่")
    assert _shown(console) == ["ห้องสมุดเคลื่อนที่"] and console.link.isHidden()

    own_cluster.halt()  # every connection ended, the socket gone
    _type(console, "ยืมหนังสือกลับบ้าน")
    assert console.capture.text() == ""  # the line left the capture line for the queue, not for the board
    assert console.link.isVisible() and "กำลังเชื่อมต่อใหม่" in console.link.text()
    assert "ยืมหนังสือกลับบ้าน" in console.link.text()
    _type(console, "P3: อ่านวันละสิบนาที")  # typed meanwhile: waits its turn
    assert console.link.pending() == ["ยืมหนังสือกลับบ้าน", "P3: อ่านวันละสิบนาที"]
    assert _shown(console) == ["ห้องสมุดเคลื่อนที่"]  # nothing shown as saved before it is
    qtbot.wait(600)  # tries fail while the server is down (on the worker: the window keeps answering)
    assert console.link.isVisible() and len(console.link.pending()) == 2

    own_cluster.resume()
    qtbot.waitUntil(lambda: console.link.isHidden(), timeout=BACK_WITHIN_MS)
    expected = ["ห้องสมุดเคลื่อนที่", "ยืมหนังสือกลับบ้าน", "อ่านวันละสิบนาที"]
    assert _shown(console) == expected
    assert _stored(own_server_db) == expected  # each exactly once
    _type(console, "หลังเชื่อมต่อแล้ว")  # and on as before
    assert _stored(own_server_db)[-1] == "หลังเชื่อมต่อแล้ว" and console.link.isHidden()


def test_a_line_the_server_refuses_when_back_is_shown_not_retried(
    qtbot: QtBot, own_cluster: Cluster, own_server_db: Database, console: FacilitatorConsole, scripted: Scripted
) -> None:
    own_cluster.halt()
    _type(console, "ข้อเสนอระหว่างรอ")
    assert console.link.pending() == ["ข้อเสนอระหว่างรอ"]
    own_cluster.resume()
    sessions.set_status(own_server_db, console.session_id, SessionStatus.PAUSED)  # by another desk
    scripted.expect_notices = True
    qtbot.waitUntil(lambda: console.link.isHidden(), timeout=BACK_WITHIN_MS)
    assert len(scripted.shown) == 1 and "ข้อเสนอระหว่างรอ" in scripted.shown[0]  # the refusal names the line
    assert _stored(own_server_db) == []


def test_closing_with_lines_waiting_asks_first(
    own_cluster: Cluster, console: FacilitatorConsole, scripted: Scripted
) -> None:
    own_cluster.halt()
    try:
        _type(console, "ยังไม่ได้บันทึก")
        scripted.answers.append(False)
        assert not console.close() and console.link.pending() == ["ยังไม่ได้บันทึก"]
        scripted.answers.append(True)
        assert console.close() and console.link.pending() == []
    finally:
        own_cluster.resume()


def test_a_line_whose_commit_reached_the_server_is_not_saved_twice(own_server_db: Database) -> None:
    """The answer to a commit lost on the way back: the console tries the same line again with the same key."""
    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(own_server_db, meeting, 5, "ก")
    sid = sessions.start_session(own_server_db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(own_server_db, sid)
    typed_at = dt.datetime(2026, 11, 24, 9, 30, 1, 123456)
    first = sessions.add_card(own_server_db, sid, "P2: ครูพี่เลี้ยง", typed_at=typed_at)
    assert sessions.add_card(own_server_db, sid, "P2: ครูพี่เลี้ยง", typed_at=typed_at) == first
    shown = sessions.capture_card(own_server_db, sid, "P2: ครูพี่เลี้ยง", typed_at=typed_at, again=True)
    assert (shown.id, shown.code) == (first, "P2")  # the console's retry: the card saved before, as shown
    again = sessions.add_card(own_server_db, sid, "P2: ครูพี่เลี้ยง", typed_at=typed_at + dt.timedelta(microseconds=1))
    assert again != first  # the same words typed again later are a second card
    assert _stored(own_server_db) == ["ครูพี่เลี้ยง", "ครูพี่เลี้ยง"]


def test_the_record_tab_keeps_the_text_while_the_server_is_away(
    qtbot: QtBot, tmp_path: Path, own_cluster: Cluster, own_server_db: Database, scripted: Scripted
) -> None:
    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.services.meeting_view import item_texts
    from meetingdesk.ui.windows.meeting import MeetingWindow

    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(own_server_db, meeting, 4, "ผลการนิเทศ")
    ctx = AppContext(paths=Paths.resolve(tmp_path, None))
    ctx._db = own_server_db
    window = MeetingWindow(ctx, meeting)
    qtbot.addWidget(window)
    window.show()
    record = window.record
    rows = [record.items.item(n).data(IdRole) for n in range(record.items.count())]
    record.items.setCurrentRow(rows.index(item))
    own_cluster.halt()
    try:
        type_text(record.edits["discussion"], "ประธานแจ้งผลการนิเทศ")
        assert not record.flush()  # the autosave's turn: not saved, said so, the text kept
        assert "ยังไม่ได้บันทึก" in record.saved.text()
        record.items.setCurrentRow(0 if rows.index(item) else 1)  # moving to another item keeps this one
        assert record.item_id == item and record.edits["discussion"].toPlainText() == "ประธานแจ้งผลการนิเทศ"
    finally:
        own_cluster.resume()
    qtbot.waitUntil(lambda: "บันทึกแล้ว" in record.saved.text(), timeout=BACK_WITHIN_MS)  # tried again by itself
    texts = item_texts(own_server_db, item)
    assert texts is not None and texts.discussion == "ประธานแจ้งผลการนิเทศ"
    assert scripted.shown == []  # no message box every two seconds while the server is away
