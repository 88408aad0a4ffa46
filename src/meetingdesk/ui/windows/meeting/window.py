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
from meetingdesk.services.live import Heard
from meetingdesk.services.rights import what_i_may
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

# The tabs, and the tables whose changes each shows.
FOLLOWS = {
    "details": {"meeting"},
    "agenda": {"agenda_item", "attachment"},
    "attendance": {"attendance"},
    "record": {"agenda_item", "decision", "action", "certification", "amendment"},
    "survey": {"survey_item", "satisfaction_response"},
}


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
        self._stale: set[str] = set()  # tabs another user's change made stale (an office server)
        self.rights = what_i_may(ctx.db)  # the server refuses the rest anyway; this freezes what it would refuse
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
        self.frozen = self._frozen_now()
        self.frozen_note.setVisible(self.frozen)
        self.frozen_note.setText(
            self.tr("รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้ (การแก้ไขหลังรับรองทำในการประชุมครั้งถัดไป)")
            if self.status is MeetingStatus.CERTIFIED
            else self.tr("เปิดแบบอ่านอย่างเดียว")
            if self.ctx.db.read_only
            else self.tr("คุณไม่มีสิทธิ์แก้ไขการประชุมขององค์คณะนี้ ดูได้อย่างเดียว (ขอสิทธิ์จากผู้ดูแลระบบ)")
        )
        for tab in (self.details, self.agenda, self.attendance, self.record, self.export, self.survey):
            tab.reload()

    def _frozen_now(self) -> bool:
        """Certified, open read-only, or a body this person may not edit (the server would refuse it)."""
        may_edit = self.rights.may_edit_body(self.body_id)
        return self.status is MeetingStatus.CERTIFIED or self.ctx.db.read_only or not may_edit

    def follow(self, heard: Heard) -> None:
        """Another user changed this meeting (an office server): the heading, and the tabs showing what changed —
        the one in view at once, the others when next shown. What this user is typing is never replaced: a field
        being edited keeps the typed text, and saving it meets the version check (``services/concurrency.py``)."""
        notes = [n for n in heard.notes if n.meeting_id in (self.meeting_id, None)]
        tables = {n.table for n in notes}
        was_frozen = self.frozen
        self.show_heading()
        if self._frozen_now() != was_frozen:
            self.reload()  # certified elsewhere (or the certification undone): every tab's editing changes
            return
        for tab, shown in FOLLOWS.items():
            if heard.everything or tables & shown:
                self._stale.add(tab)
        self._follow_current()

    def _follow_current(self) -> None:
        tab = self.tabs.currentWidget()
        name = next((n for n in self._stale if getattr(self, n) is tab), None)
        if name is None:
            return
        self._stale.discard(name)
        if tab is self.record:
            self.record.follow()
        elif tab is self.details:
            if not self.details.dirty:  # changed fields on screen: left to the version check on saving
                self.details.reload()
        else:
            tab.reload()  # type: ignore[attr-defined]

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
        self._follow_current()  # a tab another user's change made stale is read again as it comes into view

    def closeEvent(self, event: Any) -> None:
        if not self.record.flush() and not interaction().confirm(  # whatever was typed is saved before it goes
            self, self.tr("ข้อความที่พิมพ์ในรายงานการประชุมยังไม่ได้บันทึก ปิดหน้าต่างและทิ้งข้อความนั้นหรือไม่")
        ):
            event.ignore()
            return
        self.details.save_if_changed()
        super().closeEvent(event)
