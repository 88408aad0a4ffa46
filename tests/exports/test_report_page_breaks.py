"""A report's headings stand with the start of their tables, and its signature with the line before it.

The walk found the follow-up report's "ระเบียบวาระที่ 5.2 … มติที่ประชุม" at the foot of page 3 with its table on
page 4, and the signature block alone on the last page of both reports. Each filler length here moves the heading
down the page a line at a time, so one of them puts it at the foot.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.exports.document import Document, Para, Role, Signature, Table
from meetingdesk.exports.pdf_writer import write_pdf
from tests.exports.readback import pdf_text


def _document(filler: int) -> Document:
    doc = Document(title="t")
    b = doc.blocks
    b += [Para(f"บรรทัดที่ {n}", Role.LIST) for n in range(filler)]
    b.append(Para("2.9 การประชุมครั้งที่ 5/2569", Role.LABEL))
    b.append(Para("ระเบียบวาระที่ 5.2 หัวข้อวาระ", Role.ITEM, indent=1))
    b.append(Para("อนุมัติในหลักการ", Role.RESOLUTION, indent=1, bold_prefix="มติที่ประชุม"))
    rows = [[str(n), f"งานแถวที่ {n}", "ผู้รับผิดชอบ", "1 ต.ค. 69", "ยังไม่ดำเนินการ"] for n in range(1, 4)]
    b.append(Table(["ที่", "การดำเนินการ", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ"], rows, [0.1, 0.3, 0.2, 0.2, 0.2], None))
    b.append(Para("ย่อหน้าสุดท้ายก่อนลงชื่อ", Role.LIST, indent=1))
    b.append(Signature("ผู้รายงาน", "", ""))
    return doc


@pytest.mark.parametrize("filler", range(20, 40))
def test_headings_stay_with_their_tables_first_rows_and_the_signature_with_the_line_before(
    filler: int, tmp_path: Path
) -> None:
    path = tmp_path / "r.pdf"
    write_pdf(_document(filler), path)
    pages = pdf_text(path).split("\f")

    def page_of(text: str) -> int:
        return next(n for n, page in enumerate(pages) if text in page)

    assert len({page_of(t) for t in ("2.9 การประชุม", "ระเบียบวาระที่ 5.2", "มติที่ประชุม", "งานแถวที่ 1")}) == 1
    assert page_of("ย่อหน้าสุดท้ายก่อนลงชื่อ") == page_of("ผู้รายงาน")
