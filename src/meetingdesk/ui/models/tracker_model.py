"""The decision tracker as a Qt model: only the keys of the rows that pass the filters
(``services.tracker.tracker_index`` and ``narrow``) are held; the details are fetched a page at a time as the table
scrolls, so a decade of decisions filters in milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import tracker
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import ui_lang
from meetingdesk.ui.models.table_models import ColumnsModel

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
KEEP = 20 * PAGE  # rows held in memory, the most recently shown
OVERDUE = QBrush(QColor("#b00020"))


class DecisionTrackerModel(ColumnsModel):
    """Rows by key; details fetched a page at a time and kept for the most recent pages."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "องค์คณะ"),
        QT_TRANSLATE_NOOP("Columns", "ครั้งที่"),
        QT_TRANSLATE_NOOP("Columns", "วันที่"),
        QT_TRANSLATE_NOOP("Columns", "ระเบียบวาระ"),
        QT_TRANSLATE_NOOP("Columns", "มติ"),
        QT_TRANSLATE_NOOP("Columns", "การดำเนินการตามมติ"),
        QT_TRANSLATE_NOOP("Columns", "ผู้รับผิดชอบ"),
        QT_TRANSLATE_NOOP("Columns", "กำหนดเสร็จ"),
        QT_TRANSLATE_NOOP("Columns", "สถานะ"),
    )
    SORT_BY: ClassVar[dict[int, str]] = {0: "body", 1: "meeting", 2: "meeting", 6: "owner", 7: "due", 8: "status"}

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = tracker.TrackerFilter()
        self.sort_by = "due"
        self.descending = False
        self.today = dt.date.today()
        self._keys: list[tracker.Key] = []
        self._index: list[tuple[tracker.Key, str]] | None = None
        self._rows: OrderedDict[tracker.Key, tracker.TrackerRow] = OrderedDict()  # the most recently shown
        self.fetched = 0  # rows read from the database so far (tests: what another user's change reloads)

    def refresh(self) -> None:
        """Re-read the rows (after a filter other than the text, a sort, or an update), then apply the text."""
        self._index = tracker.tracker_index(self.ctx.db, self.filter, sort=self.sort_by, descending=self.descending)
        self._narrow()

    def set_filter(self, f: tracker.TrackerFilter) -> None:
        only_text = self._index is not None and replace(f, text="") == replace(self.filter, text="")
        self.filter = f
        if only_text:
            self._narrow()  # typing: narrow the rows in memory, no query
        else:
            self.refresh()

    def _narrow(self) -> None:
        keys = tracker.narrow(self._index or [], self.filter.text)
        self.beginResetModel()
        self._keys = keys
        self._rows.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def row(self, row: int) -> tracker.TrackerRow | None:
        if not 0 <= row < len(self._keys):
            return None
        key = self._keys[row]
        found = self._rows.get(key)
        if found is not None:
            self._rows.move_to_end(key)
            return found
        start = row // PAGE * PAGE  # the page around it, less what is already held
        wanted = [k for k in self._keys[start : start + PAGE] if k not in self._rows]
        fetched = tracker.tracker_rows(self.ctx.db, wanted, today=self.today)
        self.fetched += len(fetched)
        self._rows.update(fetched)
        while len(self._rows) > KEEP:
            self._rows.popitem(last=False)
        return self._rows.get(key)

    def follow(self, decisions: set[int], actions: set[int], meetings: set[int], *, rows_may_move: bool) -> None:
        """Another user changed these decisions, actions or meetings: their rows are read again when next shown
        and repainted; the others stay as they are. ``rows_may_move``: something that filters or sorts
        changed (a status, a due date, an action added or deleted): the keys are read again and rows that came
        or went are inserted or removed, without a reset."""

        def touched(key: tracker.Key) -> bool:
            return key[0] in decisions or key[1] in actions

        stale = {k for k, r in self._rows.items() if touched(k) or r.meeting_id in meetings}
        for key in stale:
            del self._rows[key]
        if rows_may_move and self._index is not None:
            self._index = tracker.tracker_index(self.ctx.db, self.filter, sort=self.sort_by, descending=self.descending)
            self._move_to(tracker.narrow(self._index, self.filter.text))
        last = self.columnCount() - 1
        for at, key in enumerate(self._keys):
            if key in stale or touched(key):
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    def _move_to(self, keys: list[tracker.Key]) -> None:
        """From the rows shown to ``keys``: rows removed and inserted where they differ (``difflib``'s opcodes)."""
        from difflib import SequenceMatcher

        if keys == self._keys:
            return
        # Before each opcode the rows shown are keys[:j1] + the old rows from i1 on: it starts at row j1.
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, self._keys, keys, autojunk=False).get_opcodes():
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), j1, j1 + i2 - i1 - 1)
                del self._keys[j1 : j1 + i2 - i1]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), j1, j2 - 1)
                self._keys[j1:j1] = keys[j1:j2]
                self.endInsertRows()
        assert self._keys == keys

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4, 5):
            return self._cell(r, index.column())
        return None

    def _cell(self, r: tracker.TrackerRow, column: int) -> str:
        if column == 8:
            status = "—" if r.status is None else r.status.label(ui_lang())
            return status + (QCoreApplication.translate("Tracker", " (เกินกำหนด)") if r.overdue else "")
        values = (
            r.body,
            r.meeting,
            short_date_text(r.date, ui_lang()),
            r.item,
            r.decision,
            r.action or "—",
            r.owner or "—",
            short_date_text(r.due, ui_lang()) if r.due else "—",
        )
        return values[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_BY.get(column)
        if key is None:
            return
        self.sort_key(key, descending=order == Qt.SortOrder.DescendingOrder)

    def sort_key(self, key: str, *, descending: bool = False) -> None:
        self.sort_by, self.descending = key, descending
        self.refresh()
