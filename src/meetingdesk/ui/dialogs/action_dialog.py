"""A question from the room made into an action to follow up: what is to be done, by whom, by when — and the
resolution that assigns it, worded as a secretary writes it (never the question itself)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from meetingdesk.services import people
from meetingdesk.ui.common import ThaiDateEdit

if TYPE_CHECKING:
    from meetingdesk.services import Database


class ActionDialog(QDialog):
    def __init__(self, db: Database, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ทำเป็นงานที่ต้องติดตาม"))
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.title = QLineEdit(question.rstrip("?？ ").removesuffix("หรือไม่").removesuffix("อย่างไร").strip())
        self.title.setPlaceholderText(self.tr("เช่น จัดทำข้อมูลอัตรากำลังเสนอ สพฐ."))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— ยังไม่ระบุ —"), None)
        for owner in people.owners(db):
            self.owner.addItem(owner.name, (owner.kind, owner.id))
        self.owner.setEditable(False)
        self.due = ThaiDateEdit()
        self.due.set_date(dt.date.today() + dt.timedelta(days=30))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึกเป็นงานที่ต้องติดตาม"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("คำถาม"), self.question)
        form.addRow(self.tr("การดำเนินการตามมติ"), self.title)
        form.addRow(self.tr("ผู้รับผิดชอบ"), self.owner)
        form.addRow(self.tr("กำหนดเสร็จ"), self.due)
        form.addRow(buttons)
        self.resize(640, self.sizeHint().height())

    def choices(self) -> dict[str, Any]:
        """What ``sessions.make_decision`` takes for the question: the action, its owner and due date, and the
        resolution assigning it ("มอบหมาย … ดำเนินการ …")."""
        owner = self.owner.currentData()
        title = self.title.text().strip()
        who = self.owner.currentText() if owner else ""
        text = f"มอบหมาย{who} ดำเนินการ{title}" if who else f"มอบหมายให้ดำเนินการ{title}"
        return {
            "action_title": title,
            "text": text,
            "owner_person_id": owner[1] if owner and owner[0] == "person" else None,
            "owner_group_id": owner[1] if owner and owner[0] == "group" else None,
            "due": self.due.date(),
        }
