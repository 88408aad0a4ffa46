"""``meetingdesk transfer``: the demo office goes to a PostgreSQL server and back exactly — every table's count
and hash equal, certified minutes still valid, the server's id sequences past the copied ids."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services import meetings
from meetingdesk.services.check import check
from meetingdesk.services.minutes import verify_certified
from meetingdesk.services.search import search
from meetingdesk.services.transfer import tables, transfer
from meetingdesk.storage.database import open_database
from tests.pgcluster import Cluster
from tests.services.helpers import table_hashes


def test_the_demo_office_goes_to_the_server_and_back_exactly(
    demo_file: Path, pg_cluster: Cluster, tmp_path: Path
) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    there = transfer(demo_file, url)
    assert all(t.equal for t in there.tables) and there.rows > 1000
    assert {t.name for t in there.tables} == {t.name for t in tables()}
    back_file = tmp_path / "back.sqlite3"
    back = transfer(url, back_file)
    original = table_hashes(demo_file)
    assert table_hashes(url) == original
    assert table_hashes(back_file) == original
    assert [(t.name, t.rows, t.target_hash) for t in back.tables] == [
        (t.name, t.rows, t.target_hash) for t in there.tables
    ]

    server = open_database(url)
    try:
        report = check(server)
        assert report.ok, report.problems
        assert verify_certified(server) == []
        with server.connection() as conn:
            certified = conn.exec_driver_sql("SELECT count(*) FROM certification").scalar()
        assert certified  # the demo office has certified minutes: their hashes were checked
        assert {(h.kind, h.id) for h in search(server, "ประชุม", limit=10_000)}  # the triggers filled the index
        body_id, last_id = _a_body_and_the_last_meeting(server)
        new = meetings.create_meeting(
            server,
            meetings.NewMeeting(body_id=body_id, date=dt.date(2027, 3, 1), start_time=dt.time(9)),
            confirmed=True,
        )
        assert new == last_id + 1  # the sequence continues after the copied ids
    finally:
        server.close()


def _a_body_and_the_last_meeting(db: object) -> tuple[int, int]:
    with db.connection() as conn:  # type: ignore[attr-defined]
        body_id = conn.exec_driver_sql("SELECT min(id) FROM body").scalar()
        last = conn.exec_driver_sql("SELECT max(id) FROM meeting").scalar()
    return int(body_id), int(last)


def test_an_office_is_never_merged_into_another(demo_file: Path, pg_cluster: Cluster, pg_demo_template: str) -> None:
    url = pg_cluster.url(pg_cluster.create_database(template=pg_demo_template))
    before = table_hashes(url)
    with pytest.raises(DatabaseProblem) as refused:
        transfer(demo_file, url)
    assert "มีสำนักงานอยู่แล้ว" in refused.value.th
    assert table_hashes(url) == before
    with pytest.raises(DatabaseProblem):
        transfer(url, demo_file)  # an existing file is never the target


def test_the_command_reports_each_table_and_checks_the_result(demo_file: Path, pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    result = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "transfer", "--from", str(demo_file), "--to", url],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("meeting ") and line.rstrip().endswith("=") for line in lines)
    assert not any("problem:" in line or "≠" in line for line in lines)
    assert lines[-1].startswith(f"{demo_file} → {url}: {len(tables())} tables")
