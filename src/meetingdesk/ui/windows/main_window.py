"""The main window: the office's meetings (the first view; the others arrive with the desktop-app issue)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import MeetingStatus, SessionStatus, Technique
from meetingdesk.domain.errors import UserError
from meetingdesk.domain.thai.dates import short_date
from meetingdesk.services.context import AppContext
from meetingdesk.services.listing import list_meetings
from meetingdesk.services.office import office_name

Index = QModelIndex | QPersistentModelIndex


class _RowTableModel(QAbstractTableModel):
    """A read-only table over plain rows (dicts from a service); subclasses name the columns and the cells."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = rows or []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(self._rows[index.row()], index.column())

    def cell(self, row: dict[str, Any], column: int) -> str:
        raise NotImplementedError


class MeetingListModel(_RowTableModel):
    """Meetings as rows: number, date, body, status."""

    COLUMNS = ("ครั้งที่", "วันที่", "องค์คณะ", "สถานะ")

    def cell(self, row: dict[str, Any], column: int) -> str:
        import datetime as dt

        return (
            f"{row['number']}/{row['year_be']}",
            short_date(dt.date.fromisoformat(row["date"])),
            row["body"],
            MeetingStatus(row["status"]).label_th,
        )[column]


class SessionListModel(_RowTableModel):
    """Structured sessions: technique, status, cards, the agenda item they run on."""

    COLUMNS = ("กิจกรรม", "สถานะ", "การ์ด", "ระเบียบวาระ")

    def session_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def cell(self, row: dict[str, Any], column: int) -> str:
        return (
            Technique(row["technique"]).label_th,
            SessionStatus(row["status"]).label_th,
            str(row["cards"]),
            row["agenda_item"] or row["title"],
        )[column]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"MeetingDesk — {office_name(ctx.db)}")
        self.model = MeetingListModel(list_meetings(ctx.db))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 8px; border: 1px solid #ffe69c;")
        self.banner.setVisible(ctx.db.read_only)
        if ctx.db.read_only:
            who = ctx.locked_by.describe(ctx.lang) if ctx.locked_by else self.tr("โปรแกรมอื่น")
            self.banner.setText(
                self.tr("เปิดแบบอ่านอย่างเดียว: ฐานข้อมูลนี้กำลังถูกแก้ไขโดย %1 การเปลี่ยนแปลงจะบันทึกไม่ได้").replace("%1", who)
            )
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("การประชุม"))
        from meetingdesk.services.sessions import list_sessions

        self.session_model = SessionListModel(list_sessions(ctx.db))
        self.sessions = QTableView()
        self.sessions.setModel(self.session_model)
        self.sessions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.doubleClicked.connect(lambda index: self.open_session(self.session_model.session_id(index.row())))
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        self.new_session_button = QPushButton(self.tr("เริ่มกิจกรรมกลุ่มใหม่…"))
        self.new_session_button.setEnabled(not ctx.db.read_only)
        self.new_session_button.clicked.connect(self.ask_new_session)
        sessions_layout.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignLeft)
        sessions_layout.addWidget(self.sessions)
        self.tabs.addTab(sessions_page, self.tr("กิจกรรมกลุ่ม (ดับเบิลคลิกเพื่อเปิดแผงผู้ดำเนินกิจกรรม)"))
        layout.addWidget(self.tabs)
        self.consoles: list[QWidget] = []
        self.setCentralWidget(central)
        self.resize(1100, 700)
        self._menus()
        self._daily = QTimer(self)
        self._daily.setInterval(60 * 60 * 1000)  # once an hour: a day without a backup gets one
        self._daily.timeout.connect(self.daily_backup)
        self._daily.start()

    def open_session(self, session_id: int) -> QWidget:
        """The facilitator's console for a session, in its own window."""
        from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

        console = FacilitatorConsole(self.ctx.db, session_id, lang=self.ctx.lang)
        self.consoles.append(console)
        console.show()
        return console

    def ask_new_session(self) -> QWidget | None:
        """Choose a technique and an agenda item; the new session opens in the facilitator's console."""
        from meetingdesk.services.sessions import list_sessions
        from meetingdesk.ui.windows.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.ctx.db, self, lang=self.ctx.lang)
        if dialog.exec() != NewSessionDialog.DialogCode.Accepted or dialog.session_id is None:
            return None
        self.session_model.set_rows(list_sessions(self.ctx.db))
        return self.open_session(dialog.session_id)

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("แฟ้ม"))
        backup = QAction(self.tr("สำรองข้อมูล…"), self)
        backup.triggered.connect(self._ask_backup)
        restore = QAction(self.tr("กู้คืนข้อมูลจากไฟล์สำรอง…"), self)
        restore.triggered.connect(self._ask_restore)
        restore.setEnabled(not self.ctx.db.read_only)
        quit_action = QAction(self.tr("ออก"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (backup, restore, quit_action):
            menu.addAction(action)

    def _ask_backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("สำรองข้อมูล"), str(Path.home() / "meetingdesk-backup.sqlite3"), "SQLite (*.sqlite3)"
        )
        if name:
            self.backup_to(Path(name))

    def _ask_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("กู้คืนข้อมูล"), str(Path.home()), "SQLite (*.sqlite3 *.db)")
        if not name:
            return
        answer = QMessageBox.question(
            self,
            "MeetingDesk",
            self.tr("แทนที่ข้อมูลปัจจุบันด้วยไฟล์สำรองนี้หรือไม่? ข้อมูลปัจจุบันจะถูกเก็บสำรองไว้"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def backup_to(self, target: Path) -> bool:
        from meetingdesk.storage import sqlite

        try:
            sqlite.backup_to(self.ctx.paths.db_path, target)
        except OSError as exc:
            QMessageBox.warning(self, "MeetingDesk", self.tr("สำรองข้อมูลไม่สำเร็จ: ") + str(exc.strerror))
            return False
        self.statusBar().showMessage(self.tr("สำรองข้อมูลแล้วที่ ") + str(target), 8000)
        return True

    def restore_from(self, file: Path) -> bool:
        """Replace the database with a checked backup (the replaced one is kept) and show the restored data."""
        from meetingdesk.services.backups import restore

        try:
            restore(self.ctx.paths, file)
            self.ctx.reopen()
        except UserError as exc:
            QMessageBox.warning(self, "MeetingDesk", exc.message(self.ctx.lang))
            return False
        self.model.set_rows(list_meetings(self.ctx.db))
        self.setWindowTitle(f"MeetingDesk — {office_name(self.ctx.db)}")
        self.statusBar().showMessage(self.tr("กู้คืนข้อมูลแล้ว ข้อมูลเดิมเก็บสำรองไว้ในโฟลเดอร์ backups"), 8000)
        return True

    def daily_backup(self) -> None:
        if self.ctx.db.read_only:
            return
        from meetingdesk.services import settings
        from meetingdesk.services.backups import daily_backup

        daily_backup(self.ctx.paths, keep=int(settings.get(self.ctx.db, "backup.keep")))  # type: ignore[call-overload]
