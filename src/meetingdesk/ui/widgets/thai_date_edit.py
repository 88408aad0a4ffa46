"""The one date field of the app: ``24/11/2569``, in the Buddhist era a Thai office writes.

Qt's QDateEdit knows only the Gregorian year (and no Buddhist calendar), so this is a masked line edit: the user
types digits only (``24112569`` gives ``24/11/2569``; the slashes are skipped), ↑/↓ step the day, month or year
under the cursor (PgUp/PgDn a month), and the full Thai reading shows beside it. An impossible date or a Gregorian
year (``2026``) is named in red beside the field; the field keeps the last good date until it is corrected.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from contextlib import suppress

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from meetingdesk.domain.errors import UserError
from meetingdesk.domain.thai.dates import date_text, numeric_date, parse_numeric_date
from meetingdesk.ui.language import ui_lang


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def step(day: dt.date, section: int, by: int) -> dt.date:
    """One step of ``section`` (0 day, 1 month, 2 year) from ``day``; the day is kept within the month."""
    if section == 0:
        return day + dt.timedelta(days=by)
    return _add_months(day, by if section == 1 else 12 * by)


class _Line(QLineEdit):
    """The typing itself: a ``99/99/9999`` mask, arrow keys that step the section under the cursor."""

    stepped = Signal(int, int)  # section, by

    def __init__(self) -> None:
        super().__init__()
        self.setInputMask("99/99/9999;_")
        self.setMaxLength(10)
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 16
        self.setFixedWidth(width)

    def section(self) -> int:
        pos = self.cursorPosition()
        return 0 if pos <= 2 else 1 if pos <= 5 else 2

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.stepped.emit(self.section(), 1 if key == Qt.Key.Key_Up else -1)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.stepped.emit(1, 1 if key == Qt.Key.Key_PageUp else -1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.selectAll()  # typing replaces the whole date


class ThaiDateEdit(QWidget):
    """A date field in the Buddhist era (``24/11/2569``) with the full Thai reading beside it."""

    dateChanged = Signal(object)  # dt.date

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self.edit = _Line()
        self.edit.setToolTip(self.tr("พิมพ์ วัน เดือน ปี พ.ศ. เป็นตัวเลข เช่น 24112569  (↑/↓ เลื่อนทีละวัน เดือน หรือปี)"))
        self.reading = QLabel()
        self.thai = self.reading  # the name older code uses
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.edit)
        self._day = day or dt.date.today()
        self.problem: UserError | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.stepped.connect(self._step)
        self._show_day(self._day)

    # --- the value ----------------------------------------------------------------------------------------

    def date(self) -> dt.date:
        """The date shown (the last good one while the text is being corrected)."""
        return self._day

    def set_date(self, day: dt.date) -> None:
        self._show_day(day)

    def text(self) -> str:
        return self.edit.text()

    # --- behaviour ----------------------------------------------------------------------------------------

    def _show_day(self, day: dt.date) -> None:
        changed = day != self._day
        self._day = day
        self.problem = None
        pos = self.edit.cursorPosition()
        self.edit.setText(numeric_date(day))
        self.edit.setCursorPosition(pos)
        self.reading.setStyleSheet("")
        self.reading.setText(self._reading(day))
        if changed:
            self.dateChanged.emit(day)

    def _reading(self, day: dt.date) -> str:
        return date_text(day, ui_lang(), weekday=ui_lang() != "en")

    def _typed(self, text: str) -> None:
        if "_" in self.edit.displayText():  # not all eight digits typed yet
            self.reading.setStyleSheet("")
            self.reading.setText(self.tr("พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 24/11/2569"))
            return
        try:
            day = parse_numeric_date(text)
        except UserError as exc:
            self.problem = exc
            self.reading.setStyleSheet("color: #b00020;")
            self.reading.setText(exc.message(ui_lang()))
            return
        self.problem = None
        self.reading.setStyleSheet("")
        self.reading.setText(self._reading(day))
        if day != self._day:
            self._day = day
            self.dateChanged.emit(day)

    def _finished(self) -> None:
        """Leaving the field with an unfinished or impossible date: the last good date comes back, and the
        reading beside says which one it is."""
        try:
            parse_numeric_date(self.edit.text())
        except UserError:
            self._show_day(self._day)

    def _step(self, section: int, by: int) -> None:
        with suppress(ValueError, OverflowError):  # beyond the calendar's ends: stay
            self._show_day(step(self._day, section, by))
