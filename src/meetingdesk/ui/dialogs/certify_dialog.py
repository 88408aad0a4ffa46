"""Section 2: certifying the previous minutes — asked first, as they stand or with amendments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import CertificationMethod
from meetingdesk.services import minutes
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run


class CertifyDialog(QDialog):
    """Certification cannot be undone: the dialog says so, and takes the amendments the meeting made."""

    def __init__(
        self, ctx: AppContext, meeting_id: int, number: str, at_meeting_id: int, on: dt.date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id, self.at_meeting_id, self.on = ctx, meeting_id, at_meeting_id, on
        self.changes: list[minutes.Change] = []
        self.setWindowTitle(self.tr("รับรองรายงานการประชุมครั้งที่ %1").replace("%1", number))
        warning = QLabel(
            self.tr(
                "เมื่อรับรองแล้ว รายงานการประชุมครั้งที่ %1 จะแก้ไขโดยตรงไม่ได้อีก (การแก้ไขภายหลังต้องบันทึกเป็นการแก้ไขรายงานการประชุม)"
            ).replace("%1", number)
        )
        warning.setWordWrap(True)
        self.as_is = QRadioButton(self.tr("รับรองโดยไม่มีการแก้ไข"))
        self.amended = QRadioButton(self.tr("รับรองโดยมีการแก้ไข ดังนี้"))
        self.as_is.setChecked(True)
        self.targets = minutes.amendable(ctx.db, meeting_id)
        self.target = QComboBox()
        for target in self.targets:
            self.target.addItem(target.label)
        self.new_text = QPlainTextEdit()
        self.new_text.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("เพิ่มการแก้ไข"))
        self.list = QListWidget()
        box = QGroupBox()
        inner = QVBoxLayout(box)
        inner.addWidget(QLabel(self.tr("แก้ไขเรื่อง")))
        inner.addWidget(self.target)
        inner.addWidget(QLabel(self.tr("ข้อความใหม่")))
        inner.addWidget(self.new_text)
        inner.addWidget(self.add_button)
        inner.addWidget(self.list)
        self.amendments = box
        box.setEnabled(False)
        self.amended.toggled.connect(box.setEnabled)
        self.target.currentIndexChanged.connect(self._show_target)
        self.add_button.clicked.connect(self.add_change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("รับรอง"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.certify)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (warning, self.as_is, self.amended, box, buttons):
            layout.addWidget(widget)
        self._show_target()
        self.resize(720, 520)

    def _show_target(self, *_args: object) -> None:
        if self.targets:
            self.new_text.setPlainText(self.targets[self.target.currentIndex()].text)

    def add_change(self) -> None:
        if not self.targets:
            return
        target = self.targets[self.target.currentIndex()]
        text = self.new_text.toPlainText().strip()
        if not text or text == target.text.strip():
            return
        self.changes.append(target.change(text))
        self.list.addItem(f"{target.label}: “{target.text}” → “{text}”")

    def certify(self) -> None:
        if self.amended.isChecked() and not self.changes:
            self.add_change()  # the text typed but not yet added counts
        changes = self.changes if self.amended.isChecked() else []
        if self.amended.isChecked() and not changes:
            self.list.addItem(self.tr("ยังไม่มีการแก้ไข: เลือกเรื่อง พิมพ์ข้อความใหม่ แล้วกด “เพิ่มการแก้ไข”"))
            return
        ok = run(
            self, minutes.certify, self.ctx.db, self.meeting_id,
            method=CertificationMethod.AT_MEETING, on=self.on, at_meeting_id=self.at_meeting_id, changes=changes,
        )[1]  # fmt: skip
        if ok:
            self.accept()
