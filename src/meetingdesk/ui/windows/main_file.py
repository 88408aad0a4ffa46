"""The main window's File menu at work: another database, backup, restore, and the daily backup on a worker
thread (a mixin of ``MainWindow``, which supplies ``ctx``, ``meetings_page`` and the status bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run
from meetingdesk.ui.file_dialogs import open_file, save_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.windows.main_servers import OPEN_WINDOWS, ServerActions
from meetingdesk.ui.workers import Worker

if TYPE_CHECKING:
    from meetingdesk.ui.pages.meetings_page import MeetingsPage

__all__ = ["OPEN_WINDOWS", "FileActions"]


class FileActions(ServerActions):
    ctx: AppContext
    meetings_page: MeetingsPage
    _jobs: list[Any]

    def _ask_backup(self) -> None:
        if self.ctx.paths.db_url:  # the server's own dump, or a copy of the office as a SQLite file
            kinds = self.tr("ไฟล์สำรองของเครื่องแม่ข่าย (*.pgdump)") + ";;" + self.tr("สำเนาเป็นไฟล์ SQLite (*.sqlite3)")
            chosen = save_file(self, self.tr("สำรองข้อมูล"), "meetingdesk-backup.pgdump", kinds)
            if chosen:
                self.backup_in_background(chosen if chosen.suffix else chosen.with_suffix(".pgdump"))
            return
        name = save_file(self, self.tr("สำรองข้อมูล"), "meetingdesk-backup.sqlite3", "SQLite (*.sqlite3)")
        if name:
            self.backup_to(name)

    def backup_in_background(self, target: Path) -> Worker:
        """A server's backup takes as long as the office is large: on a worker thread, with a busy cursor and
        the status bar saying so; a failure is a message."""
        from meetingdesk.services.backups import backup_to_file
        from meetingdesk.ui.dialogs.server_dialog import describe

        paths = self.ctx.paths
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(self.tr("กำลังสำรองข้อมูลไปที่ %1 …").replace("%1", str(target)))
        job = Worker(lambda: backup_to_file(paths, target), describe)

        def done(_result: object) -> None:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().showMessage(self.tr("สำรองข้อมูลแล้วที่ ") + str(target), 15_000)

        def failed(message: str) -> None:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            interaction().warn(self, message)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._jobs = [j for j in getattr(self, "_jobs", []) if not j.finished] + [job]
        return job.start()

    def _ask_restore(self) -> None:
        if self.ctx.paths.db_url:  # never over the office open here: into a new, empty database on a server
            self.ask_restore_into_server()
            return
        name = open_file(self, self.tr("กู้คืนข้อมูล"), "SQLite (*.sqlite3 *.db)")
        if not name:
            return
        answer = interaction().confirm(
            self,
            self.tr("แทนที่ข้อมูลปัจจุบันด้วยไฟล์สำรองนี้หรือไม่? ข้อมูลปัจจุบันจะถูกเก็บสำรองไว้"),
        )
        if answer:
            self.restore_from(Path(name))

    def backup_to(self, target: Path) -> bool:
        from meetingdesk.services.backups import backup_to_file

        if not run(self, backup_to_file, self.ctx.paths, target)[1]:
            return False
        self.statusBar().showMessage(self.tr("สำรองข้อมูลแล้วที่ ") + str(target), 8000)
        return True

    def restore_from(self, file: Path) -> bool:
        """Replace the database with a checked backup (the replaced one is kept) and show the restored data."""
        from meetingdesk.services.backups import restore

        def restore_and_reopen() -> None:
            restore(self.ctx.paths, file)
            self.ctx.reopen()

        if not run(self, restore_and_reopen)[1]:
            return False
        self.meetings_page.refresh()
        from meetingdesk.services.first_view import office_name
        from meetingdesk.ui.windows.main_window import office_title

        self.setWindowTitle(office_title(self.ctx, office_name(self.ctx.db)))
        self.statusBar().showMessage(self.tr("กู้คืนข้อมูลแล้ว ข้อมูลเดิมเก็บสำรองไว้ในโฟลเดอร์ backups"), 8000)
        return True

    def daily_backup(self) -> None:
        if self.ctx.db.read_only:
            return
        from meetingdesk.services import settings
        from meetingdesk.services.backups import daily_backup

        keep = settings.get(self.ctx.db, settings.BACKUP_KEEP)
        self.in_background(lambda: daily_backup(self.ctx.paths, keep=keep), "daily backup")

    def in_background(self, work: Callable[[], object], what: str) -> None:
        """Long housekeeping (a backup of a large database) on a worker thread; a failure shows in the status
        bar, never as a frozen window."""
        job = Worker(work, lambda exc: f"{what}: {exc}")
        job.signals.failed.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        self._jobs = [j for j in getattr(self, "_jobs", []) if not j.finished] + [job]
        job.start()
