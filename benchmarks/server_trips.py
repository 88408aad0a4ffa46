"""Round trips a desk's service action makes to an office server (bench-only, not product code): every message
libpq sends is traced (``PGconn.trace``) and each ``Query`` or ``Sync`` counted as one round trip, so the pool's
pre-ping, psycopg's ``BEGIN``, each SELECT, the audit INSERT, the NOTIFY and the ``COMMIT`` all count. The
figures do not depend on the machine's load.

    PYTHONPATH=src:. .venv/bin/python benchmarks/server_trips.py [-v]     # -v: the statements too
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Tracer:
    """libpq's trace of every connection the engine opens, into one file; ``span()`` counts what one call sent."""

    def __init__(self, engine: object) -> None:
        from sqlalchemy import event

        self.path = Path(tempfile.mkstemp(prefix="meetingdesk-trace-")[1])
        self.file = self.path.open("w")
        self.prepared: dict[str, str] = {}  # psycopg's prepared statements by name (it prepares after 5 uses)

        @event.listens_for(engine, "connect")
        def _trace(dbapi_connection: object, _record: object) -> None:
            import psycopg

            pgconn = dbapi_connection.pgconn  # type: ignore[attr-defined]
            pgconn.trace(self.file.fileno())
            pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS | psycopg.pq.Trace.REGRESS_MODE)

    @staticmethod
    def _flush() -> None:
        """libpq writes its trace through a C stream of its own: flush every C stream (``fflush(NULL)``)."""
        import ctypes

        ctypes.CDLL(None).fflush(None)

    @contextmanager
    def span(self) -> Iterator[list[str]]:
        self._flush()
        start = self.path.stat().st_size
        sent: list[str] = []
        yield sent
        self._flush()
        with self.path.open() as f:
            for fields in _messages(f.read(start)):  # the statements prepared before the span
                if fields[0] == "F" and len(fields) > 3 and fields[2] == "Parse" and not fields[3].startswith(' ""'):
                    name, query = fields[3].strip()[1:].split('" "', 1)
                    self.prepared[name] = query.rsplit('"', 1)[0]
            lines = _messages(f.read())
        pending: list[str] = []  # the statements one Sync sends (several in psycopg's pipeline)
        for fields in lines:
            if fields[0] != "F" or len(fields) < 3:
                continue
            message = fields[2]
            if message == "Query":
                sent.append(fields[3].strip().strip('"'))
            elif message == "Parse":
                name, query = fields[3].strip()[1:].split('" "', 1)
                pending.append(query.rsplit('"', 1)[0])
                if name:
                    self.prepared[name] = pending[-1]
            elif message == "Bind":
                name = fields[3].strip()[1:].split('" "', 1)[1].split('"', 1)[0]
                if name:
                    pending.append(self.prepared.get(name, "(prepared)"))
            elif message == "Sync":
                sent.append(" + ".join(dict.fromkeys(pending)) or "(sync)")
                pending = []


def _messages(trace: str) -> list[list[str]]:
    """The trace's messages, split into fields (a statement's own line breaks kept inside its message)."""
    messages: list[str] = []
    for line in trace.split("\n"):
        if line[:2] in ("F\t", "B\t") or not messages:
            messages.append(line)
        else:
            messages[-1] += " " + line
    return [m.split("\t") for m in messages if m]


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]
    from tests.pgcluster import Cluster
    from tools import office_load

    verbose = "-v" in argv
    cluster = Cluster().start()
    try:
        url = cluster.url(cluster.create_database())
        setup = office_load.prepare(url)
        counts = measure(url, setup, verbose)
    finally:
        cluster.stop()
    for name, trips in counts.items():
        print(f"{name:<44} {trips:3d} round trips")
    return 0


def measure(url: str, setup: dict[str, object], verbose: bool) -> dict[str, int]:
    from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, Technique
    from meetingdesk.services import actions, meetings, sessions
    from meetingdesk.services.meeting_view import record_item
    from meetingdesk.storage.database import open_database

    db = open_database(url)
    tracer = Tracer(db.engine)
    db.engine.dispose()  # connections from now on are traced
    db.user  # noqa: B018
    items, people, decisions, acts = (setup[k] for k in ("items", "people", "decisions", "actions"))
    item, meeting = items[0], setup["meetings"][0]  # type: ignore[index]
    record_item(db, item)  # warm: mappers configured, the pool holds a connection
    session_id = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=items[1])  # type: ignore[index]
    sessions.step(db, session_id)
    seen = record_item(db, item).version
    n = iter(range(1000))

    def edit() -> object:
        return meetings.update_agenda_item(db, item, expected_version=record_item(db, item).version,
                                           summary=f"สรุป {next(n)}")  # fmt: skip

    def edit_only() -> object:
        nonlocal seen
        seen = meetings.update_agenda_item(db, item, expected_version=seen, discussion=f"อภิปราย {next(n)}")
        return seen

    cases: dict[str, Callable[[], object]] = {
        "record_item (the desk opens an item)": lambda: record_item(db, item),
        "update_agenda_item (the timed save)": edit_only,
        "mark_attendance (a change)": lambda: meetings.mark_attendance(db, meeting, people[1],  # type: ignore[index]
            (AttendanceStatus.ABSENT, AttendanceStatus.PRESENT)[next(n) % 2], reason="ติดราชการ"),
        "add_action": lambda: actions.add_action(db, decisions[0], f"งาน {next(n)}", owner_person_id=people[0]),  # type: ignore[index]
        "update_action": lambda: actions.update_action(db, acts[0], status=ActionStatus.IN_PROGRESS,  # type: ignore[index]
                                                       note=f"ก้าวหน้า {next(n)}", on=dt.date(2026, 11, 27)),
        "capture_card (the console's Enter)": lambda: sessions.capture_card(
            db, session_id, f"P1: ความคิดเห็น {next(n)}", typed_at=dt.datetime.now()),
        "open + save (record_item, then the save)": edit,
    }  # fmt: skip
    counts = {}
    for name, call in cases.items():
        for _ in range(8):  # compiled and cached; psycopg prepares a statement on its 5th use (a round trip more)
            call()
        with tracer.span() as sent:
            call()
        counts[name] = len(sent)
        if verbose:
            print(f"--- {name}: {len(sent)}")
            for statement in sent:
                print("   ", statement if "-vv" in sys.argv else statement[:150])
    db.close()
    if "-keep" not in sys.argv:
        os.unlink(tracer.path)
    else:
        print(tracer.path)
    return counts


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
