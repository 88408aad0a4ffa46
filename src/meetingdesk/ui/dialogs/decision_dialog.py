"""A decision's wording, kind, votes and the findings it answers: correcting one recorded before the minutes are
certified, or making one from a session's theme or card (the draft comes from ``sessions.decision_draft``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from meetingdesk.domain.enums import DecisionKind
from meetingdesk.services import decisions
from meetingdesk.ui.common import chosen, run
from meetingdesk.ui.language import ui_lang

if TYPE_CHECKING:
    from meetingdesk.services import Database  # the type only: reads and writes go through services


class DecisionDialog(QDialog):
    """The decision, to correct (``detail.id``) or to make (``create``, called with the chosen kind, text, votes
    and findings); OK saves it in one transaction, and a refusal (votes beyond the members present) keeps the
    dialog open with what was typed."""

    def __init__(
        self,
        db: Database,
        detail: decisions.DecisionDetail,
        parent: QWidget | None = None,
        *,
        create: Callable[..., int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.detail, self.maker = db, detail, create
        self.created_id: int | None = None
        self.saved: dict[str, Any] = {}  # what OK saved: to make the same decision again on redo
        self.setWindowTitle(self.tr("ทำเป็นมติที่ประชุม") if create else self.tr("แก้ไขมติที่ประชุม"))
        self.kind = QComboBox()
        for kind in DecisionKind:
            self.kind.addItem(kind.label(ui_lang()), kind)
        self.kind.setCurrentIndex(self.kind.findData(self.detail.kind))
        self.text = QPlainTextEdit(self.detail.text)
        self.text.setTabChangesFocus(True)
        self.has_votes = QCheckBox(self.tr("ลงคะแนน"))
        self.votes = [QSpinBox(), QSpinBox(), QSpinBox()]
        for box, value in zip(self.votes, self.detail.votes or (0, 0, 0), strict=True):
            box.setRange(0, 999)
            box.setValue(value)
        self.has_votes.setChecked(self.detail.votes is not None)
        votes = QHBoxLayout()
        votes.addWidget(self.has_votes)
        for label, box in zip((self.tr("เห็นด้วย"), self.tr("ไม่เห็นด้วย"), self.tr("งดออกเสียง")), self.votes, strict=True):
            votes.addWidget(QLabel(label))
            votes.addWidget(box)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)  # a finding is read whole, not scrolled sideways
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for choice in self.detail.candidates:
            entry = QListWidgetItem(choice.label(ui_lang()))
            entry.setData(Qt.ItemDataRole.UserRole, choice.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            answered = choice.id in self.detail.answered
            entry.setCheckState(Qt.CheckState.Checked if answered else Qt.CheckState.Unchecked)
            self.findings.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("บันทึกเป็นมติ") if create else self.tr("บันทึกการแก้ไข")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("ชนิดของมติ"), self.kind)
        form.addRow(self.tr("ข้อความมติ"), self.text)
        form.addRow(self.tr("คะแนนเสียง"), votes)
        form.addRow(self.tr("ผลการดำเนินงานที่มตินี้ตอบ"), self.findings)
        form.addRow(buttons)
        self.resize(760, 460)

    def answered(self) -> list[int]:
        return [
            int(self.findings.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.findings.count())
            if self.findings.item(n).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        votes = tuple(box.value() for box in self.votes) if self.has_votes.isChecked() else None
        chosen_values = {
            "kind": chosen(self.kind, DecisionKind) or self.detail.kind, "text": self.text.toPlainText(),
            "votes": votes, "finding_ids": self.answered(),
        }  # fmt: skip
        if self.maker is not None:
            self.created_id, ok = run(self, self.maker, **chosen_values)
        else:
            ok = run(  # on the version shown: someone else's correction meanwhile is shown, not overwritten
                self, decisions.update_decision, self.db, self.detail.id, **chosen_values,
                expected_version=self.detail.version,
            )[1]  # fmt: skip
        if ok:
            self.saved = chosen_values
            self.accept()
