"""The session's course, from the facilitator's console: stages, the countdown, anonymity, the dot rules, pause,
close and reopen, the outcome into the minutes, and undo/redo. What the console shows of it: the stage, its
prompt, what may be done now, the countdown. A base of ``FacilitatorConsole`` (which provides the widgets and
state declared here and in ``console_board.BoardActions``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from meetingdesk.domain.enums import SessionStatus
from meetingdesk.services import sessions
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.windows.console_board import BoardActions
from meetingdesk.ui.windows.console_projector import WARN_SECONDS


class SessionCourse(BoardActions):
    stage_label: QLabel
    prompt_label: QLabel
    state_banner: QLabel
    timer_label: QLabel
    capture: QLineEdit
    anonymous_box: QCheckBox
    back_button: QPushButton
    next_button: QPushButton
    start_button: QPushButton
    pause_button: QPushButton
    add_minute_button: QPushButton
    pause_session_button: QPushButton
    close_session_button: QPushButton
    dot_button: QPushButton
    hands_button: QPushButton
    decision_button: QPushButton
    _clock: str
    _follow: Callable[[bool], None]  # ProjectorFeed's: the projector follows the console

    def step(self, delta: int) -> None:
        _key, ok = self.run(sessions.step, self.db, self.session_id, delta)
        if ok:
            self._session_row()
            self.show_stage()
            self.show_board()
            self.changed.emit()

    def set_timer(self, seconds: int) -> None:
        """The countdown made ready with ``seconds`` (another focus-group question chosen), not running."""
        if self.run(sessions.timer, self.db, self.session_id, "set", seconds=seconds)[1]:
            self._session_row()
            self._show_timer()

    def _timer(self, action: str) -> None:
        seconds = self.panel.timer_seconds() if action == "start" else None
        _left, ok = self.run(sessions.timer, self.db, self.session_id, action, seconds=seconds)
        if ok:
            self._session_row()
            self._show_timer()

    def set_anonymous(self, anonymous: bool) -> None:
        if self.run(sessions.set_anonymous, self.db, self.session_id, anonymous)[1]:
            self.reload()
            self.status(
                self.tr("ไม่ระบุผู้พูดแล้ว: รหัสผู้พูดจะไม่ปรากฏบนจอภาพและในเอกสาร")
                if anonymous
                else self.tr("ระบุผู้พูดได้: รหัสที่พิมพ์ต่อจากนี้จะถูกบันทึก")
            )
            self.changed.emit()
        else:
            self.reload()

    def set_vote_rules(self) -> None:
        _none, ok = self.run(
            sessions.set_vote_rules, self.db, self.session_id,
            dots_per_participant=self.dots_each.value(), max_per_item=self.dots_cap.value(),
        )  # fmt: skip
        self._session_row()
        if ok:
            self.status(
                self.tr("คนละ %1 จุด ไม่เกิน %2 จุดต่อรายการ")
                .replace("%1", str(self.session.dots_per_participant))
                .replace("%2", str(self.session.max_dots_per_item))
            )

    def pause(self) -> None:
        """Pause the session (capture stops; resume another day), or resume it."""
        resume = self.session.status is SessionStatus.PAUSED
        status = SessionStatus.ACTIVE if resume else SessionStatus.PAUSED
        if self.run(sessions.set_status, self.db, self.session_id, status)[1]:
            self._session_row()
            self.show_stage()
            self.changed.emit()

    def close_or_reopen(self) -> None:
        """Close the session (no more capture, the outcome frozen; asked first), or reopen a closed one."""
        closing = self.session.status is not SessionStatus.CLOSED
        if closing:
            question = self.tr("ปิดกิจกรรมนี้หรือไม่? การ์ดที่ลบไว้จะลบถาวร และผลของกิจกรรมจะคงที่จนกว่าจะเปิดอีกครั้ง")
            if not interaction().confirm(self, question):
                return
        status = SessionStatus.CLOSED if closing else SessionStatus.ACTIVE
        if self.run(sessions.set_status, self.db, self.session_id, status)[1]:
            self.undo_stack.clear()  # what was deleted is gone for good; nothing before this can be undone
            self.reload()
            self.status(self.tr("ปิดกิจกรรมแล้ว") if closing else self.tr("เปิดกิจกรรมอีกครั้งแล้ว"))
            self.changed.emit()

    def write_summary(self) -> None:
        summary, ok = self.run(sessions.write_summary, self.db, self.session_id)
        if ok:
            lines = len((summary or "").splitlines())
            self.status(self.tr("ลงผลในรายงานการประชุมแล้ว (%n บรรทัด)").replace("%n", str(lines)))

    def undo(self) -> None:
        command, ok = self.run(self.undo_stack.undo)
        if ok:
            self.reload()
            self.status(self.tr("ย้อนกลับแล้ว") if command else self.tr("ไม่มีสิ่งที่ย้อนกลับได้"))
            self.changed.emit()

    def redo(self) -> None:
        command, ok = self.run(self.undo_stack.redo)
        if ok:
            self.reload()
            self.status(self.tr("ทำซ้ำแล้ว") if command else self.tr("ไม่มีสิ่งที่ทำซ้ำได้"))
            self.changed.emit()

    def show_stage(self) -> None:
        spec = CATALOG[self.session.technique]
        stage = spec.stage(self.session.stage)
        number = spec.index(stage.key) + 1
        self.stage_label.setText(f"{number}/{len(spec.stages)} {stage.title(ui_lang())}")
        prompt = self.panel.prompt() or stage.prompt(ui_lang())
        self.prompt_label.setText(self.session.title + ("\n" if self.session.title else "") + prompt)
        status = self.session.status
        self.capture.setEnabled(stage.input is not None and status is SessionStatus.ACTIVE)
        banner = {
            SessionStatus.PAUSED: self.tr("กิจกรรมพักอยู่ — ไม่รับการพิมพ์ กด “ทำกิจกรรมต่อ” เพื่อบันทึกต่อ"),
            SessionStatus.CLOSED: self.tr("กิจกรรมปิดแล้ว — ผลของกิจกรรมคงที่ กด “เปิดกิจกรรมอีกครั้ง” เพื่อแก้ไข"),
        }.get(status, "")
        self.state_banner.setText(banner)
        self.state_banner.setVisible(bool(banner))
        self.pause_session_button.setText(
            self.tr("ทำกิจกรรมต่อ") if status is SessionStatus.PAUSED else self.tr("พักกิจกรรม (ทำต่อวันอื่น)")
        )
        self.pause_session_button.setEnabled(status is not SessionStatus.CLOSED)
        self.close_session_button.setText(
            self.tr("เปิดกิจกรรมอีกครั้ง") if status is SessionStatus.CLOSED else self.tr("ปิดกิจกรรม")
        )
        open_ = status is SessionStatus.ACTIVE  # paused or closed: nothing in the session changes
        for widget in (
            self.back_button,
            self.next_button,
            self.start_button,
            self.pause_button,
            self.add_minute_button,
            self.new_cluster,
            self.dot_button,
            self.hands_button,
            self.reveal_box,
            self.anonymous_box,
            self.dots_each,
            self.dots_cap,
            self.participant,
            self.hands,
            self.decision_button,
        ):
            widget.setEnabled(open_)
        self.panel.set_editable(open_)
        self.back_button.setEnabled(open_ and number > 1)  # no step before the first or after the last
        self.next_button.setEnabled(open_ and number < len(spec.stages))
        self._show_timer()

    def _show_timer(self) -> None:
        left = sessions.remaining_seconds(self.session, dt.datetime.now())
        running = self.session.timer_started_at is not None
        text = f"{left // 60:02d}:{left % 60:02d}" if self.session.timer_seconds is not None else ""
        if running and left == 0:
            text += self.tr(" หมดเวลา")
        self._clock = text  # what the room sees
        if text and not running and left > 0:
            text += self.tr(" (หยุดอยู่)")  # on the console, paused and running must not look alike
        warning = running and left <= WARN_SECONDS
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "")
        self._follow(warning)
