"""Start a structured session: choose the technique, then the agenda item it runs on (or a stand-alone workshop)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from meetingdesk.domain.enums import Technique
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import sessions
from meetingdesk.ui.common import chosen, run, ui_lang
from meetingdesk.ui.interaction import interaction

if TYPE_CHECKING:
    from meetingdesk.services import Database  # the type only: the dialog reads through services

WORKSHOP = -1  # the meeting choice for a stand-alone workshop


class NewSessionDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("เริ่มกิจกรรมกลุ่ม"))
        self.technique = QComboBox()
        for technique in Technique:
            self.technique.addItem(technique.label(ui_lang()), technique)
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("กิจกรรมเดี่ยว (ไม่อยู่ในระเบียบวาระ)"), WORKSHOP)
        rows = sessions.meetings_to_run_sessions_in(db)
        for m in rows:
            self.meeting.addItem(  # the number and date first: long body names would hide them
                self.tr("ครั้งที่ %1").replace("%1", f"{m.number}/{m.year_be}")
                + f" ({short_date_text(m.date, ui_lang())}) {m.body}",
                m.id,
            )
        self.item = QComboBox()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("หัวข้อของกิจกรรม"))
        for combo in (self.meeting, self.item):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(60)
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
        for iid, label in sessions.agenda_items_of(self.db, meeting_id):
            self.item.addItem(label, iid)

    def start(self) -> None:
        """Store the new session (one transaction); a refusal is a message and the dialog stays open."""
        item_id = self.item.currentData() if self.meeting.currentData() != WORKSHOP else None
        if self.meeting.currentData() == WORKSHOP and not self.title.text().strip():
            interaction().warn(self, self.tr("กรุณาตั้งหัวข้อของกิจกรรม"))
            return
        self.session_id, ok = run(
            self,
            sessions.start_session,
            self.db,
            chosen(self.technique, Technique) or Technique.BRAINSTORM,
            agenda_item_id=item_id,
            title=self.title.text(),
            anonymous=self.anonymous.isChecked(),
        )
        if ok:
            self.accept()
