"""The room's own process from the console: started only when joining is turned on, one per running room,
ended by joining off and by closing the console; a room process that dies by itself turns joining off with a
message, and what was typed on the console is all there."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from meetingdesk.room.server import Room
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.room.phones import Phone
from tests.room.processes import children_of, wait_gone
from tests.ui.conftest import Scripted
from tests.ui.room_console import brainstorm_console, room_on_loopback


@pytest.fixture
def console(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[FacilitatorConsole]:
    room_on_loopback(monkeypatch)
    widget = brainstorm_console(qtbot, db)
    yield widget
    widget.room_control.stop()


def test_the_process_starts_with_joining_and_ends_with_joining_off_and_the_console(
    console: FacilitatorConsole,
) -> None:
    before = set(children_of(os.getpid()))
    assert console.room_control.room is None  # nothing runs until joining is turned on
    console.room_control.joining.setChecked(True)
    room = console.room_control.room
    assert isinstance(room, Room) and room.child is not None
    first = room.child.pid
    assert set(children_of(os.getpid())) - before == {first}
    console.room_control.joining.setChecked(False)
    assert wait_gone(first) and console.room_control.room is None
    console.room_control.joining.setChecked(True)
    again = console.room_control.room
    assert isinstance(again, Room) and again.child is not None
    second = again.child.pid
    assert set(children_of(os.getpid())) - before == {second}  # one process: the new room's
    console.close()
    assert wait_gone(second) and set(children_of(os.getpid())) - before == set()


def test_a_killed_room_process_turns_joining_off_with_a_message_and_keeps_the_consoles_cards(
    console: FacilitatorConsole, qtbot: QtBot, scripted: Scripted, db: Database
) -> None:
    control = console.room_control
    control.joining.setChecked(True)
    room = control.room
    assert isinstance(room, Room) and room.child is not None
    phone = Phone(room.url())
    phone.get()
    assert phone.post("card", {"text": "จากโทรศัพท์ก่อนหยุด"}).status == 201
    scripted.expect_notices = True
    room.child.kill()
    qtbot.waitUntil(lambda: control.room is None, timeout=10_000)
    assert scripted.shown and "การเข้าร่วมจากโทรศัพท์หยุดแล้ว" in scripted.shown[-1]
    assert not control.joining.isChecked() and "หยุดแล้ว" in console.status_label.text()
    console.capture.setText("P1: พิมพ์บนคอนโซลหลังห้องหยุด")
    console.capture_line()  # the console goes on as before
    texts = [c.text for c in sessions.board_view(db, console.session_id).cards]
    assert "จากโทรศัพท์ก่อนหยุด" in texts and "พิมพ์บนคอนโซลหลังห้องหยุด" in texts
    control.joining.setChecked(True)  # joining can be turned on again
    assert isinstance(control.room, Room) and control.room.running
