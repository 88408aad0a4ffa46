"""Backups rotate, restore refuses what is not a sound MeetingDesk database, and keeps what it replaces."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services import backups, settings
from meetingdesk.services.context import Paths
from meetingdesk.storage.database import open_database


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if "search_index" not in line]
    finally:
        con.close()


@pytest.fixture
def paths(demo_file: Path, tmp_path: Path) -> Paths:
    shutil.copyfile(demo_file, tmp_path / "meetingdesk.sqlite3")
    return Paths.resolve(tmp_path)


def test_automatic_backups_rotate(paths: Paths) -> None:
    start = dt.datetime(2026, 11, 24, 8, 0)
    made = [backups.automatic_backup(paths, "open", keep=3, now=start + dt.timedelta(minutes=n)) for n in range(5)]
    assert backups.automatic_backups(paths) == made[:1:-1]  # newest three
    assert backups.daily_backup(paths, keep=3, now=start + dt.timedelta(hours=2)) is None  # one today already
    assert backups.daily_backup(paths, keep=3, now=start + dt.timedelta(days=1)) is not None


def test_backup_and_restore_round_trip_exactly(paths: Paths, tmp_path: Path) -> None:
    before = _dump(paths.db_path)
    copy = backups.automatic_backup(paths, "manual")
    db = open_database(paths.db_path)
    with db.writing() as s:
        s.connection().exec_driver_sql("DELETE FROM action_update")
    db.close()
    assert _dump(paths.db_path) != before
    kept = backups.restore(paths, copy)
    assert _dump(paths.db_path) == before
    assert kept.exists() and kept.name.startswith("replaced-") and _dump(kept) != before


@pytest.mark.parametrize("kind", ["truncated", "text", "not ours", "newer", "missing", "huge", "damaged"])
def test_restore_refuses_bad_files_and_changes_nothing(paths: Paths, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / "bad.sqlite3"
    if kind == "truncated":
        bad.write_bytes(paths.db_path.read_bytes()[:5000])
    elif kind == "text":
        bad.write_text("รายงานการประชุม")
    elif kind == "not ours":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE x(y)")
        con.commit()
        con.close()
    elif kind == "newer":
        shutil.copyfile(paths.db_path, bad)
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num = '0999_future'")
        con.commit()
        con.close()
    elif kind == "huge":
        with bad.open("wb") as fh:
            fh.truncate(backups.MAX_RESTORE_BYTES + 1)  # sparse: costs no disk
    elif kind == "damaged":
        shutil.copyfile(paths.db_path, bad)
        data = bytearray(bad.read_bytes())
        page = 4096 * 20
        data[page : page + 4096] = b"\xff" * 4096
        bad.write_bytes(bytes(data))
    before = _dump(paths.db_path)
    with pytest.raises(DatabaseProblem):
        backups.restore(paths, bad)
    assert _dump(paths.db_path) == before
    assert not list(paths.backup_dir.glob("replaced-*")) if paths.backup_dir.exists() else True


def test_backup_count_is_a_setting(paths: Paths) -> None:
    db = open_database(paths.db_path)
    assert settings.get(db, "backup.keep") == 10
    settings.set_value(db, "backup.keep", 4)
    assert settings.get(db, "backup.keep") == 4
    from meetingdesk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        settings.set_value(db, "backup.keep", 0)
    db.close()


def _table_hashes(path: Path) -> dict[str, str]:
    import hashlib

    con = sqlite3.connect(path)
    try:
        # every table, the search index by its contents (its shadow tables are FTS5's own bookkeeping)
        query = (
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'"
        )
        tables = [r[0] for r in con.execute(query)]
        out = {}
        for table in tables:
            digest = hashlib.sha256()
            for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
            out[table] = digest.hexdigest()
        return out
    finally:
        con.close()


@pytest.mark.slow
def test_the_decade_database_round_trips_exactly(tmp_path: Path) -> None:
    from meetingdesk.demo import build_demo

    paths = Paths.resolve(tmp_path)
    db = open_database(paths.db_path, create=True)
    build_demo(db, scale="decade")
    db.close()
    before = _table_hashes(paths.db_path)
    assert len(before) > 20
    copy = backups.automatic_backup(paths, "manual")
    assert _table_hashes(copy) == before
    db = open_database(paths.db_path)
    with db.writing() as s:
        s.connection().exec_driver_sql("DELETE FROM card WHERE id % 7 = 0")
    db.close()
    backups.restore(paths, copy)
    assert _table_hashes(paths.db_path) == before
