"""An office server opened like a file: ``--db postgresql://…``, identified before anything is written, migrated
by the same Alembic scripts, its schema exactly the models, its passwords never remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services.context import Paths
from meetingdesk.storage import postgres, schema
from meetingdesk.storage.database import open_database
from meetingdesk.storage.server import make_server_engine
from tests.helpers import schema_differences
from tests.pgcluster import OWNER, Cluster, sweep_abandoned


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingdesk", *map(str, args)], capture_output=True, text=True, timeout=180
    )


def _tables(url: str) -> list[str]:
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(
                conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
            )
    finally:
        engine.dispose()


def test_the_cluster_listens_on_its_socket_only(pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SHOW listen_addresses")).scalar() == ""  # no TCP port at all
        assert conn.execute(text("SHOW server_encoding")).scalar() == "UTF8"
    engine.dispose()


def test_a_cluster_stops_and_leaves_nothing(tmp_path: Path) -> None:
    cluster = Cluster().start()
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    cluster.stop()
    assert not cluster.folder.exists()
    assert not _running(pid)


def test_a_cluster_left_by_a_killed_run_is_stopped_by_the_next() -> None:
    cluster = Cluster().start()
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    dead = subprocess.Popen(["true"])  # a process that has ended stands for the killed run
    dead.wait()
    (cluster.folder / OWNER).write_text(str(dead.pid))
    assert cluster.folder in sweep_abandoned()
    assert not cluster.folder.exists() and not _running(pid)


def _running(pid: int) -> bool:
    """A process that exists and has not ended (an ended server's entry can linger as a zombie when this
    machine's init does not reap orphans, as in a container)."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        return "\tZ (zombie)" not in status.read_text()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_demo_office_on_a_server_lists_as_on_a_file(pg_cluster: Cluster, demo_file: Path) -> None:
    """``meetingdesk --db URL demo`` sets up an empty database the office made; every command reads it."""
    url = pg_cluster.url(pg_cluster.create_database())
    made = run("--db", url, "demo")
    assert made.returncode == 0, made.stderr
    on_server = run("--db", url, "list", "meetings", "--json")
    on_file = run("--db", demo_file, "list", "meetings", "--json")
    assert on_server.returncode == 0, on_server.stderr
    assert json.loads(on_server.stdout) == json.loads(on_file.stdout)
    checked = run("--db", url, "check")
    assert checked.returncode == 0 and checked.stdout.startswith(f"ok: {url}"), checked.stdout + checked.stderr
    again = run("--db", url, "demo")  # never over an office
    assert again.returncode == 2 and "มีสำนักงานอยู่แล้ว" in again.stderr


def test_a_database_of_another_program_is_refused_untouched(pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    engine = make_server_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseProblem) as refused:
        open_database(url, create=True)
    assert "ไม่ใช่ฐานข้อมูลของ MeetingDesk" in refused.value.th
    assert _tables(url) == ["invoices"]


def test_an_empty_database_is_set_up_only_when_asked(pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    with pytest.raises(DatabaseProblem) as refused:
        open_database(url)
    assert "ยังว่างอยู่" in refused.value.th and _tables(url) == []
    db = open_database(url, create=True)
    assert db.on_server and db.opened.created and db.path is None
    db.close()


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseProblem) as refused:
        open_database(pg_url)
    assert "รุ่นที่ใหม่กว่า" in refused.value.th


def test_a_server_that_cannot_be_reached_is_one_thai_line(tmp_path: Path) -> None:
    result = run("--db", f"postgresql://nobody@/office?host={tmp_path}", "list", "meetings")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ติดต่อเครื่องแม่ข่ายฐานข้อมูล" in result.stderr


def test_read_only_is_enforced_by_the_server(pg_url: str) -> None:
    db = open_database(pg_url, read_only=True)
    with db.engine.connect() as conn, pytest.raises(Exception, match="read-only transaction"):
        conn.execute(text("INSERT INTO office (name) VALUES ('x')"))
    db.close()


def test_passwords_are_never_remembered() -> None:
    url = "postgresql://secretary:s3cret@office-db.local:5432/meetingdesk?sslmode=require"
    assert postgres.without_password(url) == "postgresql://secretary@office-db.local:5432/meetingdesk?sslmode=require"
    paths = Paths.resolve(None, url)
    assert paths.db_url == url and "s3cret" not in paths.shown
    assert postgres.without_password("postgresql:///office?host=/run/pg") == "postgresql:///office?host=/run/pg"


def test_the_file_path_never_loads_the_server_driver(demo_file: Path) -> None:
    code = (
        "import sys; from meetingdesk.cli import main; "
        f"main(['--db', {str(demo_file)!r}, 'list', 'meetings', '--json']); "
        "assert 'psycopg' not in sys.modules and 'meetingdesk.storage.server' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_backup_of_a_server_is_the_servers_own_dump(
    pg_cluster: Cluster, pg_demo_template: str, tmp_path: Path
) -> None:
    url = pg_cluster.url(pg_cluster.create_database(template=pg_demo_template))
    target = tmp_path / "office.pgdump"
    result = run("--db", url, "backup", target)
    assert result.returncode == 0, result.stderr
    listing = subprocess.run(
        [str(postgres.tool("pg_restore")), "--list", str(target)], capture_output=True, text=True, check=True
    )
    assert "TABLE DATA public meeting" in listing.stdout and "TABLE DATA public search_index" in listing.stdout


def test_the_migrations_build_exactly_the_models_on_the_server(pg_url: str) -> None:
    db = open_database(pg_url)
    with db.engine.connect() as conn:
        differences = schema_differences(conn, compare_type=True, include_name=postgres.include_name)
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    db.close()
    assert differences == []
    assert revision == schema.HEAD


def test_every_revision_downgrades_and_upgrades_on_the_server(pg_cluster: Cluster) -> None:
    from alembic import command

    from meetingdesk.storage.migrate import alembic_config, upgrade

    url = pg_cluster.url(pg_cluster.create_database())
    engine = make_server_engine(url)
    upgrade(engine)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert _tables(url) == ["alembic_version"]  # the search table and the identity row went too
        command.upgrade(config, "head")
    engine.dispose()
    assert {"search_index", "meetingdesk_identity", "meeting"} <= set(_tables(url))


def test_connections_the_server_ended_are_replaced_before_use(pg_url: str) -> None:
    """A server restarted (or a connection ended by its administrator) between two actions: the next action
    gets a new connection and succeeds; nothing of the earlier one is lost."""
    from meetingdesk.services import office

    db = open_database(pg_url)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1")
    with db.engine.connect() as conn:
        name = conn.execute(text("SELECT current_database()")).scalar()
    admin = make_server_engine(pg_url.replace(f"/{name}?", "/postgres?"))
    with admin.connect() as conn:
        ended = conn.execute(
            text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :d"), {"d": name}
        ).scalar()
    admin.dispose()
    assert ended  # the pooled connection was ended under the database's feet
    from meetingdesk.services.first_view import office_name

    assert office_name(db) == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1"
    db.close()
