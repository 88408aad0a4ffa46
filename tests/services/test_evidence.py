"""The evidence report's figures against the hand counts of ``report_office``, and the report read back."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.domain.enums import MeetingStatus
from meetingdesk.services import meetings, reports
from meetingdesk.services.evidence import evidence
from meetingdesk.storage.database import Database
from tests.exports.readback import docx_lines, pdf_body_text
from tests.services.report_office import FY, TODAY, counted_year


def test_figures_by_channel_project_and_participation(db: Database) -> None:
    counted_year(db)
    v = evidence(db, fiscal_year=FY, today=TODAY)
    board, statutory, focus, network, staff = v.channels
    assert "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1" in board.bodies
    assert [(m.number, m.decisions, m.to_carry_out, m.carried_out) for m in board.meetings] == [
        ("1/2568", 2, 1, 0),
        ("1/2569", 2, 2, 1),
    ]
    assert board.meetings[1].subjects == ("พิจารณาจัดหาสื่อการสอนการอ่าน", "(วาระลับ)")
    assert statutory.meetings == focus.meetings == network.meetings == ()
    assert [m.number for m in staff.meetings] == ["1/2569"]
    [p] = v.projects
    assert (p.by_phase, p.meetings, p.decisions, p.to_carry_out, p.carried_out) == ((1, 1, 1), 2, 2, 2, 1)
    assert (p.done_with_due, p.done_on_time) == (2, 1)
    [board_people] = [x for x in v.participation if x.body.startswith("คณะกรรมการบริหาร")]
    # the year's second board meeting took no attendance: counted nowhere in the figures (as on the dashboard)
    assert (board_people.meetings, board_people.present, board_people.appointed, board_people.others) == (1, 2, 3, 1)
    assert board_people.people == 3  # chair, member and the guest
    assert (v.totals.decisions, v.totals.carried_out) == (5, 1)
    assert v.cited and all(c.certified == "" for c in v.cited)  # nothing certified in this small year


def test_a_planned_meeting_is_not_counted_as_held(db: Database) -> None:
    year = counted_year(db)
    meetings.set_meeting_status(db, year.meetings[2], MeetingStatus.PLANNED)
    staff = evidence(db, fiscal_year=FY, today=TODAY).channels[4]
    assert staff.meetings == ()


def test_demo_report_reads_like_the_framework_says(demo_db: Database, tmp_path: Path) -> None:
    docx = reports.export_evidence(demo_db, tmp_path / "e.docx", fiscal_year=2569, fmt="docx")
    lines = docx_lines(docx)
    assert lines[:2] == ["รายงานผลการดำเนินงาน", "มาตรฐานที่ 1 ตัวบ่งชี้ที่ 1 ประเด็นที่ 6"]
    assert "1. มาตรฐานที่ 1 ตัวบ่งชี้ที่ 1 ประเด็นที่ 6 การนำผลการดำเนินงานพัฒนาการบริหารจัดการอย่างต่อเนื่อง" in lines
    headings = [line for line in lines if line[:4] in {f"1.{k} " for k in range(1, 8)}]
    assert len(headings) == 7  # one per evidence item of the default framework
    assert "1) ผ่านระบบบอร์ดบริหารเขตพื้นที่การศึกษา" in lines
    assert "5) ผ่านการประชุมบุคลากรในสำนักงาน" in lines
    assert "ภาคผนวก รายงานการประชุมที่อ้างถึง" in lines
    v = evidence(demo_db, fiscal_year=2569)
    certified = [c for c in v.cited if c.certified]
    appendix = lines[lines.index("ภาคผนวก รายงานการประชุมที่อ้างถึง") :]
    assert len([line for line in appendix if line.split(" | ")[0].isdigit()]) == len(certified)
    board = v.channels[0]
    assert f"ในปีงบประมาณนี้ประชุม {len(board.meetings)} ครั้ง" in "\n".join(lines)
    pdf = reports.export_evidence(demo_db, tmp_path / "e.pdf", fiscal_year=2569, fmt="pdf")
    text = pdf_body_text(pdf)
    assert "การนำผลการดำเนินงานพัฒนาการบริหารจัดการอย่างต่อเนื่อง" in text
    assert "รายงานการประชุมผู้บริหารสถานศึกษาในสังกัด ครั้งที่ 1/2569" in text.replace("\n", "")


def test_charts_and_the_trace_page(demo_db: Database, tmp_path: Path) -> None:
    from meetingdesk.services.dashboard import dashboard

    v = evidence(demo_db, fiscal_year=2569)
    board = dashboard(demo_db, fiscal_year=2569)
    assert v.charts["decisions_by_body"] == board.decisions_by_body  # the dashboard's figures, not our own
    assert v.trace and v.trace[0].kind == "ผลการดำเนินงาน" and "ระยะหลัง" not in v.trace[0].detail
    assert any(step.kind == "มติที่ประชุม" for step in v.trace)
    assert all(len(step.detail) <= 202 for step in v.trace)
    pdf = reports.export_evidence(demo_db, tmp_path / "e.pdf", fiscal_year=2569, fmt="pdf")
    text = pdf_body_text(pdf)
    shown = [c for name, c in v.charts.items() if not c.empty]
    numbered = [line for line in text.splitlines() if line.startswith("แผนภูมิที่ ")]
    assert [line.split(" ", 1)[1].split(" ", 1)[0] for line in numbered] == [str(n) for n in range(1, len(shown) + 1)]
    assert {line.split(" ", 2)[2] for line in numbered} == {c.title for c in shown}
    assert board.decisions_by_body.bars[0].label.split()[0] in text  # a bar's label, shaped and extractable
    assert v.trace_heading.split()[0] in text
    docx = reports.export_evidence(demo_db, tmp_path / "e.docx", fiscal_year=2569, fmt="docx")
    import docx as python_docx

    assert len(python_docx.Document(str(docx)).inline_shapes) == len(shown)  # each chart a picture
