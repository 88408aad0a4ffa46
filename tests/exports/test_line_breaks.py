"""Where the PDF's lines break, judged by an independent segmenter over every document of the demo office.

Our writer breaks lines with nlpo3 and our word list; the judge is PyThaiNLP's own ``newmm`` (a test-only
dependency) with its own dictionary. A break is inside a word when the text around it, segmented by newmm, has
no word boundary there — unless that word alone is longer than a line. A break inside a person's name (title,
first name and surname) is counted separately: newmm would split a name into words and call it fair.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest

from meetingdesk.domain.enums import Technique
from meetingdesk.exports.compose import DOCUMENTS, ExportOptions
from meetingdesk.exports.document import Document
from meetingdesk.exports.focus_group import focus_group_report
from meetingdesk.exports.pdf_writer import write_pdf
from meetingdesk.services import listing, sessions
from meetingdesk.services.documents import meeting_view
from meetingdesk.storage.database import Database
from tests.exports.readback import pdf_body_text

CONTEXT = 30  # characters either side of a break given to the judge


@pytest.fixture(scope="module")
def newmm(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    os.environ.setdefault("PYTHAINLP_DATA", str(tmp_path_factory.mktemp("pythainlp")))  # not ~/pythainlp-data
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


def paragraphs(drawn: list[str]) -> list[list[str]]:
    """The lines as drawn, grouped by paragraph (the writer marks a paragraph's end with "")."""
    out: list[list[str]] = [[]]
    for line in drawn:
        if line:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def judge(segment, lines: list[str], names: tuple[str, ...]) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The breaks of one paragraph that fall inside a word, and those inside a name."""
    inside_word: list[str] = []
    inside_name: list[str] = []
    for before, after in itertools.pairwise(lines):
        if before[-1:].isspace() or before.endswith("\n"):
            continue  # broken at a space: between words whatever the words are
        left, right = before[-CONTEXT:], after[:CONTEXT]
        shown = f"{before.strip()[-20:]}|{after[:20]}"
        joined = left + right
        if any(name in joined and 0 < joined.index(name) + len(name) - len(left) < len(name) for name in names):
            inside_name.append(shown)
        edges, at = set(), 0
        for token in segment(joined):
            at += len(token)
            edges.add(at)
            if at - len(token) < len(left) < at and len(token) > max(len(before), len(after)):
                edges.add(len(left))  # a word longer than a line may break where it must
        if len(left) not in edges:
            inside_word.append(shown)
    return inside_word, inside_name


def every_demo_document(db: Database) -> list[tuple[str, Document]]:
    documents = [
        (f"{kind} {meeting['id']}", make(meeting_view(db, meeting["id"]), ExportOptions()))
        for meeting in listing.list_meetings(db)
        for kind, make in DOCUMENTS.items()
    ]
    for row in sessions.list_sessions(db):
        if row["technique"] == Technique.FOCUS_GROUP.value:
            view = sessions.focus_group_view(db, row["id"])
            documents.append((f"focus group {row['id']}", focus_group_report(view)))
    return documents


@pytest.mark.slow
def test_no_line_of_any_demo_document_breaks_inside_a_word_or_a_name(
    demo_db: Database,
    tmp_path: Path,
    newmm,  # type: ignore[no-untyped-def]
) -> None:
    breaks = 0
    inside_word: list[str] = []
    inside_name: list[str] = []
    lone_dashes: list[str] = []
    documents = every_demo_document(demo_db)
    for label, document in documents:
        drawn: list[str] = []
        path = tmp_path / (re.sub(r"\W", "-", label) + ".pdf")
        write_pdf(document, path, drawn=drawn)
        written = re.sub(r"\s", "", "".join(drawn))
        assert written and written in re.sub(r"\s", "", pdf_body_text(path)), label  # what was drawn is in the file
        for lines in paragraphs(drawn):
            breaks += len(lines) - 1
            words, names = judge(newmm, lines, document.keep)
            inside_word += [f"{label}: {b}" for b in words]
            inside_name += [f"{label}: {b}" for b in names]
            lone_dashes += [f"{label}: {line}" for line in lines if line.strip() in {"-", "–", "•"}]
    print(
        f"\nline breaks inside a word (PyThaiNLP newmm): {len(inside_word)}; inside a name: {len(inside_name)}; "
        f"lone dashes: {len(lone_dashes)} — of {breaks} line breaks in {len(documents)} demo documents"
    )
    assert breaks > 300 and len(documents) >= 46
    assert inside_word == [], inside_word[:20]
    assert inside_name == [], inside_name[:20]
    assert lone_dashes == []
