"""Decisions and their follow-up: every decision and action across bodies in one lazily loaded table
(``ui/models/tracker_model.py``), filters, an action's history with its evidence, and reporting progress
(``ui/dialogs/update_action_dialog.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.figures import Drill
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import tracker
from meetingdesk.services.context import AppContext
from meetingdesk.services.live import Heard
from meetingdesk.services.rights import what_i_may
from meetingdesk.ui.common import chosen, ui_lang
from meetingdesk.ui.dialogs.update_action_dialog import UpdateActionDialog
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.models.tracker_model import DecisionTrackerModel
from meetingdesk.ui.pages.tracker_drill import DrillBar
from meetingdesk.ui.pages.tracker_export import TrackerExportButton
from meetingdesk.ui.pages.tracker_reminders import TrackerReminders

TRACKED = frozenset({"decision", "action", "action_update", "agenda_item", "meeting", "body", "person", "work_group"})
NAMES = frozenset({"body", "person", "work_group"})  # shown in many rows: those changed, the rows are read again


class TrackerPage(QWidget):
    openMeeting = Signal(int)  # meeting id

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.may_write = not ctx.db.read_only and what_i_may(ctx.db).may_write  # a reader reports no progress
        self.model = DecisionTrackerModel(ctx)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("ค้นหาในมติและงาน…"))
        self.text.setClearButtonEnabled(True)
        self.body = QComboBox()
        self.status = QComboBox()
        self.owner = QComboBox()
        self.year = QComboBox()
        self.overdue = QCheckBox(self.tr("เฉพาะที่เกินกำหนด"))
        self.drill_bar = DrillBar()  # the rows behind a bar of the dashboard (apply_drill)
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
        self.trace_button = QPushButton(self.tr("เส้นทางของมติ…"))  # finding → … → result (show_trace)
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
        self.export_button = TrackerExportButton(self)  # the rows shown, the follow-up report, the calendar
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_meeting_button)
        buttons.addWidget(self.trace_button)
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
        layout.addWidget(self.drill_bar)
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
        self.drill_bar.cleared.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._show_history)
        self.table.doubleClicked.connect(lambda _index: self.ask_update())
        self.update_button.clicked.connect(self.ask_update)
        self.open_meeting_button.clicked.connect(self._open_meeting)
        self.trace_button.clicked.connect(self.show_trace)
        self.update_button.setEnabled(False)
        self.open_meeting_button.setEnabled(False)
        self.trace_button.setEnabled(False)
        self.loaded = False

    def showEvent(self, event: Any) -> None:
        if not self.loaded:  # the first look at the page runs the query, not the start of the app
            self.loaded = True
            self.apply_filters()
        self.reminders.refresh()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        from meetingdesk.services.listing import list_bodies

        lang = ui_lang()
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
                drill=self.drill_bar.drill,
            )
        )
        self.count.setText(self.tr("%n รายการ").replace("%n", f"{self.model.rowCount():,}"))
        self.history.clear()
        self.update_button.setEnabled(False)
        self.open_meeting_button.setEnabled(False)
        self.trace_button.setEnabled(False)

    def follow(self, heard: Heard) -> None:
        """Another user's change (an office server): the rows of the decisions and meetings it touched are
        read again and repainted, rows that came or went inserted or removed; the rest are not read again, and
        the selected row stays selected."""
        if not self.loaded:
            return  # the first look at the page reads everything anyway
        tables = heard.tables()
        if not (heard.everything or tables & TRACKED):
            return
        chosen = self.current()
        if heard.everything or tables & NAMES:
            self.model.refresh()  # a name or a body everywhere: read the rows again
        else:
            notes = heard.notes
            decisions = {n.row_id for n in notes if n.table == "decision" and n.row_id is not None}
            changed = {n.row_id for n in notes if n.table == "action" and n.row_id is not None}
            meetings = {n.meeting_id for n in notes if n.table in ("meeting", "agenda_item") and n.meeting_id}
            moves = bool(tables & {"decision", "action", "meeting"})  # a status, a due date, a row added or deleted
            self.model.follow(decisions, changed, meetings, rows_may_move=moves)
        self.count.setText(self.tr("%n รายการ").replace("%n", f"{self.model.rowCount():,}"))
        if chosen is not None:
            key = (chosen.decision_id, chosen.action_id)
            at = self.model._keys.index(key) if key in self.model._keys else -1
            if at >= 0 and self.table.currentIndex().row() != at:
                self.table.selectRow(at)
            if at >= 0:
                self.show_history(chosen.action_id)  # a progress report may have come with the change
        self.reminders.refresh()

    def apply_drill(self, drill: Drill) -> None:
        """Show the rows behind a bar of the dashboard: its body, year, status and owner in the filter boxes, the
        rest held by the drill bar (until cleared); the typed text is cleared."""
        boxes = (self.text, self.body, self.status, self.owner, self.year, self.overdue, self.reminders.due_soon)
        for box in boxes:
            box.blockSignals(True)
        self.text.clear()
        status = drill.status if drill.status != "overdue" else None
        for combo, value in ((self.body, drill.body_id), (self.year, drill.fiscal_year), (self.status, status),
                             (self.owner, drill.owner_person_id)):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        self.overdue.setChecked(drill.status == "overdue")
        self.reminders.due_soon.setChecked(False)
        for box in boxes:
            box.blockSignals(False)
        self.drill_bar.hold(drill)
        self.loaded = True
        self.apply_filters()

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
        self.update_button.setEnabled(row is not None and row.action_id is not None and self.may_write)
        self.open_meeting_button.setEnabled(row is not None)
        self.trace_button.setEnabled(row is not None)
        self.show_history(row.action_id if row is not None else None)

    def show_history(self, action_id: int | None) -> None:
        self.history.clear()
        if action_id is None:
            return
        lang = ui_lang()
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
        if row is None or row.action_id is None or not self.may_write:
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

    def show_trace(self) -> QWidget | None:
        """The trace of the current row's decision, in a window of its own."""
        from meetingdesk.services.trace import of_decision
        from meetingdesk.ui.dialogs.trace_dialog import TraceDialog

        row = self.current()
        if row is None:
            return None
        dialog = TraceDialog(self.ctx, of_decision(self.ctx.db, row.decision_id, lang=ui_lang()), self)
        dialog.openMeeting.connect(self.openMeeting)
        dialog.show()
        return dialog

    def _open_meeting(self) -> None:
        row = self.current()
        if row is not None:
            self.openMeeting.emit(row.meeting_id)
