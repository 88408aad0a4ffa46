"""The trace of a finding or a decision on screen: a timeline from the finding through the meetings, the
decision, its actions and their dated progress and evidence, to the result (``services.trace``).

Opened from the tracker (a row's decision) and from the projects page (a finding). Double-clicking a step with
evidence opens the file, as the tracker's history does; a step at a meeting opens that meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services.context import AppContext
from meetingdesk.services.trace import Trace, TraceKind, TraceStep
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang

StepRole = Qt.ItemDataRole.UserRole + 40
COLOURS = {
    TraceKind.FINDING: "#6a1b9a",
    TraceKind.MEETING: "#1565c0",
    TraceKind.DECISION: "#0b5394",
    TraceKind.ACTION: "#ef6c00",
    TraceKind.PROGRESS: "#59636e",
    TraceKind.RESULT: "#2e7d32",
}


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class TraceDialog(QDialog):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext, trace: Trace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trace = trace
        self.setWindowTitle(trace.heading)
        heading = QLabel(trace.heading)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        subject = QLabel(trace.subject)
        subject.setWordWrap(True)
        subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QTreeWidget()
        self.steps.setColumnCount(3)
        self.steps.setHeaderLabels([self.tr("วันที่"), self.tr("ขั้นตอน"), self.tr("รายละเอียด")])
        self.steps.setRootIsDecorated(False)
        self.steps.setWordWrap(True)
        self.steps.setUniformRowHeights(False)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.steps.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = max(QFontMetrics(_bold(self.font())).horizontalAdvance(k.label(ui_lang())) for k in TraceKind)
        header.resizeSection(1, widest + 24)
        header.sectionResized.connect(lambda *_a: self.steps.doItemsLayout())  # long lines wrap to the new width
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self._fill()
        self.steps.itemActivated.connect(lambda item, _column: self.open_step(item))  # double-click or Enter
        self.steps.currentItemChanged.connect(lambda *_a: self._enable())
        hint = QLabel(self.tr("ดับเบิลคลิกขั้นตอนที่มีหลักฐานเพื่อเปิดไฟล์ หรือขั้นตอนการประชุมเพื่อเปิดการประชุม"))
        hint.setStyleSheet("color: #59636e;")
        hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("เปิด"))
        self.open_button.clicked.connect(lambda: self.open_step(self.steps.currentItem()))
        self.open_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subject)
        layout.addWidget(self.steps, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(1040, 680)

    def _fill(self) -> None:
        lang = ui_lang()
        bold = _bold(self.steps.font())
        for step in self.trace.steps:
            text = step.title + (f"\n{step.detail}" if step.detail else "")
            if step.evidence:
                text += "\n" + self.tr("หลักฐาน: %1").replace("%1", step.evidence)
            when = short_date_text(step.date, lang) if step.date else "—"
            item = QTreeWidgetItem([when, step.kind.label(lang), text])
            item.setData(0, StepRole, step)
            item.setForeground(1, QBrush(QColor(COLOURS[step.kind])))
            item.setFont(1, bold)
            item.setToolTip(2, text)
            if step.evidence:
                item.setToolTip(2, str(self.ctx.paths.data_dir / step.evidence))
            self.steps.addTopLevelItem(item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.steps.doItemsLayout()  # the rows' heights for the width the details column has now

    def step(self, item: QTreeWidgetItem | None) -> TraceStep | None:
        return None if item is None else item.data(0, StepRole)

    def _enable(self) -> None:
        step = self.step(self.steps.currentItem())
        self.open_button.setEnabled(step is not None and (step.evidence is not None or step.meeting_id is not None))

    def open_step(self, item: QTreeWidgetItem | None) -> bool:
        """Open what a step points at: its evidence file (in the program the computer opens it with), else its
        meeting."""
        step = self.step(item)
        if step is None:
            return False
        if step.evidence:
            path = self.ctx.paths.data_dir / step.evidence
            if not path.exists():
                interaction().warn(self, self.tr("ไม่พบไฟล์หลักฐาน: %1").replace("%1", str(path)))
                return False
            return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if step.meeting_id is not None:
            self.openMeeting.emit(step.meeting_id)
            return True
        return False
