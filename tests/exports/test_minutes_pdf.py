"""The documents as PDF: fonts embedded, Thai shaped, lines broken between words, text that copies back exactly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meetingdesk.exports.compose import DOCUMENTS, ExportOptions
from meetingdesk.exports.pdf_writer import write_pdf
from meetingdesk.services.documents import export_document, meeting_view
from meetingdesk.storage.database import Database
from tests.exports.readback import pdf_fonts, pdf_text

THAI_MARK_FIRST = re.compile(r"^[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")


def written_and_extracted(db: Database, tmp_path: Path, kind: str, meeting_id: int) -> tuple[list[str], str]:
    drawn: list[str] = []
    path = tmp_path / f"{kind}-{meeting_id}.pdf"
    write_pdf(DOCUMENTS[kind](meeting_view(db, meeting_id), ExportOptions()), path, drawn=drawn)
    return drawn, pdf_text(path)


def test_fonts_are_embedded_sarabun(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", 3, "pdf", tmp_path / "m.pdf")
    fonts = pdf_fonts(path)
    assert set(fonts) == {"Sarabun-Regular", "Sarabun-Bold"}, fonts


def test_every_line_of_every_demo_document_copies_back_exactly(demo_db: Database, tmp_path: Path) -> None:
    """The round-trip figure: each line drawn is found, whole and unchanged, in pdftotext's output."""
    total = found = 0
    for kind in DOCUMENTS:
        for meeting_id in range(1, 16):
            drawn, text = written_and_extracted(demo_db, tmp_path, kind, meeting_id)
            extracted_lines = set(text.splitlines())
            for line in filter(None, (d.strip() for d in drawn)):
                total += 1
                found += line in extracted_lines or line in text
    assert total > 1500
    assert found == total, f"{found} of {total} lines round-trip"


def test_no_line_starts_with_a_thai_mark_and_lines_fit(demo_db: Database, tmp_path: Path) -> None:
    drawn, _ = written_and_extracted(demo_db, tmp_path, "minutes", 9)
    assert not [line for line in drawn if THAI_MARK_FIRST.match(line)]
    assert len(drawn) > 100


def test_a_long_paragraph_flows_across_pages(demo_db: Database, tmp_path: Path) -> None:
    from meetingdesk.services import meetings

    sentence = "ที่ประชุมได้ร่วมกันพิจารณาผลการดำเนินงานทั้งสามระยะและเห็นว่าควรเร่งดำเนินการในโรงเรียนที่มีผลการประเมินต่ำกว่าเกณฑ์"
    item = meetings.add_agenda_item(demo_db, 15, 6, "เรื่องยาว", background=sentence * 60)  # no spaces at all
    path = export_document(demo_db, "minutes", 15, "pdf", tmp_path / "long.pdf", ExportOptions(style="detailed"))
    text = pdf_text(path)
    assert "\f" in text.rstrip("\f")  # more than one page
    assert text.replace("\n", "").count(sentence) >= 55  # lines are broken between words, nothing lost
    assert item


def test_page_numbers_from_page_two_and_draft_mark(demo_db: Database, tmp_path: Path) -> None:
    path = export_document(demo_db, "minutes", 9, "pdf", tmp_path / "m.pdf", ExportOptions(draft=True))
    pages = pdf_text(path).split("\f")
    assert "- 1 -" not in pages[0] and "ร่าง" in pages[0]
    assert "- 2 -" in pages[1]
    thai = export_document(demo_db, "minutes", 9, "pdf", tmp_path / "t.pdf", ExportOptions(thai_digits=True))
    assert "- ๒ -" in pdf_text(thai).split("\f")[1]


@pytest.mark.parametrize("kind", ["minutes", "agenda", "signin"])
def test_every_demo_meeting_exports_as_pdf(demo_db: Database, tmp_path: Path, kind: str) -> None:
    for meeting_id in range(1, 16):
        path = export_document(demo_db, kind, meeting_id, "pdf", tmp_path / f"{kind}-{meeting_id}.pdf")
        assert path.read_bytes().startswith(b"%PDF")


def test_an_offices_own_ttf_is_used_at_16_pt(demo_db: Database, tmp_path: Path) -> None:
    from meetingdesk.domain.errors import InvalidInput
    from tests.exports.test_fonts import LAKSAMAN

    path = export_document(demo_db, "minutes", 3, "pdf", tmp_path / "own.pdf", pdf_font=LAKSAMAN)
    assert set(pdf_fonts(path)) == {"Laksaman", "Laksaman-Bold"}
    bad = tmp_path / "THSarabunNew.ttf"
    bad.write_bytes(b"not a font")
    with pytest.raises(InvalidInput):
        export_document(demo_db, "minutes", 3, "pdf", tmp_path / "bad.pdf", pdf_font=bad)
    assert not (tmp_path / "bad.pdf").exists()
