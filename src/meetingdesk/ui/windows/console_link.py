"""The capture line's way to the database, for a server that may go away mid-meeting (restarted, the network
gone): a line whose save fails because the server cannot be reached is kept, shown as not yet saved under
"กำลังเชื่อมต่อใหม่…", and tried again — first after 250 ms, backing off to every 2 s — on a worker thread, so
the console never waits on a server that does not answer. Lines typed meanwhile join the queue and are saved in
the order typed; a card appears on the board only once its transaction is committed.

A refusal (a ``UserError`` other than ``ServerUnreachable``: the session was paused elsewhere, the stage takes
no cards) is shown and never retried. Each line carries the moment it was typed as its key
(``sessions.add_card(typed_at=…)``), so a try whose commit reached the server when its answer was lost is not
saved a second time.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from meetingdesk.domain.errors import ServerUnreachable, UserError
from meetingdesk.services import sessions
from meetingdesk.services.sessions.board import CardView
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.workers import Worker

if TYPE_CHECKING:
    from meetingdesk.services import Database

FIRST_RETRY_MS = 250
LONGEST_RETRY_MS = 2000
SHOWN_LINES = 3  # the banner names the first few lines waiting; the count says the rest


@dataclass(frozen=True)
class Line:
    """A typed line not yet saved: its text, what the stage's panel added, and its key."""

    text: str
    options: dict[str, Any]
    typed_at: dt.datetime


def _save(db: Database, session_id: int, line: Line, *, again: bool = False) -> CardView:
    """The line stored (once, by its key: ``again`` on every try after the first) as the board shows it."""
    return sessions.capture_card(db, session_id, line.text, typed_at=line.typed_at, again=again, **line.options)


class ConsoleLink(QLabel):
    """The reconnecting banner, and the queue of lines behind it; ``saved`` for each line committed, in order."""

    saved = Signal(object, str)  # the card as the board shows it, the line as typed

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.session_id = db, session_id
        self.setWordWrap(True)
        self.setStyleSheet("background: #fde2e1; color: #8a1c14; padding: 4px; font-weight: bold;")
        self.hide()
        self._waiting: deque[Line] = deque()
        self._delay = FIRST_RETRY_MS
        self._worker: Worker | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._retry)

    def pending(self) -> list[str]:
        """The lines typed and not yet saved, in order."""
        return [line.text for line in self._waiting]

    def submit(self, text: str, options: dict[str, Any]) -> bool:
        """Enter: save the line now, or queue it behind lines still waiting. False when it was refused (the
        text stays where it was typed); True when it is saved or will be."""
        line = Line(text, dict(options), dt.datetime.now())
        if self._waiting:  # the server is away: in order, behind the others
            self._waiting.append(line)
            self._show()
            if not self._timer.isActive() and self._worker is None:  # stopped by a bug's report: try again now
                self._timer.start(FIRST_RETRY_MS)
            return True
        try:
            card = _save(self.db, self.session_id, line)
        except ServerUnreachable:
            self._waiting.append(line)
            self._delay = FIRST_RETRY_MS
            self._show()
            self._timer.start(self._delay)
            return True
        except UserError as exc:
            interaction().warn(self.window(), exc.message(ui_lang()))
            return False
        self.saved.emit(card, text)
        return True

    def may_close(self) -> bool:
        """Whether the console may close: nothing waits, or the facilitator chose to give the waiting lines up."""
        waiting = len(self._waiting)
        if not waiting:
            return True
        question = self.tr("ยังมี %1 รายการที่ยังไม่ได้บันทึก ปิดหน้าต่างและทิ้งรายการเหล่านี้หรือไม่").replace("%1", str(waiting))
        if not interaction().confirm(self.window(), question):
            return False
        self._timer.stop()
        self._waiting.clear()
        return True

    # --- trying again -------------------------------------------------------------------------------------

    def _retry(self) -> None:
        if not self._waiting or self._worker is not None:
            return
        db, session_id, line = self.db, self.session_id, self._waiting[0]

        def attempt() -> tuple[str, object]:  # on the worker: every outcome comes back as a value
            try:
                return "saved", _save(db, session_id, line, again=True)
            except ServerUnreachable:
                return "away", None
            except UserError as exc:
                return "refused", exc

        self._worker = Worker(attempt, str)
        self._worker.signals.done.connect(self._answered)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _answered(self, outcome: tuple[str, object]) -> None:
        self._worker = None
        kind, value = outcome
        if kind == "away":
            self._delay = min(self._delay * 2, LONGEST_RETRY_MS)
            self._timer.start(self._delay)
            return
        line = self._waiting.popleft()
        if kind == "saved":
            assert isinstance(value, CardView)
            self.saved.emit(value, line.text)
        else:
            assert isinstance(value, UserError)
            message = value.message(ui_lang())
            interaction().warn(self.window(), f"{message}\n\n“{line.text}”")
        self._delay = FIRST_RETRY_MS
        self._show()
        if self._waiting:
            self._retry()  # the server answers: the next line at once

    def _failed(self, message: str) -> None:
        """A bug, not the server: said loudly once; the lines stay waiting, tried again on the next Enter."""
        self._worker = None
        interaction().error(self.window(), message)

    def _show(self) -> None:
        if not self._waiting:
            self.clear()
            self.hide()
            return
        count = len(self._waiting)
        lines = " · ".join(f"“{line.text}”" for line in list(self._waiting)[:SHOWN_LINES])
        more = self.tr(" และอีก %1 รายการ").replace("%1", str(count - SHOWN_LINES)) if count > SHOWN_LINES else ""
        self.setText(
            self.tr("กำลังเชื่อมต่อใหม่… ยังไม่ได้บันทึก %1 รายการ (จะบันทึกเองเมื่อเครื่องแม่ข่ายกลับมา): ").replace("%1", str(count))
            + lines
            + more
        )
        self.show()
