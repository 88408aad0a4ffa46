"""A bar that reminds of open actions overdue and due within a week: the counts as buttons that show them in the
tracker, the most urgent few named on start, and (on start) a button that puts it away until tomorrow.

It shows what ``services.reminders.due`` found and nothing when nothing is due; it keeps no session and asks no
question. Where it stands decides what it offers: ``on_start`` (main window, dismissable, with names) or in the
tracker (counts only).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services.reminders import ReminderRow, Reminders
from meetingdesk.ui.language import ui_lang

STYLE = (
    "ReminderBar { background: #fdecea; border: 1px solid #f5c2c7; border-radius: 4px; }"
    " QLabel { color: #58151c; } QPushButton { padding: 2px 10px; }"
)
CALM = (
    "ReminderBar { background: #e8f0fe; border: 1px solid #b6d0f7; border-radius: 4px; }"
    " QLabel { color: #0b3d91; } QPushButton { padding: 2px 10px; }"
)
SHOWN = 2  # the most urgent named of each kind on start; how many more is said


class ReminderBar(QFrame):
    showOverdue = Signal()
    showThisWeek = Signal()
    dismissed = Signal()

    def __init__(self, *, on_start: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_start = on_start
        self.put_away = False
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.overdue_button = QPushButton()
        self.week_button = QPushButton()
        self.dismiss_button = QPushButton(self.tr("ไม่ต้องเตือนอีกวันนี้"))
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.overdue_button)
        row.addWidget(self.week_button)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(row)
        layout.addWidget(self.lines)
        self.lines.setVisible(on_start)  # once laid out: shown before, a parentless label is a window of its own
        self.dismiss_button.setVisible(on_start)
        self.overdue_button.clicked.connect(self.showOverdue)
        self.week_button.clicked.connect(self.showThisWeek)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.setVisible(False)

    def set_reminders(self, found: Reminders, today: dt.date) -> None:
        """Show what is due (hidden when nothing is)."""
        self.setStyleSheet(STYLE if found.overdue_total else CALM)
        self.heading.setText(self.tr("การดำเนินการตามมติที่ต้องติดตาม") if self.on_start else self.tr("ต้องติดตาม:"))
        self.overdue_button.setText(self.tr("เกินกำหนด %1 งาน").replace("%1", f"{found.overdue_total:,}"))
        self.week_button.setText(self.tr("ครบกำหนดใน 7 วัน %1 งาน").replace("%1", f"{found.this_week_total:,}"))
        self.overdue_button.setVisible(found.overdue_total > 0)
        self.week_button.setVisible(found.this_week_total > 0)
        lines = [self._line(r, today) for r in found.overdue[:SHOWN]]
        if found.overdue_total > SHOWN:  # the count on the button, so the rest is not taken for none
            more = self.tr("…และอีก %1 รายการที่เกินกำหนด")
            lines.append(more.replace("%1", f"{found.overdue_total - SHOWN:,}"))
        lines += [self._line(r, today) for r in found.this_week[:SHOWN]]
        if found.this_week_total > SHOWN:
            more = self.tr("…และอีก %1 รายการที่ครบกำหนดใน 7 วัน")
            lines.append(more.replace("%1", f"{found.this_week_total - SHOWN:,}"))
        self.lines.setText("\n".join(lines))
        self.setVisible(bool(found))

    def _line(self, r: ReminderRow, today: dt.date) -> str:
        days = r.days_from(today)
        if days < -1:
            when = self.tr("เกินกำหนด %1 วัน").replace("%1", f"{-days:,}")
        elif days == -1:
            when = self.tr("เกินกำหนดตั้งแต่เมื่อวาน")
        elif days == 0:
            when = self.tr("ครบกำหนดวันนี้")
        elif days == 1:
            when = self.tr("ครบกำหนดพรุ่งนี้")
        else:
            when = self.tr("อีก %1 วัน").replace("%1", str(days))
        owner = f" — {r.owner}" if r.owner else ""
        return f"• {r.action}{owner}  ({short_date_text(r.due, ui_lang())}, {when})"

    def _dismiss(self) -> None:
        self.put_away = True
        self.setVisible(False)
        self.dismissed.emit()
