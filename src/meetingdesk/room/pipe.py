"""The pipe between the console's process and the room's (``room/child.py``): one message is a 4-byte length
and a pickle (both ends are this program; nothing from a phone is unpickled, only what our own code built).

The console sends the room its settings (with its listening sockets), then ``("done", n, reply)``,
``("changed", m)``, ``("question", id, m)`` and ``("stop",)``; the room sends ``("ready",)`` (or ``("failed",
errno, text)``), ``("heard", m)`` for each change, ``("job", n, kind, payload)`` for every write and
``("device", id)`` for every new phone. A refusal travels as its two messages,
not as an exception object (``UserError`` takes two arguments, which pickle does not keep).
"""

from __future__ import annotations

import pickle
import threading
from typing import IO, Any

from meetingdesk.domain.errors import InvalidInput, NotFound, UserError

MAX_MESSAGE = 16 * 1024 * 1024  # a message longer than this is a broken pipe, not a message


class Pipe:
    """One direction's writer (thread-safe) over a binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.lock = threading.Lock()

    def send(self, message: Any) -> bool:
        """Send one message; False when the other end has gone (nothing is raised: the reader notices)."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            with self.lock:
                self.stream.write(len(data).to_bytes(4, "big") + data)
                self.stream.flush()
        except (OSError, ValueError):  # a broken pipe, or a stream already closed
            return False
        return True

    def close(self) -> None:
        try:
            with self.lock:
                self.stream.close()
        except (OSError, ValueError):
            pass


def receive(stream: IO[bytes]) -> Any | None:
    """The next message, or None when the other end has closed the pipe (or died)."""
    try:
        header = stream.read(4)
        if len(header) < 4:
            return None
        size = int.from_bytes(header, "big")
        if size > MAX_MESSAGE:
            return None
        data = stream.read(size)
    except (OSError, ValueError):
        return None
    if len(data) < size:
        return None
    return pickle.loads(data)


def refusal(error: UserError) -> tuple[str, bool, str, str]:
    return ("no", isinstance(error, NotFound), error.th, error.en)


def raise_refusal(reply: tuple[str, bool, str, str]) -> None:
    _no, not_found, th, en = reply
    raise (NotFound if not_found else InvalidInput)(th, en)
