"""Settings: the interface language (this computer), and the office's document and backup settings (stored in
the database, so every computer using it exports the same way).

The form is built from the declarations in ``services.settings.FORM`` (vorta's settings tab is the model): a
check box for a yes/no setting (its heading is the setting's group), a list for one with choices, a number box,
or a line of text; a setting added there appears here with nothing else to write.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from meetingdesk.services import settings
from meetingdesk.services.context import AppContext
from meetingdesk.services.rights import what_i_may
from meetingdesk.services.settings import Declared
from meetingdesk.ui.common import run
from meetingdesk.ui.language import ui_lang


def field_for(declared: Declared[Any]) -> QWidget:
    lang = ui_lang()
    """The widget that edits one setting."""
    if declared.kind is bool:
        return QCheckBox(declared.label(lang))
    if declared.choices:
        combo = QComboBox()
        for value, th, en in declared.choices:
            combo.addItem(en if lang == "en" else th, value)
        return combo
    if declared.kind is int:
        spin = QSpinBox()
        spin.setRange(declared.minimum or 0, declared.maximum or 1_000_000)
        return spin
    return QLineEdit()


def show_value(field: QWidget, value: object) -> None:
    if isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(max(0, field.findData(value)))
    elif isinstance(field, QSpinBox):
        field.setValue(int(str(value)))
    elif isinstance(field, QLineEdit):
        field.setText(str(value))


def value_of(field: QWidget) -> object:
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QSpinBox):
        return field.value()
    assert isinstance(field, QLineEdit)
    return field.text()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ตั้งค่า"))
        self.fields: dict[str, QWidget] = {}
        stored = settings.values(ctx.db)  # one read
        self.may_edit = not ctx.db.read_only and what_i_may(ctx.db).may_edit_office  # the office's: an admin's
        form = QFormLayout(self)
        for declared in settings.FORM:
            field = self.fields[declared.key] = field_for(declared)
            if declared.stored_in == "computer":
                show_value(field, QSettings().value(declared.key, declared.default))
            else:
                show_value(field, stored[declared.key])
                field.setEnabled(self.may_edit)
            heading = declared.group(ui_lang()) if declared.kind is bool else declared.label(ui_lang())
            form.addRow(heading, field)
            if declared.hint(ui_lang()):
                form.addRow("", QLabel(declared.hint(ui_lang())))
        survey_items = QPushButton(self.tr("ข้อคำถาม…"))
        survey_items.clicked.connect(self.edit_survey_items)
        form.addRow(self.tr("แบบสอบถามความพึงพอใจ"), survey_items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edit_survey_items(self) -> None:
        """The office's satisfaction items: a list, not one value, so they have their own dialog (saved there)."""
        from meetingdesk.ui.dialogs.satisfaction_items_dialog import SatisfactionItemsDialog

        SatisfactionItemsDialog(self.ctx, self).exec()

    def field(self, declared: Declared[Any]) -> QWidget:
        return self.fields[declared.key]

    def save(self) -> None:
        """This computer's settings, then the office's: all of them in one transaction (a refusal saves none)."""
        office = {}
        for declared in settings.FORM:
            value = value_of(self.fields[declared.key])
            if declared.stored_in == "computer":
                QSettings().setValue(declared.key, value)
            elif self.may_edit:
                office[declared.key] = value
        if office and not run(self, settings.set_values, self.ctx.db, office)[1]:
            return
        self.accept()
