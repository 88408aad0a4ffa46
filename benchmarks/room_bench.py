"""The room under load, on loopback: simulated phones (threads, each its own device) send cards, then dots, while
the facilitator types on the console. Measures a phone's card from its request until the projector has painted
it, and the console's own Enter → painted meanwhile. ``run()`` is also the unit test's short version
(tests/room/test_room_load.py); ``make bench`` runs the full minute through ``benchmarks/run.py``.

Prints one JSON line: the measures and the counts of replies by status.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run(seconds: float = 60, phones: int = 60, folder: Path | None = None, profile: bool = False) -> dict[str, Any]:
    """Cards for the first half of ``seconds``, dots for the second; every loop bounded in count and time.
    ``profile``: where each Enter's time goes (benchmarks/room_profile.py), in the result's ``profile``."""
    from benchmarks.room_profile import Profile
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from meetingdesk.domain.enums import BodyKind, Technique
    from meetingdesk.room.access import Limits
    from meetingdesk.room.server import Room
    from meetingdesk.services import meetings, office, people, sessions
    from meetingdesk.storage.database import open_database
    from meetingdesk.ui.windows import console_room
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

    app = QApplication.instance() or QApplication(sys.argv)
    profiler = Profile() if profile else None
    if profiler is not None:
        profiler.install()
    folder = folder or Path(tempfile.mkdtemp())
    db = open_database(folder / "room-bench.sqlite3", create=True)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2")
    body = people.add_body(db, "ประชุมบุคลากร", BodyKind.OFFICE_STAFF)
    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 24)))
    item = meetings.add_agenda_item(db, meeting, 5, "ระดมความคิดเห็น")
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)

    limits = Limits(devices_burst=phones + 10)  # all the simulated phones share one loopback address
    console_room.starter = lambda db, session_id, **kw: Room(db, session_id, limits=limits, **kw).start()
    console_room.HOSTS, console_room.PORT = ("127.0.0.1",), 0
    console = FacilitatorConsole(db, sid)
    console.show()
    projector = console.open_projector()
    console.room_control.joining.setChecked(True)
    room = console.room_control.room
    assert room is not None
    wall = projector.board
    painted_at: dict[int, float] = {}
    paint = type(wall).paintEvent

    def painted(event: Any) -> None:
        began = time.perf_counter()
        paint(wall, event)
        now = time.perf_counter()
        if profiler is not None:
            profiler.add("paint", now - began)
        for column in wall.board.columns:
            for card in column.cards:
                painted_at.setdefault(card.id, now)

    wall.paintEvent = painted  # type: ignore[method-assign]

    def enter() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(console.capture, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    for n in range(5):  # warm up (fonts, the first layouts) before anything is timed, as console_bench does
        console.capture.setText(f"P1: ความคิดตั้งต้นที่ {n}")
        enter()
        app.processEvents()
    start, cpu = time.perf_counter(), time.process_time()
    half, end = start + seconds / 2, start + seconds
    # the phones are other devices: a process of their own (its threads do not share the window's interpreter)
    crowd = subprocess.Popen(
        [sys.executable, __file__, "--phones", room.url(), str(phones), repr(half), repr(end)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip

    typed: list[float] = []
    stepped = False
    n = 0
    while time.perf_counter() < end + 1:
        app.processEvents()
        now = time.perf_counter()
        if not stepped and now >= half:
            console.step(1)  # cluster
            console.step(1)  # vote: the phones' dots now
            stepped = True
        if not stepped and n < 1000 and now - start > 0.2 * n:  # the facilitator types five times a second
            n += 1
            console.capture.setText(f"P{n % 9 + 1}: ข้อเสนอจากที่ประชุมที่ {n}")
            count = wall.paint_count
            with profiler.enter() if profiler is not None else contextlib.nullcontext():
                began = time.perf_counter()
                enter()
                app.processEvents()
                if wall.paint_count == count:
                    wall.repaint()
                typed.append(time.perf_counter() - began)
        time.sleep(0.002)
    cpu = time.process_time() - cpu  # the window's process, every thread: the room's work in it, if any
    out, _ = crowd.communicate(timeout=60)
    sent = json.loads(out.strip().splitlines()[-1])
    sent_at = {int(k): v for k, v in sent["sent_at"].items()}
    statuses = Counter({int(k): v for k, v in sent["statuses"].items()})
    app.processEvents()
    latencies = [painted_at[i] - t for i, t in sent_at.items() if i in painted_at]
    result = {
        "phones": phones,
        "seconds": seconds,
        "statuses": dict(statuses),
        "cards_sent": len(sent_at),
        "cards_painted": sum(1 for i in sent_at if i in painted_at),
        "card_to_projector_p95": percentile(latencies, 0.95),
        "card_to_projector_median": percentile(latencies, 0.5),
        "card_answered_p95": sent["card_answered_p95"],  # the phone's request until its reply
        "enter_painted_p95": percentile(typed, 0.95),
        "window_process_cpu_seconds": cpu,
        "typed": len(typed) + 5,  # the five warm-up cards too
        "cards_in_db": len(sessions.board_view(db, sid).cards),
        "dots_in_db": sum(b.dots for b in sessions.ballots(db, sid)),
        "cards_on_console": console.card_model.rowCount(),
    }
    if profiler is not None:
        profiler.uninstall()
        result["profile"] = profiler.summary()
    console.room_control.stop()
    console.close()
    console.deleteLater()
    app.processEvents()
    db.close()
    return result


def crowd(base: str, phones: int, half: float, end: float) -> dict[str, Any]:
    """``phones`` phones, each a thread with its own device and its own live stream: a card (then, after
    ``half``, a dot) about once a second until ``end`` (``time.perf_counter``, shared by the processes)."""
    import http.cookiejar

    sent_at: dict[int, float] = {}
    answered: list[float] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def listen(opener: Any) -> None:
        try:
            with opener.open(base + "events", timeout=max(1.0, end - time.perf_counter() + 5)) as stream:
                for _line in stream:
                    if time.perf_counter() > end:
                        return
        except OSError:
            pass

    def phone(n: int) -> None:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        opener.open(base + "state", timeout=10).read()
        threading.Thread(target=listen, args=(opener,), daemon=True).start()
        count = 0
        while time.perf_counter() < end and count < 10_000:
            count += 1
            if time.perf_counter() >= half:
                path, body = "dot", {"item": f"c{(n * 7 + count) % 50 + 1}"}
            else:
                path, body = "card", {"text": f"โทรศัพท์ {n} ความคิดที่ {count}: จัดกิจกรรมส่งเสริมการอ่านร่วมกับชุมชน"}
            request = urllib.request.Request(base + path, data=json.dumps(body).encode())
            began = time.perf_counter()
            try:
                with opener.open(request, timeout=10) as response:
                    status, reply = response.status, json.loads(response.read())
            except urllib.error.HTTPError as error:
                status, reply = error.code, {}
            except OSError:
                status, reply = 599, {}
            with lock:
                statuses[status] += 1
                if path == "card" and status == 201:
                    sent_at[reply["id"]] = began
                    answered.append(time.perf_counter() - began)
            time.sleep(max(0.0, 1.0 - (time.perf_counter() - began)) * (0.5 + (n % 10) / 10))

    threads = [threading.Thread(target=phone, args=(n,), daemon=True) for n in range(phones)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=end - time.perf_counter() + 15)
    return {"sent_at": sent_at, "statuses": statuses, "card_answered_p95": percentile(answered, 0.95)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script (make bench): benchmarks.*
    if sys.argv[1:2] == ["--phones"]:
        # the phones are other devices, whose CPU is not the laptop's: on this machine they share its cores, so
        # they run at the lowest priority and take only what the app leaves (their counts are in the result)
        os.nice(19)
        base, count, half, end = sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
        print(json.dumps(crowd(base, count, half, end)))
    else:
        numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
        print(json.dumps(run(float(numbers[0]) if numbers else 60, profile="--profile" in sys.argv)))
