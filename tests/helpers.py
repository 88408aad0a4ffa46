"""Helpers shared by test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from meetingdesk.storage.database import Database


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable for this process, also when it runs as root (as CI does).

    Permission bits do not stop root, so there the folder is made immutable with ``chattr +i`` (ext4 and most
    Linux file systems); that stops root too.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.fail(f"cannot make {folder} read-only as root: chattr +i is not available on this file system")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


@contextmanager
def commits(db: Database) -> Iterator[list[int]]:
    """The transactions committed while the block runs that wrote something (a read's end is not counted)."""
    counted, wrote = [0], set()

    def statement(connection: object, _cursor: object, sql: str, *_args: object) -> None:
        if sql.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            wrote.add(id(connection))

    def commit(connection: object) -> None:
        if id(connection) in wrote:
            counted[0] += 1
            wrote.discard(id(connection))

    event.listen(db.engine, "before_cursor_execute", statement)
    event.listen(db.engine, "commit", commit)
    try:
        yield counted
    finally:
        event.remove(db.engine, "before_cursor_execute", statement)
        event.remove(db.engine, "commit", commit)


def schema_differences(connection: Any, **opts: Any) -> list[Any]:
    """What alembic finds different between the database's schema and the models, less one SQLite blind spot.

    A column added later with ``ALTER TABLE … ADD COLUMN … CONSTRAINT fk REFERENCES …`` (migration 0004) keeps
    its foreign key, but SQLAlchemy reads names and ``ON DELETE`` only from table-level constraints; such a key
    is checked here against ``PRAGMA foreign_key_list`` instead, so a wrong target or rule still shows."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from meetingdesk.storage.models import Base

    differences = compare_metadata(MigrationContext.configure(connection, opts=opts), Base.metadata)
    unnamed = {
        (d[1].table.name, tuple(d[1].column_keys), d[1].referred_table.name): d
        for d in differences
        if d[0] == "remove_fk" and d[1].name is None
    }
    matched = []
    for d in differences:
        fk = d[1]
        key = (fk.table.name, tuple(fk.column_keys), fk.referred_table.name) if d[0] == "add_fk" else None
        if key in unnamed:
            rows = connection.exec_driver_sql(f"PRAGMA foreign_key_list({fk.table.name})").fetchall()
            on_delete = {(r[3], r[2]): r[6] for r in rows}  # (from column, table) → ON DELETE
            if on_delete.get((fk.column_keys[0], fk.referred_table.name)) == (fk.ondelete or "NO ACTION"):
                matched += [d, unnamed[key]]
    return [d for d in differences if not any(d is m for m in matched)]
