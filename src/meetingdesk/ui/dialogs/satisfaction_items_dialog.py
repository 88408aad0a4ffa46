"""The office's satisfaction form: its items, one a line, in the form's order. Saved in one transaction; surveys
already begun keep the items they were run with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from meetingdesk.services import satisfaction
from meetingdesk.services.context import AppContext
from meetingdesk.services.rights import what_i_may
from meetingdesk.ui.common import run


class SatisfactionItemsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ข้อคำถามแบบสอบถามความพึงพอใจ"))
        note = QLabel(
            self.tr(
                "หนึ่งบรรทัดต่อหนึ่งข้อ ตามลำดับในแบบสอบถาม (ระดับความพึงพอใจ 5 ระดับ) การประชุมที่กรอกแบบสอบถามไปแล้วยังใช้ข้อคำถามชุดเดิม"
            )
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlainText("\n".join(satisfaction.office_items(ctx.db)))
        may_edit = not ctx.db.read_only and what_i_may(ctx.db).may_edit_office  # the office's items: an admin's
        self.text.setReadOnly(not may_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(may_edit)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def save(self) -> None:
        """All the lines as the office's new item set (a refusal keeps the old one and the dialog open)."""
        lines = self.text.toPlainText().splitlines()
        if run(self, satisfaction.set_office_items, self.ctx.db, lines)[1]:
            self.accept()
