"""What a secretary signs: the heading names the body, the signers are filled in, matters arising show progress,
and a structured session's outcome appears once — only when the facilitator put it in the minutes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingdesk.services import listing, meetings
from meetingdesk.services.documents import export_document
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_body_text

BOARD = "คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"
NEXT_BOARD_MEETING = 15  # planned: its section 3 follows earlier decisions, none decided yet
FOCUS_GROUP_MEETING = 13  # the facilitator put the focus group's outcome in the minutes
UNFINISHED_BRAINSTORM_MEETING = 14  # a brainstorm under way, nothing put in the minutes


def _lines(db: Database, kind: str, meeting_id: int, fmt: str, tmp_path: Path) -> list[str]:
    path = export_document(db, kind, meeting_id, fmt, tmp_path / f"{kind}-{meeting_id}.{fmt}")
    if fmt == "docx":
        return [line for line in docx_lines(path) if line.strip()]
    return [line for line in pdf_body_text(path).splitlines() if line.strip()]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_titled_meetings_heading_keeps_the_bodys_name(demo_db: Database, tmp_path: Path, fmt: str) -> None:
    body = next(row["body_id"] for row in listing.list_meetings(demo_db) if row["id"] == NEXT_BOARD_MEETING)
    title = "การติดตามผลการดำเนินงานตามแผนปฏิบัติการ"
    meeting = meetings.create_meeting(
        demo_db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 12, 15), place="ห้องประชุม 1", title=title)
    )
    minutes = _lines(demo_db, "minutes", meeting, fmt, tmp_path)
    assert minutes[0] == f"รายงานการประชุม{BOARD}"
    assert minutes[1].startswith("ครั้งที่ ") and minutes[2] == f"เรื่อง {title}"
    assert minutes[3].startswith("เมื่อวันอังคารที่ 15 ธันวาคม พ.ศ. 2569") and minutes[4] == "ณ ห้องประชุม 1"
    agenda = _lines(demo_db, "agenda", meeting, fmt, tmp_path)
    assert agenda[0] == f"ระเบียบวาระการประชุม{BOARD}"
    assert agenda[2] == f"เรื่อง {title}" and agenda[3].startswith("เมื่อ")
    signin = _lines(demo_db, "signin", meeting, fmt, tmp_path)
    assert signin[:2] == ["บัญชีลงชื่อผู้มาประชุม", BOARD]
    assert signin[3] == f"เรื่อง {title}"


def test_the_signers_come_from_the_bodys_roles_when_the_meeting_has_none(demo_file: Path, tmp_path: Path) -> None:
    from meetingdesk.storage.database import open_database

    path = tmp_path / "older.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(path)  # a meeting recorded before the meeting window asked who signs
    con.execute("UPDATE meeting SET minute_taker_id = NULL, minutes_checker_id = NULL WHERE id = 11")
    con.commit()
    con.close()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        text = "\n".join(_lines(db, "minutes", 11, "docx", tmp_path))
    finally:
        db.close()
    # the body's assistant secretary takes the minutes and its secretary checks them
    assert "นางสาวนงลักษณ์ แก้วมณี" in text.split("ผู้จดรายงานการประชุม")[1].split("ผู้ตรวจรายงานการประชุม")[0]
    assert "นางพรทิพย์ ทิพย์มณี" in text.split("ผู้ตรวจรายงานการประชุม")[1]


def test_matters_arising_without_a_new_resolution_show_progress_not_an_empty_resolution(
    demo_db: Database, tmp_path: Path
) -> None:
    lines = _lines(demo_db, "minutes", NEXT_BOARD_MEETING, "docx", tmp_path)
    start = next(i for i, line in enumerate(lines) if line.startswith("ระเบียบวาระที่ 3"))
    end = next(i for i, line in enumerate(lines) if line.startswith("ระเบียบวาระที่ 4"))
    section = lines[start:end]
    assert any(line.startswith("3.1 ติดตามมติ") for line in section)
    assert any(line.startswith("- ") and "(" in line for line in section)  # each action with its status
    assert not [line for line in section if line.strip() == "มติที่ประชุม"]


def test_a_sessions_outcome_appears_once_and_only_when_put_in_the_minutes(demo_db: Database, tmp_path: Path) -> None:
    text = "\n".join(_lines(demo_db, "minutes", FOCUS_GROUP_MEETING, "docx", tmp_path))
    assert text.count("ที่ประชุมสนทนากลุ่ม (Focus Group)") == 1
    unasked = "\n".join(_lines(demo_db, "minutes", UNFINISHED_BRAINSTORM_MEETING, "pdf", tmp_path))
    assert "ได้ความคิดเห็น" not in unasked
