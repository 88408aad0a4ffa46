"""The project findings an agenda item takes up: ticked in a list filtered by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from meetingdesk.services import meeting_view
from meetingdesk.services.context import AppContext
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.roles import IdRole


class FindingsDialog(QDialog):
    """Tick the project findings an agenda item takes up (filter by typing)."""

    def __init__(self, ctx: AppContext, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ผลการดำเนินงานที่เกี่ยวข้อง"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("พิมพ์เพื่อค้นหา"))
        self.list = QListWidget()
        choices = meeting_view.finding_choices(ctx.db, item_id)
        for f in choices.findings:
            entry = QListWidgetItem(f"{f.fiscal_year} {f.project} — {f.phase.label(ui_lang())}: {f.text}")
            entry.setData(IdRole, f.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if f.id in choices.linked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(820, 520)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(text) and text not in entry.text())

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(r).data(IdRole))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
