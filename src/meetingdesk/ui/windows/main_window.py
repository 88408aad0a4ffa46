"""The main window: the office's meetings (the first view; the others arrive with the desktop-app issue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from meetingdesk.domain.enums import MeetingStatus
from meetingdesk.domain.thai.dates import short_date
from meetingdesk.services.context import AppContext
from meetingdesk.services.listing import list_meetings
from meetingdesk.services.office import office_name

Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractTableModel):
    """Meetings as rows: number, date, body, status."""

    COLUMNS = ("ครั้งที่", "วันที่", "องค์คณะ", "สถานะ")

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
        import datetime as dt

        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{row['number']}/{row['year_be']}"
        if column == 1:
            return short_date(dt.date.fromisoformat(row["date"]))
        if column == 2:
            return row["body"]
        return MeetingStatus(row["status"]).label_th


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
        layout.addWidget(QLabel("การประชุม"))
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(1100, 700)
