"""One writer: a second process cannot take the lock; a dead process's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from meetingdesk.storage.lock import WriterLock

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from meetingdesk.storage.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]), program="MeetingDesk (test)")
    print("held" if lock.acquire() else "refused", flush=True)
    time.sleep(60)
    """
)


def hold_in_child(db: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_process_is_refused_while_the_first_lives(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    child = hold_in_child(db)
    try:
        lock = WriterLock(db)
        assert not lock.acquire()
        holder = lock.holder()
        assert holder is not None and holder.pid == child.pid and holder.program == "MeetingDesk (test)"
        assert f"โปรเซส {child.pid}" in holder.describe()
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def test_a_lock_left_by_a_killed_process_is_cleared(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    child = hold_in_child(db)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()
    lock = WriterLock(db)
    assert lock.path.exists()  # the dead process's file is still there
    assert lock.acquire()
    assert lock.stale is not None and lock.stale.pid == child.pid
    assert lock.holder() is not None and lock.holder().pid == os.getpid()  # type: ignore[union-attr]
    lock.release()
    assert not lock.path.exists()
    assert lock.acquire() and lock.stale is None
    lock.release()
