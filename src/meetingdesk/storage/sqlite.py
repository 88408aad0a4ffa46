"""Everything SQLite-specific, in one place: connection pragmas, transactions, Thai full-text search
(FTS5 ``trigram``), the file header check and the online backup API.

A PostgreSQL backend would replace this module and leave the services alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

# PRAGMA application_id of every MeetingDesk database: "MDSK".
APPLICATION_ID = 0x4D44534B
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def install_connection_events(engine: Engine, *, read_only: bool) -> None:
    """Turn on foreign keys, WAL, full sync and a busy timeout on each connection, and take transactions
    into our own hands (pysqlite's implicit BEGIN is not what SQLAlchemy's docs recommend)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on disk before we tell the user it is saved, power loss included.
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front, so a transaction never fails half-way to upgrade its lock.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def looks_like_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header (an empty file counts as not SQLite)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def read_identity(path: Path) -> tuple[int, str | None]:
    """The file's ``application_id`` and Alembic revision, read without writing a byte to it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, revision
    finally:
        con.close()


def mark_as_ours(conn: Connection) -> None:
    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def integrity_check(conn: Connection) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``: an empty list when all is well."""
    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if problems == ["ok"]:
        problems = []
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return problems


def backup_to(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's online backup API: consistent even while it is being written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


# --- Thai full-text search -------------------------------------------------------------------------------
# One FTS5 table indexes every searchable row. Its rowid encodes what the row is: id * 8 + kind code, so a
# trigger can replace one entry by rowid without scanning. The trigram tokenizer finds substrings of three or
# more code points anywhere in running Thai text (the default tokenizer splits Thai at its marks).

SEARCH_KINDS: dict[str, tuple[int, str, str]] = {
    # kind: (code, title expression, body expression) over the row ``r``
    "meeting": (1, "r.title", "r.place || ' ' || r.opening"),
    "agenda_item": (2, "r.title", "r.background || ' ' || r.discussion || ' ' || r.summary"),
    "decision": (3, "''", "r.text"),
    "action": (4, "r.title", "''"),
    "finding": (5, "r.source", "r.text"),
    "card": (6, "''", "r.text || ' ' || r.answer"),
}
KIND_BY_CODE = {code: kind for kind, (code, _t, _b) in SEARCH_KINDS.items()}
_SEARCH_COLUMNS = {
    "meeting": "title, place, opening",
    "agenda_item": "title, background, discussion, summary",
    "decision": "text",
    "action": "title",
    "finding": "source, text",
    "card": "text, answer",
}


def is_search_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables: SQLite's own, not part of the models (Alembic must ignore them)."""
    return bool(name) and str(name).startswith("search_index")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Alembic's filter: compare and autogenerate everything but the search index's tables."""
    return not (type_ == "table" and is_search_table(name))


def search_ddl() -> list[str]:
    """Statements that create the search index and the triggers that keep it current."""
    ddl = [
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize='trigram')",
    ]
    for kind, (code, title, body) in SEARCH_KINDS.items():

        def expr(e: str, row: str) -> str:
            return e.replace("r.", f"{row}.")

        insert = (
            f"INSERT INTO search_index(rowid, title, body) "
            f"VALUES (new.id * 8 + {code}, {expr(title, 'new')}, {expr(body, 'new')});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
        ddl += [
            f"CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {kind} BEGIN {insert} END",
            f"CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {kind} BEGIN {delete} END",
            f"CREATE TRIGGER search_{kind}_au AFTER UPDATE OF {_SEARCH_COLUMNS[kind]} ON {kind} "
            f"BEGIN {delete} {insert} END",
        ]
    return ddl


def search_kind_ddl(kind: str) -> list[str]:
    """The triggers that keep one kind's rows in the index (for a migration that adds a kind)."""
    return [stmt for stmt in search_ddl() if f" ON {kind} " in stmt]


def search_drop_ddl() -> list[str]:
    ddl = []
    for kind in SEARCH_KINDS:
        ddl += [f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}" for suffix in ("ai", "ad", "au")]
    return [*ddl, "DROP TABLE IF EXISTS search_index"]


def rebuild_search_index(conn: Connection) -> None:
    """Fill the index from the tables (after a bulk load that bypassed the triggers, or a repair)."""
    conn.exec_driver_sql("DELETE FROM search_index")
    for kind, (code, title, body) in SEARCH_KINDS.items():
        conn.exec_driver_sql(
            f"INSERT INTO search_index(rowid, title, body) SELECT r.id * 8 + {code}, {title}, {body} FROM {kind} r"
        )


def fts_phrase(term: str) -> str:
    """A user's term as an FTS5 string literal, so quotes and operators in it are text, not syntax."""
    return '"' + term.replace('"', '""') + '"'


TRIGRAM = 3


def search_rows(conn: Connection, terms: list[str], limit: int) -> Iterator[tuple[int, float, str, str]]:
    """(rowid, rank, title, body) of index entries containing every term, best first.

    Terms of three or more characters go through the trigram index; shorter ones (``ดี``, ``ปี``) cannot, so
    they are checked with ``instr`` on the matched rows, or over the whole index when every term is short.
    """
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    params: dict[str, Any] = {"limit": limit}
    where = []
    for i, term in enumerate(short_terms):
        params[f"s{i}"] = term.lower()
        where.append(f"instr(lower(title || ' ' || body), :s{i}) > 0")
    if long_terms:
        params["q"] = " ".join(fts_phrase(t) for t in long_terms)
        where.insert(0, "search_index MATCH :q")
        order = "rank"
        rank = "rank"
    else:
        order = "rowid DESC"
        rank = "0.0"
    sql = (
        f"SELECT rowid, {rank}, title, body FROM search_index WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit"
    )
    for row in conn.exec_driver_sql(sql, params):
        yield int(row[0]), float(row[1]), str(row[2] or ""), str(row[3] or "")
