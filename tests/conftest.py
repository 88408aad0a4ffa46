"""Shared fixtures: real databases — a SQLite file in ``tmp_path``, and for the service and export suites the
same tests again on a real PostgreSQL server (``tests/pgcluster.py``) — and the demo office built once per run
on each."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: widgets render offscreen, with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from meetingdesk.demo import build_demo
from meetingdesk.storage.database import Database, open_database
from tests.pgcluster import Cluster, cluster_or_skip, sweep_abandoned

BACKENDS = ("sqlite", "postgresql")
# The suites whose tests take ``db`` or ``demo_db`` run once per backend; the GUI and storage suites stay on
# SQLite (the desktop's default), apart from the tests that ask for ``pg_url`` themselves.
SERVER_SUITES = ("services", "exports")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about the SQLite file itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    uses_db = {"db", "demo_db"} & set(metafunc.fixturenames)
    suite = Path(str(metafunc.definition.path)).parent.name
    if uses_db and suite in SERVER_SUITES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` unless the test was parametrised over both backends."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A throw-away PostgreSQL server for the whole run, on a Unix socket; stopped and deleted after."""
    cluster = cluster_or_skip()
    sweep_abandoned(cluster.bindir)  # servers of earlier runs that were killed before they could stop them
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_empty_template(pg_cluster: Cluster) -> str:
    """A database migrated to the current schema once; each test's empty database is a copy of it."""
    name = pg_cluster.create_database(name="empty_template")
    open_database(pg_cluster.url(name), create=True).close()
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster: Cluster) -> str:
    """The demo office on the server, built once; each test gets a copy."""
    name = pg_cluster.create_database(name="demo_template")
    database = open_database(pg_cluster.url(name), create=True)
    build_demo(database)
    database.close()
    return name


@pytest.fixture
def pg_url(pg_cluster: Cluster, pg_empty_template: str) -> Iterator[str]:
    """The URL of a new database of the current schema, dropped after the test."""
    name = pg_cluster.create_database(template=pg_empty_template)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new, empty database: a file, or (parametrised) a database on the test server."""
    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(tmp_path / "office.sqlite3", create=True)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The year-scale demo office, built once; tests copy it before changing anything."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, create=True)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A private copy of the demo office (a file, or a database on the test server)."""
    if backend == "postgresql":
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        name = cluster.create_database(template=request.getfixturevalue("pg_demo_template"))
        database = open_database(cluster.url(name))
        yield database
        database.close()
        cluster.drop_database(name)
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("demo_file"), path)
    database = open_database(path)
    yield database
    database.close()


class ServerOffice:
    """A private copy of the demo office on the test server, and people signed in to it with a role each
    (``login``): the logins are the cluster's, so they are dropped after the test."""

    def __init__(self, cluster: Cluster, name: str) -> None:
        self.cluster = cluster
        self.name = name
        self.made: list[str] = []

    def url(self, user: str | None = None) -> str:
        """The office's URL as its owner (the cluster's superuser), or as ``user``."""
        if user is None:
            return self.cluster.url(self.name)
        return f"postgresql://{user}@/{self.name}?host={self.cluster.socket_dir}"

    def login(self, role: str, bodies: tuple[int, ...] = ()) -> str:
        """A new person with ``role`` (and ``bodies``), made through the service as the owner; their name."""
        from meetingdesk.services.rights import add_user

        user = f"{role}{len(self.made) + 1}_{os.getpid()}"
        owner = open_database(self.url())
        try:
            add_user(owner, user, role, password="not-asked-by-trust", bodies=[str(b) for b in bodies])
        finally:
            owner.close()
        self.made.append(user)
        return user


@pytest.fixture
def server_office(pg_cluster: Cluster, pg_demo_template: str) -> Iterator[ServerOffice]:
    """The demo office on the server, for tests of people and rights (``tests/*/test_rights*.py``)."""
    office = ServerOffice(pg_cluster, pg_cluster.create_database(template=pg_demo_template))
    yield office
    pg_cluster.drop_database(office.name)
    pg_cluster.execute(*(f'DROP ROLE IF EXISTS "{user}"' for user in office.made))


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[Cluster]:
    """A cluster of the module's own, for tests that stop and start their server (the run's shared one stays up);
    fails, not skips, where the server is required (``cluster_or_skip``)."""
    own = cluster_or_skip()
    own.start()
    yield own
    own.stop()


@pytest.fixture
def own_server_db(own_cluster: Cluster) -> Iterator[Database]:
    """A new office database on the module's own cluster."""
    name = own_cluster.create_database()
    db = open_database(own_cluster.url(name), create=True)
    yield db
    db.close()
    own_cluster.drop_database(name)
