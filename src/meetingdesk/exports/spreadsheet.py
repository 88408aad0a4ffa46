"""Spreadsheets (the tracker's current view, the follow-up of a fiscal year) as XLSX (XlsxWriter) or CSV.

A ``Sheet`` is plain data (a header and rows of text, numbers and dates); the writers decide how it looks.
XLSX keeps dates as dates, shown in the Buddhist era (number format ``[$-107041E]``: Thai locale, calendar 7,
which Excel and LibreOffice both read), with a frozen header, a filter and columns wide enough to read. CSV is
UTF-8 with a byte-order mark, without which Excel opens Thai as mojibake; its dates are written ``24/11/2569``.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.followup import Followup
from meetingdesk.domain.thai.dates import numeric_date
from meetingdesk.exports.compose import CONFIDENTIAL_LINE, clean

Cell = str | int | float | dt.date | None
BE_DATE_FORMAT = "[$-107041E]dd/mm/yyyy"


@dataclass(frozen=True)
class Sheet:
    name: str  # the tab's name (at most 31 characters)
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    widths: tuple[int, ...]  # characters
    title: str = ""  # the workbook's title (file properties)
    notes: tuple[str, ...] = ()  # lines under the table: what was filtered, when
    more: tuple[Sheet, ...] = field(default_factory=tuple)  # further tabs (XLSX only)


FOLLOWUP_HEADER = (
    "องค์คณะ",
    "ครั้งที่",
    "วันที่ประชุม",
    "ระเบียบวาระ",
    "เรื่อง",
    "มติที่ประชุม",
    "การดำเนินการ",
    "ผู้รับผิดชอบ",
    "กำหนดเสร็จ",
    "สถานะ",
    "เกินกำหนด",
    "วันที่แล้วเสร็จ",
    "ผลการดำเนินการล่าสุด",
    "วันที่รายงานผล",
)
FOLLOWUP_WIDTHS = (30, 9, 12, 8, 40, 50, 40, 24, 12, 18, 10, 12, 50, 12)


def followup_sheet(view: Followup, *, include_confidential: bool = False) -> Sheet:
    """One row per action (a decision without actions: one row of its own), then a tab with the totals."""
    from meetingdesk.domain.thai.dates import meeting_number_text

    rows: list[tuple[Cell, ...]] = []
    for m in view.meetings:
        number = meeting_number_text(m.number, m.year_be)
        for d in m.decisions:
            hidden = d.confidential and not include_confidential
            head: tuple[Cell, ...] = (
                m.body,
                number,
                m.date,
                d.item,
                CONFIDENTIAL_LINE if hidden else d.item_title,
                "" if hidden else d.text or d.kind.label_th,
            )
            if hidden or not d.actions:
                rows.append((*head, "", "", None, "", "", None, "", None))
                continue
            for a in d.actions:
                overdue = "เกินกำหนด" if a.overdue else ""
                rows.append(
                    (*head, a.title, a.owner, a.due, a.status.label_th, overdue, a.done_on, a.progress, a.progress_on)
                )
    t = view.totals
    totals: list[tuple[Cell, ...]] = [
        ("การประชุม (ครั้ง)", t.meetings),
        ("มติที่ประชุม", t.decisions),
        ("มติที่ต้องดำเนินการ", t.to_carry_out),
        ("มติที่ดำเนินการแล้วครบทุกรายการ", t.carried_out),
        ("การดำเนินการตามมติ (รายการ)", t.actions),
        *((f"  {s.label_th}", t.by_status[s]) for s in ActionStatus),
        ("เกินกำหนดและยังไม่แล้วเสร็จ", t.overdue),
        ("แล้วเสร็จที่มีกำหนดเสร็จ", t.done_with_due),
        ("แล้วเสร็จตามกำหนด", t.done_on_time),
    ]
    scope = view.body or "ทุกองค์คณะ"
    title = f"รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม {scope} ปีงบประมาณ {view.fiscal_year}"
    notes = (f"{title} ข้อมูล ณ {numeric_date(view.as_of)}",)
    summary = Sheet("สรุป", ("รายการ", "จำนวน"), totals, (36, 10), notes=notes)
    return Sheet("ติดตามมติ", FOLLOWUP_HEADER, rows, FOLLOWUP_WIDTHS, title=title, notes=notes, more=(summary,))


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return numeric_date(value)
    return clean(str(value))


def write_csv(sheet: Sheet, path: Path) -> None:
    """UTF-8 with a byte-order mark (Excel reads Thai then), the header, the rows; dates ``24/11/2569``."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(sheet.header)
        writer.writerows([_text(v) for v in row] for row in sheet.rows)


def write_xlsx(sheet: Sheet, path: Path) -> None:
    """Every tab of ``sheet``: header bold and frozen, a filter on it, dates in the Buddhist era, notes below."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    book.set_properties({"title": sheet.title or sheet.name, "author": "MeetingDesk"})
    head = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8EEF4", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    date = book.add_format({"num_format": BE_DATE_FORMAT, "valign": "top", "align": "center"})
    for tab in (sheet, *sheet.more):
        ws = book.add_worksheet(tab.name[:31])
        for column, width in enumerate(tab.widths):
            ws.set_column(column, column, width, wrap)
        ws.write_row(0, 0, tab.header, head)
        for r, row in enumerate(tab.rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date)
                elif isinstance(value, int | float):
                    ws.write_number(r, c, value)
                elif value:
                    ws.write_string(r, c, clean(value))
        ws.freeze_panes(1, 0)
        if tab.rows:
            ws.autofilter(0, 0, len(tab.rows), len(tab.header) - 1)
        for n, note in enumerate(tab.notes, start=len(tab.rows) + 2):
            ws.write_string(n, 0, note)
    book.close()
