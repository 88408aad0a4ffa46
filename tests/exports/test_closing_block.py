"""The end of the minutes stands together on one page: เลิกประชุมเวลา, both signatures and the certification line.

Before, a long record could leave the checker's signature, or the certification line alone, at the top of the last
page (seen in the demo office's meetings 2, 3 and 5) — not a page a secretary hands to the chair to sign.
"""

from __future__ import annotations

from pathlib import Path

from meetingdesk.exports.compose import ExportOptions, minutes
from meetingdesk.exports.pdf_writer import write_pdf
from meetingdesk.services import listing
from meetingdesk.services.documents import meeting_view
from meetingdesk.storage.database import Database
from tests.exports.readback import pdf_text


def test_the_closing_lines_of_every_demo_minutes_stand_on_one_page(demo_db: Database, tmp_path: Path) -> None:
    checked, across = 0, []
    for meeting in listing.list_meetings(demo_db):
        view = meeting_view(demo_db, meeting["id"])
        for style in ("detailed", "summary", "resolutions"):
            path = tmp_path / f"{meeting['id']}-{style}.pdf"
            write_pdf(minutes(view, ExportOptions(style=style)), path)
            pages = pdf_text(path, raw=False).split("\f")
            last = next(page for page in reversed(pages) if "ผู้ตรวจรายงานการประชุม" in page)
            wanted = ["เลิกประชุมเวลา", "ผู้จดรายงานการประชุม"] + (["รับรอง"] if view.certified else [])
            if missing := [w for w in wanted if w not in last]:
                across.append(f"meeting {meeting['id']} ({style}): {missing} on another page")
            checked += 1
    assert checked >= 45
    assert across == []


def test_in_the_docx_headings_and_signatures_keep_with_what_follows(demo_db: Database, tmp_path: Path) -> None:
    from docx import Document as Docx

    from meetingdesk.exports.docx_writer import write_docx

    view = meeting_view(demo_db, 2)
    path = tmp_path / "minutes.docx"
    write_docx(minutes(view, ExportOptions(style="detailed")), path)
    paragraphs = [p for p in Docx(str(path)).paragraphs if p.text.strip()]
    keeps = {p.text: p.style.paragraph_format.keep_with_next for p in paragraphs}
    assert keeps[paragraphs[0].text] is True  # รายงานการประชุม…
    assert all(keeps[p.text] for p in paragraphs if p.text.startswith(("ระเบียบวาระที่", "เลิกประชุมเวลา")))
    closing = [p for p in paragraphs if p.style.name == "MD Signature"]
    assert len(closing) == 6 and all(p.style.paragraph_format.keep_with_next for p in closing)
    assert paragraphs[-1].text.startswith("รับรอง") and paragraphs[-1].style.paragraph_format.keep_with_next is not True
