"""What a worker thread hands to the GUI thread: ``put`` from any thread; ``arrived`` is emitted (queued to the
GUI thread, where the inbox lives) once until the GUI thread ``take``s everything that came meanwhile — a burst
of a hundred items costs one wake-up. The room's phones (``console_room``) and other users' changes on an office
server (``live``) both come this way.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class Inbox(QObject, Generic[T]):
    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._items: deque[T] = deque()
        self._lock = threading.Lock()
        self._pending = False

    def put(self, item: T) -> None:
        with self._lock:
            self._items.append(item)
            if self._pending:
                return
            self._pending = True
        self.arrived.emit()

    def take(self) -> list[T]:
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._pending = False
        return items
