"""The synthesis side of the console: project findings brought in (by fiscal year, project and phase; each card
labelled with its project, the same finding never twice), another session's cards (keeping their groups), and a
conclusion per theme, saved as it is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import Phase
from meetingdesk.services import projects, sessions
from meetingdesk.ui.common import chosen, ui_lang
from meetingdesk.ui.windows.technique_panels import TechniquePanel

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole


class SynthesisPanel(TechniquePanel):
    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("ข้อมูลนำเข้าและข้อสรุป"))
        self.year = QComboBox()  # the fiscal years the projects have, newest (the current) first
        self.year.addItem(self.tr("ทุกปี"), None)
        for year in sorted({row.fiscal_year for row in projects.list_projects(console.db)}, reverse=True):
            self.year.addItem(self.tr("ปีงบประมาณ ") + str(year), year)
        self.year.setCurrentIndex(1 if self.year.count() > 1 else 0)
        self.project = QComboBox()
        self.phase = QComboBox()
        self.phase.addItem(self.tr("ทุกระยะ"), None)
        for phase in Phase:
            self.phase.addItem(phase.label(ui_lang()), phase)
        self.pull_findings_button = QPushButton(self.tr("ดึงผลการดำเนินงานโครงการ"))
        self.source = QComboBox()
        for combo in (self.project, self.phase, self.source):  # long titles must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.tagged_only = QCheckBox(self.tr("เฉพาะที่ติดรหัส"))
        self.pull_cards_button = QPushButton(self.tr("ดึงการ์ดจากกิจกรรมนี้"))
        self.theme_label = QLabel(self.tr("เลือกกลุ่มความคิดทางขวาเพื่อเขียนข้อสรุป"))
        self.theme_label.setWordWrap(True)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setPlaceholderText(self.tr("ข้อสรุปของกลุ่มความคิดที่เลือก"))
        self.save_conclusion_button = QPushButton(self.tr("บันทึกข้อสรุป"))

        form = QFormLayout()
        form.addRow(self.tr("ปี"), self.year)
        form.addRow(self.tr("โครงการ"), self.project)
        findings = QHBoxLayout()
        findings.addWidget(self.phase, 1)
        findings.addWidget(self.pull_findings_button)
        form.addRow(self.tr("ระยะ"), findings)
        cards = QHBoxLayout()
        cards.addWidget(self.source, 1)
        cards.addWidget(self.tagged_only)
        form.addRow(self.tr("กิจกรรม"), cards)
        form.addRow("", self.pull_cards_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.conclusion, 1)
        layout.addWidget(self.save_conclusion_button)

        self.year.currentIndexChanged.connect(self._fill_projects)
        self.pull_findings_button.clicked.connect(self.pull_findings)
        self.pull_cards_button.clicked.connect(self.pull_cards)
        self.save_conclusion_button.clicked.connect(self.save_conclusion)
        console.clusters_view.selectionModel().currentChanged.connect(self._theme_chosen)
        # a conclusion being typed is saved as the record tab saves: after a pause, and before another theme shows
        self._theme_id: int | None = None
        self._saved_text = ""
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1500)
        self._autosave.timeout.connect(self.flush_conclusion)
        self.conclusion.textChanged.connect(lambda: self._autosave.start() if self._theme_id is not None else None)
        self._fill_projects()

    def inputs(self) -> list[QWidget]:
        return [self.pull_findings_button, self.pull_cards_button, self.conclusion]

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._editable = editable
        self.save_conclusion_button.setEnabled(editable and self.console.selected_cluster() is not None)

    def _fill_projects(self) -> None:
        previous = self.project.currentData()
        self.project.clear()
        self.project.addItem(self.tr("ทุกโครงการ"), None)
        for row in projects.list_projects(self.console.db, self.year.currentData()):
            self.project.addItem(row.name, row.id)
        self.project.setCurrentIndex(max(0, self.project.findData(previous)))

    def refresh(self) -> None:
        others = sessions.other_sessions(self.console.db, self.console.session_id)
        previous = self.source.currentData()
        self.source.clear()
        for sid, technique, title in others:
            self.source.addItem(f"{technique.label(ui_lang())}: {title}", sid)
        if previous is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(previous)))
        self._theme_chosen()

    def pull_findings(self) -> None:
        added, ok = self.console.run(
            sessions.pull_findings, self.console.db, self.console.session_id, project_id=self.project.currentData(),
            phase=chosen(self.phase, Phase), fiscal_year=self.year.currentData(),
        )  # fmt: skip
        if ok:
            self.console.reload()
            self.console.status(self.tr("เพิ่มผลการดำเนินงาน %n รายการ").replace("%n", str(added)))

    def pull_cards(self) -> None:
        source = self.source.currentData()
        if source is None:
            self.console.inform(self.tr("ยังไม่มีกิจกรรมอื่นให้ดึงการ์ด"))
            return
        added, ok = self.console.run(
            sessions.pull_cards, self.console.db, self.console.session_id, source,
            tagged_only=self.tagged_only.isChecked(),
        )  # fmt: skip
        if ok:
            self.console.reload()
            self.console.status(self.tr("เพิ่มการ์ด %n ใบ").replace("%n", str(added)))

    def _theme_chosen(self, *_args: object) -> None:
        self.flush_conclusion()  # what was typed for the theme left behind is kept
        cluster_id = self.console.selected_cluster()
        self.save_conclusion_button.setEnabled(cluster_id is not None and getattr(self, "_editable", True))
        name = dict(self.console.clusters()).get(cluster_id or 0)
        if cluster_id is None or name is None:
            return
        self.theme_label.setText(self.tr("ข้อสรุปของกลุ่มความคิด: ") + name)
        conclusion = self.console.conclusion_of(cluster_id)
        self._theme_id = None  # loading, not typing
        self.conclusion.setPlainText(conclusion)
        self._theme_id, self._saved_text = cluster_id, conclusion

    def flush_conclusion(self) -> bool:
        """Save the conclusion shown, if it changed since it was shown or last saved."""
        self._autosave.stop()
        text = self.conclusion.toPlainText()
        if self._theme_id is None or text == self._saved_text:
            return False
        name = dict(self.console.clusters()).get(self._theme_id, "")
        _none, ok = self.console.run(sessions.rename_cluster, self.console.db, self._theme_id, name, conclusion=text)
        if ok:
            self._saved_text = text
            self.console.remember_conclusion(self._theme_id, text)
            self.console.status(self.tr("บันทึกข้อสรุปแล้ว"))
        return ok

    def save_conclusion(self) -> None:
        if self.console.selected_cluster() is None:
            self.console.inform(self.tr("เลือกกลุ่มความคิดก่อน"))
            return
        self.flush_conclusion()
