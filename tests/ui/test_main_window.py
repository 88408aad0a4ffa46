"""The main window on a real database file, with the real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database
from meetingdesk.ui.windows.main_window import MainWindow, MeetingListModel
from tests.ui.conftest import Scripted


def test_main_window_lists_the_offices_meetings(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.table.model()
    assert model.rowCount() == 18  # the demo's year: 15, and three in its first quarter (demo/follow_through.py)
    assert model.index(0, 0).data() == "6/2569"  # newest first
    assert model.index(0, 1).data() == "26 พ.ย. 69"
    assert model.index(0, 3).data() == "กำหนดการ"
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2" in window.windowTitle()
    ctx.close()


def test_meeting_list_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from meetingdesk.services.listing import list_meetings

    model = MeetingListModel()
    qtmodeltester.check(model)
    model.set_rows(list_meetings(demo_db))
    qtmodeltester.check(model)


def test_a_database_another_copy_is_writing_opens_read_only_with_a_banner(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from tests.storage.test_lock import hold_in_child

    child = hold_in_child(demo_db.path)
    try:
        ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
        db = ctx.open(write=True, or_read_only=True)
        assert db.read_only and ctx.locked_by is not None and ctx.locked_by.pid == child.pid
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        assert window.banner.isVisible() and "อ่านอย่างเดียว" in window.banner.text()
        assert f"โปรเซส {child.pid}" in window.banner.text()
        ctx.close()
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def test_file_menu_backs_up_and_restores(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from meetingdesk.services import meetings

    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    demo_db.close()
    ctx.open(write=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert titles == [
        "การประชุมครั้งใหม่…", "เปิดฐานข้อมูลอื่น", "", "สำรองข้อมูล…", "กู้คืนข้อมูลจากไฟล์สำรอง…", "", "ตั้งค่า…", "",
        "ออก",
    ]  # fmt: skip
    other = window.menuBar().actions()[0].menu().actions()[1].menu()
    assert [a.text() for a in other.actions()][:3] == [
        "ไฟล์ฐานข้อมูล…", "ฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)…", "กู้คืนไฟล์สำรองลงฐานข้อมูลว่างบนเครื่องแม่ข่าย…",
    ]  # fmt: skip
    copy = tmp_path / "copy.sqlite3"
    assert window.backup_to(copy)
    with ctx.db.reading() as s:
        item = s.connection().exec_driver_sql("SELECT min(id) FROM agenda_item WHERE meeting_id = 15").scalar()
    meetings.delete_agenda_item(ctx.db, item)  # a change after the backup (meeting 15 is still planned)
    assert window.restore_from(copy)
    with ctx.db.reading() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM agenda_item WHERE id = ?", (item,)).scalar() == 1
    assert list((tmp_path / "backups").glob("replaced-*.sqlite3"))
    assert window.model.rowCount() == 18
    ctx.close()


def test_session_list_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from meetingdesk.services.sessions import list_sessions
    from meetingdesk.ui.windows.main_window import SessionListModel

    model = SessionListModel()
    qtmodeltester.check(model)
    model.set_rows(list_sessions(demo_db))
    qtmodeltester.check(model)


def test_an_unexpected_error_becomes_a_message_and_a_log_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scripted: Scripted, qapp: object
) -> None:
    import sys

    from meetingdesk.app import _report_unexpected_errors

    scripted.expect_notices = True
    shown = scripted.shown
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "__stderr__", None)
    _report_unexpected_errors(AppContext(paths=Paths.resolve(tmp_path, None)))
    try:
        raise RuntimeError("บั๊กที่ไม่คาดคิด")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log = tmp_path / "logs" / "errors.log"
    assert "RuntimeError: บั๊กที่ไม่คาดคิด" in log.read_text(encoding="utf-8")
    assert shown == [f"เกิดข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย รายละเอียดอยู่ในไฟล์ {log}\n\nบั๊กที่ไม่คาดคิด"]
