"""Focus groups: the question route, the participants' codes and consent, and the report's data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from meetingdesk.domain.enums import (
    CardKind,
    RouteQuestionKind,
    Technique,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import get, required_text
from meetingdesk.services.sessions._common import _session
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Card,
    Participant,
    RouteQuestion,
)


def add_route_question(db: Database, session_id: int, kind: RouteQuestionKind, text: str, minutes: int = 5) -> int:
    text = required_text(text, "คำถาม", "question")
    if minutes < 0:
        raise InvalidInput("เวลาต้องไม่ติดลบ", "Time cannot be negative.")
    with db.writing() as s:
        _session(s, session_id)
        count = s.scalar(select(func.count()).select_from(RouteQuestion).where(RouteQuestion.session_id == session_id))
        question = RouteQuestion(
            session_id=session_id, kind=kind, text=text, minutes=minutes, position=(count or 0) + 1
        )
        s.add(question)
        s.flush()
        return question.id


def edit_route_question(db: Database, question_id: int, text: str, minutes: int) -> tuple[str, int]:
    """A question of the route corrected (its wording and time); its responses stay under it. Returns what it
    was, for undo."""
    text = required_text(text, "คำถาม", "question")
    if minutes < 0:
        raise InvalidInput("เวลาต้องไม่ติดลบ", "Time cannot be negative.")
    with db.writing() as s:
        question = get(s, RouteQuestion, question_id)
        _session(s, question.session_id)
        was = (question.text, question.minutes)
        question.text, question.minutes = text, minutes
        return was


def delete_route_question(db: Database, question_id: int) -> None:
    """A question added by mistake leaves the route; one that has responses stays (they would lose their
    question)."""
    with db.writing() as s:
        question = get(s, RouteQuestion, question_id)
        _session(s, question.session_id)
        answered = s.scalar(
            select(func.count())
            .select_from(Card)
            .where(Card.route_question_id == question_id, Card.deleted_at.is_(None))
        )
        if answered:
            raise InvalidInput(
                f"คำถามนี้มีความคิดเห็นแล้ว {answered} ข้อ จึงลบไม่ได้ (แก้ถ้อยคำได้)",
                f"This question has {answered} responses, so it stays (its wording can be corrected).",
            )
        s.delete(question)


def add_participant(
    db: Database, session_id: int, code: str, *, person_id: int | None = None, consent: bool = False
) -> int:
    code = required_text(code, "รหัสผู้เข้าร่วม", "participant code").upper()
    with db.writing() as s:
        _session(s, session_id)
        participant = Participant(session_id=session_id, code=code, person_id=person_id, consent=consent)
        s.add(participant)
        s.flush()
        return participant.id


def add_participants(db: Database, session_id: int, codes: list[str], *, consent: bool) -> list[int]:
    """Several participants' codes at once (one transaction), with whether they consented to the recording; a
    code already there has its consent updated."""
    wanted = [required_text(code, "รหัสผู้เข้าร่วม", "participant code").upper() for code in codes if code.strip()]
    with db.writing() as s:
        _session(s, session_id)
        known = {p.code: p for p in s.scalars(select(Participant).where(Participant.session_id == session_id))}
        ids = []
        for code in dict.fromkeys(wanted):
            participant = known.get(code) or Participant(session_id=session_id, code=code)
            participant.consent = consent
            s.add(participant)
            s.flush()
            ids.append(participant.id)
        return ids


def focus_group_view(db: Database, session_id: int) -> Any:
    """The plain data of a focus-group report (``exports/focus_group.py``)."""
    from meetingdesk.exports.focus_group import FocusGroupView, QuestionView, Response
    from meetingdesk.storage.models import Office

    with db.reading() as s:
        session = _session(s, session_id, editing=False)
        if session.technique is not Technique.FOCUS_GROUP:
            raise InvalidInput("กิจกรรมนี้ไม่ใช่การสนทนากลุ่ม", "This session is not a focus group.")
        cards = list(s.scalars(
            select(Card).where(Card.session_id == session_id, Card.deleted_at.is_(None), ~Card.hidden)
            .order_by(Card.position)
        ))  # fmt: skip
        questions = s.scalars(
            select(RouteQuestion).where(RouteQuestion.session_id == session_id).order_by(RouteQuestion.position)
        ).all()
        participants = list(s.scalars(select(Participant).where(Participant.session_id == session_id)))
        item = session.agenda_item
        meeting = item.meeting if item else None
        office = s.scalar(select(Office.name).order_by(Office.id).limit(1)) or ""
        return FocusGroupView(
            office=office,
            topic=session.title or (item.title if item else ""),
            body=meeting.body.name if meeting else "",
            date=meeting.date if meeting else session.created_at.date(),
            place=meeting.place if meeting else "",
            participants=len(
                {p.code for p in participants} | {c.participant_code for c in cards if c.participant_code}
            ),
            consented=sum(1 for p in participants if p.consent),
            questions=[
                QuestionView(
                    q.kind.label_th,
                    q.text,
                    q.minutes,
                    [
                        Response("" if session.anonymous else c.participant_code, c.text, c.tags.splitlines(), c.quote)
                        for c in cards
                        if c.route_question_id == q.id and c.kind is not CardKind.CONCLUSION
                    ],
                )
                for q in questions
            ],
            conclusions=[c.text for c in cards if c.kind is CardKind.CONCLUSION],
        )
