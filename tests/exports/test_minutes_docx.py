"""The minutes, agenda and sign-in sheet as DOCX: parts in order, the regulation's words, Thai fonts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from meetingdesk.exports.compose import ExportOptions
from meetingdesk.services.documents import export_document
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_fonts, to_pdf_with_libreoffice

CERTIFIED_WITH_MATTERS = 3  # executive board 2/2569: certifies 1/2569, follows up its decisions
CONFIDENTIAL = 4  # อ.ก.ค.ศ. 1/2569: its section 5 items are confidential

# The regulation's term, and the common variants that read as mistakes (shared/domain/thai-minutes.md).
NOT_WORDS = ("บันทึกการประชุม", "ผู้เข้าประชุม", "ผู้ที่ไม่เข้าประชุม", "ผู้ขาดประชุม", "เปิดประชุมเวลา",
             "ปิดประชุมเวลา", "ผู้บันทึกรายงานการประชุม", "ผู้บันทึกการประชุม")  # fmt: skip


def _index(lines: list[str], start: str, after: int = -1) -> int:
    return next(i for i, line in enumerate(lines) if i > after and line.startswith(start))


def test_minutes_have_every_part_in_the_regulations_order(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", CERTIFIED_WITH_MATTERS, "docx", tmp_path / "m.docx")
    lines = docx_lines(path)
    assert lines[0] == "รายงานการประชุมคณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"
    assert lines[1] == "ครั้งที่ 2/2569"
    assert lines[2] == "เมื่อวันอังคารที่ 17 มีนาคม พ.ศ. 2569"
    assert lines[3].startswith("ณ ห้องประชุม")
    order = ["ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา 09.00 น."]
    order += [f"ระเบียบวาระที่ {n} " for n in range(1, 7)]
    order += ["เลิกประชุมเวลา", "(ลงชื่อ)", "(ลงชื่อ)"]
    positions = []
    for start in order:
        positions.append(_index(lines, start, positions[-1] if positions else -1))
    assert positions == sorted(positions)
    assert lines[positions[1] + 1].startswith("1. | ")  # absent members numbered, with the reason
    assert "(" in lines[positions[1] + 1]
    assert any("ผู้จดรายงานการประชุม" in line for line in lines)
    assert any("ผู้ตรวจรายงานการประชุม" in line for line in lines)
    text = "\n".join(lines)
    for wrong in NOT_WORDS:
        assert wrong not in text
    assert "มติที่ประชุม  ที่ประชุมรับรองรายงานการประชุมครั้งที่ 1/2569 โดยไม่มีการแก้ไข" in text
    assert "3.1 ติดตามมติการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 5.1" in text
    assert "ผลการดำเนินการ ดังนี้" in text
    assert "กรรมการและผู้ช่วยเลขานุการ" in text  # the assistant secretary's role, with every mark


def test_substitutes_are_marked(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", 9, "docx", tmp_path / "m.docx")
    assert any(" แทน " in line for line in docx_lines(path))


def test_recording_styles_change_what_is_written_not_the_frame(demo_db: Database, tmp_path: Path) -> None:
    texts = {}
    frames = {}
    for style in ("detailed", "summary", "resolutions"):
        path = export_document(demo_db, "minutes", 9, "docx", tmp_path / f"{style}.docx", ExportOptions(style=style))
        lines = docx_lines(path)
        texts[style] = "\n".join(lines)
        frames[style] = [
            line
            for line in lines
            if line in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม")
            or line.startswith(("ระเบียบวาระที่", "เริ่มประชุมเวลา", "เลิกประชุมเวลา"))
        ]
    assert frames["detailed"] == frames["summary"] == frames["resolutions"]
    discussion = "ที่ประชุมได้ร่วมกันพิจารณาผลการดำเนินงานทั้งสามระยะ"
    assert discussion in texts["detailed"] and discussion not in texts["resolutions"]
    assert len(texts["resolutions"]) < len(texts["summary"]) <= len(texts["detailed"])


def test_confidential_items_are_left_out_unless_asked_and_numbers_stay(demo_db: Database, tmp_path: Path) -> None:
    hidden = docx_lines(export_document(demo_db, "minutes", CONFIDENTIAL, "docx", tmp_path / "h.docx"))
    shown = docx_lines(
        export_document(
            demo_db, "minutes", CONFIDENTIAL, "docx", tmp_path / "s.docx", ExportOptions(include_confidential=True)
        )
    )
    assert "5.1 (วาระลับ ไม่เปิดเผยในฉบับนี้)" in hidden and "5.2 (วาระลับ ไม่เปิดเผยในฉบับนี้)" in hidden
    secret = next(line for line in shown if line.startswith("5.1 "))
    assert secret != "5.1 (วาระลับ ไม่เปิดเผยในฉบับนี้)"
    assert secret not in hidden and "6.1" in " ".join(hidden)
    assert len([line for line in hidden if line.startswith("มติที่ประชุม")]) < len(
        [line for line in shown if line.startswith("มติที่ประชุม")]
    )


def test_thai_digits_throughout(demo_db: Database, tmp_path: Path) -> None:
    lines = docx_lines(
        export_document(demo_db, "minutes", 3, "docx", tmp_path / "t.docx", ExportOptions(thai_digits=True))
    )
    assert lines[1] == "ครั้งที่ ๒/๒๕๖๙"
    assert lines[2] == "เมื่อวันอังคารที่ ๑๗ มีนาคม พ.ศ. ๒๕๖๙"
    assert not any(ch.isascii() and ch.isdigit() for line in lines for ch in line)


def test_agenda_and_signin_sheet(demo_db: Database, tmp_path: Path) -> None:
    agenda = docx_lines(export_document(demo_db, "agenda", 15, "docx", tmp_path / "a.docx"))
    assert agenda[0].startswith("ระเบียบวาระการประชุมคณะกรรมการบริหาร")
    assert "2.1 รับรองรายงานการประชุมครั้งที่ 5/2569" in agenda
    assert [line for line in agenda if line.startswith("ระเบียบวาระที่")][2] == "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง"
    signin = docx_lines(export_document(demo_db, "signin", 9, "docx", tmp_path / "s.docx"))
    assert signin[0] == "บัญชีลงชื่อผู้มาประชุม"
    header = signin.index("ที่ | ชื่อ - สกุล | ตำแหน่ง | ลายมือชื่อ")
    rows = signin[header + 1 :]
    assert rows[0].startswith("1 | ดร.") and rows[0].endswith("ประธานกรรมการ | ")
    members = [r for r in rows if "กรรมการ" in r]
    assert rows.index(members[-1]) < rows.index(
        next(r for r in rows if "ผู้นำเสนอ" in r or "ศึกษานิเทศก์" in r or "นัก" in r)
    )
    assert rows[-1].endswith("|  |  | ")  # blank rows for walk-ins


def test_thai_font_is_set_in_the_complex_script_slots_without_theme_fonts(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", 3, "docx", tmp_path / "f.docx", font="TH SarabunIT๙")
    document = docx.Document(str(path))
    for name in ("Normal", "MD Title", "MD Body", "MD Agenda Item", "MD Resolution"):
        rpr = document.styles[name].element.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == "TH SarabunIT๙" and fonts.get(qn("w:ascii")) == "TH SarabunIT๙"
        assert not [a for a in fonts.attrib if "theme" in a.lower()]
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"
    bold = document.styles["MD Title"].element.rPr
    assert bold.find(qn("w:bCs")) is not None
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert not [a for a in defaults.find(qn("w:rFonts")).attrib if "theme" in a.lower()]
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and "- " in header_xml


def test_libreoffice_shows_the_thai_text_in_the_configured_family(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", 3, "docx", tmp_path / "lo.docx")
    pdf = to_pdf_with_libreoffice(path, tmp_path)
    fonts = pdf_fonts(pdf)
    # TH Sarabun New is not on a Linux test machine; fonts-thai-tlwg's rule maps it to Laksaman (its metrics).
    assert fonts and all(f.startswith(("THSarabun", "Laksaman")) for f in fonts), fonts
    assert not [f for f in fonts if f.startswith(("Loma", "DejaVu", "Garuda", "Liberation"))]


@pytest.mark.parametrize("meeting_id", range(1, 16))
@pytest.mark.parametrize("kind", ["minutes", "agenda", "signin"])
def test_every_demo_meeting_exports_every_document(
    demo_db: Database, tmp_path: Path, kind: str, meeting_id: int
) -> None:
    path = export_document(demo_db, kind, meeting_id, "docx", tmp_path / f"{kind}.docx")
    assert docx_lines(path)[0]
