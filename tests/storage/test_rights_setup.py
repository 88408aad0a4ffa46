"""Migration 0008_rights as an office sets it up: its database owned by an ordinary sign-in (not a superuser),
which passes every guard as the owner; the migration going down and up again; and the message when the group
roles are missing and the owner may not create them."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors

from meetingdesk.domain.enums import BodyKind
from meetingdesk.domain.errors import NotAllowed
from meetingdesk.services import rights
from meetingdesk.services.meetings import NewMeeting, create_meeting, update_meeting
from meetingdesk.services.office import create_office
from meetingdesk.services.people import add_body
from meetingdesk.storage.database import open_database
from meetingdesk.storage.migrate import MIGRATIONS
from tests.pgcluster import Cluster


@pytest.fixture
def office_owner(pg_cluster: Cluster) -> Iterator[tuple[str, str]]:
    """A database made the way the README says: owned by a sign-in of its own with CREATEROLE, not a
    superuser."""
    owner = f"office_owner_{next(pg_cluster._names)}"
    name = f"office_{owner}"
    pg_cluster.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE', f'CREATE DATABASE "{name}" OWNER "{owner}"')
    yield owner, name
    pg_cluster.drop_database(name)
    pg_cluster.execute(f'DROP ROLE "{owner}"')


def _url(cluster: Cluster, user: str, database: str) -> str:
    return f"postgresql://{user}@/{database}?host={cluster.socket_dir}"


def test_an_ordinary_owner_sets_up_and_edits_every_body(
    pg_cluster: Cluster, pg_empty_template: str, office_owner: tuple[str, str]
) -> None:
    owner, name = office_owner
    db = open_database(_url(pg_cluster, owner, name), create=True)
    try:
        assert rights.what_i_may(db).role == "owner"
        create_office(db, "สพป.ทดสอบ")
        body = add_body(db, "คณะทดสอบ", BodyKind.EXECUTIVE_BOARD, short_name="ทดสอบ")
        meeting = create_meeting(db, NewMeeting(body_id=body, date=dt.date(2026, 12, 1)))
        update_meeting(db, meeting, place="ห้องประชุม 1")
        clerk = f"clerk_{owner}"
        pg_cluster.execute(f'CREATE ROLE "{clerk}" LOGIN')
        try:
            rights.add_user(db, clerk, "secretary", password=None, bodies=[])  # an existing sign-in: no password
            other = open_database(_url(pg_cluster, clerk, name))
            with pytest.raises(NotAllowed):
                update_meeting(other, meeting, place="x")  # no body granted yet
            rights.grant(db, clerk, ["ทดสอบ"])
            update_meeting(other, meeting, place="ห้องประชุม 2")
            other.close()
        finally:
            rights.remove_user(db, clerk)
    finally:
        db.close()


def test_the_rights_go_down_and_up_again(pg_url: str) -> None:
    from alembic import command

    from meetingdesk.storage.migrate import alembic_config
    from meetingdesk.storage.server import make_server_engine

    engine = make_server_engine(pg_url)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_server")
        assert connection.exec_driver_sql("SELECT to_regclass('body_grant')").scalar() is None
        assert not connection.exec_driver_sql(
            "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'meetingdesk_%%'"
        ).scalar()
        command.upgrade(config, "head")
        assert connection.exec_driver_sql("SELECT to_regclass('body_grant')").scalar() == "body_grant"
    engine.dispose()


def test_missing_roles_and_no_createrole_stop_the_migration_with_the_statement_to_run(
    pg_cluster: Cluster, office_owner: tuple[str, str]
) -> None:
    owner, name = office_owner
    pg_cluster.execute(f'ALTER ROLE "{owner}" NOCREATEROLE')
    spec = importlib.util.spec_from_file_location("rights_0008", MIGRATIONS / "versions" / "0008_rights.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    unmade = tuple(f"meetingdesk_unmade_{role}" for role in ("reader", "secretary", "certifier", "admin"))
    with psycopg.connect(_url(pg_cluster, owner, name), autocommit=True) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match=f"ALTER ROLE {owner} CREATEROLE"):
            for statement in migration.roles_ddl(unmade):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'meetingdesk_unmade_%'").fetchone() == (
            0,
        )


def test_a_sign_in_the_server_refuses_gets_a_message_not_a_crash(pg_cluster: Cluster, pg_url: str) -> None:
    from meetingdesk.domain.errors import DatabaseProblem
    from meetingdesk.storage.migrate import upgrade
    from meetingdesk.storage.server import make_server_engine

    stranger = f"stranger_{next(pg_cluster._names)}"
    pg_cluster.execute(f'CREATE ROLE "{stranger}" LOGIN')
    database = pg_url.split("?")[0].rsplit("/", 1)[1]
    try:
        with pytest.raises(DatabaseProblem, match="no right") as refused:  # no MeetingDesk role: no identity
            open_database(_url(pg_cluster, stranger, database))
        assert "ไม่มีสิทธิ์" in refused.value.message("th")
        old = pg_cluster.create_database()  # an office still at 0007, which the stranger may read
        engine = make_server_engine(pg_cluster.url(old))
        upgrade(engine, "0007_server")
        with engine.begin() as conn:
            conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{stranger}"')
        engine.dispose()
        with pytest.raises(DatabaseProblem, match="owner opens it once first") as refused:
            open_database(_url(pg_cluster, stranger, old))  # the upgrade is the owner's to run
        assert "เจ้าของฐานข้อมูลเปิดก่อน" in refused.value.message("th") and "schema public" in str(refused.value)
        with psycopg.connect(pg_cluster.url(old)) as conn:  # the migration left nothing behind
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007_server",)
        pg_cluster.drop_database(old)
    finally:
        pg_cluster.execute(f'DROP OWNED BY "{stranger}"', f'DROP ROLE "{stranger}"')
