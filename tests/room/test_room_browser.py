"""Three phones at once in a real browser (Debian's Chromium driven by Playwright, on loopback): cards, dots
and a survey from the pages, checked against the database and the projector's board (``build_board``); votes
stay hidden until the facilitator reveals them; a card with markup in it shows as text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from meetingdesk.room.server import Room
from meetingdesk.services import satisfaction, sessions
from meetingdesk.storage.database import Database
from meetingdesk.techniques.board import build_board
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


def test_three_phones_brainstorm_vote_and_fill_the_survey(browser: Browser, db: Database) -> None:
    session, meeting = brainstorm_on_a_meeting(db)
    room = Room(db, session, hosts=("127.0.0.1",), port=0).start()
    dialogs: list[str] = []
    try:
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
        sessions.add_card(db, session, "P9: แบบฝึกอ่านจากคำในชุมชน")  # the console, meanwhile
        view = sessions.board_view(db, session)
        assert sorted(c.text for c in view.cards if c.from_room) == sorted(t for ts in ideas for t in ts)

        # the facilitator moves on to the vote: every page follows
        sessions.step(db, session)
        sessions.step(db, session)
        room.changed()
        for page in pages:
            expect(page.locator("#vote")).to_be_visible(timeout=2000)
            expect(page.locator("#dots-left")).to_contain_text("เหลือ 3 จุด")
        items = pages[0].locator("#items li")
        assert items.count() == 5
        assert items.nth(3).locator(".text").inner_text() == "<img src=x onerror=alert(1)>"  # text, not markup
        for n, page in enumerate(pages):
            for pick in (n, n, 4):  # two dots on one card, one on the console's card
                page.locator("#items li").nth(pick).locator("button").click()
                expect(page.locator("#message")).to_have_text("ลงคะแนนแล้ว")
            expect(page.locator("#dots-left")).to_contain_text("เหลือ 0 จุด")
            expect(page.locator("#items li button").first).to_be_disabled()
        assert pages[0].locator("#items .total").count() == 0  # hidden until reveal
        view = sessions.board_view(db, session)
        assert sum(c.dots for c in view.cards) == 9
        rows = [(c.id, c.text, c.code, c.cluster_id) for c in view.cards]
        dots = {c.id: c.dots for c in view.cards}
        board = build_board(rows, [], card_dots=dots, revealed=view.session.votes_revealed)
        assert [card.dots for card in board.columns[0].cards] == [0, 0, 0, 0, 0]  # the projector shows no dots yet
        sessions.reveal(db, session)
        room.changed()
        expect(pages[1].locator("#items .total")).to_have_count(5, timeout=2000)
        assert pages[1].locator("#items .total").nth(4).inner_text() == "3"

        # one phone fills in the survey
        survey = pages[2]
        survey.click("#open-survey")
        expect(survey.locator("#survey-items li")).to_have_count(5)
        for n, score in enumerate((5, 4, 4, 5, 3)):
            survey.locator(f"input[name=q{n}][value='{score}']").check()
        survey.fill("#comment", "ขอเวลาอภิปรายมากขึ้น")
        survey.click("#survey-button")
        expect(survey.locator("#message")).to_have_text("ขอบคุณที่ตอบแบบประเมิน")
        forms = satisfaction.survey(db, meeting).forms
        assert [(f.scores, f.comment) for f in forms] == [((5, 4, 4, 5, 3), "ขอเวลาอภิปรายมากขึ้น")]
        for context in contexts:
            context.close()
    finally:
        room.stop()
    assert dialogs == []  # the markup in a card never ran
