"""The tracker's export menu on the real page: the rows it shows go to XLSX/CSV in its order, the follow-up report
asks for a fiscal year first, and a failure is said, not raised."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from meetingdesk.services.context import AppContext
from meetingdesk.services.tracker import tracker_keys
from meetingdesk.ui.pages.tracker_page import TrackerPage
from tests.ui.conftest import Scripted


def _page(qtbot: QtBot, ctx: AppContext) -> TrackerPage:
    page = TrackerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _wait(qtbot: QtBot, page: TrackerPage) -> None:
    qtbot.waitUntil(lambda: page.export_button.job is not None and page.export_button.job.finished, timeout=60_000)
    qtbot.waitUntil(page.export_button.isEnabled)


def test_rows_shown_go_to_xlsx_and_csv(qtbot: QtBot, ctx: AppContext, tmp_path: Path, scripted: Scripted) -> None:
    page = _page(qtbot, ctx)
    page.year.setCurrentIndex(page.year.findData(2569))
    page.text.setText("คู่มือ")  # typed: the page filters on the next turn of the event loop
    qtbot.waitUntil(lambda: page.model.filter.text == "คู่มือ")
    shown = page.model.rowCount()
    assert shown == len(tracker_keys(ctx.db, page.model.filter))
    scripted.answers += [False, False]  # "open the file?" no
    page.export_button.export_rows("xlsx", tmp_path / "rows.xlsx")
    _wait(qtbot, page)
    sheet = openpyxl.load_workbook(tmp_path / "rows.xlsx").active
    actions = [r[6] for r in sheet.iter_rows(min_row=2, max_row=shown + 1, values_only=True)]
    assert actions == [page.model.row(n).action or None for n in range(shown)]
    page.export_button.export_rows("csv", tmp_path / "rows.csv")
    _wait(qtbot, page)
    with (tmp_path / "rows.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == shown + 1
    assert scripted.asked[0].endswith("rows.xlsx\nเปิดไฟล์หรือไม่")


def test_followup_needs_a_fiscal_year(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    page = _page(qtbot, ctx)
    page.export_button.ask_followup("pdf")
    assert messages == ["กรุณาเลือกปีงบประมาณก่อนสร้างรายงานการติดตามผล"]


def test_a_failed_export_is_said(qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]) -> None:
    page = _page(qtbot, ctx)
    page.export_button.export_followup("pdf", 2569, None, tmp_path / "missing" / "f.pdf")
    _wait(qtbot, page)
    assert messages == [f"ส่งออกไม่สำเร็จ: ไม่พบโฟลเดอร์ {tmp_path / 'missing'}"]
    assert page.export_button.text() == "ส่งออก"
