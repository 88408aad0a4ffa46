"""What the facilitator's console shows of a session, read in one transaction as plain rows (no ORM objects
leave here), so the widgets hold no database session."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import CardKind, QuestionStatus, RouteQuestionKind, SessionStatus, Technique
from meetingdesk.services.sessions._common import _session
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Card,
    Cluster,
    Finding,
    Participant,
    Project,
    RouteQuestion,
    TechniqueSession,
    Vote,
)


@dataclass(frozen=True)
class SessionState:
    id: int
    technique: Technique
    title: str
    stage: str
    status: SessionStatus
    anonymous: bool
    votes_revealed: bool
    dots_per_participant: int
    max_dots_per_item: int
    timer_seconds: int | None
    timer_started_at: dt.datetime | None
    on_agenda: bool
    meeting_id: int | None = None  # the meeting whose agenda item the session is on


@dataclass(frozen=True)
class CardView:
    id: int
    text: str
    code: str  # "" when not given, and always "" in an anonymous session
    cluster_id: int | None
    kind: CardKind
    tags: tuple[str, ...] = ()
    question: int = 0  # a focus-group response: the number of the question it answers (1, 2 …), else 0
    question_id: int | None = None  # … and that question's id
    project: str = ""  # a finding brought in: its project's name
    quote: bool = False
    question_status: QuestionStatus | None = None
    dots: int = 0
    decision_id: int | None = None
    asked_to: str = ""  # a su-ji-pu-li question: whom it was asked, its answer's gist, and if it became an action
    answer: str = ""
    became_action: bool = False
    from_room: bool = False  # sent from a participant's phone
    hidden: bool = False  # hidden from the room by the facilitator (the console still shows it)


@dataclass(frozen=True)
class ClusterView:
    id: int
    name: str
    conclusion: str
    dots: int
    decision_id: int | None


@dataclass(frozen=True)
class BoardView:
    session: SessionState
    cards: tuple[CardView, ...]
    clusters: tuple[ClusterView, ...]


def session_state(db: Database, session_id: int) -> SessionState:
    with db.reading() as s:
        return _state(_session(s, session_id, editing=False))


def _state(session: TechniqueSession) -> SessionState:
    return SessionState(
        id=session.id, technique=session.technique, title=session.title, stage=session.stage,
        status=session.status, anonymous=session.anonymous, votes_revealed=session.votes_revealed,
        dots_per_participant=session.dots_per_participant, max_dots_per_item=session.max_dots_per_item,
        timer_seconds=session.timer_seconds, timer_started_at=session.timer_started_at,
        on_agenda=session.agenda_item_id is not None,
        meeting_id=session.agenda_item.meeting_id if session.agenda_item is not None else None,
    )  # fmt: skip


def board_view(db: Database, session_id: int) -> BoardView:
    """The session, its cards (not deleted) in capture order with their tags, question and project, and its
    clusters in order, with the dots on each (the console decides what the room may see)."""
    with db.reading() as s:
        session = _session(s, session_id, editing=False)
        dots: Counter[tuple[str, int]] = Counter()
        for vote in s.scalars(select(Vote).where(Vote.session_id == session_id)):
            dots["card" if vote.card_id else "cluster", vote.card_id or vote.cluster_id or 0] += vote.dots
        questions = {
            q_id: n
            for n, q_id in enumerate(
                s.scalars(
                    select(RouteQuestion.id)
                    .where(RouteQuestion.session_id == session_id)
                    .order_by(RouteQuestion.position)
                ),
                start=1,
            )
        }
        projects = dict(
            s.execute(
                select(Card.id, Project.name)
                .join(Finding, Finding.id == Card.finding_id)
                .join(Project, Project.id == Finding.project_id)
                .where(Card.session_id == session_id)
            ).all()
        )
        cards = tuple(
            CardView(
                id=c.id,
                text=c.text,
                code="" if session.anonymous else c.participant_code,
                cluster_id=c.cluster_id,
                kind=c.kind,
                tags=tuple(c.tags.splitlines()),
                question=questions.get(c.route_question_id or 0, 0),
                question_id=c.route_question_id,
                project=projects.get(c.id, ""),
                quote=c.quote,
                question_status=c.question_status,
                dots=dots["card", c.id],
                decision_id=c.decision_id,
                asked_to=c.asked_to,
                answer=c.answer,
                became_action=c.action_id is not None,
                from_room=c.from_room,
                hidden=c.hidden,
            )
            for c in s.scalars(
                select(Card).where(Card.session_id == session_id, Card.deleted_at.is_(None)).order_by(Card.position)
            )
        )
        clusters = tuple(
            ClusterView(c.id, c.name, c.conclusion, dots["cluster", c.id], c.decision_id)
            for c in s.scalars(select(Cluster).where(Cluster.session_id == session_id).order_by(Cluster.position))
        )
        return BoardView(_state(session), cards, clusters)


def card_view(db: Database, card_id: int) -> CardView:
    """One card as the board shows it (after Enter: the card just saved)."""
    with db.reading() as s:
        card = s.get(Card, card_id)
        if card is None:
            from meetingdesk.domain.errors import NotFound

            raise NotFound(f"ไม่พบการ์ดรหัส {card_id}", f"No card with id {card_id}.")
        return _card_view(s, card)


def _card_view(s: Session, card: Card) -> CardView:
    """``card_view`` of a card the caller's transaction holds."""
    question: int | None = 0
    if card.route_question_id is not None:
        asked = s.get(RouteQuestion, card.route_question_id)
        question = (
            s.scalar(
                select(func.count())
                .select_from(RouteQuestion)
                .where(RouteQuestion.session_id == card.session_id, RouteQuestion.position <= asked.position)
            )
            if asked
            else 0
        )
    return CardView(
        id=card.id, text=card.text, code=card.participant_code, cluster_id=card.cluster_id, kind=card.kind,
        tags=tuple(card.tags.splitlines()), question=int(question or 0), question_id=card.route_question_id,
        quote=card.quote, question_status=card.question_status, asked_to=card.asked_to,
        from_room=card.from_room, hidden=card.hidden,
    )  # fmt: skip


@dataclass(frozen=True)
class RouteQuestionView:
    id: int
    kind: RouteQuestionKind
    text: str
    minutes: int
    responses: int


@dataclass(frozen=True)
class RouteView:
    """A focus group's question route with the responses to each, the question last answered, and who takes
    part (code, consented)."""

    questions: tuple[RouteQuestionView, ...]
    last_answered: int | None
    participants: tuple[tuple[str, bool], ...]


def route_view(db: Database, session_id: int) -> RouteView:
    with db.reading() as s:
        _session(s, session_id, editing=False)
        counts = Counter(
            s.scalars(
                select(Card.route_question_id).where(
                    Card.session_id == session_id, Card.deleted_at.is_(None), Card.route_question_id.is_not(None)
                )
            )
        )
        last = s.scalar(
            select(Card.route_question_id)
            .where(Card.session_id == session_id, Card.route_question_id.is_not(None))
            .order_by(Card.id.desc())
            .limit(1)
        )
        questions = tuple(
            RouteQuestionView(q.id, q.kind, q.text, q.minutes, counts.get(q.id, 0))
            for q in s.scalars(
                select(RouteQuestion).where(RouteQuestion.session_id == session_id).order_by(RouteQuestion.position)
            )
        )
        people = s.execute(
            select(Participant.code, Participant.consent)
            .where(Participant.session_id == session_id)
            .order_by(Participant.id)
        ).all()
        return RouteView(questions, last, tuple((code, consent) for code, consent in people))


def other_sessions(db: Database, session_id: int) -> list[tuple[int, Technique, str]]:
    """The sessions a synthesis can bring cards from (id, technique, title), newest first."""
    with db.reading() as s:
        rows = s.execute(
            select(TechniqueSession.id, TechniqueSession.technique, TechniqueSession.title)
            .where(TechniqueSession.id != session_id)
            .order_by(TechniqueSession.id.desc())
        )
        return [(sid, technique, title) for sid, technique, title in rows]
