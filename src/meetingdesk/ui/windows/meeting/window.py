"""The meeting window: a heading, a note when the record is frozen, and the six tabs (each in its own file).

Every change goes through a service (one transaction) before the window shows it. Text typed into the record
is saved as the secretary types (after a pause, when another item is chosen, and when the window closes), so
nothing typed is lost to a crash.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from meetingdesk.domain.enums import MeetingStatus
from meetingdesk.domain.thai.dates import date_text, meeting_number_text
from meetingdesk.services import meeting_view
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.roles import IdRole
from meetingdesk.ui.windows.meeting.agenda import AgendaTab
from meetingdesk.ui.windows.meeting.attendance import AttendanceTab
from meetingdesk.ui.windows.meeting.details import DetailsTab
from meetingdesk.ui.windows.meeting.export import ExportTab
from meetingdesk.ui.windows.meeting.record import RecordTab
from meetingdesk.ui.windows.meeting.survey import SurveyTab


class MeetingWindow(QWidget):
    """The secretary's window for one meeting."""

    changed = Signal()  # the meeting changed (the main window refreshes its lists)

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.frozen_note = QLabel()
        self.frozen_note.setStyleSheet("background: #e8f0fe; padding: 6px;")
        self.tabs = QTabWidget()
        self.details = DetailsTab(self)
        self.agenda = AgendaTab(self)
        self.attendance = AttendanceTab(self)
        self.record = RecordTab(self)
        self.export = ExportTab(self)
        self.survey = SurveyTab(self)
        self.tabs.addTab(self.details, self.tr("รายละเอียด"))
        self.tabs.addTab(self.agenda, self.tr("ระเบียบวาระ"))
        self.tabs.addTab(self.attendance, self.tr("ผู้เข้าประชุม"))
        self.tabs.addTab(self.record, self.tr("บันทึกการประชุม"))
        self.tabs.addTab(self.export, self.tr("ส่งออกเอกสาร"))
        self.tabs.addTab(self.survey, self.tr("ความพึงพอใจ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.frozen_note)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self).activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))
        self.resize(1180, 780)
        self.reload()

    def show_item(self, item_id: int) -> None:
        """The record of one agenda item (where a search hit is)."""
        self.tabs.setCurrentWidget(self.record)
        items = self.record.items
        for row in range(items.count()):
            if items.item(row).data(IdRole) == item_id:
                items.setCurrentRow(row)
                return

    def show_heading(self) -> None:
        """Number, date and status: a date moved or a status moved on (attendance, a record) shows at once."""
        meeting = meeting_view.meeting_heading(self.ctx.db, self.meeting_id)
        self.meeting = meeting
        self.meeting_date = meeting.date
        self.body_id = meeting.body_id
        self.status = meeting.status
        number = meeting_number_text(meeting.number, meeting.year_be)
        title = f"{meeting.body_name} " + self.tr("ครั้งที่ %1").replace("%1", number)
        when = date_text(meeting.date, ui_lang())
        self.heading.setText(f"{title}\n{when}  ·  {meeting.status.label(ui_lang())}")
        self.setWindowTitle(f"MeetingDesk — {title}")

    def reload(self) -> None:
        self.show_heading()
        self.frozen = self.status is MeetingStatus.CERTIFIED or self.ctx.db.read_only
        self.frozen_note.setVisible(self.frozen)
        self.frozen_note.setText(
            self.tr("รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้ (การแก้ไขหลังรับรองทำในการประชุมครั้งถัดไป)")
            if self.status is MeetingStatus.CERTIFIED
            else self.tr("เปิดแบบอ่านอย่างเดียว")
        )
        for tab in (self.details, self.agenda, self.attendance, self.record, self.export, self.survey):
            tab.reload()

    def run(self, action: Any, *args: Any, **kwargs: Any) -> tuple[Any, bool]:
        """A service call from one of the tabs: a refusal becomes a message; a change updates the heading and
        tells the main window."""
        result = run(self, action, *args, **kwargs)
        if result[1]:
            self.show_heading()
            self.changed.emit()
        return result

    def _tab_changed(self, _index: int) -> None:
        self.record.flush()
        self.details.save_if_changed()

    def closeEvent(self, event: Any) -> None:
        if not self.record.flush() and not interaction().confirm(  # whatever was typed is saved before it goes
            self, self.tr("ข้อความที่พิมพ์ในรายงานการประชุมยังไม่ได้บันทึก (ติดต่อเครื่องแม่ข่ายไม่ได้) ปิดหน้าต่างและทิ้งข้อความนั้นหรือไม่")
        ):
            event.ignore()
            return
        self.details.save_if_changed()
        super().closeEvent(event)
