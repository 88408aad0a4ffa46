"""Every earlier schema revision, with data in it, upgrades on open to the current one with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meetingdesk.storage import schema
from meetingdesk.storage.database import make_engine, open_database
from meetingdesk.storage.migrate import upgrade
from tests.helpers import schema_differences


def _rows(path: Path, tables: dict[str, str]) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT {columns} FROM {t} ORDER BY 1").fetchall() for t, columns in tables.items()}
    finally:
        con.close()


def _tables(path: Path) -> dict[str, str]:
    """The tables of the schema at ``path``, each with its columns (those a later revision must keep)."""
    con = sqlite3.connect(path)
    try:
        names = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        ).fetchall()
        return {n: ", ".join(f'"{row[1]}"' for row in con.execute(f"PRAGMA table_info({n})")) for (n,) in sorted(names)}
    finally:
        con.close()


@pytest.mark.parametrize("revision", schema.REVISIONS[:-1])
def test_an_older_database_upgrades_with_its_data(demo_file: Path, tmp_path: Path, revision: str) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old)
    upgrade(engine, revision)
    engine.dispose()
    tables = _tables(old)
    con = sqlite3.connect(old)
    con.execute("ATTACH DATABASE ? AS demo", (str(demo_file),))
    con.execute("PRAGMA foreign_keys=OFF")
    for table, columns in tables.items():  # the demo office's rows, in the tables and columns this revision has
        con.execute(f"DELETE FROM {table}")  # what a migration seeded (0005's default survey items) makes way
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM demo.{table}")
    con.commit()
    con.execute("DETACH DATABASE demo")
    con.close()
    before = _rows(old, tables)
    assert sum(len(rows) for rows in before.values()) > 1000

    db = open_database(old, backup_dir=tmp_path / "backups")
    assert db.opened.migrated_from == revision
    assert db.opened.backup is not None and db.opened.backup.exists()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema.HEAD
        hits = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH '\"ประชุม\"'").scalar()
    db.close()
    assert _rows(old, tables) == before
    assert _rows(db.opened.backup, tables) == before  # the copy taken before the upgrade
    assert hits


def test_every_revision_downgrades_and_upgrades_cleanly(tmp_path: Path) -> None:
    from alembic import command

    from meetingdesk.storage.migrate import alembic_config

    engine = make_engine(tmp_path / "x.sqlite3")
    upgrade(engine)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        command.upgrade(config, "head")
    engine.dispose()


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    """A column, index or table added to models.py without a migration (or the reverse) is a difference here."""
    engine = make_engine(tmp_path / "x.sqlite3")
    upgrade(engine)
    with engine.connect() as connection:
        differences = schema_differences(connection, compare_type=True)
    engine.dispose()
    # The search index (FTS5 virtual table and its shadow tables) is SQLite's own and lives outside the models.
    differences = [d for d in differences if not (d[0] == "remove_table" and d[1].name.startswith("search_index"))]
    assert differences == []
