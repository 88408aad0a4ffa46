"""GUI smoke tests on the office server (the run's real PostgreSQL cluster): the main window lists the office's
meetings, a meeting is created, its record edited and saved, its minutes exported to DOCX and read back; File ▸
Back up writes the server's dump (or a SQLite copy) on a worker thread; a backup is restored into an empty
server database from the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.services.context import AppContext, Paths
from meetingdesk.services.server_backup import manifest_of
from meetingdesk.services.servers import ServerAddress
from meetingdesk.storage import pgdump
from meetingdesk.storage.models import AgendaItem
from meetingdesk.ui.dialogs.server_dialog import ServerDialog
from meetingdesk.ui.windows.main_window import MainWindow
from tests.exports.readback import docx_lines
from tests.pgcluster import SUPERUSER, Cluster
from tests.ui.test_meeting_window import _new_meeting
from tests.ui.typing import press_enter, type_text


@pytest.fixture
def server_ctx(pg_cluster: Cluster, pg_demo_template: str, tmp_path: Path) -> Iterator[AppContext]:
    """The app's context on a copy of the demo office on the server (this computer's files under tmp_path)."""
    name = pg_cluster.create_database(template=pg_demo_template)
    ctx = AppContext(paths=Paths.resolve(tmp_path, pg_cluster.url(name)))
    ctx.open(write=True, or_read_only=True)
    yield ctx
    ctx.close()
    pg_cluster.drop_database(name)


def test_the_secretarys_path_on_the_server(
    qtbot: QtBot, server_ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    window.show()
    assert server_ctx.db.on_server and not server_ctx.db.read_only
    assert window.model.rowCount() == 18 and window.model.index(0, 0).data() == "6/2569"

    meeting = _new_meeting(qtbot, server_ctx, dt.date(2026, 12, 15))
    assert "ครั้งที่ 7/2569" in meeting.heading.text()
    window.meetings_page.refresh()
    assert window.model.rowCount() == 19 and window.model.index(0, 0).data() == "7/2569"

    meeting.tabs.setCurrentIndex(1)  # the agenda: an item in section 5
    meeting.agenda.section.setCurrentIndex(4)
    type_text(meeting.agenda.new_title, "พิจารณาแผนนิเทศภาคเรียนที่ 2")
    press_enter(meeting.agenda.new_title)
    meeting.tabs.setCurrentIndex(3)  # the record
    record = meeting.record
    titles = [record.items.item(n).text() for n in range(record.items.count())]
    record.items.setCurrentRow(titles.index("5.1 พิจารณาแผนนิเทศภาคเรียนที่ 2"))
    type_text(record.edits["discussion"], "ประธานแจ้งนโยบายการนิเทศบนเครื่องแม่ข่าย")
    record.items.setCurrentRow(0)  # choosing another item saves what was typed
    with server_ctx.db.reading() as s:
        saved = s.scalars(select(AgendaItem.discussion).where(AgendaItem.meeting_id == meeting.meeting_id)).all()
    assert "ประธานแจ้งนโยบายการนิเทศบนเครื่องแม่ข่าย" in saved

    meeting.tabs.setCurrentIndex(4)
    target = tmp_path / "รายงานการประชุม.docx"
    meeting.export.export_to("minutes", "docx", target)
    qtbot.waitUntil(lambda: meeting.export.open_file.isVisible(), timeout=30_000)
    assert "ประธานแจ้งนโยบายการนิเทศบนเครื่องแม่ข่าย" in "\n".join(docx_lines(target))
    assert messages == []


def test_file_back_up_on_a_server_writes_its_dump_or_a_sqlite_copy_off_the_gui_thread(
    qtbot: QtBot, server_ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    for name in ("office.pgdump", "office.sqlite3"):
        target = tmp_path / name
        job = window.backup_in_background(target)
        qtbot.waitUntil(lambda job=job: job.finished, timeout=60_000)
        qtbot.waitUntil(lambda target=target: window.statusBar().currentMessage().endswith(str(target)))
        assert window.statusBar().currentMessage() == f"สำรองข้อมูลแล้วที่ {target}"
    assert pgdump.is_dump(tmp_path / "office.pgdump") and manifest_of(tmp_path / "office.pgdump").exists()
    assert (tmp_path / "office.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert messages == []


def test_a_backup_is_restored_into_an_empty_server_database_from_the_window(
    qtbot: QtBot, server_ctx: AppContext, pg_cluster: Cluster, tmp_path: Path, demo_file: Path
) -> None:
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    for backup in (None, demo_file):
        if backup is None:
            backup = tmp_path / "office.pgdump"
            job = window.backup_in_background(backup)
            qtbot.waitUntil(lambda job=job: job.finished, timeout=60_000)
        dialog = ServerDialog(window, url=server_ctx.paths.shown, restoring=backup)
        qtbot.addWidget(dialog)
        occupied = ServerAddress.parse(server_ctx.paths.shown).database  # the office open here
        dialog.database.setText(occupied)  # refused, nothing touched
        dialog.connect_to_server()
        qtbot.waitUntil(lambda dialog=dialog: dialog.job is None, timeout=60_000)
        assert "ไม่ว่าง" in dialog.status.text() and dialog.opened is None
        empty = pg_cluster.create_database()
        dialog.database.setText(empty)
        dialog.user.setText(SUPERUSER)
        dialog.connect_to_server()
        qtbot.waitUntil(lambda dialog=dialog: dialog.job is None, timeout=120_000)
        assert dialog.opened is not None, dialog.status.text()
        restored = MainWindow(dialog.opened)
        qtbot.addWidget(restored)
        QApplication.processEvents()  # its queued reminders read now: run after the close below, they reopen it
        assert restored.model.rowCount() == 18
        restored.close()  # its ear on the server first, then the database
        dialog.opened.close()
    assert window.model.rowCount() == 18  # the office open here was never touched
