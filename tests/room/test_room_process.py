"""The room's server is a process of its own: one per running room, ended by ``stop()`` and with the program
however it ends (no process left behind); a room process that dies by itself is told to the window. (The
console's side: tests/ui/test_console_room_process.py.)"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from meetingdesk.room.server import Room, RoomEvent
from meetingdesk.storage.database import Database
from tests.room.phones import Phone, brainstorm_on_a_meeting
from tests.room.processes import alive, children_of, wait_gone


def test_one_process_per_room_started_and_stopped(db: Database) -> None:
    session, _meeting = brainstorm_on_a_meeting(db)
    before = set(children_of(os.getpid()))
    room = Room(db, session, hosts=("127.0.0.1",), port=0).start()
    try:
        assert room.child is not None and room.running
        pid = room.child.pid
        assert set(children_of(os.getpid())) - before == {pid}  # one process for the room, no more
        phone = Phone(room.url())
        phone.get()
        assert phone.post("card", {"text": "จากกระบวนการของห้อง"}).status == 201
        room.changed()
        room.changed()
        assert set(children_of(os.getpid())) - before == {pid}
    finally:
        room.stop()
    assert wait_gone(pid) and not room.running
    assert set(children_of(os.getpid())) - before == set()


def test_the_room_process_never_imports_qt() -> None:
    code = (
        "import sys; from meetingdesk.room import child, hub, http, desk, server, pipe;"
        "import meetingdesk.services.context, meetingdesk.services.sessions;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_room_whose_process_dies_says_so(db: Database) -> None:
    session, _meeting = brainstorm_on_a_meeting(db)
    events: list[RoomEvent] = []
    room = Room(db, session, hosts=("127.0.0.1",), port=0, on_input=events.append).start()
    try:
        assert room.child is not None
        room.child.kill()
        deadline = time.monotonic() + 10
        while not events and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [e.kind for e in events] == ["lost"] and room.lost and not room.running
    finally:
        room.stop()  # after the process died: nothing raised


ORPHAN = textwrap.dedent(
    """
    import sys
    from meetingdesk.room.server import Room
    from meetingdesk.storage.database import open_database
    room = Room(open_database(sys.argv[1]), int(sys.argv[2]), hosts=("127.0.0.1",), port=0).start()
    print(room.child.pid, room.port, flush=True)
    sys.stdin.readline()  # until the test kills this process, or says to end without stop()
    """
)


@pytest.mark.parametrize("end", ["killed", "exits"])
def test_no_room_process_outlives_the_program(tmp_path: Path, end: str) -> None:
    from meetingdesk.storage.database import open_database

    path = tmp_path / "orphan.sqlite3"
    db = open_database(path, create=True)
    session, _meeting = brainstorm_on_a_meeting(db)
    db.close()
    with subprocess.Popen(
        [sys.executable, "-c", ORPHAN, str(path), str(session)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as program:
        assert program.stdout is not None
        pid, port = (int(v) for v in program.stdout.readline().split())
        assert alive(pid)
        if end == "killed":
            program.send_signal(signal.SIGKILL)  # no stop(), no atexit: the room's pipe closes with the program
        else:
            program.communicate("\n", timeout=20)  # the program ends without stop() (a quit, an error)
        program.wait(timeout=20)
    assert wait_gone(pid), "the room's process outlived the program"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_the_frozen_apps_entry_points_start_the_room_process(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the PyInstaller build ``sys.executable`` is the app: the room starts it with ``--room-server``, which
    its entry scripts (packaging/pyinstaller/) recognise before the command line or Qt is imported."""
    root, python = Path(__file__).resolve().parents[2], sys.executable
    session, _meeting = brainstorm_on_a_meeting(db)
    for script in ("meetingdesk_gui.py", "meetingdesk_cli.py"):
        app = tmp_path / f"{script}.sh"  # stands in for the frozen executable
        entry = root / "packaging" / "pyinstaller" / script
        app.write_text(f'#!/bin/sh\nexec "{python}" -X importtime "{entry}" "$@" 2>"{app}.imports"\n')
        app.chmod(0o755)
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", str(app))
        room = Room(db, session, hosts=("127.0.0.1",), port=0).start()
        try:
            phone = Phone(room.url())
            assert phone.get().body["stage"]["key"] == "generate"
            assert phone.post("card", {"text": f"จาก {script}"}).status == 201
        finally:
            room.stop()
        imported = Path(f"{app}.imports").read_text()
        assert "meetingdesk.room.hub" in imported
        assert "PySide6" not in imported and "meetingdesk.cli" not in imported


def test_while_rooms_run_the_window_takes_turns_every_millisecond_and_the_room_gives_way(db: Database) -> None:
    session, _meeting = brainstorm_on_a_meeting(db)
    before = sys.getswitchinterval()
    first = Room(db, session, hosts=("127.0.0.1",), port=0).start()
    try:
        assert sys.getswitchinterval() <= 0.001 < before  # the writer thread never holds the window for 5 ms
        assert _niced_later(first)  # the room's process runs below the window
        second = Room(db, session, hosts=("127.0.0.1",), port=0).start()
        second.stop()
        assert sys.getswitchinterval() <= 0.001  # one room still runs
    finally:
        first.stop()
    assert sys.getswitchinterval() == before


def _niced_later(room: Room) -> bool:
    """The process lowers its own priority as it starts: wait for it to have done so."""
    assert room.child is not None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.getpriority(os.PRIO_PROCESS, room.child.pid) > os.getpriority(os.PRIO_PROCESS, 0):
            return True
        time.sleep(0.02)
    return False


def test_phones_writes_wait_while_the_facilitator_types_and_go_on_when_released(db: Database) -> None:
    session, _meeting = brainstorm_on_a_meeting(db)
    room = Room(db, session, hosts=("127.0.0.1",), port=0).start()
    try:
        phone = Phone(room.url())
        phone.get()
        room.hold(30)  # an Enter under way (30 s: longer than this test waits, so only release ends it)
        replies: list[int] = []
        sender = threading.Thread(target=lambda: replies.append(phone.post("card", {"text": "รอคิว"}).status))
        sender.start()
        sender.join(timeout=0.5)
        assert replies == []  # the phone's card waits: the window's thread has the interpreter to itself
        room.release()
        sender.join(timeout=10)
        assert replies == [201]
        room.hold(0.05)  # a hold that is never released ends by itself
        assert phone.post("card", {"text": "ไม่รอนาน"}).status == 201
    finally:
        room.stop()
