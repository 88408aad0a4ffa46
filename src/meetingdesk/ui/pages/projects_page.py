"""Projects per fiscal year, their findings by phase and kind, and for each finding where it was discussed and
which decisions answer it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import Phase
from meetingdesk.services import projects
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import chosen
from meetingdesk.ui.language import ui_lang

MeetingRole = Qt.ItemDataRole.UserRole + 30


class ProjectsPage(QWidget):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year = QComboBox()
        self.phase = QComboBox()
        self.phase.addItem(self.tr("ทุกระยะ"), None)
        for phase in Phase:
            self.phase.addItem(phase.label(ui_lang()), phase)
        self.projects = QTableWidget(0, 3)
        self.projects.setHorizontalHeaderLabels([self.tr("ปีงบประมาณ"), self.tr("โครงการ"), self.tr("ผล")])
        self.findings = QTableWidget(0, 5)
        self.findings.setHorizontalHeaderLabels(
            [self.tr("ระยะ"), self.tr("ประเภท"), self.tr("ผลการดำเนินงาน"), self.tr("นำเข้าประชุม"), self.tr("มติที่ตอบ")]
        )
        for table in (self.projects, self.findings):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for table, wide in ((self.projects, 1), (self.findings, 2)):
            for column in range(table.columnCount()):
                table.horizontalHeader().setSectionResizeMode(column, stretch if column == wide else fit)
        self.trace = QListWidget()
        self.trace.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("ปีงบประมาณ")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("ระยะ")))
        top.addWidget(self.phase)
        top.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.findings)
        trace = QWidget()
        trace_layout = QVBoxLayout(trace)
        trace_layout.setContentsMargins(0, 0, 0, 0)
        trace_layout.addWidget(QLabel(self.tr("ผลนี้นำเข้าที่ประชุมที่ใด และมติใดตอบ (ดับเบิลคลิกเพื่อเปิดการประชุม)")))
        trace_layout.addWidget(self.trace)
        self.trace_button = QPushButton(self.tr("เส้นทางจากผลนี้สู่ผลลัพธ์…"))
        self.trace_button.clicked.connect(self.show_trace)
        trace_layout.addWidget(self.trace_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(trace)
        split = QSplitter()
        split.addWidget(self.projects)
        split.addWidget(right)
        split.setSizes([360, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        years = sorted({p.fiscal_year for p in projects.list_projects(ctx.db)}, reverse=True)
        self.year.addItem(self.tr("ทุกปี"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        self.phase.currentIndexChanged.connect(self._show_findings)
        self.projects.currentCellChanged.connect(lambda *_a: self._show_findings())
        self.findings.currentCellChanged.connect(lambda *_a: self._show_trace())
        self.trace.itemDoubleClicked.connect(self._open)
        self._project_ids: list[int] = []
        self._finding_ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        rows = projects.list_projects(self.ctx.db, self.year.currentData())
        self._project_ids = [r.id for r in rows]
        self.projects.setRowCount(len(rows))
        for n, r in enumerate(rows):
            for c, value in enumerate((str(r.fiscal_year), f"{r.code} {r.name}".strip(), str(r.findings))):
                self.projects.setItem(n, c, QTableWidgetItem(value))
        self.projects.resizeRowsToContents()
        if rows:
            self.projects.selectRow(0)
        self._show_findings()

    def _show_findings(self) -> None:
        row = self.projects.currentRow()
        rows = (
            projects.list_findings(self.ctx.db, self._project_ids[row], phase=chosen(self.phase, Phase))
            if 0 <= row < len(self._project_ids)
            else []
        )
        self._finding_ids = [f.id for f in rows]
        self.findings.setRowCount(len(rows))
        lang = ui_lang()
        for n, f in enumerate(rows):
            values = (f.phase.label(lang), f.kind.label(lang), f.text, str(f.discussed), str(f.answered))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setToolTip(f.text + (f"\n({f.source})" if f.source else ""))
                self.findings.setItem(n, c, item)
        self.findings.resizeRowsToContents()
        if rows:
            self.findings.selectRow(0)
        self._show_trace()

    def _show_trace(self) -> None:
        self.trace.clear()
        row = self.findings.currentRow()
        if not 0 <= row < len(self._finding_ids):
            return
        discussed, answered = projects.finding_trace(self.ctx.db, self._finding_ids[row])
        for line in discussed:
            entry = QListWidgetItem(self.tr("นำเข้าประชุม: ") + line.where)
            entry.setData(MeetingRole, line.meeting_id)
            self.trace.addItem(entry)
        for line in answered:
            entry = QListWidgetItem(self.tr("มติ: ") + line.decision + "  —  " + line.where)
            entry.setData(MeetingRole, line.meeting_id)
            self.trace.addItem(entry)
        if not discussed and not answered:
            self.trace.addItem(self.tr("ยังไม่ได้นำเข้าที่ประชุม"))

    def show_trace(self) -> QWidget | None:
        """The trace of the chosen finding (finding → meetings → decision → actions → progress → result)."""
        from meetingdesk.services.trace import of_finding
        from meetingdesk.ui.dialogs.trace_dialog import TraceDialog

        row = self.findings.currentRow()
        if not 0 <= row < len(self._finding_ids):
            return None
        dialog = TraceDialog(self.ctx, of_finding(self.ctx.db, self._finding_ids[row], lang=ui_lang()), self)
        dialog.openMeeting.connect(self.openMeeting)
        dialog.show()
        return dialog

    def _open(self, entry: QListWidgetItem) -> None:
        meeting_id = entry.data(MeetingRole)
        if meeting_id is not None:
            self.openMeeting.emit(int(meeting_id))
