"""Arbitrary Unicode through services, search and every exporter: no crash, no character lost, no corrupt file.

Thai with stacked marks, control characters, emoji, right-to-left text and very long strings come from
hypothesis; lone surrogates (half characters, which UTF-8 cannot store) and NUL (where SQLite's text functions
and the search index stop reading) are refused with a message.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingdesk.domain.enums import DecisionKind
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.exports.compose import ExportOptions, clean
from meetingdesk.services import meetings
from meetingdesk.services.documents import export_document
from meetingdesk.services.search import search
from meetingdesk.storage.database import Database, open_database
from meetingdesk.storage.models import AgendaItem
from tests.exports.readback import pdf_body_text
from tests.services.helpers import new_meeting, small_office

THAI_STACKS = st.sampled_from(["ปั้น", "น้ำ", "ที่", "กี่", "ญู", "ฐุ", "ก๊ก", "ฤๅ", "ป่า", "ฝั่ง"])
NO_NUL = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)
MIXED = st.lists(
    st.one_of(NO_NUL, THAI_STACKS, st.sampled_from(["👍🏽", "🎉", "مرحبا", "שלום", "\x01", "\x07", "\u200b", "\t"])),
    min_size=1,
    max_size=8,
).map("".join)
HUGE = "ที่ประชุมอภิปราย👍 مرحبا " * 4000  # about 100,000 characters

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, int]:
    db = open_database(tmp_path_factory.mktemp("hostile") / "office.sqlite3", create=True)
    o = small_office(db)
    return db, new_meeting(db, o.board, dt.date(2026, 11, 24), confirmed=True)


def _title(text: str) -> str:
    return text if text.strip() else f"เรื่อง{text}"


@SETTINGS
@given(text=MIXED)
def test_services_store_exactly_what_was_typed(office: tuple[Database, int], text: str) -> None:
    db, meeting = office
    item = meetings.add_agenda_item(db, meeting, 5, _title(text), background=text)
    decision = meetings.record_decision(db, item, DecisionKind.APPROVED, text)
    with db.reading() as s:
        row = s.get(AgendaItem, item)
        assert row is not None
        assert row.background == text and row.title == _title(text).strip()
        assert row.decisions[-1].id == decision
        assert row.decisions[-1].text == (text.strip() or "อนุมัติ")
    word = next((w for w in text.split() if len(w) >= 3 and "\x00" not in w), None)
    if word is not None:
        assert any(h.kind == "agenda_item" and h.id == item for h in search(db, word, limit=500)), word


@SETTINGS
@given(text=st.text(max_size=20).flatmap(lambda t: st.sampled_from([t + "\ud800", t + "\x00" + t])))
def test_half_characters_and_nul_are_refused_and_change_nothing(office: tuple[Database, int], text: str) -> None:
    db, meeting = office
    with db.reading() as s:
        before = s.connection().exec_driver_sql("SELECT count(*) FROM agenda_item").scalar()
    with pytest.raises(InvalidInput):
        meetings.add_agenda_item(db, meeting, 5, "เรื่อง", background=text)
    with db.reading() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM agenda_item").scalar() == before


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=MIXED)
def test_every_exporter_keeps_every_character(
    db: Database, tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    folder = tmp_path_factory.mktemp("export")
    if not small_office_ready(db):
        small_office(db)
    meeting = new_meeting(db, 1, dt.date(2026, 11, 24), confirmed=True)
    item = meetings.add_agenda_item(db, meeting, 5, _title(text), background=text)
    meetings.record_decision(db, item, DecisionKind.APPROVED, text)
    shown = clean(text)
    for kind in ("minutes", "agenda"):
        path = export_document(db, kind, meeting, "docx", folder / f"{kind}.docx", ExportOptions(style="detailed"))
        assert clean(_title(text).strip()) in _docx_text(path)
        pdf = export_document(db, kind, meeting, "pdf", folder / f"{kind}.pdf", ExportOptions(style="detailed"))
        extracted = subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        # the minutes print the background as typed; the agenda prints the title, trimmed like every title
        expected = shown if kind == "minutes" else clean(_title(text).strip())
        want = Counter(ch for ch in expected if not ch.isspace())
        got = Counter(ch for ch in extracted if not ch.isspace())
        assert not (want - got), f"lost from the PDF text: {sorted((want - got).elements())[:10]}"
    assert shown in _docx_text(folder / "minutes.docx")


def small_office_ready(db: Database) -> bool:
    with db.reading() as s:
        return bool(s.connection().exec_driver_sql("SELECT count(*) FROM body").scalar())


def test_a_hundred_thousand_characters_go_everywhere(db: Database, tmp_path: Path) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 11, 24), confirmed=True)
    item = meetings.add_agenda_item(db, meeting, 5, "บันทึกยาวมาก", background=HUGE)
    meetings.update_agenda_item(db, item, discussion=HUGE)
    assert any(h.id == item for h in search(db, "อภิปราย"))
    docx_path = export_document(db, "minutes", meeting, "docx", tmp_path / "huge.docx", ExportOptions(style="detailed"))
    assert _docx_text(docx_path).count(HUGE.strip()) == 2
    pdf = export_document(db, "minutes", meeting, "pdf", tmp_path / "huge.pdf", ExportOptions(style="detailed"))
    # a paragraph that runs over a page is two pieces of text there (and may break between two Thai words)
    text = pdf_body_text(pdf).replace("\n", "")
    assert text.count("ที่ประชุมอภิปราย") >= 8000
