"""The record tab as a secretary uses it: votes checked and shown, a decision corrected, an action given to a
work group, a second meeting on one day asked about, the meeting's date moved in the details tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import AttendanceStatus, DecisionKind
from meetingdesk.services import meeting_view, meetings
from meetingdesk.services.context import AppContext
from meetingdesk.storage.database import open_database
from meetingdesk.storage.models import Action, Decision, Meeting
from meetingdesk.ui.windows.meeting import MeetingWindow
from tests.ui.conftest import Scripted
from tests.ui.typing import press_enter, type_text

BOARD_MEETING = 15  # the executive board's next meeting (planned, 26 Nov 2569)


def _window(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> MeetingWindow:
    window = MeetingWindow(ctx, meeting_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_votes_beyond_the_members_present_are_refused_and_saved_votes_show(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    window = _window(qtbot, ctx, BOARD_MEETING)
    with ctx.db.reading() as s:
        meeting = s.get(Meeting, BOARD_MEETING)
        assert meeting is not None
        members = [m.person_id for m in meetings.roster(s, meeting.body_id, meeting.date)]
    for person in members[:5]:
        meetings.mark_attendance(ctx.db, BOARD_MEETING, person, AttendanceStatus.PRESENT)
    window.reload()
    record = window.record
    record.items.setCurrentRow(record.items.count() - 1)
    record.votes.setChecked(True)
    record.votes_for.setValue(20)
    record.votes_against.setValue(1)
    type_text(record.decision_text, "อนุมัติตามเสนอ")
    press_enter(record.decision_text)
    assert messages and "เกินจำนวนกรรมการที่มาประชุม 5 คน" in messages[-1]
    with ctx.db.reading() as s:
        assert s.scalars(select(Decision).where(Decision.text == "อนุมัติตามเสนอ")).first() is None
    record.votes_for.setValue(4)
    record.votes_against.setValue(0)
    record.votes_abstain.setValue(1)
    press_enter(record.decision_text)
    shown = [record.decisions.item(n).text() for n in range(record.decisions.count())]
    assert any("อนุมัติตามเสนอ (เห็นด้วย 4 ไม่เห็นด้วย 0 งดออกเสียง 1)" in line for line in shown)
    assert "ร่างรายงานการประชุมแล้ว" in window.heading.text()  # a decision recorded: the minutes are drafted
    record.items.setCurrentRow(0)  # another item: the vote boxes start again
    assert not record.votes.isChecked() and record.votes_for.value() == 0 and record.decision_text.text() == ""


def test_a_decision_is_corrected_and_an_action_given_to_a_work_group(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx, BOARD_MEETING)
    record = window.record
    record.items.setCurrentRow(record.items.count() - 1)
    record.kind.setCurrentIndex(record.kind.findData(DecisionKind.ASSIGNED))
    type_text(record.decision_text, "มอบหมายจัดทำแผน")
    press_enter(record.decision_text)
    group_row = next(n for n in range(record.owner.count()) if (record.owner.itemData(n) or ("",))[0] == "group")
    record.owner.setCurrentIndex(group_row)
    type_text(record.action_title, "จัดทำแผนพัฒนาการอ่าน")
    press_enter(record.action_title)
    with ctx.db.reading() as s:
        action = s.scalars(select(Action).where(Action.title == "จัดทำแผนพัฒนาการอ่าน")).one()
        assert action.owner_group_id is not None and action.owner_person_id is None

    def correct() -> None:
        from meetingdesk.ui.dialogs.decision_dialog import DecisionDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        assert dialog.text.toPlainText() == "มอบหมายจัดทำแผน"
        dialog.text.setPlainText("มอบหมายกลุ่มส่งเสริมการจัดการศึกษาจัดทำแผน")
        dialog.kind.setCurrentIndex(dialog.kind.findData(DecisionKind.APPROVED))
        if dialog.findings.count():
            dialog.findings.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()

    decision_row = next(
        n for n in range(record.decisions.count()) if "มอบหมายจัดทำแผน" in record.decisions.item(n).text()
    )
    record.decisions.setCurrentRow(decision_row)
    QTimer.singleShot(0, correct)
    assert record.edit_chosen()
    with ctx.db.reading() as s:
        decision = s.scalars(select(Decision).where(Decision.text.like("มอบหมายกลุ่มส่งเสริม%"))).one()
        assert decision.kind is DecisionKind.APPROVED
        assert decision.findings  # it answers a project finding


def test_a_second_meeting_on_one_day_asks_and_the_date_moves_in_the_details_tab(
    qtbot: QtBot, ctx: AppContext, scripted: Scripted
) -> None:
    from meetingdesk.ui.pages.meetings_page import NewMeetingDialog

    with ctx.db.reading() as s:
        board = s.get(Meeting, BOARD_MEETING)
        assert board is not None
        body, day = board.body_id, board.date
    scripted.answers += [False, True]  # "no" the first time, "yes" the second
    asked = scripted.asked
    dialog = NewMeetingDialog(ctx, body_id=body)
    qtbot.addWidget(dialog)
    dialog.date.set_date(day)
    dialog.create_meeting()
    assert dialog.meeting_id is None and "วันเดียวกัน" in asked[0]  # "no": nothing created
    dialog.create_meeting()
    assert dialog.meeting_id is not None  # "yes": created
    window = _window(qtbot, ctx, dialog.meeting_id)
    window.tabs.setCurrentWidget(window.details)
    window.details.date.set_date(dt.date(2026, 11, 20))  # before the other: the numbers follow the dates
    assert window.details.save()
    with ctx.db.reading() as s:
        moved, other = s.get(Meeting, dialog.meeting_id), s.get(Meeting, BOARD_MEETING)
        assert moved is not None and other is not None
        assert (moved.date, moved.number, other.number) == (dt.date(2026, 11, 20), 6, 7)


def test_text_someone_else_saved_meanwhile_is_shown_not_overwritten(
    qtbot: QtBot, ctx: AppContext, messages: list[str], scripted: Scripted
) -> None:
    """Two desks on one record: the planner saves the discussion of the item I have open; my save of the same
    text is refused with the planner's words in the message, and theirs stays in the database."""
    window = _window(qtbot, ctx, BOARD_MEETING)
    window.tabs.setCurrentIndex(3)
    window.record.items.setCurrentRow(0)
    item = window.record.item_id
    assert item is not None
    planner = open_database(ctx.db.path)  # a second client on the same database
    try:
        meetings.update_agenda_item(planner, item, discussion="ประธานแจ้งที่ประชุมทราบตามเอกสาร")
    finally:
        planner.close()
    type_text(window.record.edits["discussion"], "ที่ประชุมอภิปรายอย่างกว้างขวาง")
    window.record.flush()
    assert len(messages) == 1 and "ประธานแจ้งที่ประชุมทราบตามเอกสาร" in messages[0]
    assert "ไม่มีข้อมูลใดถูกเขียนทับ" in messages[0]
    assert meeting_view.item_texts(ctx.db, item).discussion == "ประธานแจ้งที่ประชุมทราบตามเอกสาร"  # type: ignore[union-attr]
    assert window.record.edits["discussion"].toPlainText().endswith("ที่ประชุมอภิปรายอย่างกว้างขวาง")  # kept on screen
    scripted.answers += [False, True]  # closing: not over theirs; then yes, close and give mine up


def test_after_a_conflict_nothing_is_saved_over_theirs_until_the_user_says_so(
    qtbot: QtBot, ctx: AppContext, messages: list[str], scripted: Scripted
) -> None:
    """The walk: after the conflict message, choosing another item saved my text over the planner's without a
    word. Now a pause in typing saves nothing, leaving the item asks (Enter: no — I stay, my text kept, unsaved),
    and only a yes writes mine over theirs."""
    window = _window(qtbot, ctx, BOARD_MEETING)
    window.tabs.setCurrentIndex(3)
    record = window.record
    record.items.setCurrentRow(0)
    item = record.item_id
    assert item is not None
    planner = open_database(ctx.db.path)
    try:
        meetings.update_agenda_item(planner, item, discussion="ข้อความของฝ่ายแผน")
    finally:
        planner.close()
    type_text(record.edits["discussion"], "ข้อความของเลขานุการ")
    assert not record.flush()  # refused, shown
    assert len(messages) == 1 and "ยังไม่ได้บันทึก" in record.saved.text()

    type_text(record.edits["discussion"], " เพิ่มเติม")
    record._autosave.timeout.emit()  # a pause in typing: nothing is saved, nothing asked
    assert scripted.asked == []
    stored = meeting_view.item_texts(ctx.db, item)
    assert stored is not None and stored.discussion == "ข้อความของฝ่ายแผน"

    scripted.answers.append(False)  # choosing another item asks; "no": stay on this one, text kept
    record.items.setCurrentRow(1)
    assert len(scripted.asked) == 1 and "แทนที่ข้อความของเขา" in scripted.asked[0]
    assert record.item_id == item and record.items.currentRow() == 0
    assert record.edits["discussion"].toPlainText().endswith("ข้อความของเลขานุการ เพิ่มเติม")
    stored = meeting_view.item_texts(ctx.db, item)
    assert stored is not None and stored.discussion == "ข้อความของฝ่ายแผน"

    scripted.answers.append(True)  # "yes": mine replaces theirs, knowingly
    record.items.setCurrentRow(1)
    assert record.item_id != item
    stored = meeting_view.item_texts(ctx.db, item)
    assert stored is not None and stored.discussion.endswith("ข้อความของเลขานุการ เพิ่มเติม")
