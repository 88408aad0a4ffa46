"""From the board to the record: decisions made from a theme or a card, and the outcome in the minutes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    CardKind,
    DecisionKind,
    QuestionStatus,
    Technique,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import fiscal_year
from meetingdesk.services.actions import new_action
from meetingdesk.services.decisions import DecisionDetail, Votes, check_votes, finding_choice
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.services.sessions._common import _session
from meetingdesk.services.sessions.votes import _ranking
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Card,
    Cluster,
    Decision,
    Finding,
    Participant,
    Project,
    RouteQuestion,
    TechniqueSession,
)
from meetingdesk.techniques.outcome import OutcomeCard, OutcomeGroup
from meetingdesk.techniques.outcome import outcome_lines as wording


def answer_question(db: Database, card_id: int, answer: str = "", *, defer: bool = False) -> None:
    """Mark a queued question answered (with the answer's gist) or deferred for follow-up."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        if card.kind is not CardKind.QUESTION:
            raise InvalidInput("รายการนี้ไม่ใช่คำถาม", "That card is not a question.")
        card.answer = answer.strip() or card.answer  # deferring (or re-marking) keeps the answer already noted
        card.question_status = QuestionStatus.DEFERRED if defer else QuestionStatus.ANSWERED


def _source(s: Session, card_id: int | None, cluster_id: int | None) -> tuple[Card | Cluster, str, list[Card]]:
    """The theme or card a decision is made from, its draft wording, and the cards it rests on."""
    if cluster_id is not None:
        cluster = get(s, Cluster, cluster_id)
        cards = list(s.scalars(select(Card).where(Card.cluster_id == cluster_id, Card.deleted_at.is_(None))))
        return cluster, cluster.conclusion or cluster.name, cards
    if card_id is not None:
        card = get(s, Card, card_id)
        return card, card.text, [card]
    raise ValueError("a card or a cluster")


def decision_draft(
    db: Database, session_id: int, *, card_id: int | None = None, cluster_id: int | None = None
) -> tuple[int | None, DecisionDetail]:
    """What "make a decision" on a theme or card starts from: the decision already made from it (its id, or
    None), and the draft (``id`` 0): the theme's conclusion (else its name) or the card's text as the wording,
    the findings its cards and the agenda item rest on ticked, the fiscal year's offered when there are none."""
    with db.reading() as s:
        session = _session(s, session_id, editing=False)
        item = _item_of(session)
        source, text, cards = _source(s, card_id, cluster_id)
        existing = source.decision_id if source.decision_id and s.get(Decision, source.decision_id) else None
        theirs = [get(s, Finding, c.finding_id) for c in cards if c.finding_id]  # what the theme's cards rest on
        offered = {f.id: f for f in [*theirs, *item.findings]}
        if not offered:
            year = fiscal_year(item.meeting.date)
            query = select(Finding).join(Project).where(Project.fiscal_year == year).order_by(Project.id, Finding.id)
            offered = {f.id: f for f in s.scalars(query)}
        # ticked: the theme's own findings; when it has none, those the agenda item took up
        ticked = theirs or list(item.findings)
        # the kind the item's section calls for: for information, noted; for consideration, approved
        kind = {4: DecisionKind.NOTED, 5: DecisionKind.APPROVED}.get(item.section, DecisionKind.ASSIGNED)
        return existing, DecisionDetail(
            id=0,
            kind=kind,
            text=text,
            votes=None,
            answered=tuple(dict.fromkeys(f.id for f in ticked)),
            candidates=tuple(finding_choice(f) for f in offered.values()),
        )


def _item_of(session: TechniqueSession) -> AgendaItem:
    if session.agenda_item is None:
        raise InvalidInput(
            "กิจกรรมนี้ไม่ได้อยู่ในระเบียบวาระ จึงบันทึกเป็นมติไม่ได้",
            "This session is not on an agenda item, so it makes no decision.",
        )
    return session.agenda_item


def make_decision(
    db: Database,
    session_id: int,
    *,
    card_id: int | None = None,
    cluster_id: int | None = None,
    kind: DecisionKind = DecisionKind.ASSIGNED,
    text: str | None = None,
    votes: Votes | None = None,
    finding_ids: list[int] | None = None,
    owner_person_id: int | None = None,
    owner_group_id: int | None = None,
    action_title: str = "",
    due: dt.date | None = None,
) -> int:
    """A decision on the session's agenda item from a theme or card (one transaction), remembered on it: made a
    second time, the decision already made is returned and nothing is added. Wording and findings default to the
    draft's (``decision_draft``). A question becomes an action too (its wording ``action_title``, else the
    question's; the owner, a person or a work group, and the due date when given)."""
    with db.writing() as s:
        session = _session(s, session_id)
        item = _item_of(session)
        source, draft, cards = _source(s, card_id, cluster_id)
        if source.decision_id and s.get(Decision, source.decision_id):
            return source.decision_id
        check_votes(s, item.meeting_id, votes)
        if finding_ids is None:
            finding_ids = [c.finding_id for c in cards if c.finding_id] + [f.id for f in item.findings]
        decision = Decision(
            agenda_item_id=item.id,
            kind=kind,
            text=(text or "").strip() or draft,
            findings=[get(s, Finding, fid) for fid in dict.fromkeys(finding_ids)],
        )
        decision.votes_for, decision.votes_against, decision.votes_abstain = votes or (None, None, None)
        s.add(decision)
        s.flush()
        source.decision_id = decision.id
        question = cards[0] if card_id is not None and cards[0].kind is CardKind.QUESTION else None
        if question is not None:
            action = new_action(
                s, decision, action_title.strip() or question.text, owner_person_id=owner_person_id,
                owner_group_id=owner_group_id, due_date=due,
            )  # fmt: skip
            question.action_id = action.id
            question.question_status = QuestionStatus.DEFERRED
        return decision.id


def take_back_decision(db: Database, decision_id: int) -> None:
    """Undo of "make a decision": the decision (and its actions) go; the theme or card forgets it (the
    foreign key's ON DELETE SET NULL), a question made an action is open again."""
    with db.writing() as s:
        decision = get(s, Decision, decision_id)
        ensure_editable(s, decision.agenda_item.meeting_id)
        for card in s.scalars(select(Card).where(Card.action_id.in_([a.id for a in decision.actions]))):
            card.action_id = None
            card.question_status = QuestionStatus.OPEN
        s.delete(decision)


def write_summary(db: Database, session_id: int) -> str:
    """The conclusions and lessons of a session become its agenda item's summary in the minutes (a closed
    session's too: its outcome is frozen, and this is where it goes)."""
    with db.writing() as s:
        session = _session(s, session_id, editing=False)
        if session.agenda_item is None:
            raise InvalidInput("กิจกรรมนี้ไม่ได้อยู่ในระเบียบวาระ", "This session is not on an agenda item.")
        ensure_editable(s, session.agenda_item.meeting_id)
        lines = outcome_lines(s, session)
        session.agenda_item.summary = "\n".join(lines)
        return session.agenda_item.summary


def outcome_lines(s: Session, session: TechniqueSession) -> list[str]:
    """A session's outcome in the words a secretary would write in the minutes (``techniques/outcome.py``)."""
    rows = list(  # a card the facilitator hid from the room stays out of the minutes too
        s.scalars(
            select(Card)
            .where(Card.session_id == session.id, Card.deleted_at.is_(None), ~Card.hidden)
            .order_by(Card.position)
        )
    )
    # codes are only counted (how many took part), never printed
    cards = [
        OutcomeCard(
            c.text,
            c.kind,
            c.participant_code,
            c.cluster_id,
            c.route_question_id,
            tuple(c.tags.splitlines()),
            c.question_status,
            c.asked_to,
            c.answer,
            c.action_id is not None,
        )
        for c in rows
    ]
    groups = [
        OutcomeGroup(c.id, c.name, c.conclusion)
        for c in s.scalars(select(Cluster).where(Cluster.session_id == session.id).order_by(Cluster.position))
    ]
    questions = [
        (q.id, q.text)
        for q in s.scalars(
            select(RouteQuestion).where(RouteQuestion.session_id == session.id).order_by(RouteQuestion.position)
        )
    ]
    ranked = _ranking(s, session.id) if session.technique is Technique.BRAINSTORM else None
    participants = s.scalar(select(func.count()).select_from(Participant).where(Participant.session_id == session.id))
    return wording(
        session.technique, cards, groups=groups, questions=questions, ranked=ranked, participants=participants or 0
    )
