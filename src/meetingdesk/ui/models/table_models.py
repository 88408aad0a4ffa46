"""Table models over plain rows from the services (meetings, sessions)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from meetingdesk.domain.enums import MeetingStatus, SessionStatus, Technique
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.ui.common import ui_lang

Index = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """A table with named columns (translated through the "Columns" context)."""

    COLUMNS: tuple[object, ...] = ()  # marked for translation (context "Columns")

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", str(self.COLUMNS[section]))
        return None


class _RowTableModel(ColumnsModel):
    """A read-only table over plain rows (dicts from a service); subclasses name the columns and the cells."""

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = rows or []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_rows(self, rows: list[dict[str, Any]]) -> None:
        """The rows read again: when they are the same rows in the same order, only the changed ones are
        repainted (the selection and the scroll position stay); else the table is reset."""
        if [r.get("id") for r in rows] != [r.get("id") for r in self._rows]:
            self.set_rows(rows)
            return
        old, self._rows = self._rows, rows
        last = self.columnCount() - 1
        for at, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(self._rows[index.row()], index.column())

    def cell(self, row: dict[str, Any], column: int) -> str:
        raise NotImplementedError

    def row_id(self, row: int) -> int:
        return int(self._rows[row]["id"])


class MeetingListModel(_RowTableModel):
    """Meetings as rows: number, date, body, status."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "ครั้งที่"),
        QT_TRANSLATE_NOOP("Columns", "วันที่"),
        QT_TRANSLATE_NOOP("Columns", "องค์คณะ"),
        QT_TRANSLATE_NOOP("Columns", "สถานะ"),
        QT_TRANSLATE_NOOP("Columns", "เรื่อง"),
    )

    def cell(self, row: dict[str, Any], column: int) -> str:
        return (
            f"{row['number']}/{row['year_be']}",
            short_date_text(dt.date.fromisoformat(row["date"]), ui_lang()),
            row["body"],
            MeetingStatus(row["status"]).label(ui_lang()),
            row.get("title") or "",
        )[column]


class SessionListModel(_RowTableModel):
    """Structured sessions: technique, status, their counts (cards, groups), and the title (a workshop's own, or
    the agenda item the session runs on)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "กิจกรรม"),
        QT_TRANSLATE_NOOP("Columns", "สถานะ"),
        QT_TRANSLATE_NOOP("Columns", "การ์ด"),
        QT_TRANSLATE_NOOP("Columns", "กลุ่ม"),
        QT_TRANSLATE_NOOP("Columns", "ในการประชุม"),
        QT_TRANSLATE_NOOP("Columns", "หัวข้อ"),
    )

    def session_id(self, row: int) -> int:
        return self.row_id(row)

    def cell(self, row: dict[str, Any], column: int) -> str:
        return (
            Technique(row["technique"]).label(ui_lang()),
            SessionStatus(row["status"]).label(ui_lang()),
            str(row["cards"]),
            str(row["clusters"]),
            _meeting(row["meeting"], row["meeting_date"]),
            _session_title(row["title"], row["agenda_item"]),
        )[column]


def _meeting(meeting: str | None, date: str | None) -> str:
    """``บอร์ดบริหาร 3/2569 · 12 พ.ย. 69``, or a dash for a workshop of its own."""
    if not meeting or not date:
        return "—"
    return f"{meeting} · {short_date_text(dt.date.fromisoformat(date), ui_lang())}"


def _session_title(title: str, item: str | None) -> str:
    """A workshop's own title, the agenda item a session runs on, or both when they differ."""
    if item and (not title or item.endswith(title)):
        return item
    return " — ".join(t for t in (title, item) if t)
