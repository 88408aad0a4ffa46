"""The room joins in, from the console: joining on shows the QR code on the projector; a phone's card arrives on
the console (marked) and the projector the way a typed one does; the facilitator hides and merges phone cards;
closing the session ends joining and every phone's connection."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.room.phones import Phone
from tests.ui.conftest import Scripted
from tests.ui.room_console import brainstorm_console, room_on_loopback


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The room on loopback, on any free port; started as the app starts it."""
    room_on_loopback(monkeypatch)
    yield


@pytest.fixture
def console(qtbot: QtBot, db: Database) -> Iterator[FacilitatorConsole]:
    widget = brainstorm_console(qtbot, db)
    yield widget
    widget.room_control.stop()


def test_phone_cards_reach_console_and_projector_and_the_facilitator_keeps_charge(
    qtbot: QtBot, console: FacilitatorConsole, scripted: Scripted, tmp_path: Path
) -> None:
    projector = console.open_projector()
    qtbot.addWidget(projector)
    control = console.room_control
    control.joining.setChecked(True)
    room = control.room
    assert room is not None and projector.join.isVisibleTo(projector)
    assert projector.qr.matrix and room.join_code in projector.join_code.text()
    picture = tmp_path / "projector.png"
    projector.grab().save(str(picture))
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True, text=True, check=True)
    assert read.stdout.strip() == room.url()  # a phone's camera reads the join address off the projector
    phone = Phone(room.url())
    phone.get()
    ids = [phone.post("card", {"text": text}).body["id"] for text in ("มุมหนังสือ", "มุมหนังสือทุกห้อง", "ค่ายอ่าน")]
    qtbot.waitUntil(lambda: len(console.card_model.rows()) == 3, timeout=3000)
    assert all(row.from_room for row in console.card_model.rows())
    marked = console.card_model.data(console.card_model.index(0))
    assert marked.startswith("(โทรศัพท์) มุมหนังสือ")  # a marker in words …
    metrics = QFontMetrics(console.cards_view.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in marked)  # … that the interface's font can draw
    assert console.status_label.text() == "การ์ดจากโทรศัพท์ 3 ใบ"  # every card since the line last spoke
    shown = [card.text for card in projector.board.board.columns[0].cards]
    assert shown == ["มุมหนังสือ", "มุมหนังสือทุกห้อง", "ค่ายอ่าน"]

    # hidden: off the projector, still on the console; Ctrl+Z shows it again
    console.cards_view.setCurrentIndex(console.card_model.index(2))
    control.hide_selected()
    assert [c.text for c in projector.board.board.columns[0].cards] == ["มุมหนังสือ", "มุมหนังสือทุกห้อง"]
    assert sessions.card_view(console.db, ids[2]).hidden and len(console.card_model.rows()) == 3
    console.undo()
    assert not sessions.card_view(console.db, ids[2]).hidden
    # merged: one card; undo brings both back
    selection = console.cards_view.selectionModel()
    console.cards_view.clearSelection()
    for row in (0, 1):
        selection.select(console.card_model.index(row), selection.SelectionFlag.Select)
    control.merge_selected()
    assert [r.text for r in console.card_model.rows()] == ["มุมหนังสือ / มุมหนังสือทุกห้อง", "ค่ายอ่าน"]
    console.undo()
    assert len(console.card_model.rows()) == 3

    # the session closed: joining ends, and the phone is turned away
    scripted.answers.append(True)
    console.close_or_reopen()
    assert control.room is None and not control.joining.isChecked() and not projector.join.isVisibleTo(projector)
    with pytest.raises(OSError):
        phone.get()


def test_the_status_line_counts_what_phones_sent_since_it_last_said_something_else(
    qtbot: QtBot, console: FacilitatorConsole
) -> None:
    console.room_control.joining.setChecked(True)
    room = console.room_control.room
    assert room is not None
    phone = Phone(room.url())
    phone.get()
    for n in (1, 2):
        phone.post("card", {"text": f"การ์ด {n}"})
        qtbot.waitUntil(lambda n=n: console.status_label.text() == f"การ์ดจากโทรศัพท์ {n} ใบ", timeout=3000)
    console.capture.setText("แบบฝึกอ่าน")  # the facilitator's own card: the line says so
    console.capture_line()
    assert "โทรศัพท์" not in console.status_label.text()
    phone.post("card", {"text": "การ์ด 3"})
    qtbot.waitUntil(lambda: console.status_label.text() == "การ์ดจากโทรศัพท์ 1 ใบ", timeout=3000)
    for _ in range(2):
        sessions.step(console.db, console.session_id)  # cluster, vote
    sessions.set_vote_rules(console.db, console.session_id, dots_per_participant=3, max_per_item=3)
    console.reload()
    console.status("")
    cards = [c.id for c in sessions.board_view(console.db, console.session_id).cards]
    for n in (1, 2, 3):
        assert phone.post("dot", {"item": f"c{cards[0]}"}).status == 201
        text = f"คะแนนจากโทรศัพท์ {n} จุด"
        qtbot.waitUntil(lambda text=text: console.status_label.text() == text, timeout=3000)
