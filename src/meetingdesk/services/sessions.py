"""Structured sessions: every facilitator action is one transaction, so a card is on disk before it is shown.

The stages and rules come from ``techniques/``; this module stores what happens in them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    CardKind,
    DecisionKind,
    Phase,
    QuestionStatus,
    RouteQuestionKind,
    SessionStatus,
    Technique,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.actions import check_due
from meetingdesk.services.guards import ensure_editable, get, required_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Card,
    Cluster,
    Decision,
    Finding,
    Participant,
    Project,
    RouteQuestion,
    TechniqueSession,
    Vote,
)
from meetingdesk.techniques.catalog import CATALOG, Stage
from meetingdesk.techniques.rules import Ballot, check_dots, parse_capture


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now()


def _session(s: Session, session_id: int, *, editing: bool = True) -> TechniqueSession:
    session = s.get(TechniqueSession, session_id)
    if session is None:
        from meetingdesk.domain.errors import NotFound

        raise NotFound(f"ไม่พบกิจกรรมรหัส {session_id}", f"No session with id {session_id}.")
    if editing:
        if session.status is SessionStatus.CLOSED:
            raise InvalidInput("กิจกรรมนี้ปิดแล้ว", "This session is closed.")
        if session.agenda_item is not None:
            ensure_editable(s, session.agenda_item.meeting_id)
    return session


def stage_of(session: TechniqueSession) -> Stage:
    return CATALOG[session.technique].stage(session.stage)


# --- the session itself ----------------------------------------------------------------------------------


def start_session(
    db: Database,
    technique: Technique,
    *,
    agenda_item_id: int | None = None,
    title: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Begin a session of ``technique`` on an agenda item (or on its own, as a workshop); returns its id."""
    spec = CATALOG[technique]
    with db.writing() as s:
        if agenda_item_id is not None:
            item = get(s, AgendaItem, agenda_item_id)
            ensure_editable(s, item.meeting_id)
            title = title or item.title
        session = TechniqueSession(
            technique=technique,
            agenda_item_id=agenda_item_id,
            title=title.strip(),
            stage=spec.stages[0].key,
            created_at=_now(now),
            timer_seconds=spec.stages[0].seconds,
        )
        s.add(session)
        s.flush()
        return session.id


def step(db: Database, session_id: int, delta: int = 1) -> str:
    """Move forward (or back, with -1) a stage; the countdown resets to the new stage's default."""
    with db.writing() as s:
        session = _session(s, session_id)
        stage = CATALOG[session.technique].step(session.stage, delta)
        session.stage = stage.key
        session.timer_seconds = stage.seconds
        session.timer_started_at = None
        return stage.key


def set_status(db: Database, session_id: int, status: SessionStatus, *, now: dt.datetime | None = None) -> None:
    """Pause (to resume another day), resume, or close; closing purges the cards deleted in it."""
    with db.writing() as s:
        session = _session(s, session_id, editing=status is not SessionStatus.ACTIVE)
        if status is SessionStatus.PAUSED and session.timer_started_at is not None:
            session.timer_seconds = remaining_seconds(session, _now(now))
            session.timer_started_at = None
        session.status = status
        if status is SessionStatus.CLOSED:
            for card in s.scalars(select(Card).where(Card.session_id == session_id, Card.deleted_at.is_not(None))):
                s.delete(card)


# --- the countdown ---------------------------------------------------------------------------------------


def remaining_seconds(session: TechniqueSession, now: dt.datetime) -> int:
    """Seconds left on the countdown (0 when it has run out; it never silently stops)."""
    if session.timer_seconds is None:
        return 0
    if session.timer_started_at is None:
        return session.timer_seconds
    elapsed = int((now - session.timer_started_at).total_seconds())
    return max(0, session.timer_seconds - elapsed)


def timer(
    db: Database, session_id: int, action: str, *, seconds: int | None = None, now: dt.datetime | None = None
) -> int:
    """``start`` (optionally with ``seconds``), ``pause``, or ``add_minute``; returns the seconds left.

    Start after a pause goes on with the time that was left (``seconds``, a question's allowance, counts only
    when nothing is left or the countdown is running); a minute added after time ran out gives a minute."""
    moment = _now(now)
    with db.writing() as s:
        session = _session(s, session_id)
        left = remaining_seconds(session, moment)
        if action == "start":
            paused_with_time_left = session.timer_started_at is None and left > 0
            allowance = seconds if seconds is not None else (stage_of(session).seconds or 300)
            session.timer_seconds = left if paused_with_time_left else allowance
            session.timer_started_at = moment
        elif action == "pause":
            session.timer_seconds, session.timer_started_at = left, None
        elif action == "add_minute":
            session.timer_seconds = left + 60  # counted from now: what ran out is not owed back
            if session.timer_started_at is not None:
                session.timer_started_at = moment
        else:
            raise ValueError(action)
        return remaining_seconds(session, moment)


# --- cards -------------------------------------------------------------------------------------------------


def add_card(
    db: Database,
    session_id: int,
    line: str,
    *,
    kind: CardKind | None = None,
    route_question_id: int | None = None,
    asked_to: str = "",
    now: dt.datetime | None = None,
) -> int:
    """What the facilitator typed becomes a card of the current stage (``P3: …`` attributes it); returns its id."""
    captured = parse_capture(line)
    text = required_text(captured.text, "ข้อความ", "text")
    with db.writing() as s:
        session = _session(s, session_id)
        stage = stage_of(session)
        card_kind = kind or stage.input
        if card_kind is None:
            raise InvalidInput(
                f"ขั้นตอน “{stage.title_th}” ไม่รับการพิมพ์ความคิดเห็น", f"The stage “{stage.title_en}” takes no typed cards."
            )
        position = s.scalar(select(func.coalesce(func.max(Card.position), 0)).where(Card.session_id == session_id))
        card = Card(
            session_id=session_id,
            stage=stage.key,
            kind=card_kind,
            text=text,
            position=(position or 0) + 1,
            participant_code=captured.participant_code,
            # a response answers the question being discussed; a conclusion is the group's, under no question
            route_question_id=None if card_kind is CardKind.CONCLUSION else route_question_id,
            asked_to=asked_to.strip(),
            question_status=QuestionStatus.OPEN if card_kind is CardKind.QUESTION else None,
            created_at=_now(now),
        )
        s.add(card)
        s.flush()
        return card.id


def edit_card(db: Database, card_id: int, text: str) -> None:
    text = required_text(text, "ข้อความ", "text")
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        card.text = text


def delete_card(db: Database, card_id: int, *, now: dt.datetime | None = None) -> None:
    """Delete a card; it stays recoverable (``restore_card``) until the session is closed. A question that became
    an action stays: the action would be left without the question it came from."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        if card.action_id is not None:
            raise InvalidInput(
                "คำถามนี้บันทึกเป็นงานที่ต้องติดตามแล้ว จึงลบไม่ได้ (ย้อนการบันทึกเป็นงานก่อน)",
                "This question became an action to follow up, so it cannot be deleted (take the action back first).",
            )
        card.deleted_at = _now(now)


def restore_card(db: Database, card_id: int) -> None:
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        card.deleted_at = None


def tag_card(db: Database, card_id: int, tags: list[str], *, quote: bool | None = None) -> None:
    """Codes (themes) on a focus-group response, and whether it is quotable."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        card.tags = "\n".join(dict.fromkeys(t.strip() for t in tags if t.strip()))
        if quote is not None:
            card.quote = quote


# --- clusters and votes ------------------------------------------------------------------------------------


def create_cluster(db: Database, session_id: int, name: str) -> int:
    name = required_text(name, "ชื่อกลุ่ม", "group name")
    with db.writing() as s:
        _session(s, session_id)
        count = s.scalar(select(func.count()).select_from(Cluster).where(Cluster.session_id == session_id)) or 0
        cluster = Cluster(session_id=session_id, name=name, position=count + 1)
        s.add(cluster)
        s.flush()
        return cluster.id


def rename_cluster(db: Database, cluster_id: int, name: str, *, conclusion: str | None = None) -> None:
    name = required_text(name, "ชื่อกลุ่ม", "group name")
    with db.writing() as s:
        cluster = get(s, Cluster, cluster_id)
        _session(s, cluster.session_id)
        cluster.name = name
        if conclusion is not None:
            cluster.conclusion = conclusion.strip()


def move_card(db: Database, card_id: int, cluster_id: int | None) -> int | None:
    """Put a card in a cluster (or take it out with None); returns the cluster it was in, for undo."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        if cluster_id is not None and get(s, Cluster, cluster_id).session_id != card.session_id:
            raise InvalidInput("กลุ่มนี้อยู่ในกิจกรรมอื่น", "That group belongs to another session.")
        previous = card.cluster_id
        card.cluster_id = cluster_id
        return previous


def set_vote_rules(db: Database, session_id: int, *, dots_per_participant: int, max_per_item: int) -> None:
    if dots_per_participant < 1 or max_per_item < 1:
        raise InvalidInput("จำนวนคะแนนต้องมากกว่าศูนย์", "Dot counts must be at least one.")
    with db.writing() as s:
        session = _session(s, session_id)
        session.dots_per_participant, session.max_dots_per_item = dots_per_participant, max_per_item


def _ballots(s: Session, session_id: int) -> list[Ballot]:
    return [
        Ballot(v.participant_code, ("card", v.card_id) if v.card_id else ("cluster", v.cluster_id or 0), v.dots)
        for v in s.scalars(select(Vote).where(Vote.session_id == session_id))
    ]


def cast_dots(
    db: Database,
    session_id: int,
    *,
    participant: str,
    card_id: int | None = None,
    cluster_id: int | None = None,
    dots: int = 1,
) -> int:
    """A participant's dots on a card or cluster, within the allowance and the per-item cap."""
    if (card_id is None) == (cluster_id is None):
        raise ValueError("vote on exactly one card or one cluster")
    with db.writing() as s:
        session = _session(s, session_id)
        target = ("card", card_id) if card_id else ("cluster", cluster_id)
        check_dots(
            _ballots(s, session_id),
            Ballot(participant.strip().upper(), target, dots),  # type: ignore[arg-type]
            per_participant=session.dots_per_participant,
            per_item=session.max_dots_per_item,
        )
        vote = Vote(session_id=session_id, card_id=card_id, cluster_id=cluster_id,
                    participant_code=participant.strip().upper(), dots=dots)  # fmt: skip
        s.add(vote)
        s.flush()
        return vote.id


def hand_count(
    db: Database, session_id: int, *, count: int, card_id: int | None = None, cluster_id: int | None = None
) -> None:
    """The room's show of hands for one item (replaces an earlier count for it)."""
    if count < 0:
        raise InvalidInput("จำนวนคะแนนต้องไม่ติดลบ", "A count cannot be negative.")
    with db.writing() as s:
        _session(s, session_id)
        old = s.scalars(
            select(Vote).where(
                Vote.session_id == session_id, Vote.participant_code == "",
                Vote.card_id.is_(card_id) if card_id is None else Vote.card_id == card_id,
                Vote.cluster_id.is_(cluster_id) if cluster_id is None else Vote.cluster_id == cluster_id,
            )
        )  # fmt: skip
        for vote in old:
            s.delete(vote)
        s.add(Vote(session_id=session_id, card_id=card_id, cluster_id=cluster_id, participant_code="", dots=count))


def reveal(db: Database, session_id: int, revealed: bool = True) -> None:
    with db.writing() as s:
        _session(s, session_id).votes_revealed = revealed


@dataclass(frozen=True)
class Ranked:
    kind: str  # card | cluster
    id: int
    text: str
    dots: int


def ranking(db: Database, session_id: int) -> list[Ranked]:
    """Clusters and unclustered cards by dots, most first (for the shortlist and the minutes)."""
    with db.reading() as s:
        return _ranking(s, session_id)


def _ranking(s: Session, session_id: int) -> list[Ranked]:
    dots: Counter[tuple[str, int]] = Counter()
    for v in s.scalars(select(Vote).where(Vote.session_id == session_id)):
        dots["card" if v.card_id else "cluster", v.card_id or v.cluster_id or 0] += v.dots
    rows = [
        Ranked("cluster", c.id, c.name, dots["cluster", c.id])
        for c in s.scalars(select(Cluster).where(Cluster.session_id == session_id))
    ]
    rows += [
        Ranked("card", c.id, c.text, dots["card", c.id])
        for c in s.scalars(
            select(Card).where(Card.session_id == session_id, Card.cluster_id.is_(None), Card.deleted_at.is_(None))
        )
        if dots["card", c.id]
    ]
    return sorted(rows, key=lambda r: (-r.dots, r.kind, r.id))


# --- focus group ---------------------------------------------------------------------------------------------


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


# --- synthesis -----------------------------------------------------------------------------------------------


def pull_findings(
    db: Database,
    session_id: int,
    *,
    phase: Phase | None = None,
    fiscal_year: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Bring project findings in as cards (filtered by phase and fiscal year); returns how many."""
    with db.writing() as s:
        session = _session(s, session_id)
        query = select(Finding).join(Project, Project.id == Finding.project_id)
        if phase is not None:
            query = query.where(Finding.phase == phase)
        if fiscal_year is not None:
            query = query.where(Project.fiscal_year == fiscal_year)
        have = set(
            s.scalars(select(Card.finding_id).where(Card.session_id == session_id, Card.finding_id.is_not(None)))
        )
        added = 0
        for finding in s.scalars(query.order_by(Finding.id)):
            if finding.id in have:
                continue
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=CardKind.FINDING, text=finding.text,
                       position=10_000 + finding.id, finding_id=finding.id, created_at=_now(now)))  # fmt: skip
        return added


def pull_cards(
    db: Database, session_id: int, from_session_id: int, *, tagged_only: bool = False, now: dt.datetime | None = None
) -> int:
    """Bring another session's cards (a brainstorm's ideas, a focus group's tagged responses) in as inputs."""
    with db.writing() as s:
        session = _session(s, session_id)
        _session(s, from_session_id, editing=False)
        have = set(s.scalars(select(Card.source_card_id).where(Card.session_id == session_id)))
        added = 0
        for card in s.scalars(select(Card).where(Card.session_id == from_session_id, Card.deleted_at.is_(None))):
            if card.id in have or (tagged_only and not card.tags):
                continue
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=card.kind, text=card.text,
                       position=20_000 + card.id, source_card_id=card.id, finding_id=card.finding_id,
                       participant_code=card.participant_code, tags=card.tags, created_at=_now(now)))  # fmt: skip
        return added


# --- su-ji-pu-li questions -----------------------------------------------------------------------------------


def answer_question(db: Database, card_id: int, answer: str = "", *, defer: bool = False) -> None:
    """Mark a queued question answered (with the answer's gist) or deferred for follow-up."""
    with db.writing() as s:
        card = get(s, Card, card_id)
        _session(s, card.session_id)
        if card.kind is not CardKind.QUESTION:
            raise InvalidInput("รายการนี้ไม่ใช่คำถาม", "That card is not a question.")
        card.answer = answer.strip() or card.answer  # deferring (or re-marking) keeps the answer already noted
        card.question_status = QuestionStatus.DEFERRED if defer else QuestionStatus.ANSWERED


# --- from the board to the record ----------------------------------------------------------------------------


def make_decision(
    db: Database,
    session_id: int,
    *,
    card_id: int | None = None,
    cluster_id: int | None = None,
    kind: DecisionKind = DecisionKind.ASSIGNED,
    owner_person_id: int | None = None,
    due: dt.date | None = None,
) -> int:
    """Draft a decision on the session's agenda item from a card or theme, linked to the findings it rests on.

    A deferred question becomes an action too (owner and due date when given).
    """
    with db.writing() as s:
        session = _session(s, session_id)
        if session.agenda_item is None:
            raise InvalidInput("กิจกรรมนี้ไม่ได้อยู่ในระเบียบวาระ จึงบันทึกเป็นมติไม่ได้", "This session is not on an agenda item.")
        if cluster_id is not None:
            cluster = get(s, Cluster, cluster_id)
            text = cluster.conclusion or cluster.name
            cards = list(s.scalars(select(Card).where(Card.cluster_id == cluster_id, Card.deleted_at.is_(None))))
        elif card_id is not None:
            card = get(s, Card, card_id)
            text = card.text
            cards = [card]
        else:
            raise ValueError("a card or a cluster")
        finding_ids = {c.finding_id for c in cards if c.finding_id}
        finding_ids |= {f.id for f in session.agenda_item.findings}
        decision = Decision(
            agenda_item_id=session.agenda_item.id,
            kind=kind,
            text=text,
            findings=[get(s, Finding, fid) for fid in sorted(finding_ids)],
        )
        s.add(decision)
        s.flush()
        question = cards[0] if card_id is not None and cards[0].kind is CardKind.QUESTION else None
        if question is not None:
            check_due(due, session.agenda_item.meeting.date)
            action = Action(decision_id=decision.id, title=question.text, owner_person_id=owner_person_id, due_date=due,
                            created_on=session.agenda_item.meeting.date)  # fmt: skip
            s.add(action)
            s.flush()
            question.action_id = action.id
            question.question_status = QuestionStatus.DEFERRED
        return decision.id


def write_summary(db: Database, session_id: int) -> str:
    """The conclusions and lessons of a session become its agenda item's summary in the minutes."""
    with db.writing() as s:
        session = _session(s, session_id)
        if session.agenda_item is None:
            raise InvalidInput("กิจกรรมนี้ไม่ได้อยู่ในระเบียบวาระ", "This session is not on an agenda item.")
        lines = outcome_lines(s, session)
        session.agenda_item.summary = "\n".join(lines)
        return session.agenda_item.summary


def outcome_lines(s: Session, session: TechniqueSession) -> list[str]:
    """A session's outcome in the words a secretary would write in the minutes."""
    cards = list(
        s.scalars(select(Card).where(Card.session_id == session.id, Card.deleted_at.is_(None)).order_by(Card.position))
    )
    technique = session.technique
    lines: list[str] = []
    if technique is Technique.BRAINSTORM:
        ranked = [r for r in _ranking(s, session.id) if r.kind == "cluster" or r.dots]
        lines.append(f"ที่ประชุมระดมความคิดเห็น ได้ความคิดเห็น {len(cards)} ข้อ จัดเป็น "
                     f"{sum(1 for r in ranked if r.kind == 'cluster')} กลุ่ม และลงคะแนนจัดลำดับ ดังนี้")  # fmt: skip
        lines += [f"{n}. {r.text} ({r.dots} คะแนน)" for n, r in enumerate(ranked, start=1)]
    elif technique is Technique.FOCUS_GROUP:
        questions = list(
            s.scalars(
                select(RouteQuestion).where(RouteQuestion.session_id == session.id).order_by(RouteQuestion.position)
            )
        )
        people = len({c.participant_code for c in cards if c.participant_code})
        lines.append(f"ที่ประชุมสนทนากลุ่ม (Focus Group) ผู้ร่วมสนทนา {people} คน สรุปผลตามประเด็นคำถาม ดังนี้")
        for n, q in enumerate(questions, start=1):
            answers = [c for c in cards if c.route_question_id == q.id and c.kind is not CardKind.CONCLUSION]
            themes = Counter(t for c in answers for t in c.tags.splitlines())
            summary = ", ".join(f"{t} ({k})" for t, k in themes.most_common()) or "ไม่มีประเด็นที่บันทึก"
            lines.append(f"{n}. {q.text} — ความคิดเห็น {len(answers)} ข้อ ประเด็นสำคัญ: {summary}")
        lines += [f"- {c.text}" for c in cards if c.kind is CardKind.CONCLUSION]
    elif technique is Technique.SYNTHESIS:
        clusters = list(s.scalars(select(Cluster).where(Cluster.session_id == session.id).order_by(Cluster.position)))
        lines.append(f"ที่ประชุมสังเคราะห์ผลจากข้อมูล {len(cards)} รายการ ได้ข้อสรุป {len(clusters)} ประเด็น ดังนี้")
        for n, c in enumerate(clusters, start=1):
            evidence = sum(1 for card in cards if card.cluster_id == c.id)
            lines.append(f"{n}. {c.name}: {c.conclusion or '-'} (หลักฐาน {evidence} รายการ)")
        recommendations = [c.text for c in cards if c.kind is CardKind.CONCLUSION]
        if recommendations:
            lines.append("ข้อเสนอแนะ")
            lines += [f"- {text}" for text in recommendations]
    else:  # su-ji-pu-li and group process
        lines += _sujipuli_lines(cards)
    return lines


def _sujipuli_lines(cards: list[Card]) -> list[str]:
    by_kind: dict[CardKind, list[Card]] = {}
    for card in cards:
        by_kind.setdefault(card.kind, []).append(card)
    lines: list[str] = []
    if key_points := by_kind.get(CardKind.KEY_POINT, []):
        lines.append("ประเด็นสำคัญจากการนำเสนอ")
        lines += [f"- {card.text}" for card in key_points]
    if asked := by_kind.get(CardKind.QUESTION, []):
        answered = sum(1 for q in asked if q.question_status is QuestionStatus.ANSWERED)
        lines.append(f"คำถามจากที่ประชุม {len(asked)} ข้อ ตอบแล้ว {answered} ข้อ ยกไปติดตาม {len(asked) - answered} ข้อ")
    if conclusions := by_kind.get(CardKind.CONCLUSION, []) + by_kind.get(CardKind.LESSON, []):
        lines.append("ข้อสรุปและบทเรียนที่ได้รับ")
        lines += [f"- {card.text}" for card in conclusions]
    return lines


def list_sessions(db: Database) -> list[dict[str, Any]]:
    """Every session with its technique, agenda item and counts (``meetingdesk list sessions``)."""
    counts = (
        select(Card.session_id, func.count().label("cards"))
        .where(Card.deleted_at.is_(None))
        .group_by(Card.session_id)
        .subquery()
    )
    clusters = select(Cluster.session_id, func.count().label("clusters")).group_by(Cluster.session_id).subquery()
    votes = (
        select(Vote.session_id, func.coalesce(func.sum(Vote.dots), 0).label("dots"))
        .group_by(Vote.session_id)
        .subquery()
    )
    query = (
        select(TechniqueSession, AgendaItem, counts.c.cards, clusters.c.clusters, votes.c.dots)
        .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
        .outerjoin(counts, counts.c.session_id == TechniqueSession.id)
        .outerjoin(clusters, clusters.c.session_id == TechniqueSession.id)
        .outerjoin(votes, votes.c.session_id == TechniqueSession.id)
        .order_by(TechniqueSession.id)
    )
    with db.reading() as s:
        return [
            {
                "id": session.id,
                "technique": session.technique.value,
                "title": session.title,
                "stage": session.stage,
                "status": session.status.value,
                "agenda_item_id": item.id if item else None,
                "agenda_item": f"{item.number} {item.title}" if item else None,
                "meeting_id": item.meeting_id if item else None,
                "cards": cards or 0,
                "clusters": n_clusters or 0,
                "dots": dots or 0,
            }
            for session, item, cards, n_clusters, dots in s.execute(query)
        ]


def focus_group_view(db: Database, session_id: int) -> Any:
    """The plain data of a focus-group report (``exports/focus_group.py``)."""
    from meetingdesk.exports.focus_group import FocusGroupView, QuestionView, Response
    from meetingdesk.storage.models import Office

    with db.reading() as s:
        session = _session(s, session_id, editing=False)
        if session.technique is not Technique.FOCUS_GROUP:
            raise InvalidInput("กิจกรรมนี้ไม่ใช่การสนทนากลุ่ม", "This session is not a focus group.")
        cards = list(s.scalars(
            select(Card).where(Card.session_id == session_id, Card.deleted_at.is_(None)).order_by(Card.position)
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
            participants=len(participants) or len({c.participant_code for c in cards if c.participant_code}),
            consented=sum(1 for p in participants if p.consent),
            questions=[
                QuestionView(
                    q.kind.label_th,
                    q.text,
                    q.minutes,
                    [
                        Response(c.participant_code, c.text, c.tags.splitlines(), c.quote)
                        for c in cards
                        if c.route_question_id == q.id and c.kind is not CardKind.CONCLUSION
                    ],
                )
                for q in questions
            ],
            conclusions=[c.text for c in cards if c.kind is CardKind.CONCLUSION],
        )
