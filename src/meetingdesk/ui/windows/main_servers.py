"""The main window's ways to another database: File ▸ Open another database ▸ a file, the office's server
(``ui/dialogs/server_dialog.py``), or one of the servers opened recently (remembered without a password); and
switching the window to it (a mixin of ``MainWindow`` through ``FileActions``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run
from meetingdesk.ui.file_dialogs import open_file
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.workers import Worker

OPEN_WINDOWS: list[QMainWindow] = []  # main windows opened on another database (kept alive here)
RECENT_KEY = "db/recent_servers"
RECENT_MAX = 5


def recent_servers() -> list[str]:
    """The servers opened lately, newest first, as URLs without a password."""
    value = QSettings().value(RECENT_KEY) or []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def remember_server(shown: str) -> None:
    """``shown`` is the URL with any password already left out (``Paths.shown``)."""
    QSettings().setValue(RECENT_KEY, [shown, *[u for u in recent_servers() if u != shown]][:RECENT_MAX])


class ServerActions(QMainWindow):
    ctx: AppContext

    def open_database_menu(self) -> QMenu:
        """File ▸ Open another database: a file (Ctrl+O), the office's server, the recent servers."""
        menu = QMenu(self.tr("เปิดฐานข้อมูลอื่น"), self)
        open_file_action = QAction(self.tr("ไฟล์ฐานข้อมูล…"), self)
        open_file_action.setShortcut(QKeySequence.StandardKey.Open)
        open_file_action.triggered.connect(self._ask_open_database)
        self.addAction(open_file_action)
        server = QAction(self.tr("ฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)…"), self)
        server.triggered.connect(lambda: self.ask_open_server())
        restore = QAction(self.tr("กู้คืนไฟล์สำรองลงฐานข้อมูลว่างบนเครื่องแม่ข่าย…"), self)
        restore.triggered.connect(self.ask_restore_into_server)
        for action in (open_file_action, server, restore):
            menu.addAction(action)
        menu.aboutToShow.connect(lambda: self._list_recent(menu))
        self._list_recent(menu)
        return menu

    def _list_recent(self, menu: QMenu) -> None:
        for action in menu.actions()[3:]:
            menu.removeAction(action)
        recent = recent_servers()
        if recent:
            menu.addSeparator()
        for url in recent:
            action = menu.addAction(url)
            action.setData(url)
            action.triggered.connect(lambda _c=False, url=url: self.open_recent_server(url))

    def _ask_open_database(self) -> None:
        name = open_file(self, self.tr("เปิดฐานข้อมูล"), "MeetingDesk (*.sqlite3 *.db)")
        if name:
            self.open_database_file(name)

    def open_database_file(self, path: Path) -> QMainWindow | None:
        """Open another database in a new main window (this one closes); it becomes the one opened next time."""
        from meetingdesk.services.context import Paths

        ctx = AppContext(paths=Paths.resolve(None, path), lang=ui_lang())
        if not run(self, ctx.open, write=True, or_read_only=True)[1]:
            return None
        return self.switch_to(ctx)

    def ask_open_server(self, url: str | None = None, problem: str | None = None) -> QMainWindow | None:
        from meetingdesk.ui.dialogs.server_dialog import ServerDialog

        dialog = ServerDialog(self, url=url, problem=problem)
        if dialog.exec() != ServerDialog.DialogCode.Accepted or dialog.opened is None:
            return None
        return self.switch_to(dialog.opened)

    def ask_restore_into_server(self) -> None:
        kinds = self.tr("ไฟล์สำรอง (*.pgdump *.sqlite3 *.db)")
        backup = open_file(self, self.tr("กู้คืนลงฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)"), kinds)
        if backup:
            self.restore_into_server(backup)

    def restore_into_server(self, backup: Path) -> QMainWindow | None:
        """The dialog names an empty database on a server; the backup is restored there, verified, and opened
        in a new window (the office open here is not touched)."""
        from meetingdesk.ui.dialogs.server_dialog import ServerDialog

        dialog = ServerDialog(self, url=self.ctx.paths.db_url and self.ctx.paths.shown, restoring=backup)
        dialog.database.clear()
        if dialog.exec() != ServerDialog.DialogCode.Accepted or dialog.opened is None:
            return None
        return self.switch_to(dialog.opened)

    def open_recent_server(self, url: str) -> Worker:
        """A server opened before: reached on a worker thread (libpq finds a remembered password itself); when
        it refuses, the dialog opens on it with the reason."""
        from meetingdesk.services.servers import open_url
        from meetingdesk.ui.dialogs.server_dialog import describe

        lang = ui_lang()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(self.tr("กำลังติดต่อเครื่องแม่ข่าย %1 …").replace("%1", url))
        job = Worker(lambda: open_url(url, lang=lang), describe)

        def opened(ctx: AppContext) -> None:
            QGuiApplication.restoreOverrideCursor()
            self.switch_to(ctx)

        def refused(message: str) -> None:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self.ask_open_server(url, message)

        job.signals.done.connect(opened)
        job.signals.failed.connect(refused)
        self._server_job = job
        return job.start()

    def switch_to(self, ctx: AppContext) -> QMainWindow:
        """A new main window on ``ctx`` (this one closes, and its database with it); the database becomes the
        one opened at the next start, a server also one of the recent servers (never with its password)."""
        if ctx.paths.db_url:
            QSettings().setValue("db/last", ctx.paths.shown)
            remember_server(ctx.paths.shown)
        else:
            QSettings().setValue("db/last", str(ctx.paths.db_path.resolve()))
        from meetingdesk.ui.windows.main_window import MainWindow

        window = MainWindow(ctx)
        OPEN_WINDOWS.append(window)
        window.show()
        self.close()
        self.ctx.close()
        return window
