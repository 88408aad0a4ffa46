"""The tracker's export menu: the rows it shows (its filter and order) as XLSX or CSV, the follow-up report of the
chosen fiscal year (the current one when the tracker shows every year) and body as DOCX or PDF, and the calendar
(.ics). Written on a worker thread: a decade's rows take a few seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QToolButton

from meetingdesk.domain.errors import UserError
from meetingdesk.domain.thai.dates import fiscal_year
from meetingdesk.ui.file_dialogs import save_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.workers import Worker

if TYPE_CHECKING:
    from meetingdesk.ui.pages.tracker_page import TrackerPage


class TrackerExportButton(QToolButton):
    def __init__(self, page: TrackerPage) -> None:
        super().__init__(page)
        self.page = page
        self.setText(self.tr("ส่งออก"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("รายการที่แสดงเป็น Excel (XLSX)…"), lambda: self.ask_rows("xlsx"))
        menu.addAction(self.tr("รายการที่แสดงเป็น CSV…"), lambda: self.ask_rows("csv"))
        menu.addSeparator()
        for fmt in ("docx", "pdf", "xlsx"):
            label = self.tr("รายงานการติดตามผลการดำเนินงานตามมติ (%1)…").replace("%1", fmt.upper())
            menu.addAction(label, partial(self.ask_followup, fmt))
        menu.addSeparator()
        menu.addAction(self.tr("ปฏิทินการประชุมและกำหนดเสร็จ (ICS)…"), self.ask_calendar)
        self.setMenu(menu)
        self.job: Worker | None = None
        self.last: Path | None = None

    def _target(self, name: str, fmt: str) -> Path | None:
        return save_file(self, self.tr("บันทึกไฟล์"), f"{name}.{fmt}", f"{fmt.upper()} (*.{fmt})")

    def ask_rows(self, fmt: str) -> None:
        target = self._target(self.tr("การติดตามมติ"), fmt)
        if target:
            self.export_rows(fmt, target)

    def export_rows(self, fmt: str, target: Path) -> None:
        from meetingdesk.services.reports import export_tracker

        db, model = self.page.ctx.db, self.page.model
        f, sort, descending = model.filter, model.sort_by, model.descending
        self._run(lambda: export_tracker(db, target, f, fmt=fmt, sort=sort, descending=descending))

    def ask_followup(self, fmt: str) -> None:
        year = self.page.year.currentData()
        if year is None:  # ทุกปีงบประมาณ: the report is of one year, so the current one (named in the file and title)
            year = fiscal_year(dt.date.today())
        target = self._target(self.tr("รายงานการติดตามมติ-") + str(year), fmt)
        if target:
            self.export_followup(fmt, year, self.page.body.currentData(), target)

    def export_followup(self, fmt: str, year: int, body_id: int | None, target: Path) -> None:
        from meetingdesk.services.reports import export_followup

        db = self.page.ctx.db
        self._run(lambda: export_followup(db, target, fiscal_year=year, fmt=fmt, body_id=body_id))

    def ask_calendar(self) -> None:
        target = self._target("meetingdesk", "ics")
        if target:
            self.export_calendar(target)

    def export_calendar(self, target: Path) -> None:
        from meetingdesk.services.reports import export_calendar

        db = self.page.ctx.db
        self._run(lambda: export_calendar(db, target))

    def _run(self, work: Callable[[], Path]) -> None:
        lang = ui_lang()

        def describe(exc: Exception) -> str:
            return exc.message(lang) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"

        self.setEnabled(False)
        self.setText(self.tr("กำลังส่งออก…"))
        self.job = Worker(work, describe)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _finish(self) -> None:
        self.setEnabled(True)
        self.setText(self.tr("ส่งออก"))

    def _done(self, path: object) -> None:
        self._finish()
        self.last = Path(str(path))
        if interaction().confirm(self, self.tr("บันทึกแล้ว: %1\nเปิดไฟล์หรือไม่").replace("%1", str(path))):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        self._finish()
        interaction().warn(self, self.tr("ส่งออกไม่สำเร็จ: ") + message)
