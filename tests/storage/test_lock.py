"""One writer: a second process cannot take the lock; a dead process's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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


class WindowsRangeLocks:
    """Stands in for the OS side of ``msvcrt``: Windows locks a byte range from the file's current position, and
    a range one handle holds is refused to any other handle on the same file."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}
        self.offsets: list[int] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.offsets.append(offset)
        key = (os.fstat(fd).st_ino, offset)
        if mode == self.LK_UNLCK:
            del self.held[key]
        elif self.held.get(key, fd) != fd:
            raise PermissionError(13, "Permission denied")
        else:
            self.held[key] = fd


def test_every_copy_locks_the_same_byte_range_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The file is opened for appending, so a copy that locked "from the current position" locked the end of the
    # file: the first copy byte 0, the second (after the first wrote its name) byte ~120, and both got in.
    from meetingdesk.storage import lock as lock_module

    windows = WindowsRangeLocks()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", windows)
    db = tmp_path / "office.sqlite3"
    first, second = WriterLock(db, program="first"), WriterLock(db, program="second")
    assert first.acquire()
    assert first.path.stat().st_size > 0  # the holder is written, so the file's end has moved
    assert not second.acquire()
    holder = second.holder()  # readable: the locked range lies past the holder's bytes
    assert holder is not None and holder.program == "first"
    first.release()
    assert second.acquire()
    second.release()
    assert set(windows.offsets) == {lock_module.LOCK_OFFSET}
    assert windows.held == {}
