"""Writing the office's reports to files: the follow-up report (DOCX, PDF, XLSX), the evidence report (DOCX,
PDF), the tracker's current view (XLSX, CSV) and the calendar (ICS). Each is one call that reads what it needs,
writes beside the target and renames over it: all or nothing, never a half-written file.

The office's settings decide Thai digits and the DOCX font, as for the minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.exports.compose import ExportOptions
from meetingdesk.exports.spreadsheet import Cell, Sheet
from meetingdesk.services import settings
from meetingdesk.services.documents import write_atomically, write_document
from meetingdesk.services.tracker import TrackerFilter, TrackerRow
from meetingdesk.storage.database import Database

FOLLOWUP_FORMATS = ("docx", "pdf", "xlsx")
EVIDENCE_FORMATS = ("docx", "pdf")
TRACKER_FORMATS = ("xlsx", "csv")


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        known = ", ".join(allowed)
        raise InvalidInput(f"รูปแบบไฟล์ {fmt} ใช้ไม่ได้ (ใช้ได้: {known})", f"Format {fmt} cannot be used (use {known}).")


def _options(db: Database, include_confidential: bool) -> ExportOptions:
    return ExportOptions(thai_digits=settings.get(db, settings.THAI_DIGITS), include_confidential=include_confidential)


def export_followup(
    db: Database,
    target: Path,
    *,
    fiscal_year: int,
    fmt: str,
    body_id: int | None = None,
    today: dt.date | None = None,
    include_confidential: bool = False,
) -> Path:
    """รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม of one body (or every body) for a fiscal year."""
    _check_format(fmt, FOLLOWUP_FORMATS)
    from meetingdesk.services.followup import followup

    view = followup(db, fiscal_year=fiscal_year, body_id=body_id, today=today)
    if fmt == "xlsx":
        from meetingdesk.exports.spreadsheet import followup_sheet, write_xlsx

        sheet = followup_sheet(view, include_confidential=include_confidential)
        return write_atomically(Path(target), lambda path: write_xlsx(sheet, path))
    from meetingdesk.exports.followup import followup_report

    document = followup_report(view, _options(db, include_confidential))
    return write_document(document, fmt, target, font=settings.get(db, settings.EXPORT_FONT))


def export_evidence(db: Database, target: Path, *, fiscal_year: int, fmt: str, today: dt.date | None = None) -> Path:
    """The evidence report for the office's quality indicator framework, for a fiscal year."""
    _check_format(fmt, EVIDENCE_FORMATS)
    from meetingdesk.exports.evidence import evidence_report
    from meetingdesk.services.evidence import evidence
    from meetingdesk.services.followup import check_fiscal_year

    check_fiscal_year(fiscal_year)
    document = evidence_report(evidence(db, fiscal_year=fiscal_year, today=today), _options(db, False))
    return write_document(document, fmt, target, font=settings.get(db, settings.EXPORT_FONT))


def export_tracker(
    db: Database, target: Path, f: TrackerFilter, *, fmt: str, sort: str = "due", descending: bool = False
) -> Path:
    """The tracker's rows as it shows them (its filter, its order) as a spreadsheet: XLSX or CSV."""
    _check_format(fmt, TRACKER_FORMATS)
    from meetingdesk.exports.spreadsheet import write_csv, write_xlsx
    from meetingdesk.services.tracker import tracker_keys, tracker_rows

    keys = tracker_keys(db, f, sort=sort, descending=descending)
    rows = tracker_rows(db, keys)
    sheet = tracker_sheet([rows[k] for k in keys if k in rows], f)
    writer = write_xlsx if fmt == "xlsx" else write_csv
    return write_atomically(Path(target), lambda path: writer(sheet, path))


TRACKER_HEADER = (
    "องค์คณะ",
    "ครั้งที่",
    "วันที่ประชุม",
    "ระเบียบวาระ",
    "มติที่ประชุม",
    "ประเภทมติ",
    "การดำเนินการ",
    "ผู้รับผิดชอบ",
    "กำหนดเสร็จ",
    "สถานะ",
    "เกินกำหนด",
)
TRACKER_WIDTHS = (30, 9, 12, 40, 50, 10, 40, 24, 12, 18, 10)


def tracker_sheet(rows: Sequence[TrackerRow], f: TrackerFilter) -> Sheet:
    """The tracker's rows in its order; the notes say which filter chose them."""
    out: list[tuple[Cell, ...]] = [
        (
            r.body,
            r.meeting,
            r.date,
            r.item,
            r.decision,
            r.decision_kind.label_th,
            r.action,
            r.owner,
            r.due,
            r.status.label_th if r.status else "",
            "เกินกำหนด" if r.overdue else "",
        )
        for r in rows
    ]
    chosen = [f"ปีงบประมาณ {f.fiscal_year}" if f.fiscal_year else ""]
    chosen += [f"สถานะ {f.status.label_th}" if f.status else "", "เฉพาะที่เกินกำหนด" if f.overdue else ""]
    chosen += [f"คำค้น “{f.text}”" if f.text.strip() else ""]
    filters = ", ".join(c for c in chosen if c) or "ทั้งหมด"
    notes = (f"มติและการดำเนินการตามมติ ({filters}) {len(out)} แถว",)
    return Sheet("การติดตามมติ", TRACKER_HEADER, out, TRACKER_WIDTHS, title="การติดตามมติที่ประชุม", notes=notes)


def export_calendar(db: Database, target: Path, *, fiscal_year: int | None = None) -> Path:
    """Meetings and the due dates of open actions as an iCalendar file that calendar programs import."""
    from meetingdesk.exports.calendar import calendar_bytes
    from meetingdesk.services.calendar import calendar_view

    data = calendar_bytes(calendar_view(db, fiscal_year=fiscal_year))

    def write(path: Path) -> None:
        path.write_bytes(data)

    return write_atomically(Path(target), write)
