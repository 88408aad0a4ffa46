"""File ▸ Open another database ▸ the office's server, on the test run's real PostgreSQL cluster: the dialog
reaches the server on a worker thread, a refusal is said in Thai in the dialog and the database open behind
stays open, a password is remembered only in libpq's own 0600 password file, never in the settings."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from meetingdesk.services import servers
from meetingdesk.services.context import AppContext
from meetingdesk.storage.server import make_server_engine
from meetingdesk.ui.dialogs.server_dialog import ServerDialog
from meetingdesk.ui.windows.main_servers import recent_servers
from meetingdesk.ui.windows.main_window import MainWindow
from tests.pgcluster import Cluster

PASSWORD = "s3cret:ลับ"  # a colon and Thai letters: escaped in the password file, quoted in the URL


@pytest.fixture
def office_server(pg_cluster: Cluster, pg_demo_template: str) -> Iterator[str]:
    """A copy of the demo office on the server; its database name."""
    name = pg_cluster.create_database(template=pg_demo_template)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture(scope="module")
def secretary(pg_cluster: Cluster) -> str:
    """A sign-in that must give its password on the socket too (tests/pgcluster.py's pg_hba line)."""
    name = f"secretary_pw_{os.getpid()}"  # roles are the cluster's: other tests' "secretary" is another person
    pg_cluster.create_password_role(name, PASSWORD.replace("'", "''"))
    return name


@pytest.fixture(autouse=True)
def private_pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """libpq's password file of this test (never the user's own ~/.pgpass)."""
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


def _dialog(qtbot: QtBot, host: str, database: str, user: str, password: str = "") -> ServerDialog:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(host)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.show()
    return dialog


def _try(qtbot: QtBot, dialog: ServerDialog) -> None:
    job = dialog.connect_to_server()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)  # the worker reported, either way


def test_the_office_on_a_server_opens_in_a_new_window_remembered_without_password(
    qtbot: QtBot, pg_cluster: Cluster, office_server: str, secretary: str, private_pgpass: Path, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = _dialog(qtbot, str(pg_cluster.socket_dir), office_server, secretary, PASSWORD)
    dialog.remember.setChecked(True)
    _try(qtbot, dialog)
    assert dialog.opened is not None and dialog.result() == ServerDialog.DialogCode.Accepted
    opened = window.switch_to(dialog.opened)
    qtbot.addWidget(opened)
    assert opened.model.rowCount() == 18  # the demo office's meetings, read from the server
    shown = f"postgresql://{secretary}@/{office_server}?host={pg_cluster.socket_dir}"
    assert opened.ctx.paths.shown == shown
    assert QSettings().value("db/last") == shown and recent_servers()[0] == shown
    QSettings().sync()
    settings_text = Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert "s3cret" not in settings_text and "ลับ" not in settings_text
    # the password went into libpq's own file, readable by this user only, and libpq finds it there
    assert stat.S_IMODE(private_pgpass.stat().st_mode) == 0o600
    assert private_pgpass.read_text(encoding="utf-8") == (
        f"{pg_cluster.socket_dir}:5432:{office_server}:{secretary}:s3cret\\:ลับ\n"
    )
    again = servers.open_url(shown)  # no password in the URL: libpq reads the file
    assert again.db.on_server
    again.close()
    opened.ctx.close()


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong password", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"),
        ("no password", "ต้องการรหัสผ่าน"),
        ("no such database", "ไม่มีฐานข้อมูลชื่อ “no_such_office”"),
        ("unreachable", "ติดต่อเครื่องแม่ข่ายฐานข้อมูล"),
        ("another program's", "ไม่ใช่ฐานข้อมูลของ MeetingDesk"),
        ("newer schema", "รุ่นที่ใหม่กว่า"),
    ],
)
def test_a_refusal_is_said_in_the_dialog_and_the_open_office_stays_open(
    qtbot: QtBot,
    pg_cluster: Cluster,
    office_server: str,
    secretary: str,
    private_pgpass: Path,
    ctx: AppContext,
    tmp_path: Path,
    case: str,
    expected: str,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    host, database, user, password = str(pg_cluster.socket_dir), office_server, secretary, "wrong"
    if case == "no password":
        password = ""
    elif case == "no such database":
        database, user = "no_such_office", "meetingdesk"
    elif case == "unreachable":
        host, user = str(tmp_path / "no-server-here"), "meetingdesk"
    elif case in ("another program's", "newer schema"):
        user = "meetingdesk"
        engine = make_server_engine(pg_cluster.url(office_server))
        with engine.begin() as conn:
            if case == "newer schema":
                conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
            else:
                conn.execute(text("UPDATE meetingdesk_identity SET application_id = 42"))
        engine.dispose()
    dialog = _dialog(qtbot, host, database, user, password)
    dialog.remember.setChecked(True)
    _try(qtbot, dialog)
    assert expected in dialog.status.text()
    assert dialog.opened is None and dialog.isVisible()  # open to correct, not closed
    assert not private_pgpass.exists()  # a refused password is never remembered
    assert QSettings().value("db/last") != pg_cluster.url(office_server)
    assert window.model.rowCount() == 18 and not ctx.db.read_only  # the office behind is still open
    assert dialog.buttons.button(dialog.buttons.StandardButton.Open).isEnabled()


def test_the_fields_are_checked_before_anything_is_reached(qtbot: QtBot, messages: list[str]) -> None:
    dialog = _dialog(qtbot, "office-db.local", "", "secretary")
    assert dialog.connect_to_server() is None
    assert messages == ["กรุณาระบุชื่อฐานข้อมูล"]
    dialog.database.setText("meetingdesk")
    dialog.port.setText("99999")
    assert dialog.connect_to_server() is None
    assert "พอร์ต 99999 ไม่ถูกต้อง" in messages[-1]


def test_an_address_and_its_url_go_both_ways() -> None:
    tcp = servers.address("office-db.local", "5433", "meetingdesk", "secretary")
    assert tcp.url() == "postgresql://secretary@office-db.local:5433/meetingdesk"
    assert tcp.url("a:b@c") == "postgresql://secretary:a%3Ab%40c@office-db.local:5433/meetingdesk"
    assert servers.ServerAddress.parse(tcp.url("a:b@c")) == tcp
    socket = servers.address("/var/run/postgresql", "", "meetingdesk", "secretary")
    assert socket.url() == "postgresql://secretary@/meetingdesk?host=/var/run/postgresql"
    assert servers.ServerAddress.parse(socket.url()) == socket
    # libpq names its own socket folder "localhost" in the password file: both lines are written
    assert socket.pgpass_entry().keys() == [
        "/var/run/postgresql:5432:meetingdesk:secretary:",
        "localhost:5432:meetingdesk:secretary:",
    ]


def test_cancelled_while_the_server_answers_keeps_nothing_open(
    qtbot: QtBot, pg_cluster: Cluster, office_server: str
) -> None:
    dialog = _dialog(qtbot, str(pg_cluster.socket_dir), office_server, "meetingdesk")
    job = dialog.connect_to_server()
    assert job is not None
    dialog.reject()  # before the worker's answer reaches the window
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.cancelled and dialog.opened is None and not dialog.isVisible()
    engine = make_server_engine(pg_cluster.url("postgres"))
    with engine.connect() as conn:  # the office's connections were closed with it
        left = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d"), {"d": office_server})
        assert left.scalar() == 0
    engine.dispose()


def test_a_recent_server_is_in_the_menu_and_opens_or_asks_again(
    qtbot: QtBot, pg_cluster: Cluster, office_server: str, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from meetingdesk.ui.windows.main_servers import OPEN_WINDOWS, remember_server

    url = pg_cluster.url(office_server)
    dead = f"postgresql://meetingdesk@/office?host={tmp_path / 'no-server'}"
    remember_server(dead)
    remember_server(url)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = window.open_database_menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()][4:6] == [url, dead]  # newest first, after a separator

    asked: list[str] = []

    def answer() -> None:  # the dialog the refusal opens (modal): read it, close it
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerDialog):
            return
        poll.stop()
        asked.append(dialog.status.text())
        asked.append(f"{dialog.database.text()} {dialog.user.text()}")
        dialog.reject()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(answer)
    poll.start()
    job = window.open_recent_server(dead)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert asked[1] == "office meetingdesk"
    assert job.finished and "ติดต่อเครื่องแม่ข่ายฐานข้อมูล" in asked[0]
    assert window.model.rowCount() == 18  # still here, still open

    job = window.open_recent_server(url)
    qtbot.waitUntil(lambda: bool(OPEN_WINDOWS) and OPEN_WINDOWS[-1].ctx.paths.db_url == url, timeout=30_000)
    opened = OPEN_WINDOWS.pop()
    qtbot.addWidget(opened)
    assert opened.model.rowCount() == 18
    opened.ctx.close()
