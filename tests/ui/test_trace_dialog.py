"""The trace on screen: from a finding on the projects page and from a decision in the tracker, read from finding
to result; a step's evidence opens as the tracker's history opens it, a meeting step opens the meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.services import projects
from meetingdesk.services.actions import report_progress
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import decision_finding
from meetingdesk.ui.dialogs.trace_dialog import TraceDialog
from meetingdesk.ui.pages.projects_page import ProjectsPage
from meetingdesk.ui.pages.tracker_page import TrackerPage


def _kinds(dialog: TraceDialog) -> list[str]:
    return [dialog.steps.topLevelItem(n).text(1) for n in range(dialog.steps.topLevelItemCount())]


def test_a_finding_traced_from_the_projects_page(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.reading() as s:
        answered = set(s.scalars(select(decision_finding.c.finding_id)))
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    row = next(
        (p, f)
        for p, project_id in enumerate(page._project_ids)
        for f, finding in enumerate(projects.list_findings(ctx.db, project_id))
        if finding.id in answered
    )
    page.projects.selectRow(row[0])
    page.findings.selectRow(row[1])
    dialog = page.show_trace()
    assert isinstance(dialog, TraceDialog)
    qtbot.addWidget(dialog)
    kinds = _kinds(dialog)
    assert kinds[0] == "ผลการดำเนินงาน" and kinds[1] == "การประชุม"
    assert "มติที่ประชุม" in kinds and kinds.index("มติที่ประชุม") < kinds.index("ผลลัพธ์")
    assert dialog.windowTitle() == "เส้นทางจากผลการดำเนินงานสู่ผลลัพธ์"
    meetings: list[int] = []
    dialog.openMeeting.connect(meetings.append)
    dialog.steps.setCurrentItem(dialog.steps.topLevelItem(1))
    qtbot.keyClick(dialog.steps, Qt.Key.Key_Return)
    assert meetings == [dialog.trace.steps[1].meeting_id]


class Opener(QObject):  # stands where the desktop's file opener would: Qt hands it the URL
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_a_decision_traced_from_the_tracker_opens_its_evidence(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    page = TrackerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    at = next(r for r in range(page.model.rowCount()) if page.model.row(r).action_id is not None)  # type: ignore[union-attr]
    page.table.selectRow(at)
    row = page.current()
    assert row is not None and row.action_id is not None and page.trace_button.isEnabled()
    evidence = tmp_path / "ภาพกิจกรรม.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    report_progress(ctx.db, ctx.paths.data_dir, row.action_id, status=ActionStatus.DONE, note="เสร็จแล้ว",
                    evidence=evidence, on=row.date)  # fmt: skip
    page.trace_button.click()
    dialog = next(w for w in page.findChildren(TraceDialog))
    qtbot.addWidget(dialog)
    assert row.decision in dialog.trace.subject
    with_evidence = next(
        n for n in range(dialog.steps.topLevelItemCount()) if "ภาพกิจกรรม" in dialog.steps.topLevelItem(n).text(2)
    )
    assert dialog.steps.topLevelItem(with_evidence).text(1) == "ความก้าวหน้า"
    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        dialog.steps.setCurrentItem(dialog.steps.topLevelItem(with_evidence))
        assert dialog.open_button.isEnabled()
        qtbot.keyClick(dialog.steps, Qt.Key.Key_Return)  # Enter (or a double-click) opens the evidence
    finally:
        QDesktopServices.unsetUrlHandler("file")
    kept = dialog.trace.steps[with_evidence].evidence
    assert kept is not None and opener.opened == [str(ctx.paths.data_dir / kept)]
