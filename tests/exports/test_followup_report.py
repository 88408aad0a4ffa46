"""The follow-up report and the spreadsheets read back as a user's computer reads them: python-docx, poppler's
pdftotext, openpyxl and Python's csv module; the numbers against the hand counts of ``report_office``."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import reports, settings
from meetingdesk.services.tracker import TrackerFilter, tracker_keys
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_body_text
from tests.services.report_office import FY, TODAY, counted_year

TITLE = "รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม"


def test_docx_has_the_summary_and_each_decision_with_its_actions(db: Database, tmp_path: Path) -> None:
    counted_year(db)
    path = reports.export_followup(db, tmp_path / "f.docx", fiscal_year=FY, fmt="docx", today=TODAY)
    lines = docx_lines(path)
    assert lines[:3] == [TITLE, "ทุกองค์คณะ", "ปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม พ.ศ. 2568 - 30 กันยายน พ.ศ. 2569)"]
    assert "ข้อมูล ณ วันพุธที่ 1 เมษายน พ.ศ. 2569" in lines
    for row in (
        "การประชุม | 3 ครั้ง",
        "มติที่ประชุม | 5 มติ",
        "มติที่ต้องดำเนินการ | 4 มติ",
        "มติที่ดำเนินการแล้วครบทุกรายการ | 1 จาก 4 (ร้อยละ 25.0)",
        "    ดำเนินการแล้ว | 2 จาก 5 (ร้อยละ 40.0)",
        "    ยกเลิก | 1 รายการ",
        "เกินกำหนดและยังไม่แล้วเสร็จ | 1 รายการ",
        "ดำเนินการแล้วเสร็จตามกำหนด | 1 จาก 2 (ร้อยละ 50.0)",
    ):
        assert row in lines
    heading = "2.1 การประชุมคณะกรรมการบริหาร สพป.ทดสอบ เขต 1 ครั้งที่ 1/2568 เมื่อวันจันทร์ที่ 10 พฤศจิกายน พ.ศ. 2568"
    at = lines.index(heading)
    assert lines[at + 1] == "ระเบียบวาระที่ 5.1 พิจารณาจัดซื้อหนังสือเสริมการอ่าน"
    assert lines[at + 2] == "มติที่ประชุม  มอบหมายกลุ่มส่งเสริมการศึกษาจัดซื้อหนังสือ"
    assert lines[at + 3] == "ที่ | การดำเนินการ | ผู้รับผิดชอบ | กำหนดเสร็จ | สถานะ / ผลการดำเนินการล่าสุด"
    assert lines[at + 4] == (
        "1 | จัดซื้อหนังสือชุดแรก | นายสมชาย ใจดี | 1 ธ.ค. 68 | ดำเนินการแล้ว เมื่อ 30 พ.ย. 68: ส่งมอบหนังสือครบแล้ว"
    )
    assert lines[at + 5].endswith("อยู่ระหว่างดำเนินการ (เกินกำหนด): อยู่ระหว่างจัดซื้อ (10 ธ.ค. 68)")
    assert lines[at + 6] == "มติที่ไม่มีการดำเนินการที่ต้องติดตาม: ระเบียบวาระที่ 4.1 (รับทราบ)"
    # a confidential item shows its number only, never its title, decision or actions
    text = "\n".join(lines)
    assert "ระเบียบวาระที่ 5.2 (วาระลับ ไม่เปิดเผยในฉบับนี้)" in lines
    assert "นายลับ" not in text and "ให้ดำเนินการย้าย" not in text
    assert "รายงานผลการดำเนินงานปีงบประมาณ 2569" not in text  # fiscal year 2570's meeting


def test_pdf_says_the_same_in_thai_digits_when_the_office_prints_them(db: Database, tmp_path: Path) -> None:
    year = counted_year(db)
    settings.set_value(db, settings.THAI_DIGITS.key, True)
    path = reports.export_followup(
        db, tmp_path / "f.pdf", fiscal_year=FY, fmt="pdf", body_id=year.office.board, today=TODAY
    )
    text = pdf_body_text(path)
    assert TITLE in text and "คณะกรรมการบริหาร สพป.ทดสอบ เขต ๑" in text
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert "๑ จาก ๓ (ร้อยละ ๓๓.๓)" in text  # carried out: B 5.1 of A 5.1, B 5.1, B 5.2
    assert "จัดซื้อหนังสือชุดแรก" in text and "ประชุมบุคลากร" not in text
    assert "2569" not in text


def test_followup_spreadsheet_has_a_row_per_action_and_a_summary_tab(db: Database, tmp_path: Path) -> None:
    counted_year(db)
    path = reports.export_followup(db, tmp_path / "f.xlsx", fiscal_year=FY, fmt="xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["ติดตามมติ", "สรุป"]
    sheet = book["ติดตามมติ"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    data = [r for r in rows if r[1]]  # the notes under the table have no meeting number
    assert len(data) == 7  # 6 actions (a confidential decision as one row) + the decision noted without action
    first = data[1]
    assert first[:4] == ("คณะกรรมการบริหาร สพป.ทดสอบ เขต 1", "1/2568", dt.datetime(2025, 11, 10), "5.1")
    assert first[6:] == (
        "จัดซื้อหนังสือชุดแรก", "นายสมชาย ใจดี", dt.datetime(2025, 12, 1), "ดำเนินการแล้ว", None,
        dt.datetime(2025, 11, 30), "ส่งมอบหนังสือครบแล้ว", dt.datetime(2025, 11, 30),
    )  # fmt: skip
    assert sheet["C2"].number_format == "[$-107041E]dd/mm/yyyy"  # shown in the Buddhist era
    assert sum(1 for r in data if r[10] == "เกินกำหนด") == 1
    secret = [r for r in data if r[3] == "5.2"]
    assert secret and secret[0][4] == "(วาระลับ ไม่เปิดเผยในฉบับนี้)" and secret[0][5] is None
    summary = dict(book["สรุป"].iter_rows(min_row=2, max_row=14, values_only=True))
    assert summary["มติที่ประชุม"] == 5 and summary["แล้วเสร็จตามกำหนด"] == 1 and summary["  ยกเลิก"] == 1


def test_tracker_view_as_xlsx_and_csv_keeps_its_rows_and_order(demo_db: Database, tmp_path: Path) -> None:
    f = TrackerFilter(fiscal_year=2569, text="คู่มือ")
    keys = tracker_keys(demo_db, f, sort="due")
    assert keys
    csv_path = reports.export_tracker(demo_db, tmp_path / "t.csv", f, fmt="csv")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Thai only with the BOM
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["องค์คณะ", "ครั้งที่", "วันที่ประชุม"]
    assert len(rows) == len(keys) + 1
    assert all("คู่มือ" in r[3] + r[4] + r[6] for r in rows[1:])
    assert all(r[2].endswith("/2569") or r[2].endswith("/2568") for r in rows[1:])  # B.E. dates
    dues = [dt.datetime.strptime(r[8], "%d/%m/%Y") for r in rows[1:] if r[8]]
    assert dues == sorted(dues)  # the tracker's order (by due date)
    xlsx_path = reports.export_tracker(demo_db, tmp_path / "t.xlsx", f, fmt="xlsx")
    sheet = openpyxl.load_workbook(xlsx_path).active
    values = list(sheet.iter_rows(min_row=2, max_row=len(keys) + 1, values_only=True))
    assert [v[6] for v in values] == [r[6] or None for r in rows[1:]]
    assert sheet.cell(len(keys) + 3, 1).value == f"มติและการดำเนินการตามมติ (ปีงบประมาณ 2569, คำค้น “คู่มือ”) {len(keys)} แถว"


def test_a_wrong_format_writes_nothing(db: Database, tmp_path: Path) -> None:
    counted_year(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput):
        reports.export_followup(db, out / "f.csv", fiscal_year=FY, fmt="csv")
    with pytest.raises(InvalidInput):
        reports.export_tracker(db, out / "t.pdf", TrackerFilter(), fmt="pdf")
    with pytest.raises(InvalidInput):
        reports.export_followup(db, out / "f.pdf", fiscal_year=2026, fmt="pdf")
    assert list(out.iterdir()) == []
