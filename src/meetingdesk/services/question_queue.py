"""The su-ji-pu-li question queue's steps taken back: every queue action keeps what was there and can be undone,
and undoing never leaves an action without the question it came from (or a question pointing at nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from meetingdesk.domain.enums import QuestionStatus
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, Card


@dataclass(frozen=True)
class QuestionState:
    """What a queued question was before a queue action: to put back on undo."""

    status: QuestionStatus | None
    answer: str


def state(db: Database, card_id: int) -> QuestionState:
    with db.reading() as s:
        card = get(s, Card, card_id)
        return QuestionState(card.question_status, card.answer)


def put_back(db: Database, card_id: int, was: QuestionState) -> None:
    """Undo of answering or deferring: the question's status and answer as they were."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        card.question_status, card.answer = was.status, was.answer


def take_back_action(db: Database, card_id: int, was: QuestionState) -> None:
    """Undo of "make an action": the decision and action made from the question go (while the minutes are not
    certified and nothing was reported on the action), and the question is as it was."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        if card.action_id is not None:
            action = get(s, Action, card.action_id)
            decision = action.decision
            ensure_editable(s, decision.agenda_item.meeting_id)
            if action.updates:
                from meetingdesk.domain.errors import InvalidInput

                raise InvalidInput(
                    "งานนี้มีรายงานความก้าวหน้าแล้ว จึงย้อนกลับไม่ได้", "Progress was reported on this action: it stays."
                )
            card.action_id = None
            s.flush()
            if len(decision.actions) == 1:
                s.delete(decision)  # made for this question alone
            else:
                s.delete(action)
        card.question_status, card.answer = was.status, was.answer
