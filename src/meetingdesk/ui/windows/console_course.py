"""The session's course, from the facilitator's console: stages, the countdown, anonymity, the dot rules, pause,
close and reopen, the outcome into the minutes, and undo/redo. A base of ``FacilitatorConsole`` (which provides
the widgets and state declared in ``console_board.BoardActions``)."""

from __future__ import annotations

from meetingdesk.domain.enums import SessionStatus
from meetingdesk.services import sessions
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.windows.console_board import BoardActions


class SessionCourse(BoardActions):
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
