"""Facilitator console budgets, measured with the real widgets offscreen (run by ``benchmarks/run.py``).

Prints one JSON object: medians and 95th percentiles in seconds, and the reference (a bare sqlite3 insert and
commit with the same durability settings, the floor any saved-before-shown card pays). A capture is timed from
Enter until both windows have painted it (the projector's board counts its paints; it is repainted in the timed
span should the event loop not have done it), and the projector's page and size are reported.

``console_bench.py URL`` measures the capture on an office server instead (``benchmarks/server_bench.py``): the
reference is then a bare psycopg INSERT and COMMIT on the same server, and the drag is left out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import insert

    from meetingdesk.domain.enums import BodyKind, CardKind, Technique
    from meetingdesk.services import meetings, office, people, sessions
    from meetingdesk.storage.database import open_database
    from meetingdesk.storage.models import Card
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    url = argv[0] if argv else None
    db = open_database(url or folder / "bench.sqlite3", create=True)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2")
    body = people.add_body(db, "ประชุมบุคลากร", BodyKind.OFFICE_STAFF)
    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 24)))
    item = meetings.add_agenda_item(db, meeting, 5, "ระดมความคิดเห็น")

    def board(cards: int) -> int:
        sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
        sessions.step(db, sid)
        now = dt.datetime.now()
        with db.writing() as s:
            s.execute(insert(Card), [
                {"session_id": sid, "stage": "generate", "kind": CardKind.IDEA, "position": n + 1,
                 "text": f"ความคิดเห็นที่ {n + 1} ควรจัดให้มีการนิเทศแบบกัลยาณมิตร", "created_at": now}
                for n in range(cards)
            ])  # fmt: skip
        return sid

    def enter(widget: object) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    # Enter in the capture line → committed → painted on console and projector, with 500 cards on the board.
    console = FacilitatorConsole(db, board(500))
    console.show()
    projector = console.open_projector()
    app.processEvents()
    wall = projector.board  # the projector's painted board
    capture = []
    forced = 0
    for n in range(80):
        console.capture.setText(f"P{n % 9 + 1}: ข้อเสนอที่ {n} ให้จัดค่ายภาษาไทยช่วงปิดภาคเรียน")
        painted = wall.paint_count
        start = time.perf_counter()
        enter(console.capture)
        app.processEvents()  # the insert's repaint, on both windows
        if wall.paint_count == painted:  # the projector's paint is part of the budget: never leave it out
            wall.repaint()
            forced += 1
        capture.append(time.perf_counter() - start)
        newest = console.card_model.rows()[-1].id
        assert wall.board.newest_card_id == newest and newest in {c.card_id for c in wall.plan.cards}
    assert console.card_model.rowCount() == 580 and sum(len(c.cards) for c in wall.board.columns) == 580
    shown = {"board_px": wall.plan.px, "board_page": f"{wall.plan.page + 1}/{wall.plan.pages}",
             "board_cards_shown": len(wall.plan.cards), "board_forced_repaints": forced}  # fmt: skip
    console.close()
    console.deleteLater()
    if url is not None:
        db.close()
        print(json.dumps({"capture_median": statistics.median(capture), "capture_p95": percentile(capture, 0.95),
                          "commit_median": _server_commit(url), **shown}))  # fmt: skip
        return 0

    # Dragging a card into a group, on a board of 1,000 cards.
    console = FacilitatorConsole(db, board(1000))
    console.show()
    console.open_projector()
    for name in ("การอ่าน", "การนิเทศ", "เทคโนโลยี", "ผู้ปกครอง", "การพัฒนาครู"):
        console.new_cluster.setText(name)
        console.add_cluster()
    # Settled as the windows are by the time a facilitator drags anything: one processEvents() leaves the card
    # list's deferred layout (a zero timer posted while it ran) to the first drop, which then repainted the
    # whole list and a button (~4 ms that no drop in use pays).
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
    groups = [r.id for r in console.cluster_model.rows()]
    cards = [r.id for r in console.card_model.rows()]
    drag, drag_cpu = [], []
    for n in range(80):
        cpu, start = time.process_time(), time.perf_counter()
        console.move_cards([cards[n]], groups[n % len(groups)])
        app.processEvents()
        drag.append(time.perf_counter() - start)
        drag_cpu.append(time.process_time() - cpu)  # this process's CPU: what other programs' load cannot inflate
    console.close()
    console.deleteLater()
    app.processEvents()
    db.close()

    # Reference: a bare sqlite3 insert + commit with WAL and synchronous=FULL (the durability floor).
    con = sqlite3.connect(folder / "ref.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE card(id INTEGER PRIMARY KEY, text TEXT)")
    reference = []
    for n in range(80):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO card(text) VALUES (?)", (f"ข้อเสนอที่ {n}",))
        con.execute("COMMIT")
        reference.append(time.perf_counter() - start)
    print(json.dumps({
        "capture_median": statistics.median(capture), "capture_p95": percentile(capture, 0.95),
        "drag_median": statistics.median(drag), "drag_max": max(drag), "drag_p95": percentile(drag, 0.95),
        "drag_cpu_median": statistics.median(drag_cpu), "drag_cpu_max": max(drag_cpu),
        "commit_median": statistics.median(reference), **shown,
    }))  # fmt: skip
    return 0


def _server_commit(url: str) -> float:
    """The server's floor: one INSERT and COMMIT by psycopg alone, median of 80."""
    import psycopg

    times = []
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE ref_card (id serial PRIMARY KEY, text text)")
        conn.commit()
        for n in range(80):
            start = time.perf_counter()
            conn.execute("INSERT INTO ref_card (text) VALUES (%s)", (f"ข้อเสนอที่ {n}",))
            conn.commit()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
