"""The meeting window's actions, driven through the real widgets and counted on the real database: one user action
is one committed write transaction ("everyone present", saving the details tab, reporting progress with evidence);
the attendance table's model passes qtmodeltester; and the window's files hold no database session."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import meetingdesk
from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, BodyKind, MeetingStatus
from meetingdesk.services import meeting_view, meetings, tracker
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import ActionUpdate, Body
from meetingdesk.ui.dialogs.update_action_dialog import UpdateActionDialog
from meetingdesk.ui.models.attendance_model import AttendanceModel
from meetingdesk.ui.windows.meeting import MeetingWindow
from tests.helpers import commits
from tests.ui.typing import type_text


def _board_meeting(qtbot: QtBot, ctx: AppContext) -> MeetingWindow:
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()
    mid = meetings.create_meeting(ctx.db, meetings.NewMeeting(body_id=body_id, date=dt.date(2026, 12, 15)))
    window = MeetingWindow(ctx, mid)
    qtbot.addWidget(window)
    window.show()
    return window


def test_everyone_present_is_one_transaction(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    window = _board_meeting(qtbot, ctx)
    window.tabs.setCurrentIndex(2)
    tab = window.attendance
    members = len(tab.rows)
    assert members > 3 and all(r.status is None for r in tab.rows)
    with commits(ctx.db) as counted:
        tab.all_present.click()
    assert counted == [1]  # not one a member
    assert [r.status for r in tab.rows] == [AttendanceStatus.PRESENT] * members
    assert tab.summary.text() == f"มาประชุม {members} คน  ไม่มาประชุม 0 คน"
    assert messages == []


def test_saving_the_details_tab_is_one_transaction(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    window = _board_meeting(qtbot, ctx)
    details = window.details
    details.place.setFocus()
    details.place.selectAll()
    type_text(details.place, "ห้องประชุมใหญ่")
    details.has_end.setChecked(True)
    details.end.setTime(QTime(15, 30))
    details.status.setCurrentIndex(details.status.findData(MeetingStatus.IN_PROGRESS))
    details.status.activated.emit(details.status.currentIndex())
    with commits(ctx.db) as counted:
        window.tabs.setCurrentIndex(1)  # leaving the tab saves: texts, times and status together
    assert counted == [1]
    saved = meeting_view.meeting_details(ctx.db, window.meeting_id)
    assert (saved.place, saved.end_time, saved.status) == ("ห้องประชุมใหญ่", dt.time(15, 30), MeetingStatus.IN_PROGRESS)
    assert window.heading.text().endswith("กำลังประชุม")  # the heading follows at once

    # an end before the start is refused as a whole: the place typed with it is not saved either
    window.tabs.setCurrentIndex(0)
    type_text(details.place, " ชั้น 2")
    details.end.setTime(QTime(8, 0))
    with commits(ctx.db) as counted:
        assert not details.save()
    assert counted == [0]
    assert messages == ["เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม"]
    assert meeting_view.meeting_details(ctx.db, window.meeting_id).place == "ห้องประชุมใหญ่"


def test_reporting_progress_with_evidence_is_one_transaction_and_a_refusal_keeps_no_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    keys = tracker.tracker_keys(ctx.db, tracker.TrackerFilter(status=ActionStatus.NOT_STARTED))
    row = tracker.tracker_rows(ctx.db, keys[:1])[keys[0]]
    assert row.action_id is not None
    evidence = tmp_path / "รายงานผล.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    folder = ctx.paths.data_dir / "evidence" / str(row.action_id)

    refused = UpdateActionDialog(ctx, row)  # dated before the action was given: refused, nothing copied
    qtbot.addWidget(refused)
    refused.on.set_date(dt.date(2000, 1, 3))
    refused.evidence.setText(str(evidence))
    with commits(ctx.db) as counted:
        refused.save()
    assert counted == [0] and len(messages) == 1 and messages[0].startswith("วันที่รายงาน")
    assert not folder.exists() or list(folder.iterdir()) == []

    dialog = UpdateActionDialog(ctx, row)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS))
    dialog.evidence.setText(str(evidence))
    with commits(ctx.db) as counted:
        dialog.save()
    assert counted == [1] and dialog.result() == dialog.DialogCode.Accepted
    with ctx.db.reading() as s:
        update = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == row.action_id)).all()[-1]
    assert [p.name for p in folder.iterdir()] == ["รายงานผล.pdf"]
    assert (ctx.paths.data_dir / update.evidence_path).read_bytes() == b"%PDF-1.4 evidence"


def test_the_attendance_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, ctx: AppContext, english: None
) -> None:  # type: ignore[no-untyped-def]
    window = _board_meeting(qtbot, ctx)
    view = meeting_view.attendance(ctx.db, window.meeting_id)
    model = AttendanceModel()
    qtmodeltester.check(model)  # empty
    model.set_rows(view.rows)
    qtmodeltester.check(model)
    model.set_rows(view.rows[:2])  # rows leave at the end, the others change in place; then they come back
    model.set_rows(view.rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(view.rows) and model.index(0, 2).data() == "—"


def test_the_meeting_window_holds_no_database_session() -> None:
    """Its files read and write through the services: no session block, no SQLAlchemy or storage import (the
    database's type only under TYPE_CHECKING)."""
    ui = Path(meetingdesk.__file__).parent / "ui"
    files = [*(ui / "windows" / "meeting").glob("*.py"), ui / "workers.py", ui / "dialogs" / "findings_dialog.py",
             ui / "models" / "attendance_model.py"]  # fmt: skip
    assert len(files) >= 9
    found = []
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        typing_only = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in typing_only:
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                data = [n for n in names if n.startswith(("sqlalchemy", "meetingdesk.storage"))]
                found += [f"{file.name}: import {n}" for n in data]
            if isinstance(node, ast.Attribute) and node.attr in ("reading", "writing", "connection"):
                found.append(f"{file.name}: .{node.attr}()")
    assert found == []
