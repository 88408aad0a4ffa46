"""The evidence report says plainly what it counts: a channel without meetings, the per-body table's caption, and
that its overdue column counts actions (the walk read "ประชุม 0 ครั้ง … ครบถ้วน -", a per-body table run straight
on from the summary table, and a เกินกำหนด column of actions among columns of decisions)."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.services import reports
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines
from tests.services.report_office import FY, TODAY, counted_year


def test_no_meeting_is_said_plainly_and_the_per_body_table_has_its_caption(db: Database, tmp_path: Path) -> None:
    counted_year(db)  # the statutory, focus group and network channels hold no meeting this year
    lines = docx_lines(reports.export_evidence(db, tmp_path / "e.docx", fiscal_year=FY, fmt="docx", today=TODAY))
    text = "\n".join(lines)
    assert "ประชุม 0 ครั้ง" not in text and "ครบถ้วน -" not in text
    assert sum("ในปีงบประมาณนี้ไม่มีการประชุม" in line for line in lines) == 3
    caption = lines.index("ผลการดำเนินงานตามมติ จำแนกตามองค์คณะ")
    assert lines[caption - 1].startswith("ดำเนินการแล้วเสร็จตามกำหนด |")  # the summary table's last row
    assert lines[caption + 1] == "ที่ | องค์คณะ | มติ | ต้องดำเนินการ | ดำเนินการแล้ว | การดำเนินการเกินกำหนด (รายการ)"
