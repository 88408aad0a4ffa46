"""A full disk or an unwritable database during a write: a message, the typed text kept, nothing saved lost."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select

from meetingdesk.domain.enums import Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.helpers import read_only_folder
from tests.services.helpers import new_meeting, small_office
from tests.ui.conftest import Scripted
from tests.ui.typing import press_enter, type_text


@pytest.fixture
def console(qtbot: QtBot, db: Database, scripted: Scripted) -> FacilitatorConsole:
    o = small_office(db)
    item = meetings.add_agenda_item(db, new_meeting(db, o.staff_body, dt.date(2026, 11, 24)), 5, "ระดมความคิด")
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)
    widget = FacilitatorConsole(db, sid)
    qtbot.addWidget(widget)
    scripted.expect_notices = True
    widget.messages = scripted.shown  # type: ignore[attr-defined]
    return widget


def _type(console: FacilitatorConsole, line: str) -> None:
    type_text(console.capture, line)
    press_enter(console.capture)


def _stored(db: Database) -> list[str]:
    with db.reading() as s:
        return [c.text for c in s.scalars(select(Card).order_by(Card.id))]


@contextmanager
def database_limited_to_its_current_size(db: Database) -> Iterator[None]:
    """SQLITE_FULL for real: every new connection may not grow the file past the pages it has now."""

    def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    try:
        yield
    finally:
        event.remove(db.engine, "connect", limit)
        db.engine.dispose()


def test_a_full_disk_keeps_the_typed_text_and_what_was_saved(console: FacilitatorConsole) -> None:
    db = console.db
    _type(console, "ความคิดที่บันทึกแล้ว")
    with database_limited_to_its_current_size(db):
        long_line = "ความคิดเห็นยาวมาก " * 400  # needs new pages
        _type(console, long_line)
        assert console.messages and "เต็ม" in console.messages[-1]  # type: ignore[attr-defined]
        assert console.capture.text() == long_line  # kept, to be saved again
        assert console.card_model.rowCount() == 1
    press_enter(console.capture)  # space again: the same text saves
    assert console.capture.text() == ""
    assert _stored(db) == ["ความคิดที่บันทึกแล้ว", long_line.strip()]


def test_an_unwritable_database_keeps_the_typed_text(console: FacilitatorConsole, tmp_path: Path) -> None:
    db = console.db
    _type(console, "ก่อนไฟล์ถูกล็อก")
    folder = db.path.parent
    files = [p for p in folder.iterdir() if p.name.startswith(db.path.name)]
    locked = [p for p in files if p.is_file()]
    with read_only_folder(folder), _immutable(locked):
        _type(console, "ระหว่างไฟล์ถูกล็อก")
        assert console.messages, "a write to an unwritable file must be refused with a message"  # type: ignore[attr-defined]
        assert console.capture.text() == "ระหว่างไฟล์ถูกล็อก"
    press_enter(console.capture)
    assert _stored(db) == ["ก่อนไฟล์ถูกล็อก", "ระหว่างไฟล์ถูกล็อก"]


@contextmanager
def _immutable(paths: list[Path]) -> Iterator[None]:
    """The files themselves unwritable while SQLite holds them open: only ``chattr +i`` does that (permission
    bits do not affect an open file), and it needs root. CI runs as root, so CI always runs this check."""
    import os

    if os.geteuid() != 0:
        pytest.skip("making an open file unwritable needs root (chattr +i); CI runs as root and runs this test")
    subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
