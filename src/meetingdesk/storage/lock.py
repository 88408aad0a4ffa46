"""One writer at a time: a lock file beside the database, held with an OS lock while a copy writes.

The operating system releases the OS lock when its process ends, however it ends (a crash, a kill, a flat
battery), so a lock left behind by a dead process is recognised as stale and taken over safely; the file's
contents (who, where, since when) only make the message to the second user readable.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    since: str
    program: str

    def describe(self, lang: str = "th") -> str:
        if lang == "en":
            return f"{self.program} (process {self.pid} on {self.host}, since {self.since})"
        return f"{self.program} (โปรเซส {self.pid} บนเครื่อง {self.host} ตั้งแต่ {self.since})"


# Windows locks byte ranges, not files: every copy must lock the same range, whatever the file holds. The range
# lies far past the holder's few bytes of JSON, because a locked range cannot even be read by another process
# on Windows, and the second copy reads the holder to say who has the database.
LOCK_OFFSET = 1 << 30
LOCK_BYTES = 1


def _seek_lock_range(handle: IO[Any]) -> int:
    """Put the file position at the start of the fixed lock range (``msvcrt.locking`` locks from there)."""
    handle.flush()
    return handle.seek(LOCK_OFFSET)


def _try_lock(handle: IO[Any]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        _seek_lock_range(handle)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, LOCK_BYTES)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # the whole file: no offset to get wrong
    except OSError:
        return False
    return True


def _unlock(handle: IO[Any]) -> None:
    if sys.platform == "win32":  # Windows drops a closed file's locks "eventually": unlock at once
        import msvcrt

        _seek_lock_range(handle)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, LOCK_BYTES)
    # flock is released by the close that follows


class WriterLock:
    """``acquire()`` once when a copy of MeetingDesk means to write; ``release()`` (or exit) gives it up."""

    def __init__(self, db_path: Path, program: str = "MeetingDesk") -> None:
        self.path = Path(db_path).with_name(Path(db_path).name + ".lock")
        self.program = program
        self._handle: IO[Any] | None = None
        self.stale: Holder | None = None  # a dead process's lock that ``acquire`` took over

    @property
    def held(self) -> bool:
        return self._handle is not None

    def holder(self) -> Holder | None:
        """Who the lock file says holds it (may be a dead process: ask ``acquire``)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Holder(int(data["pid"]), str(data["host"]), str(data["since"]), str(data.get("program", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def acquire(self) -> bool:
        """Take the lock; False when another live process holds it."""
        if self._handle is not None:
            return True
        self.stale = None
        previous = self.holder()
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(handle):
            handle.close()
            return False
        if previous is not None and previous.pid != os.getpid():
            self.stale = previous
        handle.seek(0)
        handle.truncate()
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "program": self.program,
                  "since": dt.datetime.now().isoformat(timespec="seconds")}  # fmt: skip
        handle.write(json.dumps(holder))
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()  # closing drops the OS lock
            self._handle = None
        self.path.unlink(missing_ok=True)
