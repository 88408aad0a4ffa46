"""Reminders as a user meets them: a bar on start naming what is overdue and due within a week, whose counts open
the tracker filtered to exactly those actions; put away for today (and back tomorrow); absent when nothing is
due; and the tracker's own bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from meetingdesk.services import reminders
from meetingdesk.services.context import AppContext
from meetingdesk.ui.pages.tracker_page import TrackerPage
from meetingdesk.ui.windows import reminders_on_start
from meetingdesk.ui.windows.main_window import MainWindow

TODAY = dt.date.today()  # the tracker asks with the real date; the demo's actions are due in 2569 (2026)


@pytest.fixture(autouse=True)
def not_dismissed() -> Iterator[None]:
    QSettings().remove(reminders_on_start.DISMISSED_ON)
    yield
    QSettings().remove(reminders_on_start.DISMISSED_ON)


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: hasattr(window, "reminders"))  # filled once the window is on screen
    return window


def test_the_bar_on_start_opens_the_tracker_on_the_overdue(qtbot: QtBot, ctx: AppContext) -> None:
    found = reminders.due(ctx.db, today=TODAY)
    assert found.overdue_total > 0  # the demo's year is behind on some actions, whatever day the test runs
    window = _window(qtbot, ctx)
    bar = window.reminders
    assert bar.isVisible()
    assert bar.overdue_button.text() == f"เกินกำหนด {found.overdue_total:,} งาน"
    assert bar.week_button.isVisible() == (found.this_week_total > 0)
    lines = bar.lines.text().splitlines()
    assert lines[0].startswith(f"• {found.overdue[0].action}") and "เกินกำหนด" in lines[0]
    more = (found.overdue_total > 2) + (found.this_week_total > 2)  # "…และอีก N รายการ…" under each kind cut short
    assert len(lines) == min(2, found.overdue_total) + min(2, found.this_week_total) + more
    bar.overdue_button.click()
    page = window.page("tracker")
    assert isinstance(page, TrackerPage)
    assert window.stack.currentWidget() is page
    assert not bar.isVisible()  # the tracker has its own bar; this one is back on the other pages
    window.show_page("meetings")
    assert bar.isVisible()
    window.show_page("tracker")
    assert page.overdue.isChecked() and not page.reminders.due_soon.isChecked()
    rows = [page.model.row(n) for n in range(page.model.rowCount())]
    assert sorted(r.action_id for r in rows if r) == sorted(r.action_id for r in found.overdue)
    # the tracker's own bar counts the same
    assert page.reminders.bar.isVisible() and page.reminders.bar.overdue_button.text() == bar.overdue_button.text()
    assert not page.reminders.bar.dismiss_button.isVisible()


def test_put_away_for_today_and_back_tomorrow(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    assert window.reminders.isVisible()
    window.reminders.dismiss_button.click()
    assert not window.reminders.isVisible()
    window.show_page("people")
    assert not window.reminders.isVisible()  # put away: not back on another page
    assert QSettings().value(reminders_on_start.DISMISSED_ON) == TODAY.isoformat()
    again = _window(qtbot, ctx)  # started again the same day: nothing
    assert not again.reminders.isVisible()
    tomorrow = reminders_on_start.attach(again, TODAY + dt.timedelta(days=1))
    assert tomorrow.isVisible()


def test_nothing_due_no_bar(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    early = reminders_on_start.attach(window, dt.date(2025, 1, 1))  # before the demo's first meeting
    assert not early.isVisible()


def test_the_trackers_bar_filters_to_the_week(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    page = window.show_page("tracker")
    assert isinstance(page, TrackerPage)
    found = reminders.due(ctx.db, today=TODAY)
    page.text.setText("ไม่มีคำนี้")  # other filters are cleared by the bar
    page.reminders.filter_to("this_week")
    assert page.text.text() == "" and page.reminders.due_soon.isChecked() and not page.overdue.isChecked()
    assert page.model.rowCount() == found.this_week_total
    page.overdue.setChecked(True)  # the two exclude each other
    assert not page.reminders.due_soon.isChecked()
    assert page.model.rowCount() == found.overdue_total


def test_each_line_says_when(qtbot: QtBot) -> None:
    from meetingdesk.domain.enums import ActionStatus
    from meetingdesk.services.reminders import ReminderRow
    from meetingdesk.ui.widgets.reminder_bar import ReminderBar

    bar = ReminderBar(on_start=True)
    qtbot.addWidget(bar)
    day = dt.date(2026, 3, 10)

    def line(offset: int, owner: str = "นางสุภาพร ศรีสุข") -> str:
        due = day + dt.timedelta(days=offset)
        row = ReminderRow(1, 1, 1, "ส่งรายงาน", owner, due, ActionStatus.NOT_STARTED, "คณะกรรมการบริหาร", "1/2569")
        return bar._line(row, day)

    assert line(-5) == "• ส่งรายงาน — นางสุภาพร ศรีสุข  (5 มี.ค. 69, เกินกำหนด 5 วัน)"
    assert line(-1).endswith("เกินกำหนดตั้งแต่เมื่อวาน)") and line(0).endswith("ครบกำหนดวันนี้)")
    assert line(1).endswith("ครบกำหนดพรุ่งนี้)") and line(3, owner="").endswith("ส่งรายงาน  (13 มี.ค. 69, อีก 3 วัน)")


def test_a_reminder_lets_go_of_the_dashboards_drill_and_a_bar_of_the_reminder(qtbot: QtBot, ctx: AppContext) -> None:
    """From a bar of the dashboard ("decisions done") the overdue count showed 0 rows until the drill was cleared:
    the reminder now replaces the drill, and a bar replaces the reminder."""
    from meetingdesk.domain.figures import Drill

    window = _window(qtbot, ctx)
    page = window.show_page("tracker")
    assert isinstance(page, TrackerPage)
    found = reminders.due(ctx.db, today=TODAY)
    assert found.overdue_total > 0
    page.apply_drill(Drill(progress="done"))
    assert page.drill_bar.isVisible() and page.drill_bar.drill is not None
    page.reminders.bar.overdue_button.click()
    assert page.drill_bar.drill is None and not page.drill_bar.isVisible()
    assert page.overdue.isChecked()
    rows = [page.model.row(n) for n in range(page.model.rowCount())]
    assert sorted(r.action_id for r in rows if r) == sorted(r.action_id for r in found.overdue)
    assert page.count.text() == f"{found.overdue_total:,} รายการ"
    page.reminders.filter_to("this_week")
    page.apply_drill(Drill(progress="done"))  # a bar replaces the reminder's filter
    assert not page.reminders.due_soon.isChecked() and not page.overdue.isChecked()
    assert page.drill_bar.isVisible()


def test_the_bar_says_how_many_more_than_it_names(qtbot: QtBot) -> None:
    """The walk's bar: 4 overdue and 3 due within 7 days, two of each named and nothing said of the other three."""
    from meetingdesk.domain.enums import ActionStatus
    from meetingdesk.services.reminders import ReminderRow, Reminders
    from meetingdesk.ui.widgets.reminder_bar import ReminderBar

    bar = ReminderBar(on_start=True)
    qtbot.addWidget(bar)
    day = dt.date(2026, 3, 10)

    def row(n: int, offset: int) -> ReminderRow:
        due = day + dt.timedelta(days=offset)
        return ReminderRow(n, 1, 1, f"งาน {n}", "", due, ActionStatus.NOT_STARTED, "คณะกรรมการบริหาร", "1/2569")

    bar.set_reminders(Reminders((row(1, -9), row(2, -5)), (row(5, 1), row(6, 3)), 4, 3), day)
    assert bar.overdue_button.text() == "เกินกำหนด 4 งาน" and bar.week_button.text() == "ครบกำหนดใน 7 วัน 3 งาน"
    lines = bar.lines.text().splitlines()
    assert [line.split("  (")[0] for line in lines] == [
        "• งาน 1", "• งาน 2", "…และอีก 2 รายการที่เกินกำหนด", "• งาน 5", "• งาน 6", "…และอีก 1 รายการที่ครบกำหนดใน 7 วัน",
    ]  # fmt: skip
    bar.set_reminders(Reminders((row(1, -9),), (row(5, 1), row(6, 3)), 1, 2), day)
    assert not any("และอีก" in line for line in bar.lines.text().splitlines())  # all named: nothing more to say
