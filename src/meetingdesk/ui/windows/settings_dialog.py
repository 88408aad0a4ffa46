"""Settings: the interface language (this computer), and the office's document and backup settings (stored in
the database, so every computer using it exports the same way)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from meetingdesk.services import settings
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ตั้งค่า"))
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(QSettings().value("ui/lang", "th"))))
        self.thai_digits = QCheckBox(self.tr("ใช้เลขไทยในเอกสาร"))
        self.thai_digits.setChecked(bool(settings.get(ctx.db, "export.thai_digits")))
        self.font_name = QLineEdit(str(settings.get(ctx.db, "export.font")))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(int(settings.get(ctx.db, "backup.keep")))  # type: ignore[call-overload]
        for widget in (self.thai_digits, self.font_name, self.keep):
            widget.setEnabled(not ctx.db.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("ภาษาของโปรแกรม"), self.language)
        form.addRow("", QLabel(self.tr("(มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)")))
        form.addRow(self.tr("เอกสาร"), self.thai_digits)
        form.addRow(self.tr("แบบอักษรในเอกสาร DOCX"), self.font_name)
        form.addRow(self.tr("จำนวนไฟล์สำรองอัตโนมัติ"), self.keep)
        form.addRow(buttons)

    def save(self) -> None:
        QSettings().setValue("ui/lang", self.language.currentData())
        if not self.ctx.db.read_only:
            for key, value in (
                ("export.thai_digits", self.thai_digits.isChecked()),
                ("export.font", self.font_name.text().strip() or "TH Sarabun New"),
                ("backup.keep", self.keep.value()),
            ):
                if not run(self, self.ctx.lang, settings.set_value, self.ctx.db, key, value)[1]:
                    return
        self.accept()
