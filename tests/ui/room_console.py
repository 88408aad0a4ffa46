"""A facilitator's console on a brainstorm at its generate stage, and the room on loopback — shared by the console's
room tests (test_console_room, _process, _coalescing)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

import meetingdesk.app
from meetingdesk.domain.enums import Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows import console_room
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.services.helpers import new_meeting, small_office


def room_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The room started as the app starts it, on loopback, on any free port."""
    monkeypatch.setattr(console_room, "starter", meetingdesk.app.start_room)
    monkeypatch.setattr(console_room, "HOSTS", ("127.0.0.1",))
    monkeypatch.setattr(console_room, "PORT", 0)


def brainstorm_console(qtbot: QtBot, db: Database) -> FacilitatorConsole:
    """A small office's meeting with a brainstorm on an item of section 5, at the generate stage, its console shown."""
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "แนวทางส่งเสริมการอ่าน")
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)
    widget = FacilitatorConsole(db, sid)
    qtbot.addWidget(widget)
    widget.show()
    return widget
