"""Start a structured session: choose the technique, then the agenda item it runs on (or a stand-alone workshop)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from meetingdesk.domain.enums import MeetingStatus, Technique
from meetingdesk.domain.errors import UserError
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Body, Meeting
from meetingdesk.ui.common import chosen, ui_lang

WORKSHOP = -1  # the meeting choice for a stand-alone workshop


class NewSessionDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, lang: str = "th") -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("เริ่มกิจกรรมกลุ่ม"))
        self.technique = QComboBox()
        for technique in Technique:
            self.technique.addItem(technique.label(ui_lang()), technique)
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("กิจกรรมเดี่ยว (ไม่อยู่ในระเบียบวาระ)"), WORKSHOP)
        with db.reading() as s:
            rows = s.execute(
                select(Meeting.id, Meeting.number, Meeting.year_be, Meeting.date, Body.name)
                .join(Body, Body.id == Meeting.body_id)
                .where(Meeting.status.in_([MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS]))
                .order_by(Meeting.date.desc())
                .limit(60)
            ).all()
        for mid, number, year_be, date, body in rows:
            self.meeting.addItem(
                f"{body} "
                + self.tr("ครั้งที่ %1").replace("%1", f"{number}/{year_be}")
                + f" ({short_date_text(date, ui_lang())})",
                mid,
            )
        self.item = QComboBox()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("หัวข้อของกิจกรรม"))
        for combo in (self.meeting, self.item):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(40)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เริ่มกิจกรรม"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        form = QFormLayout(self)
        form.addRow(self.tr("เทคนิค"), self.technique)
        form.addRow(self.tr("การประชุม"), self.meeting)
        form.addRow(self.tr("ระเบียบวาระ"), self.item)
        form.addRow(self.tr("หัวข้อ"), self.title)
        self.anonymous = QCheckBox(self.tr("ไม่ระบุผู้พูด (ไม่บันทึกรหัสผู้พูด ไม่แสดงบนจอภาพและในเอกสาร)"))
        form.addRow("", self.anonymous)
        form.addRow(buttons)
        self.meeting.currentIndexChanged.connect(self._fill_items)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.meeting.setCurrentIndex(1 if rows else 0)
        self._fill_items()

    def _fill_items(self) -> None:
        self.item.clear()
        meeting_id = self.meeting.currentData()
        self.item.setEnabled(meeting_id != WORKSHOP)
        if meeting_id == WORKSHOP:
            return
        with self.db.reading() as s:
            items = s.execute(
                select(AgendaItem.id, AgendaItem.section, AgendaItem.position, AgendaItem.title)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.section, AgendaItem.position)
            ).all()
        for iid, section, position, title in items:
            self.item.addItem(f"{item_number(section, position)} {title}", iid)

    def start(self) -> None:
        """Store the new session (one transaction); a refusal is a message and the dialog stays open."""
        item_id = self.item.currentData() if self.meeting.currentData() != WORKSHOP else None
        if self.meeting.currentData() == WORKSHOP and not self.title.text().strip():
            QMessageBox.warning(self, "MeetingDesk", self.tr("กรุณาตั้งหัวข้อของกิจกรรม"))
            return
        try:
            self.session_id = sessions.start_session(
                self.db,
                chosen(self.technique, Technique) or Technique.BRAINSTORM,
                agenda_item_id=item_id,
                title=self.title.text(),
                anonymous=self.anonymous.isChecked(),
            )
        except UserError as exc:
            QMessageBox.warning(self, "MeetingDesk", exc.message(self.lang))
            return
        self.accept()
