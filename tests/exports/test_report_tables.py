"""The report tables in Word: the header row repeats on every page, a row never splits across pages, what
introduces a table keeps with it, and a date column holds a short date on one line.

The walk's DOCX had none of these: tables ran onto a page without their header, rows broke in half, and the
follow-up report's กำหนดเสร็จ column (0.13 of the line, 1.70 cm inside Word's cell margins) wrapped "30 พ.ย. 68"
(1.72 cm) onto three lines.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.oxml.ns import qn
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from meetingdesk.domain.thai.dates import short_date
from meetingdesk.exports.fonts import PdfFont
from meetingdesk.services import reports
from meetingdesk.storage.database import Database
from tests.services.report_office import FY, TODAY, counted_year

WORD_CELL_MARGINS_CM = 2 * 0.19
EMU_PER_CM = 360000


def _widest_short_date_cm() -> float:
    """The widest short date of any month, in the bundled Sarabun at the size that stands for TH Sarabun 16 pt."""
    font = PdfFont.choose()
    pdfmetrics.registerFont(TTFont("width-check", str(font.regular)))
    dates = [short_date(dt.date(2025, month, 30 if month != 2 else 28)) for month in range(1, 13)]
    return max(pdfmetrics.stringWidth(d, "width-check", font.size) for d in dates) / 72 * 2.54


def test_report_tables_repeat_their_header_keep_rows_whole_and_hold_a_date_on_one_line(
    db: Database, tmp_path: Path
) -> None:
    counted_year(db)
    widest = _widest_short_date_cm()
    for name, export in (("followup", reports.export_followup), ("evidence", reports.export_evidence)):
        path = export(db, tmp_path / f"{name}.docx", fiscal_year=FY, fmt="docx", today=TODAY)
        document = docx.Document(str(path))
        assert document.tables, name
        for table in document.tables:
            rows = table._tbl.findall(qn("w:tr"))
            assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
            assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)
            before = table._tbl.getprevious()
            if before is not None and before.tag == qn("w:p"):
                para = docx.text.paragraph.Paragraph(before, document)
                assert para.paragraph_format.keep_with_next or para.style.paragraph_format.keep_with_next, para.text
            header = [c.text for c in table.rows[0].cells]
            for column, title in enumerate(header):
                if title in ("กำหนดเสร็จ", "วันที่", "วันที่ประชุม"):
                    width = table.columns[column].width / EMU_PER_CM - WORD_CELL_MARGINS_CM
                    assert width >= widest, (name, title, width, widest)
