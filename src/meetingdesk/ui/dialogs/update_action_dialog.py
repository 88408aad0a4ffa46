"""Reporting progress on an action: its status, what was done (or why not), the date, and an evidence file —
one transaction (services.actions.report_progress)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.errors import UserError
from meetingdesk.services import tracker
from meetingdesk.services.actions import report_progress
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import chosen, ui_lang
from meetingdesk.ui.file_dialogs import open_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.widgets.thai_date_edit import ThaiDateEdit


class UpdateActionDialog(QDialog):
    """A dated progress update: new status, a note, an evidence file (copied into the data folder)."""

    def __init__(self, ctx: AppContext, row: tracker.TrackerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("รายงานความก้าวหน้า"))
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status.label(ui_lang()), status)
        if row.status is not None:
            self.status.setCurrentIndex(self.status.findData(row.status))
        self.on = ThaiDateEdit(dt.date.today())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("สิ่งที่ดำเนินการแล้ว ปัญหา หรือเหตุผล"))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("ไฟล์หลักฐาน (ถ้ามี)"))
        browse = QPushButton(self.tr("เลือกไฟล์…"))
        browse.clicked.connect(self._browse)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        title = QLabel(row.action)
        title.setWordWrap(True)
        form.addRow(self.tr("งาน"), title)
        form.addRow(self.tr("สถานะ"), self.status)
        form.addRow(self.tr("วันที่"), self.on)
        form.addRow(self.tr("บันทึก"), self.note)
        form.addRow(self.tr("หลักฐาน"), evidence)
        form.addRow(buttons)
        self.resize(560, 360)

    def _browse(self) -> None:
        name = open_file(self, self.tr("เลือกไฟล์หลักฐาน"))
        if name:
            self.evidence.setText(str(name))

    def save(self) -> None:
        """The update and its evidence file in one service call (one transaction, committed before the dialog
        closes): a refused update keeps no copy of the file."""
        assert self.row.action_id is not None
        status = chosen(self.status, ActionStatus)
        evidence = self.evidence.text().strip()
        try:
            report_progress(
                self.ctx.db,
                self.ctx.paths.data_dir,
                self.row.action_id,
                status=status if status != self.row.status else None,
                note=self.note.toPlainText(),
                evidence=Path(evidence) if evidence else None,
                on=self.on.date(),
            )
        except UserError as exc:
            interaction().warn(self, exc.message(ui_lang()))
            return
        self.accept()
