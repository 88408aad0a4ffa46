"""What each technique adds to the facilitator's console, beside the board every technique shares.

- focus group (``focus_group_panel.py``): the question route, participants' codes and consent, codes and quotes
  on responses, the report;
- synthesis (``synthesis_panel.py``): findings and other sessions' cards brought in, a conclusion per theme;
- su-ji-pu-li (here): the question queue (who asked whom; answered, deferred, or made an action to follow up).

Each panel calls ``services.sessions`` (one transaction per action) through the console, so a refusal becomes a
message and nothing changes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import CardKind, QuestionStatus, Technique
from meetingdesk.services import question_queue, sessions
from meetingdesk.techniques.board import QUESTION_MARKS
from meetingdesk.techniques.undo import Command

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

IdRole = Qt.ItemDataRole.UserRole + 10


class TechniquePanel(QGroupBox):
    """Nothing extra (brainstorming and free-form group process need only the board)."""

    def __init__(self, console: FacilitatorConsole, title: str = "") -> None:
        super().__init__(title)
        self.console = console

    def refresh(self) -> None:
        """Re-read what the panel shows (after any change to the session)."""

    def set_editable(self, editable: bool) -> None:
        """A paused or closed session: the panel's inputs are off (what only reads or exports stays on)."""
        for widget in self.inputs():
            widget.setEnabled(editable)

    def inputs(self) -> list[QWidget]:
        return []

    def note_on_capture(self, code: str) -> str:
        """A word under the board after a card is typed by ``code`` (a focus group warns of an unknown code)."""
        return ""

    def capture_kwargs(self) -> dict[str, Any]:
        """What a typed line carries besides its text (the question it answers, whom it asks)."""
        return {}

    def prompt(self) -> str | None:
        """The prompt to show instead of the stage's own (the focus group's current question)."""
        return None

    def timer_seconds(self) -> int | None:
        """The countdown to start with instead of the stage's own (the current question's time allowance)."""
        return None


class QuestionQueuePanel(TechniquePanel):
    """Su-ji-pu-li's ask stage: the questions in the order they were asked, and what became of each."""

    MARK: ClassVar[dict[QuestionStatus, str]] = QUESTION_MARKS

    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("คิวคำถาม"))
        self.asked_to = QLineEdit()
        self.asked_to.setPlaceholderText(self.tr("ถามใคร (ผู้ตอบ) — ใช้กับคำถามที่พิมพ์ต่อจากนี้"))
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("สาระของคำตอบ แล้วกด Enter"))
        self.answered_button = QPushButton(self.tr("ตอบแล้ว"))
        self.defer_button = QPushButton(self.tr("ยกไปติดตาม"))
        self.action_button = QPushButton(self.tr("ทำเป็นงานที่ต้องติดตาม"))
        buttons = QHBoxLayout()
        for button in (self.answered_button, self.defer_button, self.action_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.asked_to)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.answer)
        layout.addLayout(buttons)
        self.answer.returnPressed.connect(lambda: self.settle(defer=False))
        self.answered_button.clicked.connect(lambda: self.settle(defer=False))
        self.defer_button.clicked.connect(lambda: self.settle(defer=True))
        self.action_button.clicked.connect(self.to_action)

    def refresh(self) -> None:
        view = sessions.board_view(self.console.db, self.console.session_id)
        rows = []
        for q in view.cards:
            if q.kind is not CardKind.QUESTION:
                continue
            who = f"{q.code or '—'} → {q.asked_to or '—'}"
            mark = "⚑" if q.became_action else self.MARK[q.question_status or QuestionStatus.OPEN]
            answer = f"\n    {q.answer}" if q.answer else ""
            rows.append((q.id, f"{mark} {who}: {q.text}{answer}"))
        chosen = self.current_question()
        self.queue.clear()
        for qid, label in rows:
            item = QListWidgetItem(label)
            item.setData(IdRole, qid)
            self.queue.addItem(item)
            if qid == chosen:
                self.queue.setCurrentItem(item)

    def capture_kwargs(self) -> dict[str, Any]:
        return {"asked_to": self.asked_to.text()} if self.console.session.stage == "ask" else {}

    def inputs(self) -> list[QWidget]:
        return [self.asked_to, self.answer, self.answered_button, self.defer_button, self.action_button]

    def current_question(self) -> int | None:
        item = self.queue.currentItem()
        return int(item.data(IdRole)) if item is not None else None

    def _chosen_or_tell(self) -> int | None:
        qid = self.current_question()
        if qid is None:
            self.console.inform(self.tr("เลือกคำถามในคิวก่อน"))
        return qid

    def settle(self, *, defer: bool) -> None:
        qid = self._chosen_or_tell()
        if qid is None:
            return
        db = self.console.db
        was = question_queue.state(db, qid)
        _none, ok = self.console.run(sessions.answer_question, db, qid, self.answer.text(), defer=defer)
        if ok:
            now = question_queue.state(db, qid)
            self.console.undo_stack.push(
                Command(
                    "defer question" if defer else "answer question",
                    undo=partial(question_queue.put_back, db, qid, was),
                    redo=partial(question_queue.put_back, db, qid, now),
                )
            )
            self.answer.clear()
            self.console.reload()  # the queue here and on the projector

    def to_action(self) -> None:
        """A question becomes an action to follow up: what, by whom, by when (asked in a dialog), and the
        resolution that assigns it, on the agenda item."""
        from meetingdesk.ui.dialogs.action_dialog import ActionDialog

        qid = self._chosen_or_tell()
        if qid is None:
            return
        db, sid = self.console.db, self.console.session_id
        question = self.console.card_model.row(qid).text
        dialog = ActionDialog(db, question, self)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        was = question_queue.state(db, qid)
        _decision, ok = self.console.run(sessions.make_decision, db, sid, card_id=qid, **choices)
        if ok:
            self.console.undo_stack.push(
                Command(
                    "question to action",
                    undo=partial(question_queue.take_back_action, db, qid, was),
                    redo=partial(sessions.make_decision, db, sid, card_id=qid, **choices),
                )
            )
            self.console.reload()
            self.console.status(self.tr("บันทึกเป็นงานที่ต้องติดตามแล้ว"))


def panel_for(console: FacilitatorConsole, technique: Technique) -> TechniquePanel:
    from meetingdesk.ui.windows.focus_group_panel import FocusGroupPanel
    from meetingdesk.ui.windows.synthesis_panel import SynthesisPanel

    panels: dict[Technique, type[TechniquePanel]] = {
        Technique.FOCUS_GROUP: FocusGroupPanel,
        Technique.SYNTHESIS: SynthesisPanel,
        Technique.SUJIPULI: QuestionQueuePanel,
    }
    return panels.get(technique, TechniquePanel)(console)
