"""The tracker's reminders: the bar with the counts of overdue actions and those due within a week, and the
"due within 7 days" filter its second count sets. Kept beside the tracker page, which registers it in a few
lines, so the page itself stays about its table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox

from meetingdesk.services.reminders import due
from meetingdesk.ui.widgets.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from meetingdesk.ui.pages.tracker_page import TrackerPage


class TrackerReminders(QObject):
    """Made before the page wires its filters, so that ticking one of "overdue" and "due within 7 days" has
    unticked the other by the time the page filters."""

    def __init__(self, page: TrackerPage) -> None:
        super().__init__(page)
        self.page = page
        self.bar = ReminderBar(on_start=False)
        self.due_soon = QCheckBox(self.tr("ครบใน 7 วัน"))
        page.overdue.toggled.connect(lambda on: self._one_of(page.overdue, on))
        self.due_soon.toggled.connect(lambda on: self._one_of(self.due_soon, on))
        self.due_soon.toggled.connect(page.apply_filters)
        self.bar.showOverdue.connect(lambda: self.filter_to("overdue"))
        self.bar.showThisWeek.connect(lambda: self.filter_to("this_week"))

    def refresh(self) -> None:
        """The counts as of the tracker's today (one count query)."""
        today = self.page.model.today
        self.bar.set_reminders(due(self.page.ctx.db, today=today, limit=0), today)

    def filter_to(self, kind: str) -> None:
        """Only the overdue actions (``overdue``) or those due within a week (``this_week``), every other filter
        cleared (a drill from the dashboard too), so the rows are the ones the bar counted."""
        page = self.page
        page.drill_bar.release()
        for widget in (page.body, page.status, page.owner, page.year, page.text, page.overdue, self.due_soon):
            widget.blockSignals(True)
        for combo in (page.body, page.status, page.owner, page.year):
            combo.setCurrentIndex(0)
        page.text.clear()
        page.overdue.setChecked(kind == "overdue")
        self.due_soon.setChecked(kind == "this_week")
        for widget in (page.body, page.status, page.owner, page.year, page.text, page.overdue, self.due_soon):
            widget.blockSignals(False)
        page.apply_filters()

    def _one_of(self, box: QCheckBox, on: bool) -> None:
        other = self.due_soon if box is self.page.overdue else self.page.overdue
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
