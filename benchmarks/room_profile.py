"""Where a console Enter's time goes while phones send (``room_bench.py 60 --profile``): bench-only wrappers,
put around the pieces before the console is built and taken off after, so nothing of this is in product code.

Per Enter (from the key press until the projector painted), on the GUI thread, in ms: ``lock_wait`` the wait
for the database writer's turn; ``save`` the whole ``capture_card`` (the wait included); ``card_saved`` showing
the card (model, board, projector's layout, telling the room); ``show_board`` the board to the projector (in
``card_saved`` and ``phones``); ``tell_room`` the round trip telling the room's process of the change;
``phones`` the phone arrivals handled in the same ``processEvents``; ``paint`` the projector's paints; ``cpu``
the GUI thread's own CPU time (``thread_time``). The rest of the wall time, ``off_cpu``, is waiting: for the
GIL, the disk, the lock, a core.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

PIECES = ("lock_wait", "save", "card_saved", "show_board", "tell_room", "phones", "paint")


class Profile:
    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.current: dict[str, float] | None = None
        self.enters: list[dict[str, float]] = []
        self.writer_groups: list[float] = []  # the writer thread's hold of the lock per group (ms)
        self._undo: list[Callable[[], None]] = []

    def add(self, piece: str, seconds: float) -> None:
        if self.current is not None and threading.get_ident() == self.gui:
            self.current[piece] = self.current.get(piece, 0.0) + seconds * 1000

    def _wrap(self, owner: Any, name: str, piece: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.add(piece, time.perf_counter() - began)

        setattr(owner, name, timed)
        had = name in owner.__dict__
        self._undo.append(lambda: setattr(owner, name, original) if had else delattr(owner, name))

    def install(self) -> None:
        """Before the console is built (its signal connections take the wrapped methods)."""
        from meetingdesk.room import server
        from meetingdesk.services import sessions
        from meetingdesk.storage import database
        from meetingdesk.ui.windows import console_room, facilitator_console

        original_capture = sessions.capture_card

        def capture(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return original_capture(*args, **kwargs)
            finally:
                self.add("save", time.perf_counter() - began)

        sessions.capture_card = capture
        self._undo.append(lambda: setattr(sessions, "capture_card", original_capture))
        self._wrap(facilitator_console.FacilitatorConsole, "_card_saved", "card_saved")
        self._wrap(console_room.RoomControl, "_arrived", "phones")
        self._wrap(facilitator_console.FacilitatorConsole, "show_board", "show_board")
        self._wrap(server.Room, "_tell_room", "tell_room")
        held = database._FairLock.held
        profile = self

        @contextlib.contextmanager
        def timed_held(lock: Any) -> Iterator[None]:
            began = time.perf_counter()
            with held(lock):
                got = time.perf_counter()
                profile.add("lock_wait", got - began)
                try:
                    yield
                finally:
                    if threading.get_ident() != profile.gui:
                        profile.writer_groups.append((time.perf_counter() - got) * 1000)

        database._FairLock.held = timed_held  # type: ignore[method-assign]
        self._undo.append(lambda: setattr(database._FairLock, "held", held))

    def uninstall(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    @contextlib.contextmanager
    def enter(self) -> Iterator[None]:
        self.current = {}
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            wall = (time.perf_counter() - began) * 1000
            self.current["cpu"] = (time.thread_time() - cpu) * 1000
            self.current["wall"] = wall
            self.current["off_cpu"] = wall - self.current["cpu"]
            self.enters.append(self.current)
            self.current = None

    def summary(self) -> dict[str, Any]:
        """Median and p95 of each piece over every Enter, and over the slowest 5 % of Enters (their mean)."""

        def pct(values: list[float], q: float) -> float:
            ordered = sorted(values)
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2) if ordered else float("nan")

        keys = ("wall", "cpu", "off_cpu", *PIECES)
        slow = sorted(self.enters, key=lambda e: e["wall"])[-max(1, len(self.enters) // 20) :]
        return {
            "enters": len(self.enters),
            "median": {k: pct([e.get(k, 0.0) for e in self.enters], 0.5) for k in keys},
            "p95": {k: pct([e.get(k, 0.0) for e in self.enters], 0.95) for k in keys},
            "slowest_5pct_mean": {k: round(sum(e.get(k, 0.0) for e in slow) / len(slow), 2) for k in keys},
            "writer_group_ms": {
                "n": len(self.writer_groups),
                "median": pct(self.writer_groups, 0.5),
                "p95": pct(self.writer_groups, 0.95),
            },
        }
