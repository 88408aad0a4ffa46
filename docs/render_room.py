"""The room joins in, rendered from the demo office's running brainstorm: the projector with the QR code (read
back with zbarimg), and the phone's page at a narrow viewport in Debian's Chromium (ideas, then the vote).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/render_room.py   (after ``meetingdesk --data-dir DIR demo``)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "renders"


def render_room(db_path: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from playwright.sync_api import expect, sync_playwright
    from PySide6.QtWidgets import QApplication

    import meetingdesk.app
    from meetingdesk.services import sessions
    from meetingdesk.storage.database import open_database
    from meetingdesk.ui.windows import console_room
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    live = next(r["id"] for r in sessions.list_sessions(db) if r["status"] == "active")
    console_room.starter = meetingdesk.app.start_room
    console_room.HOSTS, console_room.PORT = ("127.0.0.1",), 0
    console = FacilitatorConsole(db, live)
    console.show()
    projector = console.open_projector()
    projector.resize(1280, 720)
    console.room_control.joining.setChecked(True)
    room = console.room_control.room
    assert room is not None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(room.url())
        for idea in ("ให้นักเรียนเลือกหนังสือเองเดือนละเล่ม", "ชวนผู้ปกครองอ่านนิทานก่อนนอน"):
            page.fill("#card-text", idea)
            page.click("#card-button")
            expect(page.locator("#sent li").first).to_have_text(idea)
        for _ in range(20):
            app.processEvents()
        page.screenshot(path=str(OUT / "room-phone-ideas.png"))
        projector.grab().save(str(OUT / "projector-room-join.png"))
        decoded = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(OUT / "projector-room-join.png")], capture_output=True, text=True
        ).stdout.strip()
        print("QR decodes to:", decoded, "| expected:", room.url(), "| same:", decoded == room.url())
        console.step(1)
        console.step(1)  # the vote
        expect(page.locator("#vote")).to_be_visible(timeout=3000)
        page.locator("#items li").nth(0).locator("button").click()
        expect(page.locator("#message")).to_have_text("ลงคะแนนแล้ว")
        expect(page.locator("#dots-left")).to_contain_text("เหลือ 2 จุด", timeout=3000)  # the stream's update
        page.screenshot(path=str(OUT / "room-phone-vote.png"))
        browser.close()
    console.room_control.stop()
    console.close()
    db.close()


if __name__ == "__main__":
    folder = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "meetingdesk", "--data-dir", str(folder), "demo"], check=True,
                   capture_output=True)  # fmt: skip
    render_room(folder / "meetingdesk.sqlite3")
