"""Phones' input on the console, coalesced: what arrives within ``COALESCE_SECONDS`` of the last showing waits
for one refresh of the board and the projector (sixty phones must not refresh them sixty times a second, while
the facilitator types); nothing waits longer than that, and nothing is lost when joining is turned off."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from meetingdesk.domain.enums import CardKind
from meetingdesk.room.server import RoomEvent
from meetingdesk.services import sessions
from meetingdesk.services.sessions.board import CardView
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows import console_room
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.ui.room_console import brainstorm_console
from tests.ui.typing import press_enter, type_text


@pytest.fixture
def console(qtbot: QtBot, db: Database) -> Iterator[FacilitatorConsole]:
    widget = brainstorm_console(qtbot, db)
    yield widget


def phone_cards(console: FacilitatorConsole, *texts: str) -> list[CardView]:
    """Cards saved as the room's writer saves them (one group), as the bridge carries them."""
    made = sessions.add_room_cards(
        console.db, console.session_id, [(t, None) for t in texts], kinds=frozenset({CardKind.IDEA})
    )
    assert all(isinstance(card, CardView) for card in made)
    return [card for card in made if isinstance(card, CardView)]


def test_three_arrivals_in_one_window_make_one_refresh_with_all_three(
    qtbot: QtBot, console: FacilitatorConsole
) -> None:
    projector = console.open_projector()
    qtbot.addWidget(projector)
    control, model = console.room_control, console.card_model
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    first, *more = phone_cards(console, "ห้องสมุดเคลื่อนที่", "อ่านทุกวัน", "ยืมหนังสือกลับบ้าน", "ชมรมนักอ่าน")
    control.bridge.put(RoomEvent("card", first.id, card=first))
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # after a quiet spell: shown at once
    assert inserts == [(0, 0)]
    for card in more:  # within the window that showing opened
        control.bridge.put(RoomEvent("card", card.id, card=card))
        qtbot.wait(1)  # each arrival is delivered to the GUI thread on its own
    if time.monotonic() - control._shown_at < console_room.COALESCE_SECONDS:  # (unless a slow machine let it pass)
        assert model.rowCount() == 1 and control._coalesce.isActive()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert inserts == [(0, 0), (1, 3)]  # one insertion: the board and the projector refreshed once for the three
    shown = [card.text for column in projector.board.board.columns for card in column.cards]
    assert shown == ["ห้องสมุดเคลื่อนที่", "อ่านทุกวัน", "ยืมหนังสือกลับบ้าน", "ชมรมนักอ่าน"]
    assert "4" in console.status_label.text()  # "การ์ดจากโทรศัพท์ 4 ใบ"


def test_turning_joining_off_shows_what_was_waiting(qtbot: QtBot, console: FacilitatorConsole) -> None:
    control, model = console.room_control, console.card_model
    cards = phone_cards(console, "ห้องสมุดเคลื่อนที่", "อ่านทุกวัน")
    control._shown_at = time.monotonic() + 60  # just shown (for the next minute): the next arrivals wait
    for card in cards:
        control.bridge.put(RoomEvent("card", card.id, card=card))
    qtbot.waitUntil(control._coalesce.isActive)
    assert model.rowCount() == 0
    control.stop()
    assert [row.text for row in model.rows()] == ["ห้องสมุดเคลื่อนที่", "อ่านทุกวัน"]


def test_the_facilitators_enter_is_shown_before_phones_input_waiting(qtbot: QtBot, console: FacilitatorConsole) -> None:
    """Phones' input due now waits for the facilitator's Enter to be shown (a later pass of the event loop)."""
    control, model = console.room_control, console.card_model
    cards = phone_cards(console, "ห้องสมุดเคลื่อนที่", "อ่านทุกวัน")
    control._shown_at = time.monotonic() + 60  # just shown: the next arrivals wait
    for card in cards:
        control.bridge.put(RoomEvent("card", card.id, card=card))
    qtbot.waitUntil(control._coalesce.isActive)
    console.capture.setFocus()
    type_text(console.capture, "P2: มุมอ่านหนังสือในห้องเรียน")
    control._coalesce.start(0)  # phones' input due at the next pass of the event loop …
    press_enter(console.capture)  # … when the facilitator's Enter comes: saved and shown by the time it returns
    assert [row.text for row in model.rows()] == ["มุมอ่านหนังสือในห้องเรียน"]
    assert control._coalesce.isActive()  # phones' input gave way: due a little later
    assert control._coalesce.interval() == round(console_room.GIVE_WAY_SECONDS * 1000)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert [row.text for row in model.rows()] == ["มุมอ่านหนังสือในห้องเรียน", "ห้องสมุดเคลื่อนที่", "อ่านทุกวัน"]


def test_phones_cards_are_followed_when_the_list_shows_its_end_and_not_when_scrolled_back(
    qtbot: QtBot, console: FacilitatorConsole
) -> None:
    control, view, model = console.room_control, console.cards_view, console.card_model
    console.resize(900, 500)
    for batch in range(2):
        cards = phone_cards(console, *[f"การ์ดจากโทรศัพท์ชุด {batch} ใบที่ {n}" for n in range(40)])
        for card in cards:
            control.bridge.put(RoomEvent("card", card.id, card=card))
        qtbot.waitUntil(lambda batch=batch: model.rowCount() == 40 * (batch + 1))
        newest = view.visualRect(model.index(model.rowCount() - 1))
        assert view.viewport().rect().contains(newest)  # at the end: the newest phone card is in view
    view.scrollToTop()  # the facilitator reads back up the list …
    more = phone_cards(console, "อีกใบ")
    control.bridge.put(RoomEvent("card", more[0].id, card=more[0]))
    qtbot.waitUntil(lambda: model.rowCount() == 81)
    assert view.verticalScrollBar().value() == 0  # … and the list stays where they are reading
