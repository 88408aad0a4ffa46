"""What users type, however odd, comes out whole: no crash, no lost or garbled character, no markup, no half file."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from meetingdesk.domain.enums import AttendanceStatus, DecisionKind
from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.exports.compose import ExportOptions
from meetingdesk.services import meetings
from meetingdesk.services.documents import export_document, write_atomically
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_body_text
from tests.services.helpers import new_meeting, small_office

ODD = {
    "markup": "งบประมาณ <b>5,000</b> บาท & ค่าใช้จ่าย > 3 < 4 &amp; \"quoted\" 'single'",
    "emoji": "ผลการประเมินดีมาก 👍🏽 🎉 ครับ",
    "stacked": "ปั้น น้ำ ที่ นั่น ญ ฐ กี่ ก๊ก ฤๅ ฦๅ",
    "word300": "ก" * 150 + "ข" * 150,
    "rtl": "مرحبا שלום mixed with ไทย",
}
LONG_NOTE = ("ที่ประชุมได้ร่วมกันพิจารณาผลการดำเนินงาน ") * 500  # about 20,000 characters


@pytest.fixture
def odd_meeting(db: Database) -> tuple[Database, int]:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24))
    for title, text in ODD.items():
        item = meetings.add_agenda_item(db, meeting, 5, f"{title}: {text}", background=text)
        meetings.record_decision(db, item, DecisionKind.APPROVED, text)
    long_item = meetings.add_agenda_item(db, meeting, 4, "บันทึกยาว")
    meetings.update_agenda_item(db, long_item, discussion=LONG_NOTE, summary=LONG_NOTE)
    meetings.add_agenda_item(db, meeting, 6, "ควบคุม\x01\x07\x1f อักขระ")
    return db, meeting


@pytest.mark.parametrize("style", ["detailed", "summary"])
def test_docx_keeps_every_character(odd_meeting: tuple[Database, int], tmp_path: Path, style: str) -> None:
    db, meeting = odd_meeting
    path = export_document(db, "minutes", meeting, "docx", tmp_path / "odd.docx", ExportOptions(style=style))
    text = "\n".join(docx_lines(path))
    for value in ODD.values():
        assert value in text
    assert LONG_NOTE.strip() in text
    assert "ควบคุม\\u0001\\u0007\\u001f อักขระ" in text  # shown, not silently dropped (XML cannot hold them)
    assert "- ไม่มี -" in text  # empty sections say so


@pytest.mark.parametrize("kind", ["minutes", "agenda", "signin"])
def test_pdf_keeps_every_character_and_shows_no_markup(
    odd_meeting: tuple[Database, int], tmp_path: Path, kind: str
) -> None:
    db, meeting = odd_meeting
    path = export_document(db, kind, meeting, "pdf", tmp_path / "odd.pdf", ExportOptions(style="detailed"))
    text = pdf_body_text(path)
    flat = text.replace("\n", "")
    if kind == "signin":
        return  # the sign-in sheet has no user text beyond names; it must simply not crash
    for name, value in ODD.items():
        if name == "rtl":  # pdftotext reorders right-to-left runs for display; every letter must be there
            assert Counter(value.replace(" ", "")) <= Counter(flat.replace(" ", "")), name
            continue
        assert value.replace(" ", "") in flat.replace(" ", ""), name
    assert "&amp;amp;" not in text and "<b>" in flat  # the user's own "<b>" is text, our markup is not
    if kind == "minutes":
        assert LONG_NOTE.replace(" ", "") in flat.replace(" ", "")


def test_a_meeting_with_no_attendance_and_no_items(db: Database, tmp_path: Path) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    for fmt in ("docx", "pdf"):
        for kind in ("minutes", "agenda", "signin"):
            export_document(db, kind, meeting, fmt, tmp_path / f"{kind}.{fmt}")
    lines = docx_lines(tmp_path / "minutes.docx")
    assert lines[lines.index("ผู้มาประชุม") + 1] == "- ไม่มี -"
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.ATTENDING)
    export_document(db, "signin", meeting, "pdf", tmp_path / "signin.pdf")


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the previous export")

    def half_then_fail(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("the writer died half-way")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]


def test_unusable_targets_and_templates_are_messages(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        export_document(demo_db, "minutes", 3, "docx", tmp_path / "missing" / "m.docx")
    with pytest.raises(InvalidInput):
        export_document(demo_db, "minutes", 3, "docx", tmp_path)
    not_docx = tmp_path / "letterhead.docx"
    not_docx.write_text("not a docx")
    with pytest.raises(InvalidInput) as info:
        export_document(demo_db, "minutes", 3, "docx", tmp_path / "m.docx", template=not_docx)
    assert "ไม่ใช่ไฟล์ DOCX" in info.value.th
    with pytest.raises(UserError):
        export_document(demo_db, "minutes", 999, "pdf", tmp_path / "m.pdf")
    assert not list(tmp_path.glob("m.*"))


def test_the_offices_own_template_is_used(demo_db: Database, tmp_path: Path) -> None:
    import docx
    from docx.shared import Cm

    template = tmp_path / "letterhead.docx"
    letterhead = docx.Document()
    letterhead.sections[0].left_margin = Cm(4)
    letterhead.sections[0].header.paragraphs[0].text = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 (หัวกระดาษ)"
    letterhead.add_paragraph("ข้อความตัวอย่างในแม่แบบ")
    letterhead.save(str(template))
    path = export_document(demo_db, "minutes", 3, "docx", tmp_path / "m.docx", template=template)
    result = docx.Document(str(path))
    assert abs(result.sections[0].left_margin - Cm(4)) < Cm(0.01)  # twips round it
    assert "หัวกระดาษ" in result.sections[0].header.paragraphs[0].text
    assert "ข้อความตัวอย่างในแม่แบบ" not in "\n".join(docx_lines(path))
    assert docx_lines(path)[0].startswith("รายงานการประชุม")
