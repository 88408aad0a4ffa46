"""``make run`` when the office server remembered from last time is down: a message, then this computer's own
database (or the first start's choice) — never a traceback, and the next start tries the server again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from meetingdesk.services.office import create_office
from meetingdesk.storage.database import open_database
from tests.pgcluster import Cluster

START_WITH_A_DEAD_SERVER = textwrap.dedent(
    """
    import argparse, sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    import meetingdesk.app as app
    from meetingdesk.ui import interaction

    settings_dir, dead = sys.argv[1], sys.argv[2]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    class Said(interaction.Interaction):
        def warn(self, parent, text):
            print("WARN", text.replace("\\n", " "), flush=True)
        error = warn

    interaction.use(Said())
    painted = app._when_painted

    def then_quit(widget, then):
        def when_loaded():  # a server is opened off the screen's thread: wait for the window to fill in
            if not widget.loaded:
                QTimer.singleShot(20, when_loaded)
                return
            print("TITLE", widget.windowTitle(), flush=True)
            QApplication.quit()

        def run():
            then()
            when_loaded()
        painted(widget, run)

    def no_choice(ctx, *_):
        print("CHOOSER", flush=True)
        return False

    app._when_painted = then_quit
    app._first_start = no_choice
    qapp = QApplication(sys.argv)
    qapp.setOrganizationName("MeetingDesk")
    qapp.setApplicationName("MeetingDesk")
    QSettings().setValue("db/last", dead)
    code = app.main(argparse.Namespace(data_dir=None, db=None, lang="th", screenshots=None))
    print("LAST", QSettings().value("db/last"), flush=True)
    sys.exit(code)
    """
)


def _start(tmp_path: Path, data: Path, remembered: str) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MEETINGDESK_DATA_DIR": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # never the user's own settings
    }
    done = subprocess.run(
        [sys.executable, "-c", START_WITH_A_DEAD_SERVER, str(tmp_path / "settings"), remembered],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("local_office", [True, False])
def test_a_remembered_server_that_is_down_falls_back_without_a_traceback(tmp_path: Path, local_office: bool) -> None:
    data = tmp_path / "data"
    data.mkdir()
    if local_office:
        db = open_database(data / "meetingdesk.sqlite3", create=True)
        create_office(db, "สพป.ในเครื่อง")
        db.close()
    dead = f"postgresql://secretary@/meetingdesk?host={tmp_path / 'no-server'}"
    lines = _start(tmp_path, data, dead)
    assert lines[0].startswith(f"WARN ขณะนี้เปิดฐานข้อมูลของสำนักงาน {dead} ไม่ได้ ติดต่อเครื่องแม่ข่ายฐานข้อมูล")
    if local_office:
        assert "จึงเปิดฐานข้อมูลในเครื่องนี้แทน" in lines[0]
        assert lines[1] == "TITLE MeetingDesk — สพป.ในเครื่อง"
    else:
        assert "กรุณาเลือกวิธีเริ่มต้นแทน" in lines[0] and lines[1] == "CHOOSER"
    assert lines[-1] == f"LAST {dead}"  # the next start tries the server again


def test_a_remembered_server_that_answers_opens(tmp_path: Path, pg_cluster: Cluster, pg_demo_template: str) -> None:
    name = pg_cluster.create_database(template=pg_demo_template)
    url = pg_cluster.url(name)
    lines = _start(tmp_path, tmp_path / "data", url)
    # the title says which database: the file office, the server's and a restored copy are told apart
    assert lines == [f"TITLE MeetingDesk — สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 — {name}", f"LAST {url}"]
