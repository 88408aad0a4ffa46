"""The command line as a user runs it: a real process, real files, stdout, stderr and the exit code."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk import __version__
from tests.helpers import read_only_folder


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def user_error(result: subprocess.CompletedProcess[str]) -> str:
    """The one readable line a user's mistake gets: no traceback, exit code 2."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("meetingdesk: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-demo")
    result = run("demo", "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"MeetingDesk {__version__}"


def test_list_meetings_json_has_the_promised_fields(demo_dir: Path) -> None:
    result = run("list", "meetings", "--json", "--data-dir", demo_dir)
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert len(meetings) == 18
    first = meetings[-1]
    assert {"id", "body", "number", "year_be", "date", "status"} <= first.keys()
    assert (first["number"], first["year_be"], first["date"]) == (1, 2568, "2025-10-21")  # the fiscal year's first
    assert first["body"] == "คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2"
    assert {m["status"] for m in meetings} == {
        "planned", "in_progress", "held", "minutes_drafted", "certified",
    }  # fmt: skip


def test_list_meetings_json_is_the_listing_without_the_orm_models(demo_dir: Path) -> None:
    """The command reads the meetings without mapping the ORM models (most of its time once, see ``make bench``)
    and prints exactly the rows of ``services.listing.list_meetings``."""
    code = (
        "import sys; from meetingdesk.cli import main; "
        f"main(['--data-dir', {str(demo_dir)!r}, 'list', 'meetings', '--json']); "
        "print(sorted(m for m in sys.modules if m.startswith('meetingdesk.storage.models')), "
        "file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr.strip() == "[]", result.stderr
    from meetingdesk.services.listing import list_meetings
    from meetingdesk.storage.database import open_database

    db = open_database(demo_dir / "meetingdesk.sqlite3", read_only=True)
    try:
        expected = json.dumps(list_meetings(db), ensure_ascii=False, indent=1) + "\n"
    finally:
        db.close()
    assert result.stdout == expected


def test_options_work_before_and_after_the_command(demo_dir: Path) -> None:
    before = run("--data-dir", demo_dir, "list", "decisions", "--json")
    after = run("list", "decisions", "--json", "--data-dir", demo_dir)
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout and json.loads(before.stdout)


def test_list_actions_and_decisions(demo_dir: Path) -> None:
    actions = json.loads(run("list", "actions", "--json", "--data-dir", demo_dir).stdout)
    assert {a["status"] for a in actions} == {"not_started", "in_progress", "done", "cancelled"}
    assert any(a["overdue"] for a in actions)
    text = run("list", "actions", "--data-dir", demo_dir).stdout
    assert "overdue" in text
    decisions = json.loads(run("list", "decisions", "--json", "--data-dir", demo_dir).stdout)
    assert {d["kind"] for d in decisions} >= {"noted", "endorsed", "approved", "assigned"}


def test_search(demo_dir: Path) -> None:
    hits = json.loads(run("search", "นิเทศ", "--json", "--data-dir", demo_dir).stdout)
    assert hits and all("นิเทศ" in (h["title"] + h["snippet"]) for h in hits)
    assert {"kind", "id", "title", "snippet", "meeting_id", "project_id"} <= hits[0].keys()
    assert run("search", "ดี", "--data-dir", demo_dir).returncode == 0


def test_check_and_backup(demo_dir: Path, tmp_path: Path) -> None:
    result = run("check", "--data-dir", demo_dir)
    assert result.returncode == 0 and result.stdout.startswith("ok:"), result.stdout + result.stderr
    target = tmp_path / "copy.sqlite3"
    result = run("backup", target, "--data-dir", demo_dir)
    assert result.returncode == 0, result.stderr
    result = run("check", "--db", target)
    assert result.returncode == 0, result.stdout
    assert (
        run("list", "meetings", "--json", "--db", target).stdout
        == run("list", "meetings", "--json", "--data-dir", demo_dir).stdout
    )


def test_check_reports_a_certified_record_changed_by_hand(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tampered.sqlite3"
    assert run("backup", copy, "--data-dir", demo_dir).returncode == 0
    con = sqlite3.connect(copy)
    meeting_id = con.execute("SELECT meeting_id FROM certification ORDER BY meeting_id LIMIT 1").fetchone()[0]
    con.execute("UPDATE agenda_item SET discussion = discussion || '!' WHERE meeting_id = ?", (meeting_id,))
    con.commit()
    con.close()
    result = run("check", "--db", copy)
    assert result.returncode == 1
    assert f"(id {meeting_id}) were changed outside MeetingDesk" in result.stdout


def test_demo_refuses_to_overwrite_and_replace_keeps_a_backup(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    assert run("demo", "--data-dir", folder).returncode == 0
    before = fingerprint(folder)
    line = user_error(run("demo", "--data-dir", folder))
    assert "--replace" in line
    assert fingerprint(folder) == before
    result = run("demo", "--replace", "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    assert len(list((folder / "backups").iterdir())) == 1


def test_no_database_yet(tmp_path: Path) -> None:
    line = user_error(run("list", "meetings", "--data-dir", tmp_path))
    assert "meetingdesk demo" in line
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_meetingdesk_database(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"PK\x03\x04 not a database")
    before = fingerprint(tmp_path)
    line = user_error(run("list", "meetings", "--db", path))
    assert "ไม่ใช่ฐานข้อมูลของ MeetingDesk" in line
    line = user_error(run("list", "meetings", "--db", path, "--lang", "en"))
    assert line == f"meetingdesk: {path} is not a MeetingDesk database."
    assert fingerprint(tmp_path) == before


def test_a_database_from_a_newer_version(demo_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    assert run("backup", path, "--data-dir", demo_dir).returncode == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0042_future'")
    con.commit()
    con.close()
    before = fingerprint(tmp_path)
    line = user_error(run("check", "--db", path))
    assert "รุ่นที่ใหม่กว่า" in line
    assert fingerprint(tmp_path) == before


def test_a_read_only_folder(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    assert run("backup", folder / "meetingdesk.sqlite3", "--data-dir", demo_dir).returncode == 0
    before = fingerprint(folder)
    with read_only_folder(folder):
        line = user_error(run("list", "meetings", "--data-dir", folder))
        assert "เขียนไม่ได้" in line
        line = user_error(run("backup", folder / "again.sqlite3", "--data-dir", demo_dir))
        assert "เขียนไฟล์สำรอง" in line
    assert fingerprint(folder) == before


def test_headless_commands_never_load_qt(demo_dir: Path) -> None:
    for args in (["list", "meetings", "--json"], ["search", "นิเทศ"], ["check"], ["--version"]):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "meetingdesk", *args, "--data-dir", str(demo_dir)]
            if args != ["--version"]
            else [sys.executable, "-X", "importtime", "-m", "meetingdesk", "--version"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        imported = {
            line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
        }
        assert "meetingdesk.cli" in imported  # the measurement itself works
        assert not {name for name in imported if name.startswith(("PySide6", "shiboken6"))}, args
        assert not {name for name in imported if name.split(".")[0] in ("docx", "reportlab", "alembic")}, args


def test_export_writes_each_document_in_both_formats(demo_dir: Path, tmp_path: Path) -> None:
    for kind in ("minutes", "agenda", "signin"):
        for fmt in ("docx", "pdf"):
            target = tmp_path / f"{kind}.{fmt}"
            result = run("export", kind, "3", "--format", fmt, "-o", target, "--data-dir", demo_dir, "--thai-digits")
            assert result.returncode == 0, result.stderr
            assert result.stdout.strip() == str(target)
            assert target.stat().st_size > 1000


def test_export_mistakes_are_one_line(demo_dir: Path, tmp_path: Path) -> None:
    line = user_error(run("export", "minutes", "4242", "-o", tmp_path / "m.docx", "--data-dir", demo_dir))
    assert "ไม่พบการประชุมรหัส 4242" in line
    line = user_error(run("export", "minutes", "3", "-o", tmp_path / "no" / "m.docx", "--data-dir", demo_dir))
    assert "ไม่พบโฟลเดอร์" in line
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only_folder(locked):
        line = user_error(
            run("export", "minutes", "3", "--format", "pdf", "-o", locked / "m.pdf", "--data-dir", demo_dir)
        )
        assert "ไม่มีสิทธิ์เขียน" in line
    assert list(locked.iterdir()) == []
    assert list(tmp_path.glob("m.*")) == []


def test_export_never_loads_qt(demo_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "meetingdesk", "export", "minutes", "3", "--format", "pdf",
         "-o", str(tmp_path / "m.pdf"), "--data-dir", str(demo_dir)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "reportlab" in result.stderr and "PySide6" not in result.stderr


def test_restore_and_refusals_while_another_copy_writes(demo_dir: Path, tmp_path: Path) -> None:
    from tests.storage.test_lock import hold_in_child

    folder = tmp_path / "office"
    folder.mkdir()
    assert run("backup", folder / "meetingdesk.sqlite3", "--data-dir", demo_dir).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert run("backup", copy, "--data-dir", folder).returncode == 0
    result = run("restore", copy, "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    assert "replaced-" in result.stdout
    line = user_error(run("restore", tmp_path / "nothing.sqlite3", "--data-dir", folder))
    assert "ไม่พบไฟล์" in line
    child = hold_in_child(folder / "meetingdesk.sqlite3")  # another copy of MeetingDesk is writing
    try:
        before = fingerprint(folder)
        assert "กำลังใช้งานอยู่" in user_error(run("restore", copy, "--data-dir", folder))
        assert "กำลังถูกแก้ไขโดย" in user_error(run("demo", "--replace", "--data-dir", folder))
        assert fingerprint(folder) == before
        assert run("list", "meetings", "--data-dir", folder).returncode == 0  # reading is fine
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def test_settings_are_shown_and_changed(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    assert run("backup", folder / "meetingdesk.sqlite3", "--data-dir", demo_dir).returncode == 0
    assert "backup.keep = 10" in run("setting", "--data-dir", folder).stdout
    assert run("setting", "backup.keep", "4", "--data-dir", folder).stdout.strip() == "backup.keep = 4"
    assert run("setting", "backup.keep", "--data-dir", folder).stdout.strip() == "4"
    assert "ใช้กับ backup.keep ไม่ได้" in user_error(run("setting", "backup.keep", "many", "--data-dir", folder))
    assert "จำนวนเต็มบวก" in user_error(run("setting", "backup.keep", "0", "--data-dir", folder))
    assert "ไม่มีการตั้งค่า" in user_error(run("setting", "colour", "red", "--data-dir", folder))
