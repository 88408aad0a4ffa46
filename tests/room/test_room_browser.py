"""Three phones at once in a real browser (Debian's Chromium driven by Playwright, on loopback), on the demo
office's running brainstorm with the facilitator's console and projector open: cards from the pages and the
console, dots within the caps and hidden until the facilitator reveals them, a survey form; checked against
the database and the projector's board; a card with markup in it shows as text and runs nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pytestqt.qtbot import QtBot

import meetingdesk.app
from meetingdesk.room.server import Room
from meetingdesk.services import satisfaction, sessions
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows import console_room
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.room.phones import brainstorm_on_a_meeting

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"  # Debian's package (.ci/run installs it)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def _send(page: Page, text: str) -> None:
    page.fill("#card-text", text)
    page.click("#card-button")
    expect(page.locator("#sent li").first).to_have_text(text)


def test_three_phones_and_the_console_on_the_demo_brainstorm(
    browser: Browser, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(console_room, "starter", meetingdesk.app.start_room)
    monkeypatch.setattr(console_room, "HOSTS", ("127.0.0.1",))
    monkeypatch.setattr(console_room, "PORT", 0)
    live = next(r["id"] for r in sessions.list_sessions(demo_db) if r["status"] == "active")
    meeting = sessions.session_state(demo_db, live).meeting_id
    assert meeting is not None
    console = FacilitatorConsole(demo_db, live)
    qtbot.addWidget(console)
    console.show()
    projector = console.open_projector()
    qtbot.addWidget(projector)
    console.room_control.joining.setChecked(True)
    room = console.room_control.room
    assert room is not None
    dialogs: list[str] = []
    contexts = [browser.new_context(viewport={"width": 390, "height": 844}) for _ in range(3)]
    pages = [context.new_page() for context in contexts]
    for page in pages:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(room.url())
        expect(page.locator("#stage")).to_have_text("2/5 ระดมความคิด")
    ideas = [["มุมหนังสือทุกห้อง", "ค่ายภาษาไทย"], ["อ่านกับผู้ปกครอง"], ["<img src=x onerror=alert(1)>"]]
    for page, texts in zip(pages, ideas, strict=True):
        for text in texts:
            _send(page, text)
    console.capture.setText("P9: แบบฝึกอ่านจากคำในชุมชน")  # the console, meanwhile
    console.capture_line()
    sent = [t for texts in ideas for t in texts]
    qtbot.waitUntil(lambda: len(console.card_model.rows()) == 5 + 4 + 1, timeout=5000)
    view = sessions.board_view(demo_db, live)
    assert sorted(c.text for c in view.cards if c.from_room) == sorted(sent)
    on_the_wall = [card.text for column in projector.board.board.columns for card in column.cards]
    # the projector shows what is on disk (phone cards in the order the window heard of them)
    assert sorted(on_the_wall) == sorted(c.text for c in view.cards)

    # the facilitator moves on to the vote (the cards stay ungrouped): every page follows
    console.step(1)
    console.step(1)
    for page in pages:
        expect(page.locator("#vote")).to_be_visible(timeout=2000)
        expect(page.locator("#dots-left")).to_contain_text("เหลือ 3 จุด")
    items = pages[0].locator("#items li")
    assert items.count() == 10
    shown = [items.nth(n).locator(".text").inner_text() for n in range(10)]
    assert "<img src=x onerror=alert(1)>" in shown  # as text, not as markup
    for n, page in enumerate(pages):
        for pick in (5 + n, 5 + n, 9):  # two dots on one phone card, one on the console's card
            page.locator("#items li").nth(pick).locator("button").click()
            expect(page.locator("#message")).to_have_text("ลงคะแนนแล้ว")
        expect(page.locator("#dots-left")).to_contain_text("เหลือ 0 จุด")
        expect(page.locator("#items li button").first).to_be_disabled()
    assert pages[0].locator("#items .total").count() == 0  # hidden until reveal
    qtbot.waitUntil(lambda: sum(console._card_dots.values()) == 9, timeout=5000)
    assert sum(c.dots for c in sessions.board_view(demo_db, live).cards) == 9
    assert all(card.dots == 0 for column in projector.board.board.columns for card in column.cards)
    console.reveal_box.setChecked(True)
    expect(pages[1].locator("#items .total")).to_have_count(10, timeout=2000)
    assert pages[1].locator("#items .total").nth(9).inner_text() == "3"
    assert max(card.dots for column in projector.board.board.columns for card in column.cards) == 3

    # one phone fills in the survey
    survey = pages[2]
    survey.click("#open-survey")
    expect(survey.locator("#survey-items li")).to_have_count(5)
    for n, score in enumerate((5, 4, 4, 5, 3)):
        survey.locator(f"input[name=q{n}][value='{score}']").check()
    survey.fill("#comment", "ขอเวลาอภิปรายมากขึ้น")
    survey.click("#survey-button")
    expect(survey.locator("#message")).to_have_text("ขอบคุณที่ตอบแบบประเมิน")
    forms = satisfaction.survey(demo_db, meeting).forms
    assert (forms[-1].scores, forms[-1].comment) == ((5, 4, 4, 5, 3), "ขอเวลาอภิปรายมากขึ้น")
    for context in contexts:
        context.close()
    console.room_control.stop()
    assert dialogs == []  # the markup in a card never ran


@pytest.fixture
def room_page(browser: Browser, db: Database) -> Iterator[tuple[Room, Page]]:
    """One phone's page (a real browser) on a brainstorm of a meeting, at the generate stage."""
    session, _meeting = brainstorm_on_a_meeting(db)
    room = Room(db, session, hosts=("127.0.0.1",), port=0).start()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(room.url())
    expect(page.locator("#send")).to_be_visible()
    yield room, page
    context.close()
    room.stop()


def test_the_cards_a_phone_sent_are_numbered_in_the_order_sent(room_page: tuple[Room, Page]) -> None:
    _room, page = room_page
    for text in ("ลดเอกสารรายงาน", "ครูพี่เลี้ยง", "อบรมออนไลน์"):
        _send(page, text)
    sent = page.locator("#sent li")
    assert sent.all_inner_texts() == ["อบรมออนไลน์", "ครูพี่เลี้ยง", "ลดเอกสารรายงาน"]  # newest on top …
    assert [sent.nth(n).evaluate("li => li.value") for n in range(3)] == [3, 2, 1]  # … numbered as sent


def test_what_was_said_at_one_stage_is_cleared_at_the_next(room_page: tuple[Room, Page], db: Database) -> None:
    """The walk: "ส่งแล้ว" from the card stage still stood under the vote, and after joining was turned off."""
    room, page = room_page
    _send(page, "ลดเอกสารรายงาน")
    expect(page.locator("#message")).not_to_be_empty()
    sessions.step(db, room.session_id)  # the console moves on (grouping)
    room.changed()
    expect(page.locator("#stage")).to_contain_text("2/")
    expect(page.locator("#message")).to_be_empty()


def test_an_open_page_hides_every_action_when_joining_is_turned_off(room_page: tuple[Room, Page]) -> None:
    room, page = room_page
    expect(page.locator("#more")).to_be_visible()  # sign-in and survey (the session is part of a meeting)
    page.click("#open-signin")
    expect(page.locator("#signin")).to_be_visible()
    room.stop()
    expect(page.locator("#banner")).to_have_text("การเข้าร่วมจากโทรศัพท์ปิดแล้ว", timeout=2000)  # at once, not retried
    for section in ("send", "vote", "idle", "more", "signin", "survey"):
        expect(page.locator(f"#{section}")).to_be_hidden()
    assert page.locator("button:visible").count() == 0
