"""``meetingdesk transfer``: an office moved between a SQLite file and a PostgreSQL server, exactly.

Table by table in foreign-key order, in one transaction on the target: rows are read through the models'
tables (so a date is a date on either side), written as they are, counted and hashed on both sides after the
copy; the search index is filled by the target's own triggers, and on PostgreSQL every id sequence is set past
the highest id copied. The target must be new (a file that does not exist yet, or an empty server database):
an office is never merged into another. Certified minutes keep their hashes, and ``check`` says so.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, text, update
from sqlalchemy.engine import Connection

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.storage import is_server_url
from meetingdesk.storage.database import Database, open_database
from meetingdesk.storage.models import Base

BATCH = 2000


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    source_hash: str
    target_hash: str

    @property
    def equal(self) -> bool:
        return self.source_hash == self.target_hash


@dataclass
class TransferReport:
    source: str
    target: str
    tables: list[TableCopy] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def tables() -> list[Table]:
    """The models' tables, each after every table it refers to."""
    return list(Base.metadata.sorted_tables)


def _forward_columns(table: Table, order: Sequence[Table]) -> list[str]:
    """Foreign keys to the table itself or to one copied later (a card made from another card): written as NULL
    first and filled in once every row exists."""
    position = {t.name: i for i, t in enumerate(order)}
    mine = position[table.name]
    return sorted({fk.parent.name for fk in table.foreign_keys if position[fk.column.table.name] >= mine})


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _rows(conn: Connection, table: Table) -> Iterable[Sequence[Any]]:
    result = conn.execute(select(*table.columns).order_by(*_key(table))).yield_per(BATCH)
    for partition in result.partitions():
        yield from partition


def _canonical(value: Any) -> Any:
    """One spelling of a value whichever database it came from (an enum by its value, a date as ISO text)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):
        return value.value
    return value


def table_hash(conn: Connection, table: Table) -> tuple[int, str]:
    """(row count, SHA-256 of every row in key order, values written one way whatever the database)."""
    digest = hashlib.sha256()
    count = 0
    for row in _rows(conn, table):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def _require_empty_target(location: Path | str) -> None:
    if not is_server_url(location) and Path(location).exists():
        raise DatabaseProblem(
            f"มีไฟล์ {location} อยู่แล้ว การย้ายสำนักงานต้องใช้ไฟล์ใหม่ (ไม่รวมข้อมูลเข้ากับฐานข้อมูลเดิม)",
            f"{location} already exists; a transfer writes a new file (it never merges into a database).",
        )


def _copy(source: Connection, target: Connection) -> None:
    order = tables()
    for table in reversed(order):  # the target's own seed rows (the default survey items) give way
        target.execute(table.delete())
    later: list[tuple[Table, list[str], list[dict[str, Any]]]] = []
    for table in order:
        forward = _forward_columns(table, order)
        names = [c.name for c in table.columns]
        pending: list[dict[str, Any]] = []
        batch: list[dict[str, Any]] = []
        for row in _rows(source, table):
            values = dict(zip(names, row, strict=True))
            if forward and any(values[c] is not None for c in forward):
                pending.append(
                    {**{f"k_{c.name}": values[c.name] for c in _key(table)}, **{c: values[c] for c in forward}}
                )
                values = {**values, **dict.fromkeys(forward)}
            batch.append(values)
            if len(batch) >= BATCH:
                target.execute(table.insert(), batch)
                batch = []
        if batch:
            target.execute(table.insert(), batch)
        if pending:
            later.append((table, forward, pending))
    for table, forward, pending in later:
        where = [c == bindparam(f"k_{c.name}") for c in _key(table)]
        target.execute(update(table).where(*where).values({c: bindparam(c) for c in forward}), pending)


def set_sequences(target: Connection) -> None:
    """On PostgreSQL, each id sequence past the highest id there, so the next meeting gets the next id, not a
    taken one (after rows were written with their ids given: a transfer, the decade demo's bulk load)."""
    for table in tables():
        key = _key(table)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                f"coalesce((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)"
            )
        )


def transfer(source_location: Path | str, target_location: Path | str) -> TransferReport:
    """Copy the office at ``source_location`` into a new database at ``target_location``; the report holds each
    table's count and both hashes, all equal (else ``DatabaseProblem``, and the target keeps nothing)."""
    _require_empty_target(target_location)
    source = open_database(source_location, read_only=True)
    try:
        target = open_database(target_location, create=True)
    except BaseException:
        source.close()
        raise
    report = TransferReport(source.location, target.location)
    try:
        _check_target_empty(target)
        with source.engine.connect() as src, target.engine.begin() as dst:
            _copy(src, dst)
            if target.on_server:
                set_sequences(dst)
            for table in tables():
                count, source_hash = table_hash(src, table)
                copied, target_hash = table_hash(dst, table)
                report.tables.append(TableCopy(table.name, count, source_hash, target_hash))
                if copied != count or source_hash != target_hash:
                    raise DatabaseProblem(
                        f"ย้ายตาราง {table.name} ไม่ครบถ้วน ({copied}/{count} แถว) จึงยกเลิกการย้ายทั้งหมด",
                        f"Table {table.name} did not copy exactly ({copied}/{count} rows); the transfer was undone.",
                    )
    except BaseException:
        target.close()
        source.close()
        if not target.on_server and target.path is not None:
            for suffix in ("", "-wal", "-shm"):
                target.path.with_name(target.path.name + suffix).unlink(missing_ok=True)
        raise
    target.close()
    source.close()
    return report


def _check_target_empty(target: Database) -> None:
    with target.connection() as conn:
        offices = conn.execute(text("SELECT count(*) FROM office")).scalar()
    if offices:
        raise DatabaseProblem(
            f"ฐานข้อมูล {target.location} มีสำนักงานอยู่แล้ว การย้ายต้องใช้ฐานข้อมูลว่าง",
            f"{target.location} already holds an office; a transfer needs an empty database.",
        )
