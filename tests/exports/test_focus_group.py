"""The focus-group report: per-question summary and per-theme view, participants by code only."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.documents import export_document
from meetingdesk.services.sessions import list_sessions
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_body_text


def _session(db: Database, technique: str) -> int:
    return next(s["id"] for s in list_sessions(db) if s["technique"] == technique)


def test_focus_group_report_in_both_formats(demo_db: Database, tmp_path: Path) -> None:
    sid = _session(demo_db, "focus_group")
    lines = docx_lines(export_document(demo_db, "focus-group", sid, "docx", tmp_path / "fg.docx"))
    assert lines[0] == "รายงานผลการสนทนากลุ่ม (Focus Group)"
    summary, by_theme = lines.index("สรุปผลตามประเด็นคำถาม"), lines.index("ความคิดเห็นจำแนกตามประเด็น")
    assert summary < by_theme
    assert lines[summary + 1].startswith("1. แนะนำตัว") and lines[summary + 2] == "- ไม่มี -"
    assert any(line.startswith("ความคิดเห็น 4 ข้อ จาก 4 คน ประเด็นสำคัญ:") for line in lines)
    assert any(line.endswith("[คำพูดที่ยกมาอ้างอิงได้]") for line in lines)
    themes = [line for line in lines[by_theme:] if "ความคิดเห็น)" in line]
    assert themes and all(line.split(" (")[0] in {"ครอบครัว", "สื่อ", "ภาระงาน", "อัตรากำลัง"} for line in themes)
    with demo_db.reading() as s:
        names = [r[0] for r in s.connection().exec_driver_sql("SELECT first_name FROM person")]
    assert not [n for n in names if any(n in line for line in lines)]  # codes only, never names
    pdf = export_document(demo_db, "focus-group", sid, "pdf", tmp_path / "fg.pdf")
    assert "ความคิดเห็นจำแนกตามประเด็น" in pdf_body_text(pdf)


def test_only_a_focus_group_has_that_report(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        export_document(demo_db, "focus-group", _session(demo_db, "brainstorm"), "docx", tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
