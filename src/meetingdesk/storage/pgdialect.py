"""The office server's connections, made to cost fewer round trips (each one a wake-up of the server's process
and of ours, felt most when 20 desks share its CPUs): SQLAlchemy's psycopg 3 dialect, with

- the live-update NOTIFY (``storage/live_notes.py``) sent in the same round trip as the ``COMMIT`` (psycopg's
  pipeline: both messages, one Sync). It is still a statement of the transaction, delivered by the server only
  if the commit succeeds; a commit that fails raises as before, and a rollback drops the pending NOTIFY;
- no ``SELECT 1`` (pre-ping) on every checkout: an idle pooled connection on which the server said something
  (its goodbye before a restart, or the socket closed) is replaced before use, at no round trip (``alive``).

Imported with ``storage/server.py`` only, when a URL is opened.
"""

from __future__ import annotations

import select
from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.exc import InvalidatePoolError

from meetingdesk.storage.live_notes import NOTIFY_PENDING as NOTIFY  # (channel, payload) to send with the COMMIT

DRIVER = "meetingdesk"  # ``postgresql+meetingdesk://``: this dialect


class Dialect(PGDialect_psycopg):
    """psycopg 3's dialect; the NOTIFY pending on a connection goes with its COMMIT, in one round trip."""

    supports_statement_cache = True
    notify_with_commit = True  # live_notes.send leaves the NOTIFY in the connection's info for do_commit

    def do_commit(self, dbapi_connection: Any) -> None:
        notify = _pending(dbapi_connection).pop(NOTIFY, None)
        if notify is None:
            dbapi_connection.commit()
            return
        raw = dbapi_connection.driver_connection
        with raw.pipeline(), raw.cursor() as cursor:  # one Sync for both: the server answers them together
            cursor.execute("SELECT pg_notify(%s, %s)", notify)
            cursor.execute("COMMIT")  # psycopg's own commit() would sync once more; it sees the server idle after

    def do_rollback(self, dbapi_connection: Any) -> None:
        _pending(dbapi_connection).pop(NOTIFY, None)
        super().do_rollback(dbapi_connection)  # type: ignore[no-untyped-call]


def _pending(dbapi_connection: Any) -> dict[str, Any]:
    """The pooled connection's info (the pool's proxy has one; the first connect's bare proxy, or a driver
    connection being discarded, not: nothing can be pending on those)."""
    try:
        info = dbapi_connection.info
    except NotImplementedError:
        return {}
    return info if isinstance(info, dict) else {}


def alive(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """The pool's checkout: a connection the server has written to or closed while it was idle in the pool (a
    restart's ``terminating connection``, a crash) is replaced, and the others made before it with it (they
    went with the same server); one that is quiet is used as it is, with no round trip to ask. A connection
    broken with no word from the server (a network cut) fails its first statement instead, as a statement
    would fail anyway, and the pool then replaces them all."""
    record.info.pop(NOTIFY, None)  # never a NOTIFY from an earlier transaction that did not commit
    try:
        readable = bool(select.select([dbapi_connection.fileno()], [], [], 0)[0])
    except Exception:  # a closed connection has no socket: as good as gone
        readable = True
    if readable:
        raise InvalidatePoolError("the server ended this pooled connection while it was idle")


registry.register(f"postgresql.{DRIVER}", __name__, "Dialect")
