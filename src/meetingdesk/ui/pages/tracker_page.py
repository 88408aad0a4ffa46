"""Decisions and their follow-up: every decision and action across bodies in one lazily loaded table.

The model holds only the keys of the rows that pass the filters (``services.tracker.tracker_index`` and ``narrow``) and
fetches the details a page at a time as the table scrolls, so a decade of decisions filters in milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.errors import UserError
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import tracker
from meetingdesk.services.actions import report_progress
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import chosen, ui_lang
from meetingdesk.ui.file_dialogs import open_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.models.table_models import ColumnsModel
from meetingdesk.ui.pages.tracker_reminders import TrackerReminders
from meetingdesk.ui.widgets.thai_date_edit import ThaiDateEdit

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
OVERDUE = QBrush(QColor("#b00020"))


class DecisionTrackerModel(ColumnsModel):
    """Rows by key; details fetched a page at a time and kept for the most recent pages."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "องค์คณะ"),
        QT_TRANSLATE_NOOP("Columns", "ครั้งที่"),
        QT_TRANSLATE_NOOP("Columns", "วันที่"),
        QT_TRANSLATE_NOOP("Columns", "ระเบียบวาระ"),
        QT_TRANSLATE_NOOP("Columns", "มติ"),
        QT_TRANSLATE_NOOP("Columns", "สิ่งที่ต้องดำเนินการ"),
        QT_TRANSLATE_NOOP("Columns", "ผู้รับผิดชอบ"),
        QT_TRANSLATE_NOOP("Columns", "กำหนดเสร็จ"),
        QT_TRANSLATE_NOOP("Columns", "สถานะ"),
    )
    SORT_BY: ClassVar[dict[int, str]] = {0: "body", 1: "meeting", 2: "meeting", 6: "owner", 7: "due", 8: "status"}

    def __init__(self, ctx: AppContext, *, lang: str = "th") -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.filter = tracker.TrackerFilter()
        self.sort_by = "due"
        self.descending = False
        self.today = dt.date.today()
        self._keys: list[tracker.Key] = []
        self._index: list[tuple[tracker.Key, str]] | None = None
        self._pages: OrderedDict[int, dict[tracker.Key, tracker.TrackerRow]] = OrderedDict()

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
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def row(self, row: int) -> tracker.TrackerRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            keys = self._keys[page_no * PAGE : (page_no + 1) * PAGE]
            page = tracker.tracker_rows(self.ctx.db, keys, today=self.today)
            self._pages[page_no] = page
            if len(self._pages) > 20:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._keys[row])

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
            status = "—" if r.status is None else r.status.label(self.lang)
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


class UpdateActionDialog(QDialog):
    """A dated progress update: new status, a note, an evidence file (copied into the data folder)."""

    def __init__(self, ctx: AppContext, row: tracker.TrackerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("รายงานความก้าวหน้า"))
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status.label(ctx.lang), status)
        if row.status is not None:
            self.status.setCurrentIndex(self.status.findData(row.status))
        self.on = ThaiDateEdit(dt.date.today(), lang=ctx.lang)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("สิ่งที่ดำเนินการแล้ว ปัญหา หรือเหตุผล"))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("ไฟล์หลักฐาน (ถ้ามี)"))
        browse = QPushButton(self.tr("เลือกไฟล์…"))
        browse.clicked.connect(self._browse)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        title = QLabel(row.action)
        title.setWordWrap(True)
        form.addRow(self.tr("งาน"), title)
        form.addRow(self.tr("สถานะ"), self.status)
        form.addRow(self.tr("วันที่"), self.on)
        form.addRow(self.tr("บันทึก"), self.note)
        form.addRow(self.tr("หลักฐาน"), evidence)
        form.addRow(buttons)
        self.resize(560, 360)

    def _browse(self) -> None:
        name = open_file(self, self.tr("เลือกไฟล์หลักฐาน"))
        if name:
            self.evidence.setText(str(name))

    def save(self) -> None:
        """The update and its evidence file in one service call (one transaction, committed before the dialog
        closes): a refused update keeps no copy of the file."""
        assert self.row.action_id is not None
        status = chosen(self.status, ActionStatus)
        evidence = self.evidence.text().strip()
        try:
            report_progress(
                self.ctx.db,
                self.ctx.paths.data_dir,
                self.row.action_id,
                status=status if status != self.row.status else None,
                note=self.note.toPlainText(),
                evidence=Path(evidence) if evidence else None,
                on=self.on.date(),
            )
        except UserError as exc:
            interaction().warn(self, exc.message(self.ctx.lang))
            return
        self.accept()


class TrackerPage(QWidget):
    openMeeting = Signal(int)  # meeting id

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = DecisionTrackerModel(ctx, lang=ctx.lang)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("ค้นหาในมติและงาน…"))
        self.text.setClearButtonEnabled(True)
        self.body = QComboBox()
        self.status = QComboBox()
        self.owner = QComboBox()
        self.year = QComboBox()
        self.overdue = QCheckBox(self.tr("เฉพาะที่เกินกำหนด"))
        self.reminders = TrackerReminders(self)  # the reminders bar and the "due within 7 days" box
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(7, Qt.SortOrder.AscendingOrder)  # by due date, as the model starts
        header.sectionClicked.connect(self._sort_clicked)
        for column, width in enumerate((180, 70, 90, 220, 200, 260, 170, 90, 150)):
            header.resizeSection(column, width)
        self.update_button = QPushButton(self.tr("รายงานความก้าวหน้า…"))
        self.open_meeting_button = QPushButton(self.tr("เปิดการประชุมที่มีมตินี้"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.itemActivated.connect(self.open_evidence)  # double-click or Enter

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        for widget in (self.body, self.status, self.owner, self.year):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
            filters.addWidget(widget, 1)
        filters.addWidget(self.overdue)
        filters.addWidget(self.reminders.due_soon)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_meeting_button)
        buttons.addWidget(self.update_button)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("ประวัติการดำเนินงาน")))
        history_layout.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(history)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders.bar)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self._fill_filters()
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(0)  # keystrokes typed in one burst filter once
        self._coalesce.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(self._coalesce.start)
        for combo in (self.body, self.status, self.owner, self.year):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._show_history)
        self.table.doubleClicked.connect(lambda _index: self.ask_update())
        self.update_button.clicked.connect(self.ask_update)
        self.open_meeting_button.clicked.connect(self._open_meeting)
        self.update_button.setEnabled(False)
        self.open_meeting_button.setEnabled(False)
        self.loaded = False

    def showEvent(self, event: Any) -> None:
        if not self.loaded:  # the first look at the page runs the query, not the start of the app
            self.loaded = True
            self.apply_filters()
        self.reminders.refresh()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        from meetingdesk.services.listing import list_bodies

        lang = self.ctx.lang
        self.body.addItem(self.tr("ทุกองค์คณะ"), None)
        for body_id, name in list_bodies(self.ctx.db):
            self.body.addItem(name, body_id)
        self.status.addItem(self.tr("ทุกสถานะ"), None)
        for status in ActionStatus:
            self.status.addItem(status.label(lang), status)
        self.owner.addItem(self.tr("ทุกผู้รับผิดชอบ"), None)
        for person_id, name in tracker.owners(self.ctx.db):
            self.owner.addItem(name, person_id)
        self.year.addItem(self.tr("ทุกปีงบประมาณ"), None)
        for year in tracker.fiscal_years(self.ctx.db):
            self.year.addItem(self.tr("ปีงบประมาณ ") + str(year), year)

    def apply_filters(self) -> None:
        self.model.set_filter(
            tracker.TrackerFilter(
                body_id=self.body.currentData(),
                status=chosen(self.status, ActionStatus),
                owner_person_id=self.owner.currentData(),
                overdue=self.overdue.isChecked(),
                due_this_week=self.reminders.due_soon.isChecked(),
                fiscal_year=self.year.currentData(),
                text=self.text.text(),
            )
        )
        self.count.setText(self.tr("%n รายการ").replace("%n", f"{self.model.rowCount():,}"))
        self.history.clear()
        self.update_button.setEnabled(False)
        self.open_meeting_button.setEnabled(False)

    def _sort_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        key = DecisionTrackerModel.SORT_BY.get(column)
        if key is None:
            return
        descending = self.model.sort_by == key and not self.model.descending
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.model.sort_key(key, descending=descending)

    def current(self) -> tracker.TrackerRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_history(self, *_args: object) -> None:
        row = self.current()
        self.update_button.setEnabled(row is not None and row.action_id is not None and not self.ctx.db.read_only)
        self.open_meeting_button.setEnabled(row is not None)
        self.show_history(row.action_id if row is not None else None)

    def show_history(self, action_id: int | None) -> None:
        self.history.clear()
        if action_id is None:
            return
        lang = self.ctx.lang
        for line in tracker.history(self.ctx.db, action_id):
            change = f"{line.old.label(lang)} → {line.new.label(lang)}" if line.old and line.new else ""
            evidence = self.tr("หลักฐาน: %1 (ดับเบิลคลิกเพื่อเปิด)").replace("%1", line.evidence) if line.evidence else ""
            entry = QListWidgetItem(
                "  ".join(p for p in (short_date_text(line.on, ui_lang()), change, line.note, evidence) if p)
            )
            if line.evidence:
                entry.setData(Qt.ItemDataRole.UserRole, line.evidence)
                entry.setToolTip(str(self.ctx.paths.data_dir / line.evidence))
            self.history.addItem(entry)
        if self.history.count() == 0:
            self.history.addItem(self.tr("ยังไม่มีรายงานความก้าวหน้า"))

    def open_evidence(self, entry: QListWidgetItem) -> bool:
        """The evidence file kept with a progress update, in the program the computer opens it with."""
        kept = entry.data(Qt.ItemDataRole.UserRole)
        if not kept:
            return False
        path = self.ctx.paths.data_dir / kept
        if not path.exists():
            interaction().warn(self, self.tr("ไม่พบไฟล์หลักฐาน: %1").replace("%1", str(path)))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_update(self) -> bool:
        row = self.current()
        if row is None or row.action_id is None or self.ctx.db.read_only:
            return False
        dialog = UpdateActionDialog(self.ctx, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_update(row)
        return True

    def after_update(self, row: tracker.TrackerRow) -> None:
        """Show the stored update: refresh the rows (the status may have changed) and keep the row selected."""
        self.model.refresh()
        self.reminders.refresh()
        key = (row.decision_id, row.action_id)
        at = self.model._keys.index(key) if key in self.model._keys else -1
        if at >= 0:
            self.table.selectRow(at)
            self._show_history()
        else:  # the update moved it out of the filter: its history stays in view
            self.show_history(row.action_id)

    def _open_meeting(self) -> None:
        row = self.current()
        if row is not None:
            self.openMeeting.emit(row.meeting_id)
