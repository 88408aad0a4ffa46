"""The tracker's export menu on the real page: the rows it shows go to XLSX/CSV in its order, the follow-up report
of every year is the current fiscal year's, and a failure is said, not raised."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
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


def test_followup_of_every_year_is_the_current_fiscal_years(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk chose ทุกปีงบประมาณ and was told to choose a year: the report is now the current year's, named so."""
    from meetingdesk.domain.thai.dates import fiscal_year
    from meetingdesk.ui.pages import tracker_export

    page = _page(qtbot, ctx)
    assert page.year.currentData() is None  # ทุกปีงบประมาณ
    offered: list[str] = []
    monkeypatch.setattr(tracker_export, "save_file", lambda _p, _t, name, _f: offered.append(name) or None)
    page.export_button.ask_followup("pdf")
    current = fiscal_year(dt.date.today())
    assert messages == [] and offered == [f"รายงานการติดตามมติ-{current}.pdf"]
    exported: list[int] = []
    monkeypatch.setattr(tracker_export, "save_file", lambda *_a: tmp_path / "f.pdf")
    monkeypatch.setattr(page.export_button, "export_followup", lambda _fmt, year, _b, _t: exported.append(year))
    page.export_button.ask_followup("pdf")
    assert exported == [current]


def test_a_failed_export_is_said(qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]) -> None:
    page = _page(qtbot, ctx)
    page.export_button.export_followup("pdf", 2569, None, tmp_path / "missing" / "f.pdf")
    _wait(qtbot, page)
    assert messages == [f"ส่งออกไม่สำเร็จ: ไม่พบโฟลเดอร์ {tmp_path / 'missing'}"]
    assert page.export_button.text() == "ส่งออก"
