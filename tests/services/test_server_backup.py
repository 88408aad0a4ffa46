"""Backups of an office server and their restore, on the run's real PostgreSQL cluster: the dump and its
manifest of one snapshot, a restore only into an empty database, verified after (counts, hashes, certified
minutes), a SQLite copy by transfer, and pg_restore's versions checked before anything is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services.backups import backup_to_file
from meetingdesk.services.context import Paths
from meetingdesk.services.server_backup import manifest_of, restore_to_server
from meetingdesk.services.transfer import tables
from meetingdesk.storage import pgdump
from meetingdesk.storage.database import open_database
from tests.pgcluster import Cluster
from tests.services.helpers import table_hashes


@pytest.fixture
def office_url(pg_cluster: Cluster, pg_demo_template: str) -> str:
    return pg_cluster.url(pg_cluster.create_database(template=pg_demo_template))


def test_a_dump_and_its_manifest_restore_into_an_empty_database_exactly(
    office_url: str, pg_cluster: Cluster, tmp_path: Path
) -> None:
    dump = backup_to_file(Paths.resolve(tmp_path, office_url), tmp_path / "office.pgdump")
    assert pgdump.is_dump(dump)
    manifest = json.loads(manifest_of(dump).read_text(encoding="utf-8"))
    original = table_hashes(office_url)
    assert {name: (t["rows"], t["sha256"]) for name, t in manifest["tables"].items()} == original

    target = pg_cluster.url(pg_cluster.create_database())  # what createdb makes: nothing in it
    report = restore_to_server(dump, target)
    assert report.kind == "pg_dump" and report.verified and report.problems == []
    assert all(t.equal for t in report.tables) and report.rows > 1000
    assert table_hashes(target) == original
    restored = open_database(target)
    try:
        with restored.connection() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM certification").scalar()  # their hashes were checked
    finally:
        restored.close()


def test_a_restore_into_a_database_that_is_not_empty_is_refused_untouched(
    office_url: str, pg_cluster: Cluster, pg_empty_template: str, demo_file: Path, tmp_path: Path
) -> None:
    dump = backup_to_file(Paths.resolve(tmp_path, office_url), tmp_path / "office.pgdump")
    before = table_hashes(office_url)
    for source in (dump, demo_file):
        with pytest.raises(DatabaseProblem) as refused:
            restore_to_server(source, office_url)
        assert "ไม่ว่าง" in refused.value.th
    assert table_hashes(office_url) == before
    set_up = pg_cluster.url(pg_cluster.create_database(template=pg_empty_template))  # migrated, no office
    with pytest.raises(DatabaseProblem, match="not empty"):
        restore_to_server(dump, set_up)


def test_a_dump_that_differs_from_its_manifest_is_reported(
    office_url: str, pg_cluster: Cluster, tmp_path: Path
) -> None:
    dump = backup_to_file(Paths.resolve(tmp_path, office_url), tmp_path / "office.pgdump")
    manifest = json.loads(manifest_of(dump).read_text(encoding="utf-8"))
    manifest["tables"]["meeting"]["sha256"] = "0" * 64
    manifest_of(dump).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(DatabaseProblem) as refused:
        restore_to_server(dump, pg_cluster.url(pg_cluster.create_database()))
    assert "ไม่ตรงกับไฟล์สำรอง (ตาราง meeting)" in refused.value.th


def test_the_command_restores_a_sqlite_backup_onto_a_server(demo_file: Path, pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    result = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "restore", "--from", str(demo_file), "--to", url],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("meeting ") and line.rstrip().endswith("=") for line in lines)
    assert not any("problem:" in line or "≠" in line for line in lines)
    assert lines[-1].startswith(f"{demo_file} → {url} (sqlite): {len(tables())} tables")
    assert table_hashes(url) == table_hashes(demo_file)
    again = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "restore", "--from", str(demo_file), "--to", url],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 2 and "ไม่ว่าง" in again.stderr and "Traceback" not in again.stderr


def test_a_server_office_is_copied_into_a_sqlite_file(office_url: str, tmp_path: Path) -> None:
    target = tmp_path / "office-copy.sqlite3"
    target.write_bytes(b"an older copy, replaced whole")
    backup_to_file(Paths.resolve(tmp_path, office_url), target)
    assert table_hashes(target) == table_hashes(office_url)
    assert not list(tmp_path.glob("*.part*"))


def test_pg_restore_and_the_server_must_fit_the_dump() -> None:
    pgdump.check_fits(pgdump.DumpInfo(dumped_from=15, dumped_by=15), restorer=15, server=16)  # older into newer
    with pytest.raises(DatabaseProblem) as refused:
        pgdump.check_fits(pgdump.DumpInfo(dumped_from=16, dumped_by=16), restorer=15, server=16)
    assert "pg_restore ในเครื่องนี้เป็นรุ่น 15" in refused.value.th
    with pytest.raises(DatabaseProblem) as refused:
        pgdump.check_fits(pgdump.DumpInfo(dumped_from=16, dumped_by=16), restorer=16, server=15)
    assert "ใหม่กว่าเครื่องปลายทาง (รุ่น 15)" in refused.value.th


def test_a_file_that_only_looks_like_a_dump_is_refused(pg_cluster: Cluster, tmp_path: Path) -> None:
    fake = tmp_path / "fake.pgdump"
    fake.write_bytes(b"PGDMP but nothing after")
    with pytest.raises(DatabaseProblem) as refused:
        restore_to_server(fake, pg_cluster.url(pg_cluster.create_database()))
    assert "ไม่ใช่ไฟล์สำรองของ pg_dump" in refused.value.th


def test_a_typed_password_reaches_pg_dump_through_its_environment_not_its_command_line(
    office_url: str, pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meetingdesk.services.servers import ServerAddress
    from meetingdesk.storage.postgres import tool_env

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    pg_cluster.create_password_role("planner", "p@ss:word")
    address = ServerAddress.parse(office_url)
    url = ServerAddress(address.host, address.port, address.database, "planner").url("p@ss:word")
    assert tool_env(url)["PGPASSWORD"] == "p@ss:word"
    dump = backup_to_file(Paths.resolve(tmp_path, url), tmp_path / "by-planner.pgdump")
    assert pgdump.is_dump(dump)
    wrong = ServerAddress(address.host, address.port, address.database, "planner").url("wrong")
    with pytest.raises(DatabaseProblem) as refused:
        backup_to_file(Paths.resolve(tmp_path, wrong), tmp_path / "never.pgdump")
    assert "wrong" not in refused.value.th and not (tmp_path / "never.pgdump").exists()
