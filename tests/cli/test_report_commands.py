"""The report commands as a user runs them: a real process on the demo office; mistakes are one Thai line, exit
code 2, and no file left behind."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import icalendar
import openpyxl
import pytest

from tests.cli.test_cli import run, user_error
from tests.exports.readback import docx_lines, pdf_body_text


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-reports")
    result = run("demo", "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_followup_in_three_formats(demo_dir: Path, tmp_path: Path) -> None:
    for fmt in ("docx", "pdf", "xlsx"):
        target = tmp_path / f"followup.{fmt}"
        result = run("export", "followup", "--fy", "2569", "--format", fmt, "-o", target, "--data-dir", demo_dir)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
    assert docx_lines(tmp_path / "followup.docx")[0] == "รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม"
    assert "ทุกองค์คณะ" in pdf_body_text(tmp_path / "followup.pdf")
    assert openpyxl.load_workbook(tmp_path / "followup.xlsx").sheetnames == ["ติดตามมติ", "สรุป"]
    one = tmp_path / "board.pdf"
    result = run(
        "export", "followup", "--body", "1", "--fy", "2569", "--format", "pdf", "-o", one, "--data-dir", demo_dir
    )
    assert result.returncode == 0, result.stderr
    assert "คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2" in pdf_body_text(one)


def test_evidence_and_calendar(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "evidence.docx"
    result = run("export", "evidence", "--fy", "2569", "--format", "docx", "-o", target, "--data-dir", demo_dir)
    assert result.returncode == 0, result.stderr
    assert "ภาคผนวก รายงานการประชุมที่อ้างถึง" in docx_lines(target)
    ics = tmp_path / "office.ics"
    result = run("export", "ics", "-o", ics, "--data-dir", demo_dir)
    assert result.returncode == 0, result.stderr
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    listed = json.loads(run("list", "meetings", "--json", "--data-dir", demo_dir).stdout)
    assert sum(1 for e in events if str(e["UID"]).startswith("meeting-")) == len(listed)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("followup", "--fy", "2026", "--format", "pdf"), "ไม่ใช่ปี พ.ศ."),
        (("followup", "--format", "pdf"), "ปีงบประมาณ"),
        (("followup", "--fy", "2569"), "--format"),
        (("followup", "--body", "99", "--fy", "2569", "--format", "docx"), "ไม่พบองค์คณะหมายเลข 99"),
        (("evidence", "--fy", "2569", "--format", "xlsx"), "รูปแบบไฟล์ xlsx ใช้ไม่ได้"),
        (("evidence", "--fy", "2569", "--format", "pdf", "--body", "1"), "--body"),
        (("ics", "--format", "pdf"), "--format"),
        (("followup", "3", "--fy", "2569", "--format", "pdf"), "ไม่ต้องระบุหมายเลขการประชุม"),
        (("minutes", "--fy", "2569"), "ต้องระบุหมายเลขการประชุม"),
        (("minutes", "3", "--format", "xlsx"), "docx หรือ pdf"),
    ],
)
def test_mistakes_are_one_thai_line_and_leave_no_file(
    demo_dir: Path, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    target = tmp_path / "out.file"
    line = user_error(run("export", *args, "-o", target, "--data-dir", demo_dir))
    assert words in line
    assert list(tmp_path.iterdir()) == []


def test_framework_export_edit_import(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "framework.json"
    assert run("framework", "export", "-o", target, "--data-dir", demo_dir).returncode == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["title"] == "มาตรฐานที่ 1 ตัวบ่งชี้ที่ 1 ประเด็นที่ 6"
    data["standards"][0]["indicators"][0]["points"][0]["evidence"][0]["answer"] = "budget"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    line = user_error(run("framework", "import", bad, "--data-dir", demo_dir))
    assert "ไม่รู้จักข้อมูล “budget”" in line
    result = run("framework", "import", target, "--data-dir", demo_dir)
    assert result.returncode == 0 and "1 ประเด็นการพิจารณา" in result.stdout, result.stderr


def test_report_commands_never_load_qt(demo_dir: Path, tmp_path: Path) -> None:
    import subprocess

    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "meetingdesk", "export", "evidence", "--fy", "2569", "--format",
         "pdf", "-o", str(tmp_path / "e.pdf"), "--data-dir", str(demo_dir)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert "PySide6" not in out.stderr
