"""Everything PostgreSQL-specific, beside ``storage/sqlite.py``: the URL, connection setup, the identity check
that a database is a MeetingDesk one, backups through the server's own ``pg_dump``, and Thai search (pg_trgm).

The driver (psycopg 3) is imported by SQLAlchemy only when a URL is opened; importing this module loads nothing
of it, so the desktop app on its SQLite file never pays for the server's driver.

Passwords are never part of what MeetingDesk stores: libpq finds them itself in ``PGPASSWORD``, the user's
``.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) or a service file (``postgresql:///?service=office``);
``without_password`` strips one typed into a URL before the URL is remembered anywhere.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError

from meetingdesk.storage import is_server_url as is_url
from meetingdesk.storage.sqlite import APPLICATION_ID, KIND_BY_CODE, SEARCH_KINDS, TRIGRAM

__all__ = ["APPLICATION_ID", "KIND_BY_CODE", "is_url"]

IDENTITY_TABLE = "meetingdesk_identity"
GRANTS_TABLE = "body_grant"  # who may edit which body's meetings (migration 0008_rights)
APPLICATION_NAME = "MeetingDesk"
CONNECT_TIMEOUT_S = 10


def without_password(url: str) -> str:
    """The URL with any password removed (what may be shown or remembered)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


def engine_url(url: str) -> Any:
    """SQLAlchemy's URL for a libpq one: the psycopg 3 driver, the rest (host, socket folder, service) as given."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    return parsed.set(drivername="postgresql+psycopg")


def connect_args(*, read_only: bool) -> dict[str, Any]:
    """libpq's connection options: a time limit for reaching the server, the program's name on the server
    (``pg_stat_activity`` shows who is connected) and, for a read-only open, read-only transactions enforced by
    the server too."""
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": APPLICATION_NAME}
    if read_only:
        args["options"] = "-c default_transaction_read_only=on"
    return args


# SQLSTATEs of a server that is going away or not yet back: admin_shutdown, crash_shutdown, cannot_connect_now
# (starting up or shutting down); class 08 is every connection exception.
_GONE_STATES = frozenset({"57P01", "57P02", "57P03"})


def connection_lost(exc: DBAPIError) -> bool:
    """True when a driver error means the server could not be reached or the connection died (the action may be
    tried again later), False for anything the server answered (a refusal, a conflict, a bug). psycopg raises a
    connection failure without a SQLSTATE; SQLite's errors are never this."""
    orig = exc.orig
    if not type(orig).__module__.startswith("psycopg"):
        return False
    if exc.connection_invalidated:
        return True
    state = getattr(orig, "sqlstate", None)
    if state is None:
        import psycopg

        return isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError)
    return str(state).startswith("08") or state in _GONE_STATES


# unique_violation (two desks inserting the same row: attendance marked twice at once), deadlock_detected,
# serialization_failure: another person's transaction won, nothing of this one was saved.
_CLASH_STATES = frozenset({"23505", "40P01", "40001"})


def concurrent_clash(exc: DBAPIError) -> bool:
    """True when the server refused a transaction because another one did the same thing at the same moment
    (the services check first, so on a single-writer file this cannot happen; on a server it can)."""
    return type(exc.orig).__module__.startswith("psycopg") and getattr(exc.orig, "sqlstate", None) in _CLASH_STATES


def read_identity(conn: Connection) -> tuple[int | None, str | None, bool]:
    """(application id, Alembic revision, whether the database has any table of its own).

    An empty database (no tables in its search path) is one the office's administrator made for MeetingDesk
    and that has not been set up yet; a database with tables but no identity row belongs to something else."""
    has_tables = bool(
        conn.exec_driver_sql(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = ANY (current_schemas(false))"
        ).scalar()
    )
    if conn.exec_driver_sql(f"SELECT to_regclass('{IDENTITY_TABLE}')").scalar() is None:
        return None, None, has_tables
    app_id = conn.exec_driver_sql(f"SELECT application_id FROM {IDENTITY_TABLE}").scalar()
    revision = None
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is not None:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return app_id, revision, has_tables


def identity_ddl() -> list[str]:
    """The counterpart of SQLite's ``PRAGMA application_id``: a one-row table outside the models."""
    return [
        f"CREATE TABLE {IDENTITY_TABLE} (application_id integer NOT NULL)",
        f"INSERT INTO {IDENTITY_TABLE} (application_id) VALUES ({APPLICATION_ID})",
    ]


def integrity_check(conn: Connection) -> list[str]:
    """The server enforces every constraint and checksums its pages itself; what is left to check is that the
    search index holds one entry per searchable row."""
    problems = []
    for kind, (code, _title, _body) in SEARCH_KINDS.items():
        missing = conn.exec_driver_sql(
            f"SELECT count(*) FROM {kind} r WHERE NOT EXISTS "
            f"(SELECT 1 FROM search_index s WHERE s.id = r.id * 8 + {code})"
        ).scalar()
        if missing:
            problems.append(f"search index: {missing} {kind} row(s) missing")
    return problems


def tool(name: str) -> Path | None:
    """A PostgreSQL client program (``pg_dump``): on PATH, else the newest of Debian's server folders."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: _major(p.parent.parent.name))
    return candidates[-1] if candidates else None


def tool_env(url: str) -> dict[str, str]:
    """The environment of a client program run on ``url``: a password typed for this run goes in
    ``PGPASSWORD`` (not on the command line, where any user's ``ps`` would show it)."""
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S)}
    password = urlsplit(url).password
    if password is not None:
        from urllib.parse import unquote

        env["PGPASSWORD"] = unquote(password)
    return env


def _major(name: str) -> int:
    return int(name) if name.isdigit() else 0


def dump_to(url: str, target: Path, *, snapshot: str | None = None) -> Path:
    """A backup by the server's own ``pg_dump`` (custom format, restored with ``pg_restore``): consistent while
    others write, since it reads one snapshot (``snapshot``: one a transaction exported, to read the same)."""
    pg_dump = tool("pg_dump")
    if pg_dump is None:
        raise FileNotFoundError("pg_dump")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    result = subprocess.run(
        [
            str(pg_dump),
            "--format=custom",
            "--no-owner",
            *([f"--snapshot={snapshot}"] if snapshot else []),
            f"--file={tmp}",
            f"--dbname={without_password(url)}",
        ],
        capture_output=True,
        text=True,
        env=tool_env(url),
        check=False,
    )
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise OSError(result.returncode, result.stderr.strip() or "pg_dump failed")
    tmp.replace(target)
    return target


# --- Thai search ----------------------------------------------------------------------------------------------
# The same entries as SQLite's FTS5 table (id = row id * 8 + kind code, title, body), kept by one trigger
# function per kind. pg_trgm's GIN index answers LIKE '%term%' for terms of three or more characters, as FTS5's
# trigram tokenizer does; shorter terms are checked with strpos over the rows (SQLite's instr path).


def _trigger_ddl(kind: str) -> list[str]:
    code, title, body = SEARCH_KINDS[kind]
    columns = {
        "meeting": "title, place, opening",
        "agenda_item": "title, background, discussion, summary",
        "decision": "text",
        "action": "title",
        "finding": "source, text",
        "card": "text, answer",
    }[kind]

    def expr(e: str) -> str:
        return e.replace("r.", "NEW.")

    return [
        f"CREATE FUNCTION search_{kind}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + {code}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) "
        f"VALUES (NEW.id * 8 + {code}, {expr(title)}, {expr(body)}); END IF; RETURN NULL; END $$",
        f"CREATE TRIGGER search_{kind}_sync AFTER INSERT OR DELETE OR UPDATE OF {columns} ON {kind} "
        f"FOR EACH ROW EXECUTE FUNCTION search_{kind}_sync()",
    ]


def search_ddl(kinds: tuple[str, ...] = tuple(SEARCH_KINDS)) -> list[str]:
    """The search table, its trigram index and the triggers of ``kinds`` (a frozen copy goes into migrations)."""
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE TABLE search_index (id bigint PRIMARY KEY, title text, body text)",
        "CREATE INDEX search_index_trgm ON search_index"
        " USING gin (lower(title) gin_trgm_ops, lower(body) gin_trgm_ops)",
        *[statement for kind in kinds for statement in _trigger_ddl(kind)],
    ]


def rebuild_search_index(conn: Connection) -> None:
    """Fill the index from the tables (after a bulk load with the triggers off)."""
    conn.exec_driver_sql("DELETE FROM search_index")
    for kind, (code, title, body) in SEARCH_KINDS.items():
        conn.exec_driver_sql(
            f"INSERT INTO search_index (id, title, body) SELECT r.id * 8 + {code}, {title}, {body} FROM {kind} r"
        )


_LIKE_SPECIAL = re.compile(r"([\\%_])")


def like_pattern(term: str) -> str:
    """``%term%`` with LIKE's own characters in the term taken literally (escape character ``\\``)."""
    return "%" + _LIKE_SPECIAL.sub(r"\\\1", term) + "%"


def search_rows(conn: Connection, terms: list[str], limit: int) -> Iterator[tuple[int, float, str, str]]:
    """(id, rank, title, body) of entries containing every term, best first: the same entries as SQLite's
    ``search_rows`` on the same data. A long term must lie within the title or within the body (as an FTS5
    phrase does); a short one anywhere in the two. The rank counts the long terms' occurrences, negated so that
    lower is better, as FTS5's ``rank`` is (the order of equal ranks: newest row first)."""
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    params: dict[str, Any] = {"limit": limit}
    where = []
    counts = []
    for i, term in enumerate(long_terms):
        params[f"p{i}"] = like_pattern(term.lower())
        params[f"l{i}"] = term.lower()
        where.append(f"(lower(title) LIKE %(p{i})s OR lower(body) LIKE %(p{i})s)")
        counts.append(
            f"(length(lower(title || ' ' || body)) - length(replace(lower(title || ' ' || body), %(l{i})s, '')))"
            f" / length(%(l{i})s)"
        )
    for i, term in enumerate(short_terms):
        params[f"s{i}"] = term.lower()
        where.append(f"strpos(lower(title || ' ' || body), %(s{i})s) > 0")
    rank = f"-({' + '.join(counts)})" if counts else "0"
    sql = (
        f"SELECT id, {rank} AS rank, title, body FROM search_index WHERE {' AND '.join(where)} "
        f"ORDER BY rank, id DESC LIMIT %(limit)s"
    )
    for row in conn.exec_driver_sql(sql, params):
        yield int(row[0]), float(row[1]), str(row[2] or ""), str(row[3] or "")


def include_name(name: str | None, type_: str, parent: object) -> bool:
    """Alembic's filter on the server: the search table, the identity row and the rights' grants
    (``storage/rights.py``) live outside the models."""
    return not (type_ == "table" and (name in (IDENTITY_TABLE, GRANTS_TABLE) or str(name).startswith("search_index")))


def listen_connection(engine: Any) -> Any:
    """A psycopg connection of its own (autocommit, outside the pool) to the engine's database, listening on
    the live-update channel (``storage/live_notes.py``); the engine's own connection settings."""
    import psycopg

    from meetingdesk.storage.live_notes import CHANNEL

    args, kwargs = engine.dialect.create_connect_args(engine.url)
    conn = psycopg.connect(*args, **{**kwargs, **connect_args(read_only=False)}, autocommit=True)
    try:
        conn.execute(f"LISTEN {CHANNEL}")
    except BaseException:
        conn.close()  # a server going away between the two: the connection is not left to the collector
        raise
    return conn
