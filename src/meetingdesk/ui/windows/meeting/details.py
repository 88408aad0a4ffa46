"""The details tab: title, date, place, times, who signs the minutes, how they are written, the status.

Whatever was changed is saved on leaving the tab or closing the window, in one service call.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from meetingdesk.domain.enums import MeetingStatus, RecordingStyle
from meetingdesk.services import meeting_view, meetings
from meetingdesk.ui.common import ThaiDateEdit, chosen
from meetingdesk.ui.language import ui_lang

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting.window import MeetingWindow


def _qtime(value: dt.time | None, otherwise: QTime) -> QTime:
    return QTime(value.hour, value.minute) if value else otherwise


def _time(edit: QTimeEdit) -> dt.time:
    q = edit.time()
    return dt.time(q.hour(), q.minute())


class DetailsTab(QWidget):
    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self._version: int | None = None  # the meeting's version the fields on screen were read at
        self.title = QLineEdit()
        self.date = ThaiDateEdit()
        self.place = QLineEdit()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.has_end = QCheckBox(self.tr("เลิกประชุมแล้ว"))
        self.recording_style = QComboBox()
        for style in RecordingStyle:
            self.recording_style.addItem(style.label(ui_lang()), style)
        self.status = QComboBox()
        for status in MeetingStatus:
            if status is not MeetingStatus.CERTIFIED:
                self.status.addItem(status.label(ui_lang()), status)
        self.chair = QComboBox()
        self.minute_taker = QComboBox()
        self.minutes_checker = QComboBox()
        self.opening = QPlainTextEdit()
        self.opening.setPlaceholderText(self.tr("ข้อความเปิดประชุม เช่น เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดประชุม…"))
        self.save_button = QPushButton(self.tr("บันทึกรายละเอียด"))
        self.saved = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("เรื่อง (ถ้ามี)"), self.title)
        form.addRow(self.tr("วันที่"), self.date)
        form.addRow(self.tr("สถานที่"), self.place)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.has_end)
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(self.tr("เวลา"), times)
        form.addRow(self.tr("ประธานในที่ประชุม"), self.chair)
        form.addRow(self.tr("ผู้จดรายงานการประชุม"), self.minute_taker)
        form.addRow(self.tr("ผู้ตรวจรายงานการประชุม"), self.minutes_checker)
        form.addRow(self.tr("วิธีจดรายงาน"), self.recording_style)
        form.addRow(self.tr("สถานะ"), self.status)
        form.addRow(self.tr("การเปิดประชุม"), self.opening)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save)
        self.dirty = self._loading = False
        for signal in (self.title.textEdited, self.date.dateChanged, self.place.textEdited, self.start.timeChanged,
                       self.end.timeChanged,
                       self.has_end.toggled, self.recording_style.activated, self.status.activated,
                       self.chair.activated, self.minute_taker.activated, self.minutes_checker.activated,
                       self.opening.textChanged):  # fmt: skip
            signal.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.saved.setText(self.tr("ยังไม่ได้บันทึก (บันทึกให้เองเมื่อเปลี่ยนแท็บหรือปิดหน้าต่าง)"))

    def save_if_changed(self) -> None:
        """Nothing typed is lost: leaving the tab or closing the window saves the details."""
        if self.dirty and not self.w.frozen:
            self.save()

    def reload(self) -> None:
        self._loading = True
        try:
            filled = self._reload()
        finally:
            self._loading = False
        self.dirty = False
        if filled and not self.w.frozen:  # signatories taken from the body's roles: saved on leaving, as typed
            self._edited()

    def _reload(self) -> bool:
        """Show the meeting; True when a signatory it lacked was filled in from the body's roles."""
        m = meeting_view.meeting_details(self.w.ctx.db, self.w.meeting_id)
        self._version = m.version  # sent back with the save: another person's change of a field is not lost
        self.title.setText(m.title)
        self.date.set_date(m.date)
        self.place.setText(m.place)
        self.start.setTime(_qtime(m.start_time, QTime(9, 0)))
        self.has_end.setChecked(m.end_time is not None)
        self.end.setTime(_qtime(m.end_time, QTime(12, 0)))
        self.recording_style.setCurrentIndex(self.recording_style.findData(m.recording_style))
        self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
        self.opening.setPlainText(m.opening)
        chosen_now = (m.chair_id, m.minute_taker_id, m.minutes_checker_id)
        suggested = (m.suggested.chair_id, m.suggested.minute_taker_id, m.suggested.minutes_checker_id)
        filled = False
        for combo, current, default in zip(
            (self.chair, self.minute_taker, self.minutes_checker), chosen_now, suggested, strict=True
        ):
            combo.clear()
            combo.addItem("—", None)
            for person in m.people:
                combo.addItem(person.name, person.id)
            if current is None and default is not None:
                current, filled = default, True
            combo.setCurrentIndex(max(0, combo.findData(current)))
        for widget in (self.title, self.date, self.place, self.start, self.end, self.has_end, self.recording_style,
                       self.status, self.chair, self.minute_taker, self.minutes_checker):  # fmt: skip
            widget.setEnabled(not self.w.frozen)
        self.opening.setReadOnly(self.w.frozen)
        self.save_button.setEnabled(not self.w.frozen)
        return filled

    def save(self) -> bool:
        """Everything on the tab in one service call (one transaction: all of it is saved, or none)."""
        edit = meetings.MeetingEdit(
            title=self.title.text(), place=self.place.text(), opening=self.opening.toPlainText(),
            date=self.date.date(), start_time=_time(self.start),
            end_time=_time(self.end) if self.has_end.isChecked() else None,
            recording_style=chosen(self.recording_style, RecordingStyle), chair_id=self.chair.currentData(),
            minute_taker_id=self.minute_taker.currentData(), minutes_checker_id=self.minutes_checker.currentData(),
            status=chosen(self.status, MeetingStatus), version=self._version,
        )  # fmt: skip
        ok = self.w.run(meetings.save_details, self.w.ctx.db, self.w.meeting_id, edit)[1]
        if ok:
            self.dirty = False
            self.w.reload()
            self.saved.setText(self.tr("บันทึกแล้ว ✓"))
        return ok
