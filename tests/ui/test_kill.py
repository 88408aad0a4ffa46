"""A card acknowledged on screen survives the process being killed (SIGKILL) a moment later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import select

from meetingdesk.domain.enums import BodyKind, Technique
from meetingdesk.services import meetings, office, people, sessions
from meetingdesk.storage.database import open_database
from meetingdesk.storage.models import Card

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from meetingdesk.storage.database import open_database
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

    app = QApplication([])
    console = FacilitatorConsole(open_database(Path(sys.argv[1])), int(sys.argv[2]))
    console.show()
    console.open_projector()
    n = 0
    while True:
        n += 1
        console.capture.setText(f"P{n % 9 + 1}: ความคิดเห็นที่ {n}")
        console.capture_line()
        app.processEvents()
        row = console.card_model.rows()[-1]
        print(f"ACK {row.id} {row.text}", flush=True)  # it is on the screen now
    """
)


def test_cards_acknowledged_on_screen_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    db = open_database(path, create=True)
    office.create_office(db, "สำนักงานทดสอบ")
    body = people.add_body(db, "ประชุมบุคลากร", BodyKind.OFFICE_STAFF)
    import datetime as dt

    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 24)))
    item = meetings.add_agenda_item(db, meeting, 5, "ระดมความคิด")
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)
    db.close()
    for trial, delay in enumerate((0.6, 0.9, 1.3)):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(sid)], stdout=subprocess.PIPE, text=True,
            stderr=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert child.stdout is not None
        acked: dict[int, str] = {}
        first = child.stdout.readline()  # wait until it is typing
        assert first.startswith("ACK"), first
        deadline = time.monotonic() + delay
        line = first
        while time.monotonic() < deadline:
            number, text = line.split(" ", 2)[1:]
            acked[int(number)] = text.strip()
            line = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        reopened = open_database(path)
        with reopened.reading() as s:
            stored = {c.id: c.text for c in s.scalars(select(Card))}
        reopened.close()
        lost = [i for i in acked if i not in stored]
        assert len(acked) > 5, f"trial {trial}: too few cards typed to mean anything"
        assert lost == [], f"trial {trial}: lost {len(lost)} of {len(acked)} acknowledged cards"
        assert all(stored[i] == text for i, text in acked.items())
