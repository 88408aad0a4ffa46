"""The interpreter's turns while a room runs in the window's process.

The room's writer thread (``server.Room``) shares the interpreter with the window: Python hands the GIL over
only every switch interval (5 ms by default), so each of an Enter's round trips to the database could wait a
whole 5 ms behind a phones' group on the way back. While any room runs, the interval is 1 ms; once none does,
what it was before the first.
"""

from __future__ import annotations

import sys
import threading

SWITCH_SECONDS = 0.001
_before: list[float] = []  # the interval before the first room, once per running room
_lock = threading.Lock()


def room_started() -> None:
    with _lock:
        _before.append(_before[0] if _before else sys.getswitchinterval())
        sys.setswitchinterval(min(SWITCH_SECONDS, _before[0]))


def room_stopped() -> None:
    with _lock:
        if not _before:
            return
        before = _before.pop()
        sys.setswitchinterval(min(SWITCH_SECONDS, before) if _before else before)
