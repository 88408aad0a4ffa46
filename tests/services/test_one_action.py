"""One user action, one service call, one transaction: everyone marked present, the details tab saved, progress
reported with its evidence, a file attached — all or nothing, and no file left behind by a refused one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, DecisionKind, MeetingStatus, RecordingStyle
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import actions, attendance, meeting_view, meetings
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import ActionUpdate, Attachment
from tests.helpers import commits
from tests.services.helpers import new_meeting, small_office

DAY = dt.date(2026, 11, 24)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_everyone_present_marks_the_members_not_yet_recorded_in_one_transaction(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, DAY)
    meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.ABSENT, reason="ติดราชการ")
    with commits(db) as counted:
        marked = attendance.mark_all_present(db, meeting)
    assert counted == [1]
    assert sorted(marked) == sorted([o.chair, o.secretary])  # the absent member stays absent
    rows = {r.person_id: r.status for r in meeting_view.attendance(db, meeting).rows}
    assert rows == {o.chair: AttendanceStatus.PRESENT, o.member: AttendanceStatus.ABSENT,
                    o.secretary: AttendanceStatus.PRESENT}  # fmt: skip
    with commits(db) as counted:
        assert attendance.mark_all_present(db, meeting) == []  # nobody left to mark
    assert counted == [0]


def test_saving_the_details_is_one_transaction_and_all_or_nothing(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, DAY)
    edit = meetings.MeetingEdit(
        title="ประชุมประจำเดือน", place="ห้องประชุม 2", opening="ประธานกล่าวเปิดประชุม", date=DAY,
        start_time=dt.time(9, 30), end_time=dt.time(12), recording_style=RecordingStyle.SUMMARY,
        minutes_checker_id=o.member, status=MeetingStatus.IN_PROGRESS,
    )  # fmt: skip
    with commits(db) as counted:
        meetings.save_details(db, meeting, edit)
    assert counted == [1]
    details = meeting_view.meeting_details(db, meeting)
    assert (details.place, details.start_time, details.end_time, details.status, details.minutes_checker_id) == (
        "ห้องประชุม 2",
        dt.time(9, 30),
        dt.time(12),
        MeetingStatus.IN_PROGRESS,
        o.member,
    )
    # times the wrong way round: nothing of the edit is saved (before, the texts were saved and the times not)
    wrong = meetings.MeetingEdit(title="", place="ห้องอื่น", opening="", date=DAY, start_time=dt.time(12),
                                 end_time=dt.time(9))  # fmt: skip
    with commits(db) as counted, pytest.raises(InvalidInput):
        meetings.save_details(db, meeting, wrong)
    assert counted == [0]
    assert meeting_view.meeting_details(db, meeting).place == "ห้องประชุม 2"


def _action(db: Database) -> int:
    o = small_office(db)
    item = meetings.add_agenda_item(db, new_meeting(db, o.board, DAY), 5, "แผนนิเทศ")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายกลุ่มนิเทศฯ")
    return actions.add_action(db, decision, "จัดทำแผนนิเทศ", owner_person_id=o.member)


def test_progress_with_evidence_is_one_call_and_a_refused_report_leaves_no_file(db: Database, tmp_path: Path) -> None:
    action = _action(db)
    data = tmp_path / "data"
    scan = tmp_path / "หลักฐาน.pdf"
    scan.write_bytes(b"%PDF-1.4 evidence")
    with commits(db) as counted:
        update = actions.report_progress(db, data, action, status=ActionStatus.IN_PROGRESS, evidence=scan, on=DAY)
    assert counted == [1]
    with db.reading() as s:
        kept = s.get(ActionUpdate, update).evidence_path  # type: ignore[union-attr]
    assert (data / kept).read_bytes() == b"%PDF-1.4 evidence"

    # refused before the copy (a date before the action was given) and after it (text that cannot be stored)
    for bad in ({"on": DAY - dt.timedelta(days=3)}, {"note": "ครึ่งตัว \ud800"}):
        with commits(db) as counted, pytest.raises(InvalidInput):
            actions.report_progress(db, data, action, evidence=scan, **bad)  # type: ignore[arg-type]
        assert counted == [0]
        assert _files(data) == [data / kept]  # only the first report's copy
    with db.reading() as s:
        assert len(s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == action)).all()) == 1


def test_an_attachment_refused_leaves_no_file(db: Database, tmp_path: Path) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, DAY)
    item = meetings.add_agenda_item(db, meeting, 4, "รายงานผล")
    source = tmp_path / "รายงาน.pdf"
    source.write_bytes(b"one")
    data = tmp_path / "data"
    with commits(db) as counted:
        meetings.attach_file(db, data, item, source)
    assert counted == [1]
    with pytest.raises(InvalidInput):
        meetings.attach_file(db, data, item, source, label="ชื่อครึ่งตัว \ud800")  # refused at the commit
    assert [p.name for p in _files(data)] == ["รายงาน.pdf"]
    with db.reading() as s:
        assert len(s.scalars(select(Attachment)).all()) == 1
