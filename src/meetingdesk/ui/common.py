"""Small things every window uses: a service call whose refusal becomes a message, names, Thai dates."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QMessageBox, QWidget

from meetingdesk.domain.errors import UserError
from meetingdesk.domain.thai.dates import full_date

T = TypeVar("T")


def run(parent: QWidget, lang: str, action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, bool]:
    """Call a service; a user's mistake (or a disk problem) becomes a message in the user's language and changes
    nothing (the service's transaction was rolled back)."""
    try:
        return action(*args, **kwargs), True
    except UserError as exc:
        QMessageBox.warning(parent, "MeetingDesk", exc.message(lang))
        return None, False


def person_name(prefix: str | None, first: str | None, last: str | None) -> str:
    return f"{prefix or ''}{first or ''} {last or ''}".strip()


class ThaiDateEdit(QWidget):
    """A date field with the Thai (Buddhist-era) reading beside it, since Qt has no Buddhist calendar."""

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d/M/yyyy")
        self.thai = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.thai, 1)
        self.edit.dateChanged.connect(self._show)
        self.set_date(day or dt.date.today())

    def set_date(self, day: dt.date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self._show()

    def date(self) -> dt.date:
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _show(self) -> None:
        self.thai.setText(full_date(self.date()))


E = TypeVar("E", bound=enum.Enum)


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member a combo box holds (Qt hands string enums back as plain strings)."""
    data = combo.currentData()
    return None if data is None else kind(data)
