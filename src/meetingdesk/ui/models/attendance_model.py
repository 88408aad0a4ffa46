"""The attendance table: who is expected and who came, over plain rows from ``services.meeting_view``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from meetingdesk.services.meeting_view import AttendanceRow
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.table_models import ColumnsModel, Index


class AttendanceModel(ColumnsModel):
    """Name, role in the meeting, attendance, reason (or whom a substitute replaces), time signed in."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "ชื่อ"),
        QT_TRANSLATE_NOOP("Columns", "ตำแหน่งในที่ประชุม"),
        QT_TRANSLATE_NOOP("Columns", "การมาประชุม"),
        QT_TRANSLATE_NOOP("Columns", "เหตุผล / มาแทน"),
        QT_TRANSLATE_NOOP("Columns", "เวลาลงชื่อ"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[AttendanceRow, ...] = ()

    @property
    def rows(self) -> tuple[AttendanceRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        """New rows, the way a table keeps its place: rows added or removed at the end, the others changed in
        place (so the current row and the selection stay where they were, as the secretary left them)."""
        new, old = tuple(rows), len(self._rows)
        if len(new) > old:
            self.beginInsertRows(QModelIndex(), old, len(new) - 1)
            self._rows = new
            self.endInsertRows()
        elif len(new) < old:
            self.beginRemoveRows(QModelIndex(), len(new), old - 1)
            self._rows = new
            self.endRemoveRows()
        else:
            self._rows = new
        kept = min(old, len(new))
        if kept:
            self.dataChanged.emit(self.index(0, 0), self.index(kept - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(self._rows[index.row()], index.column())

    def cell(self, row: AttendanceRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.role.label(ui_lang()) if row.role is not None else row.role_text
        if column == 2:
            return row.status.label(ui_lang()) if row.status is not None else "—"
        if column == 3:
            return self.reason(row)
        return row.signed_in_at.strftime("%H.%M น.") if row.signed_in_at else ""

    def reason(self, row: AttendanceRow) -> str:
        """Why a member was absent, or whom a substitute replaces."""
        if row.absence_reason or not row.substitute_for_id:
            return row.absence_reason
        return self.tr("แทน %1").replace("%1", row.substitute_for)
