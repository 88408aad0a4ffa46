"""Live updates on an office server: other users' commits heard within a second, for the open windows.

One dedicated connection (outside the pool) LISTENs on a daemon thread and calls ``on_heard`` with what each
commit of another client changed (``storage/live_notes.Heard``); this client's own commits are skipped (their
windows already show them). When the server drops the connection it is opened again, with growing pauses, and
the first thing said after that is "everything" (changes made meanwhile were not heard). On a SQLite file there is
one writer and nothing to hear: ``listen`` returns None. No Qt here: the widgets turn the callback into a signal.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from meetingdesk.storage.database import Database
from meetingdesk.storage.live_notes import Heard, Note, parse

__all__ = ["Heard", "Listener", "Note", "listen"]

POLL_S = 0.25  # how often the thread looks up from waiting (to stop, at most this late)
RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # pauses between attempts to reach the server again
log = logging.getLogger(__name__)


class Listener:
    """The thread and its connection; ``stop()`` ends both. ``connected`` is set while it listens."""

    def __init__(self, db: Database, on_heard: Callable[[Heard], None]) -> None:
        self.db = db
        self.on_heard = on_heard
        self.connected = threading.Event()
        self.reconnects = 0  # how many times the connection was opened again after a drop
        self._stop = threading.Event()
        self._conn: object | None = None
        self._was_connected = False
        self._thread = threading.Thread(target=self._run, name="meetingdesk-live", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests end it to see a reconnect)."""
        conn = self._conn
        return int(conn.info.backend_pid) if conn is not None else None  # type: ignore[attr-defined]

    def _run(self) -> None:
        import psycopg

        from meetingdesk.storage.postgres import listen_connection

        failures = 0
        while not self._stop.is_set():
            try:
                conn = listen_connection(self.db.engine)
            except psycopg.Error as exc:
                log.info("live updates: cannot reach the server (%s)", exc)
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                continue
            self._conn = conn
            if self._was_connected:
                self.reconnects += 1
                self._tell(Heard(everything=True))  # what changed while we were away was not heard
            self._was_connected = True
            self.connected.set()
            failures = 0
            try:
                self._listen(conn)
            except psycopg.Error as exc:
                log.info("live updates: the connection dropped (%s); reconnecting", exc)
            finally:
                self.connected.clear()
                self._conn = None
                with contextlib.suppress(psycopg.Error):
                    conn.close()
        self.connected.clear()

    def _listen(self, conn: object) -> None:
        own = self.db.client_id
        while not self._stop.is_set():
            for notify in conn.notifies(timeout=POLL_S):  # type: ignore[attr-defined]
                heard = parse(notify.payload)
                if heard.client != own:
                    self._tell(heard)
                if self._stop.is_set():
                    return

    def _tell(self, heard: Heard) -> None:
        try:
            self.on_heard(heard)
        except Exception:  # a bug in a window's follower must not end the hearing of the others
            log.exception("live updates: the callback failed")


def listen(db: Database, on_heard: Callable[[Heard], None]) -> Listener | None:
    """Start hearing other users' changes (``on_heard`` is called on the listener's thread); None on a file."""
    if not db.on_server:
        return None
    return Listener(db, on_heard).start()
