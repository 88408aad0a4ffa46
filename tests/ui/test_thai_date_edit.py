"""The Thai date field, typed as a secretary types: digits only, the Buddhist-era year, arrow keys that step —
in every place the app asks for a date (a meeting's date, an action's due date, a progress report's date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import ActionStatus, BodyKind, DecisionKind
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import Action, ActionUpdate, Body, Meeting
from meetingdesk.ui.dialogs.update_action_dialog import UpdateActionDialog
from meetingdesk.ui.pages.meetings_page import NewMeetingDialog
from meetingdesk.ui.pages.tracker_page import TrackerPage
from meetingdesk.ui.widgets.thai_date_edit import ThaiDateEdit
from meetingdesk.ui.windows.meeting import MeetingWindow
from tests.ui.typing import press_enter, type_text


def _typed(qtbot: QtBot, field: ThaiDateEdit, digits: str) -> None:
    """Focus the field (its text selected, as Tab leaves it) and type the digits into it."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, digits)


def test_typing_digits_gives_a_buddhist_era_date(qtbot: QtBot) -> None:
    field = ThaiDateEdit(dt.date(2026, 1, 1))
    qtbot.addWidget(field)
    assert field.text() == "01/01/2569"
    _typed(qtbot, field, "24112569")
    assert field.text() == "24/11/2569"
    assert field.date() == dt.date(2026, 11, 24)
    assert field.reading.text() == "วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569"


def test_keys_the_field_does_not_use_go_on_to_the_dialog(qtbot: QtBot) -> None:
    """Tab, Shift+Tab and Escape pass through to the window (once: a key bounced between the field and its
    frame crashed the app under Xvfb)."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    before, field, after = QLineEdit(), ThaiDateEdit(dt.date(2026, 11, 24)), QLineEdit()
    layout = QVBoxLayout(dialog)
    for widget in (before, field, after):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.edit.setFocus()
    for key in (Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_F5):
        qtbot.keyClick(field.edit, key)
    assert field.text() == "24/11/2569"


def test_arrow_keys_step_the_part_under_the_cursor(qtbot: QtBot) -> None:
    field = ThaiDateEdit(dt.date(2026, 1, 31))
    qtbot.addWidget(field)
    changes: list[dt.date] = []
    field.dateChanged.connect(changes.append)
    field.edit.setCursorPosition(1)  # the day
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.text() == "01/02/2569"
    field.edit.setCursorPosition(4)  # the month: 1 March has no 31st to keep, the day stays 1
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.text() == "01/01/2569"
    field.edit.setCursorPosition(8)  # the year
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.text() == "01/01/2570" and field.date() == dt.date(2027, 1, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_PageUp)
    assert field.text() == "01/02/2570"
    assert changes == [dt.date(2026, 2, 1), dt.date(2026, 1, 1), dt.date(2027, 1, 1), dt.date(2027, 2, 1)]


def test_a_gregorian_year_or_an_impossible_date_is_named_and_not_taken(qtbot: QtBot) -> None:
    field = ThaiDateEdit(dt.date(2026, 11, 24))
    qtbot.addWidget(field)
    _typed(qtbot, field, "01012026")
    assert field.reading.text() == "ปี 2026 ไม่ใช่ปี พ.ศ. (เช่น 2569 ไม่ใช่ 2026)"
    assert field.date() == dt.date(2026, 11, 24)  # the last good date, never 1 January 2026 nor 2026 B.E.
    _typed(qtbot, field, "31022569")
    assert field.reading.text() == "ไม่มีวันที่ 31/2/2569 ในปฏิทิน"
    field.edit.editingFinished.emit()  # leaving the field: the last good date is shown again
    assert field.text() == "24/11/2569" and field.reading.text().endswith("24 พฤศจิกายน พ.ศ. 2569")


def test_english_shows_the_same_buddhist_era_form(qtbot: QtBot, english: None) -> None:
    field = ThaiDateEdit(dt.date(2026, 11, 24))
    qtbot.addWidget(field)
    assert (field.text(), field.reading.text()) == ("24/11/2569", "24 November B.E. 2569")


def test_a_meeting_created_on_a_typed_thai_date(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()
    dialog = NewMeetingDialog(ctx, body_id=body_id)
    qtbot.addWidget(dialog)
    _typed(qtbot, dialog.date, "15122569")
    dialog.create_meeting()
    with ctx.db.reading() as s:
        meeting = s.get(Meeting, dialog.meeting_id)
        assert meeting is not None and meeting.date == dt.date(2026, 12, 15)


def test_a_typed_due_date_before_the_meeting_is_refused_not_moved(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()
    dialog = NewMeetingDialog(ctx, body_id=body_id)
    qtbot.addWidget(dialog)
    _typed(qtbot, dialog.date, "15122569")
    dialog.create_meeting()
    assert dialog.meeting_id is not None
    window = MeetingWindow(ctx, dialog.meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(3)
    record = window.record
    record.items.setCurrentRow(record.items.count() - 1)
    record.kind.setCurrentIndex(record.kind.findData(DecisionKind.ASSIGNED))
    type_text(record.decision_text, "มอบหมายจัดทำแผนนิเทศ")
    press_enter(record.decision_text)
    _typed(qtbot, record.due, "01122569")
    window.tabs.setCurrentIndex(0)  # the window reloads on the way: the typed date stays as typed
    window.tabs.setCurrentIndex(3)
    assert record.due.text() == "01/12/2569"
    type_text(record.action_title, "จัดทำแผนนิเทศ")
    press_enter(record.action_title)
    assert len(messages) == 1 and "อยู่ก่อนวันประชุม 15 ธันวาคม พ.ศ. 2569" in messages[0]
    with ctx.db.reading() as s:
        assert s.scalars(select(Action).where(Action.title == "จัดทำแผนนิเทศ")).first() is None
    _typed(qtbot, record.due, "15012570")
    press_enter(record.action_title)
    with ctx.db.reading() as s:
        action = s.scalars(select(Action).where(Action.title == "จัดทำแผนนิเทศ")).one()
        assert action.due_date == dt.date(2027, 1, 15)


def test_a_progress_report_dated_by_typing(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    page = TrackerPage(ctx)
    qtbot.addWidget(page)
    page.show()  # the first look runs the query
    at = next(r for r in range(page.model.rowCount()) if page.model.row(r).status is ActionStatus.NOT_STARTED)  # type: ignore[union-attr]
    page.table.selectRow(at)
    row = page.current()
    assert row is not None and row.action_id is not None
    dialog = UpdateActionDialog(ctx, row, page)
    qtbot.addWidget(dialog)
    type_text(dialog.note, "ประชุมคณะทำงานแล้ว")
    _typed(qtbot, dialog.on, "01012568")  # long before any action of the demo office was assigned
    dialog.save()
    assert len(messages) == 1 and "อยู่ก่อนวันที่มอบหมายงาน" in messages[0]
    with ctx.db.reading() as s:
        created = s.get(Action, row.action_id).created_on  # type: ignore[union-attr]
    _typed(qtbot, dialog.on, f"{created.day:02d}{created.month:02d}{created.year + 543}")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ctx.db.reading() as s:
        update = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == row.action_id)).all()[-1]
        assert update.on_date == created and update.note == "ประชุมคณะทำงานแล้ว"


def test_a_member_s_term_typed_in_thai_dates_on_the_people_page(
    qtbot: QtBot, ctx: AppContext, messages: list[str]
) -> None:
    from meetingdesk.storage.models import Membership
    from meetingdesk.ui.pages.people_page import PeoplePage

    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.term_start.isEnabled()
    page.has_term.setChecked(True)
    _typed(qtbot, page.term_start, "01102569")
    _typed(qtbot, page.term_end, "30092573")
    before = page.roster.rowCount()
    page.add_member_button.click()
    assert page.roster.rowCount() == before + 1
    assert [page.roster.item(before, c).text() for c in (3, 4)] == ["1 ต.ค. 69", "30 ก.ย. 73"]
    with ctx.db.reading() as s:
        member = s.scalars(select(Membership).order_by(Membership.id.desc())).first()
        assert member is not None and (member.start_date, member.end_date) == (
            dt.date(2026, 10, 1),
            dt.date(2030, 9, 30),
        )
    _typed(qtbot, page.term_end, "30092569")  # ends before it starts: refused with a message
    page.add_member_button.click()
    assert messages == ["วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ"]
