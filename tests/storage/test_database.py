"""Opening databases: what is refused, what is migrated, what every connection is set to."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.storage import schema, sqlite
from meetingdesk.storage.database import Database, open_database
from meetingdesk.storage.migrate import script_revisions
from meetingdesk.storage.sqlite import include_name
from tests.helpers import read_only_folder, schema_differences


def _fingerprint(path: Path) -> tuple[str, float, list[str]]:
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime, siblings


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(schema.REVISIONS) == script_revisions()


def test_migrations_build_exactly_the_models_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        assert schema_differences(conn, include_name=include_name) == []


def test_search_triggers_in_the_database_are_the_ones_the_code_describes(db: Database) -> None:
    with db.engine.connect() as conn:
        stored = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' OR name = 'search_index'"
            )
        }
    assert stored == set(sqlite.search_ddl())


def test_every_connection_has_foreign_keys_wal_and_full_sync(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == sqlite.BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == sqlite.APPLICATION_ID


def test_a_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem) as info:
        open_database(tmp_path / "none.sqlite3")
    assert "meetingdesk demo" in info.value.th
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n", b"SQLite format 3\x00" + b"\x00" * 200, os.urandom(4096)],
    ids=["empty", "text", "truncated-sqlite", "random"],
)
def test_a_file_that_is_not_ours_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem):
        open_database(path)
    assert _fingerprint(path) == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem) as info:
        open_database(path)
    assert "ไม่ใช่ฐานข้อมูลของ MeetingDesk" in info.value.th
    assert _fingerprint(path) == before


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem) as info:
        open_database(path)
    assert "รุ่นที่ใหม่กว่า" in info.value.th and "newer version" in info.value.en
    assert _fingerprint(path) == before


def test_a_read_only_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "office.sqlite3"
    open_database(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = _fingerprint(path)
    with read_only_folder(folder):
        with pytest.raises(DatabaseProblem) as info:
            open_database(path)
        assert "เขียนไม่ได้" in info.value.th
        assert _fingerprint(path) == before


def test_read_only_open_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path, create=True).close()
    ro = open_database(path, read_only=True)
    with ro.reading() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 0
    with pytest.raises(DatabaseProblem), ro.writing():
        pass
    ro.close()


def test_backup_copies_a_live_database(db: Database, tmp_path: Path) -> None:
    from meetingdesk.services.office import create_office

    create_office(db, "สำนักงานทดสอบ")
    target = tmp_path / "copy" / "backup.sqlite3"
    sqlite.backup_to(db.path, target)
    copy = open_database(target)
    with copy.reading() as s:
        assert s.connection().exec_driver_sql("SELECT name FROM office").scalar() == "สำนักงานทดสอบ"
    copy.close()
    assert not target.with_name(target.name + ".part").exists()
