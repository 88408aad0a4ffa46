"""A throw-away PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, listening on a Unix
socket only (no TCP port is opened), stopped and deleted when the test run ends.

Debian's server (``apt-get install postgresql``) puts its programs in ``/usr/lib/postgresql/<major>/bin``; the
newest found there (or on PATH) is used. PostgreSQL refuses to run as root, so under root (as CI runs) the
server's processes run as the ``postgres`` user the package creates, in a folder handed to that user; the
tests still connect as the cluster's superuser ``meetingdesk`` through the socket (trust authentication, which
reaches nobody but processes on this machine that can open the socket's folder). Roles a test makes with
``create_password_role`` must give their password (scram-sha-256), on the socket too: the sign-in dialog's
wrong-password path is tested on the real server.

Each test gets its own database, copied from a template database that was migrated (or given the demo office)
once: ``CREATE DATABASE … TEMPLATE`` copies files, which is much faster than running the migrations again
(figures in the module's test, ``tests/storage/test_pgcluster.py``).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "meetingdesk"
# Members of this group role sign in with a password (scram-sha-256) even on the socket; every other role keeps
# trust authentication (pg_hba.conf takes the first line that matches, and this one comes first).
PASSWORD_GROUP = "with_password"
PREFIX = "meetingdesk-pg-"
OWNER = "owner.pid"
# Durability is worth nothing in a cluster deleted after the run; these make each test's database cheap.
FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "listen_addresses": "''",  # the Unix socket only
    "max_connections": "60",
    "shared_buffers": "32MB",
}


class NoServer(RuntimeError):
    """PostgreSQL's server programs are not installed on this machine."""


def server_bindir() -> Path:
    """The folder of the newest installed ``initdb``/``pg_ctl``."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise NoServer("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")


class Cluster:
    """One running server; ``create_database`` makes a database (from a template) and returns its URL."""

    def __init__(self, bindir: Path | None = None, *, durable: bool = False) -> None:
        """``durable``: fsync and synchronous commits on, as an office's server runs (for the benchmarks)."""
        self.bindir = bindir or server_bindir()
        self.settings = dict(FAST_SETTINGS)
        if durable:
            for name in ("fsync", "synchronous_commit", "full_page_writes"):
                self.settings[name] = "on"
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / OWNER).write_text(str(os.getpid()))  # a run killed before it could stop us: see sweep
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"
        self._names = itertools.count(1)
        self._run_as: str | None = None
        if os.geteuid() == 0:
            self._run_as = _unprivileged_user()
            entry = pwd.getpwnam(self._run_as)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.folder.chmod(0o755)  # the server's user and the tests' user both reach the socket

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            user=self._run_as,
            cwd=self.folder,
            check=False,
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr}{result.stdout}\n{log}")

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all +{PASSWORD_GROUP} scram-sha-256\n" + hba.read_text())
        self.socket_dir.mkdir()
        if self._run_as:
            entry = pwd.getpwnam(self._run_as)
            os.chown(self.socket_dir, entry.pw_uid, entry.pw_gid)
        self.resume()
        self.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        return self

    def resume(self) -> None:
        """Start the server on its data folder (after ``halt``: the same databases, the same socket)."""
        options = " ".join(f"-c {k}={v}" for k, v in self.settings.items())
        options += f" -c unix_socket_directories={self.socket_dir}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def halt(self) -> None:
        """Stop the server as an office's restart does (fast: every connection is ended), keeping its data."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def create_password_role(self, name: str, password: str) -> None:
        """A sign-in that must give its password (a member of ``PASSWORD_GROUP``), with the superuser's rights
        on its objects (a member of it too), as an office's MeetingDesk sign-in owns the office's database."""
        self.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}, {SUPERUSER}")

    def stop(self) -> None:
        """Stop the server (fast shutdown: connections are ended) and delete its folder."""
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        """The libpq URL of a database in this cluster, through its socket."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def execute(self, *statements: str) -> None:
        """Statements outside a transaction (CREATE/DROP DATABASE), on the maintenance database."""
        import psycopg

        with psycopg.connect(dbname="postgres", user=SUPERUSER, host=str(self.socket_dir), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]  # our own literal DDL

    def create_database(self, template: str | None = None, name: str | None = None, strategy: str = "WAL_LOG") -> str:
        """A new database (a copy of ``template``, which no one may be connected to); returns its name."""
        name = name or f"t{next(self._names)}"
        if template:
            self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY {strategy}')
        else:
            self.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _alive(pid: int) -> bool:
    """A process that exists and has not ended (an ended one can linger as a zombie where init does not reap)."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        return "\tZ (zombie)" not in status.read_text()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_abandoned(bindir: Path | None = None) -> list[Path]:
    """Stop and delete the clusters of earlier test runs that were killed before they could stop them (their
    owner process is gone); a cluster without an owner file, or whose owner still runs, is left alone."""
    swept = []
    for owner in Path(tempfile.gettempdir()).glob(f"{PREFIX}*/{OWNER}"):
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        cluster = Cluster.__new__(Cluster)
        cluster.bindir = bindir or server_bindir()
        cluster.folder = owner.parent
        cluster.data = cluster.folder / "data"
        cluster.log = cluster.folder / "server.log"
        cluster._run_as = _unprivileged_user() if os.geteuid() == 0 else None
        if (cluster.data / "postmaster.pid").exists():
            cluster.stop()
        else:
            shutil.rmtree(cluster.folder, ignore_errors=True)
        swept.append(cluster.folder)
    return swept


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise NoServer("running as root, and there is no 'postgres' or 'nobody' user to run the server as")


def cluster_or_skip() -> Cluster:
    """A new (not yet started) cluster; on a machine without Debian's server the test skips — or fails where the
    server is required (CI: ``.ci/run`` installs it and sets MEETINGDESK_REQUIRE_SERVER)."""
    import pytest

    try:
        return Cluster()
    except NoServer as exc:
        if os.environ.get("CI") or os.environ.get("MEETINGDESK_REQUIRE_SERVER"):
            pytest.fail(f"{exc}: CI installs it (.ci/run)")
        pytest.skip(f"{exc}; the PostgreSQL half of the suites needs it")
