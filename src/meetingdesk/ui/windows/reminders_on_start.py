"""Reminders on start: a bar over the main window's pages naming what is overdue and due within a week, unless it
was put away earlier today (remembered in this computer's settings until tomorrow) or nothing is due.

One cheap query (the counts and the first rows, ``services.reminders.due`` with a limit: a few ms on a decade),
run once the window is on screen; the counts open the tracker filtered to those actions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QVBoxLayout, QWidget

from meetingdesk.services import reminders
from meetingdesk.ui.widgets.reminder_bar import SHOWN, ReminderBar
from meetingdesk.ui.windows.main_window import PAGES

if TYPE_CHECKING:
    from meetingdesk.ui.windows.main_window import MainWindow

DISMISSED_ON = "reminders/dismissed_on"  # QSettings: the day the bar was put away (ISO date)


def dismissed_today(today: dt.date) -> bool:
    return str(QSettings().value(DISMISSED_ON, "")) == today.isoformat()


def attach(window: MainWindow, today: dt.date | None = None) -> ReminderBar:
    """Put the bar over the pages and fill it (it stays hidden when dismissed today or when nothing is due)."""
    day = today or dt.date.today()
    bar = ReminderBar(on_start=True)
    layout = cast(QVBoxLayout, cast(QWidget, window.centralWidget()).layout())
    layout.insertWidget(1, bar)  # under the read-only banner, over the search box and the pages
    bar.showOverdue.connect(lambda: _open_tracker(window, "overdue"))
    bar.showThisWeek.connect(lambda: _open_tracker(window, "this_week"))
    bar.dismissed.connect(lambda: QSettings().setValue(DISMISSED_ON, day.isoformat()))
    if dismissed_today(day):
        return bar
    found = reminders.due(window.ctx.db, today=day, limit=SHOWN)
    bar.set_reminders(found, day)
    tracker = PAGES.index("tracker")

    def follow(_row: int = -1) -> None:  # the tracker has a bar of its own: this one steps aside there
        bar.setVisible(bool(found) and not bar.put_away and window.nav.currentRow() != tracker)

    window.nav.currentRowChanged.connect(follow)
    follow()
    return bar


def _open_tracker(window: MainWindow, kind: str) -> None:
    page = window.show_page("tracker")
    page.reminders.filter_to(kind)  # type: ignore[attr-defined]
