"""The meetings of every body, by body and year, with their status; creating a meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import RecordingStyle
from meetingdesk.services import first_view
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import ThaiDateEdit, chosen, run
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.table_models import MeetingListModel


class NewMeetingDialog(QDialog):
    """Body, date and time; the number, the agenda from the body's template and matters arising follow."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, body_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("การประชุมครั้งใหม่"))
        self.body = QComboBox()
        for bid, name in first_view.bodies(ctx.db):
            self.body.addItem(name, bid)
        if body_id is not None:
            self.body.setCurrentIndex(max(0, self.body.findData(body_id)))
        self.date = ThaiDateEdit(dt.date.today())
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("เว้นว่าง: ใช้สถานที่ประจำขององค์คณะ"))
        self.title = QLineEdit()
        self.recording_style = QComboBox()
        for style in RecordingStyle:
            self.recording_style.addItem(style.label(ui_lang()), style)
        self.recording_style.setCurrentIndex(self.recording_style.findData(RecordingStyle.SUMMARY))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("สร้างการประชุม"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.create_meeting)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("องค์คณะ"), self.body)
        form.addRow(self.tr("วันที่"), self.date)
        form.addRow(self.tr("เวลาเริ่ม"), self.start)
        form.addRow(self.tr("สถานที่"), self.place)
        form.addRow(self.tr("เรื่อง (ถ้ามี)"), self.title)
        form.addRow(self.tr("วิธีจดรายงาน"), self.recording_style)
        form.addRow(buttons)
        self.resize(640, 300)

    def create_meeting(self) -> None:
        from meetingdesk.services import meetings

        q = self.start.time()
        new = meetings.NewMeeting(
            body_id=self.body.currentData(),
            date=self.date.date(),
            start_time=dt.time(q.hour(), q.minute()),
            place=self.place.text(),
            title=self.title.text(),
            recording_style=chosen(self.recording_style, RecordingStyle) or RecordingStyle.SUMMARY,
        )
        meeting_id, ok = run(self, meetings.create_meeting, self.ctx.db, new)
        if ok:
            self.meeting_id = meeting_id
            self.accept()


class MeetingsPage(QWidget):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.body = QComboBox()
        self.body.addItem(self.tr("ทุกองค์คณะ"), None)
        for bid, name in first_view.bodies(ctx.db):
            self.body.addItem(name, bid)
        self.year = QComboBox()
        self.new_button = QPushButton(self.tr("การประชุมครั้งใหม่… (Ctrl+N)"))
        self.new_button.setEnabled(not ctx.db.read_only)
        self.open_button = QPushButton(self.tr("เปิด"))
        self.model = MeetingListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # widths from the rows in view, not all 2,000
        top = QHBoxLayout()
        top.addWidget(self.body, 2)
        top.addWidget(self.year, 1)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()
        self.body.currentIndexChanged.connect(self.refresh)
        self.year.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(lambda index: self.openMeeting.emit(self.model.row_id(index.row())))
        self.open_button.clicked.connect(self._open_current)
        self.new_button.clicked.connect(self.ask_new)

    def refresh(self) -> None:
        rows = first_view.meetings(self.ctx.db, body_id=self.body.currentData(), year_be=self.year.currentData())
        self.model.set_rows(rows)
        if self.year.count() == 0:  # the years present, once
            self.year.blockSignals(True)
            self.year.addItem(self.tr("ทุกปี"), None)
            for year in sorted({r["year_be"] for r in rows}, reverse=True):
                self.year.addItem(self.tr("พ.ศ. ") + str(year), year)
            self.year.blockSignals(False)
        self.table.resizeColumnsToContents()

    def follow(self) -> None:
        """Another user changed meetings (an office server): the list read again, only changed rows repainted
        when no meeting came or went; the selected meeting stays selected."""
        index = self.table.currentIndex()
        chosen_id = self.model.row_id(index.row()) if index.isValid() else None
        rows = first_view.meetings(self.ctx.db, body_id=self.body.currentData(), year_be=self.year.currentData())
        self.model.update_rows(rows)
        if chosen_id is not None and not self.table.currentIndex().isValid():
            for at in range(self.model.rowCount()):
                if self.model.row_id(at) == chosen_id:
                    self.table.selectRow(at)
                    break

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.openMeeting.emit(self.model.row_id(index.row()))

    def ask_new(self) -> int | None:
        dialog = NewMeetingDialog(self.ctx, self, body_id=self.body.currentData())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.meeting_id is None:
            return None
        self.refresh()
        self.openMeeting.emit(dialog.meeting_id)
        return dialog.meeting_id
