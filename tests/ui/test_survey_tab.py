"""The satisfaction tab driven by keys as a typist enters paper forms: a row of digits moves on to the comment,
Enter saves the form (in the database at once), refused keys are said, a form is corrected or deleted, and the
counts and means follow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.satisfaction import ItemScore
from meetingdesk.services import satisfaction
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import Meeting, SatisfactionResponse
from meetingdesk.ui.dialogs.satisfaction_items_dialog import SatisfactionItemsDialog
from meetingdesk.ui.models.survey_models import FormsModel, ItemScoresModel
from meetingdesk.ui.windows.meeting import MeetingWindow
from meetingdesk.ui.windows.meeting.survey import SurveyTab
from tests.services.helpers import new_meeting
from tests.ui.conftest import Scripted
from tests.ui.typing import type_text


def _survey_tab(qtbot: QtBot, ctx: AppContext) -> tuple[MeetingWindow, SurveyTab]:
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Meeting.body_id).order_by(Meeting.id)).first()
    assert body_id is not None
    meeting = new_meeting(ctx.db, body_id, dt.date(2027, 1, 12))  # a meeting with no forms yet
    window = MeetingWindow(ctx, meeting)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # the survey tab
    assert window.tabs.currentWidget() is window.survey
    tab = window.survey
    tab.digits.setFocus()
    return window, tab


def _stored(ctx: AppContext, meeting_id: int) -> list[tuple[int, tuple[int | None, ...], str]]:
    return [(f.number, f.scores, f.comment) for f in satisfaction.survey(ctx.db, meeting_id).forms]


def test_forms_typed_as_digits_are_saved_one_by_one(qtbot: QtBot, ctx: AppContext) -> None:
    window, tab = _survey_tab(qtbot, ctx)
    assert tab.totals.text() == "ยังไม่มีแบบสอบถามของการประชุมนี้"
    assert tab.entry_label.text() == "ฉบับที่ 1"
    QTest.keyClicks(tab.digits, "54435")
    assert tab.digits.text() == "54435"
    assert QApplication.focusWidget() is tab.comment  # the last digit moved on
    type_text(tab.comment, "ห้องเย็นเกินไป")
    QTest.keyClick(tab.comment, Qt.Key.Key_Return)
    assert _stored(ctx, window.meeting_id) == [(1, (5, 4, 4, 3, 5), "ห้องเย็นเกินไป")]
    assert QApplication.focusWidget() is tab.digits and tab.digits.text() == "" and tab.comment.text() == ""
    assert tab.entry_label.text() == "ฉบับที่ 2" and "บันทึกฉบับที่ 1 แล้ว" in tab.hint.text()

    # no comment: five digits and Enter; a space and a 0 are blanks
    QTest.keyClicks(tab.digits, "3 02")
    assert QApplication.focusWidget() is tab.digits
    QTest.keyClick(tab.digits, Qt.Key.Key_Return)  # four of five: refused, nothing saved
    assert "ยังกรอกไม่ครบ" in tab.hint.text() and len(_stored(ctx, window.meeting_id)) == 1
    QTest.keyClicks(tab.digits, "4")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _stored(ctx, window.meeting_id)[1] == (2, (3, None, None, 2, 4), "")

    # refused keys are said, and typed nothing
    QTest.keyClicks(tab.digits, "5")
    for key in ("7", "a"):
        QTest.keyClicks(tab.digits, key)
        assert f"“{key}” ใช้ไม่ได้" in tab.hint.text()
    type_text(tab.digits, "ถ")  # the 5 key while the Thai layout is on
    assert "แป้นพิมพ์เป็นภาษาไทยอยู่" in tab.hint.text()
    assert tab.digits.text() == "5"
    type_text(tab.digits, "๕๕๕๔")  # Thai digits are digits
    assert tab.digits.text() == "55554"
    # Backspace in the empty comment goes back and takes the last digit
    assert QApplication.focusWidget() is tab.comment
    QTest.keyClick(tab.comment, Qt.Key.Key_Backspace)
    assert QApplication.focusWidget() is tab.digits and tab.digits.text() == "5555"
    QTest.keyClicks(tab.digits, "5")
    QTest.keyClick(tab.comment, Qt.Key.Key_Return)

    assert tab.forms_model.rowCount() == 3
    # 5 4 4 3 5 | 3 - - 2 4 | 5 5 5 5 5: 21 + 9 + 25 = 55 over 13 scores
    assert tab.totals.text().startswith("แบบสอบถาม 3 ฉบับ  ·  ค่าเฉลี่ยรวม 4.23 (S.D. 1.01)  ·  ระดับมาก")
    assert tab.items_model.data(tab.items_model.index(0, 3)) == "4.33"  # item 1: 5, 3, 5
    assert tab.comments.count() == 1


def test_a_form_is_corrected_and_deleted_from_the_list(qtbot: QtBot, ctx: AppContext, scripted: Scripted) -> None:
    window, tab = _survey_tab(qtbot, ctx)
    for digits in ("11111", "22222", "33333"):
        QTest.keyClicks(tab.digits, digits)
        QTest.keyClick(tab.comment, Qt.Key.Key_Return)
    QTest.keyClick(tab.digits, Qt.Key.Key_Up)  # ↑ from the empty row: to the list, on the last form
    assert QApplication.focusWidget() is tab.forms and tab.forms.currentIndex().row() == 2
    QTest.keyClick(tab.forms, Qt.Key.Key_Up)
    QTest.keyClick(tab.forms, Qt.Key.Key_Return)  # form 2 back in the entry row
    assert tab.entry_label.text() == "แก้ไขฉบับที่ 2" and tab.digits.text() == "22222"
    QTest.keyClicks(tab.digits, "45454")  # the row is selected: typing replaces it
    type_text(tab.comment, "แก้แล้ว")
    QTest.keyClick(tab.comment, Qt.Key.Key_Return)
    assert _stored(ctx, window.meeting_id) == [
        (1, (1, 1, 1, 1, 1), ""),
        (2, (4, 5, 4, 5, 4), "แก้แล้ว"),
        (3, (3, 3, 3, 3, 3), ""),
    ]
    assert tab.entry_label.text() == "ฉบับที่ 4"

    tab.forms.setFocus()
    tab.forms.selectRow(0)
    scripted.answers.append(True)
    QTest.keyClick(tab.forms, Qt.Key.Key_Delete)
    assert scripted.asked == ["ลบแบบสอบถามฉบับที่ 1 หรือไม่?"]
    assert [n for n, _s, _c in _stored(ctx, window.meeting_id)] == [2, 3]
    with ctx.db.reading() as s:
        kept = s.scalars(
            select(SatisfactionResponse.number).where(SatisfactionResponse.meeting_id == window.meeting_id)
        )
        assert sorted(kept) == [2, 3]  # in the database file, not only on screen

    # Esc gives up a correction: nothing changes
    tab.forms.selectRow(0)
    QTest.keyClick(tab.forms, Qt.Key.Key_Return)
    QTest.keyClicks(tab.digits, "1")
    QTest.keyClick(tab.digits, Qt.Key.Key_Escape)
    assert tab.entry_label.text() == "ฉบับที่ 4" and tab.digits.text() == ""
    assert _stored(ctx, window.meeting_id)[0] == (2, (4, 5, 4, 5, 4), "แก้แล้ว")


def test_the_office_items_are_edited_in_a_dialog(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    dialog = SatisfactionItemsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText().splitlines()[-1] == "ความพึงพอใจต่อการจัดประชุมโดยภาพรวม"
    dialog.text.setPlainText("   \n")
    dialog.save()
    assert messages == ["แบบสอบถามต้องมีอย่างน้อย 1 ข้อ"] and len(satisfaction.office_items(ctx.db)) == 5
    dialog.text.setPlainText("การต้อนรับ\n\nความพึงพอใจโดยภาพรวม\n")
    dialog.save()
    assert satisfaction.office_items(ctx.db) == ("การต้อนรับ", "ความพึงพอใจโดยภาพรวม")


def test_the_survey_models_pass_the_model_tester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    forms = FormsModel()
    qtmodeltester.check(forms)
    forms.set_rows(("ก", "ข"), (satisfaction.Form(1, 1, (5, None), "ดี"), satisfaction.Form(2, 2, (4, 3), "")))
    qtmodeltester.check(forms)
    assert forms.digits(0) == "50" and forms.headerData(1, Qt.Orientation.Horizontal) == "1"
    items = ItemScoresModel()
    items.set_rows((ItemScore("ก", 4.5, 2, (0, 0, 0, 1, 1)),))
    qtmodeltester.check(items)
    assert [items.data(items.index(0, c)) for c in range(11)] == [
        "1",
        "ก",
        "2",
        "4.50",
        "0.71",
        "มากที่สุด"[:0] + "มาก",
        "1",
        "1",
        "0",
        "0",
        "0",
    ]


def test_settings_open_the_office_items(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QPushButton

    from meetingdesk.ui.windows.settings_dialog import SettingsDialog

    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(type(dialog).__name__)
            dialog.reject()

    button = next(b for b in settings.findChildren(QPushButton) if b.text() == "ข้อคำถาม…")
    QTimer.singleShot(200, close_it)
    button.click()
    assert seen == ["SatisfactionItemsDialog"]


def test_a_long_comment_stays_inside_the_list_of_forms(qtbot: QtBot, ctx: AppContext) -> None:
    """The walk found a long comment widening its column until the list scrolled sideways (the scores out of view);
    the comment column takes what is left of the width and a long comment ends in "…" (whole in its tooltip)."""
    window, tab = _survey_tab(qtbot, ctx)
    window.resize(1000, 700)
    long = "ห้องประชุมเย็นเกินไปและเสียงไมโครโฟนไม่ชัด " * 8
    satisfaction.submit_form(ctx.db, window.meeting_id, (5, 4, 4, 3, 5), long)
    tab.reload()
    qtbot.waitUntil(lambda: tab.forms_model.rowCount() == 1)
    header = tab.forms.horizontalHeader()
    last = tab.forms_model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= tab.forms.viewport().width()
    assert tab.forms.horizontalScrollBar().maximum() == 0
    tip = tab.forms_model.data(tab.forms_model.index(0, last), Qt.ItemDataRole.ToolTipRole)
    assert tip is not None and tip.startswith("ห้องประชุมเย็นเกินไป")


def test_the_comment_keeps_its_width_while_a_form_is_corrected(qtbot: QtBot, ctx: AppContext) -> None:
    """The walk found the comment field squeezed to a few letters once "ยกเลิกการแก้ไข" appeared beside it."""
    window, tab = _survey_tab(qtbot, ctx)
    window.resize(800, 650)
    satisfaction.submit_form(ctx.db, window.meeting_id, (5, 4, 4, 3, 5), "ห้องเย็นเกินไป")
    tab.reload()
    tab.forms.selectRow(0)
    tab.correct(0)
    qtbot.waitUntil(lambda: tab.cancel_button.isVisible())
    assert tab.comment.width() >= tab.fontMetrics().averageCharWidth() * 24
