"""Structured sessions stored action by action: cards, clusters, votes, routes, synthesis, questions, outcomes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from meetingdesk.domain.enums import (
    ActionStatus,
    CardKind,
    CertificationMethod,
    DecisionKind,
    FindingKind,
    Phase,
    QuestionStatus,
    RouteQuestionKind,
    SessionStatus,
    Technique,
)
from meetingdesk.domain.errors import InvalidInput, NotFound, RecordFrozen
from meetingdesk.services import meetings, minutes, sessions
from meetingdesk.services.search import search
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, Card, Decision, Finding, Project, TechniqueSession
from tests.services.helpers import new_meeting, small_office

T0 = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def item(db: Database) -> int:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    with db.writing() as s:
        project = Project(fiscal_year=2569, name="โครงการอ่านออกเขียนได้")
        s.add(project)
        s.flush()
        for phase, text in ((Phase.BEFORE, "อ่านออกร้อยละ 70"), (Phase.AFTER, "อ่านออกร้อยละ 92")):
            s.add(Finding(project_id=project.id, phase=phase, kind=FindingKind.RESULT, text=text))
    return meetings.add_agenda_item(db, meeting, 5, "พิจารณาแนวทางส่งเสริมการอ่าน")


def _cards(db: Database, sid: int) -> list[Card]:
    with db.reading() as s:
        return list(s.scalars(select(Card).where(Card.session_id == sid).order_by(Card.position)))


def test_a_brainstorm_from_question_to_decision(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item, now=T0)
    with pytest.raises(InvalidInput):
        sessions.add_card(db, sid, "ยังไม่ถึงขั้นระดมความคิด")  # the framing stage takes no cards
    assert sessions.step(db, sid) == "generate"
    ids = [sessions.add_card(db, sid, line, now=T0) for line in ("P1: มุมหนังสือ", "P2: ค่ายภาษาไทย", "แบบฝึกอ่าน")]
    assert [(c.text, c.participant_code, c.kind) for c in _cards(db, sid)] == [
        ("มุมหนังสือ", "P1", CardKind.IDEA), ("ค่ายภาษาไทย", "P2", CardKind.IDEA), ("แบบฝึกอ่าน", "", CardKind.IDEA),
    ]  # fmt: skip
    sessions.step(db, sid)
    reading = sessions.create_cluster(db, sid, "การอ่าน")
    camp = sessions.create_cluster(db, sid, "กิจกรรม")
    assert sessions.move_card(db, ids[0], reading) is None
    sessions.move_card(db, ids[2], reading)
    sessions.move_card(db, ids[1], camp)
    sessions.step(db, sid)
    sessions.set_vote_rules(db, sid, dots_per_participant=2, max_per_item=1)
    sessions.cast_dots(db, sid, participant="p1", cluster_id=reading)
    sessions.cast_dots(db, sid, participant="P1", cluster_id=camp)
    with pytest.raises(InvalidInput):
        sessions.cast_dots(db, sid, participant="P1", cluster_id=reading)  # P1 has no dots left
    sessions.cast_dots(db, sid, participant="P2", cluster_id=reading)
    sessions.hand_count(db, sid, cluster_id=camp, count=4)
    sessions.hand_count(db, sid, cluster_id=camp, count=1)  # corrected, not added
    ranked = sessions.ranking(db, sid)
    assert [(r.text, r.dots) for r in ranked] == [("การอ่าน", 2), ("กิจกรรม", 2)]
    sessions.reveal(db, sid)
    decision_id = sessions.make_decision(db, sid, cluster_id=reading)
    with db.reading() as s:
        decision = s.get(Decision, decision_id)
        assert decision is not None and decision.text == "การอ่าน" and decision.agenda_item_id == item
    with db.reading() as s:
        session = s.get(TechniqueSession, sid)
        assert session is not None and session.votes_revealed
        lines = sessions.outcome_lines(s, session)
    assert lines[0] == "ที่ประชุมระดมความคิดเห็น ได้ความคิดเห็น 3 ข้อ จัดเป็น 2 กลุ่ม และลงคะแนนจัดลำดับ ดังนี้"
    assert lines[1] == "1. การอ่าน (2 คะแนน)"


def test_a_drop_of_many_cards_reads_them_in_three_queries(db: Database, item: int) -> None:
    """Cards dropped on groups: the cards with their session, the groups and the record's certification are
    read once for the whole drop (a query per card before); the undo puts each card back; a group of another
    session or a card that is not there refuses the whole drop."""
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item, now=T0)
    sessions.step(db, sid)
    ids = [sessions.add_card(db, sid, f"P{n % 5 + 1}: ความคิดที่ {n}", now=T0) for n in range(12)]
    reading = sessions.create_cluster(db, sid, "การอ่าน")
    camp = sessions.create_cluster(db, sid, "กิจกรรม")
    moves = {**dict.fromkeys(ids[:10], reading), ids[10]: camp}
    seen: list[str] = []

    def statement(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        seen.append(" ".join(sql.split()))

    event.listen(db.engine, "before_cursor_execute", statement)
    try:
        previous = sessions.move_cards(db, moves)
    finally:
        event.remove(db.engine, "before_cursor_execute", statement)
    assert previous == dict.fromkeys(ids[:11])
    reads = [sql for sql in seen if sql.upper().startswith("SELECT") and " FROM " in sql.upper()]
    assert len(reads) == 3, reads
    assert [c.cluster_id for c in _cards(db, sid)] == [reading] * 10 + [camp, None]
    assert sessions.move_cards(db, previous) == moves  # the undo
    assert [c.cluster_id for c in _cards(db, sid)] == [None] * 12
    elsewhere = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item, now=T0)
    foreign = sessions.create_cluster(db, elsewhere, "อื่น ๆ")
    with pytest.raises(InvalidInput):
        sessions.move_cards(db, {ids[0]: reading, ids[1]: foreign})
    with pytest.raises(NotFound):
        sessions.move_cards(db, {ids[0]: reading, max(ids) + 100: reading})
    assert [c.cluster_id for c in _cards(db, sid)] == [None] * 12  # nothing of a refused drop stays
    assert sessions.move_cards(db, {}) == {}


def test_deleted_cards_come_back_until_the_session_closes(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)
    card = sessions.add_card(db, sid, "ความคิดที่พิมพ์ผิด")
    sessions.delete_card(db, card)
    assert not any(h.kind == "card" for h in search(db, "พิมพ์ผิด"))
    sessions.restore_card(db, card)
    assert [h.id for h in search(db, "พิมพ์ผิด") if h.kind == "card"] == [card]
    sessions.delete_card(db, card)
    sessions.set_status(db, sid, SessionStatus.CLOSED)
    assert _cards(db, sid) == []
    with pytest.raises(InvalidInput):
        sessions.add_card(db, sid, "ปิดแล้ว")


def test_pause_and_resume_another_day_keeps_the_countdown(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.SUJIPULI, agenda_item_id=item, now=T0)
    sessions.step(db, sid)  # think: 180 s
    assert sessions.timer(db, sid, "start", now=T0) == 180
    assert sessions.timer(db, sid, "add_minute", now=T0 + dt.timedelta(seconds=30)) == 210
    sessions.set_status(db, sid, SessionStatus.PAUSED, now=T0 + dt.timedelta(seconds=100))
    with db.reading() as s:
        session = s.get(TechniqueSession, sid)
        assert session is not None
        assert sessions.remaining_seconds(session, T0 + dt.timedelta(days=1)) == 140  # frozen while paused
    sessions.set_status(db, sid, SessionStatus.ACTIVE)
    tomorrow = T0 + dt.timedelta(days=1)
    sessions.timer(db, sid, "start", now=tomorrow)
    with db.reading() as s:
        session = s.get(TechniqueSession, sid)
        assert session is not None and session.stage == "think"
        assert sessions.remaining_seconds(session, tomorrow + dt.timedelta(seconds=40)) == 100
        assert sessions.remaining_seconds(session, tomorrow + dt.timedelta(hours=1)) == 0  # ran out, still shown


def test_a_minute_added_after_time_ran_out_is_a_minute_and_start_after_pause_goes_on(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.FOCUS_GROUP, agenda_item_id=item, now=T0)
    sessions.step(db, sid)  # discuss: a question's allowance, 10 minutes
    assert sessions.timer(db, sid, "start", seconds=600, now=T0) == 600
    ran_out = T0 + dt.timedelta(seconds=619)  # 19 s past the end
    assert sessions.timer(db, sid, "add_minute", now=ran_out) == 60  # not 41
    assert sessions.timer(db, sid, "pause", now=ran_out + dt.timedelta(seconds=20)) == 40
    # Start after Pause goes on with the 40 s left, not the question's whole allowance again
    assert sessions.timer(db, sid, "start", seconds=600, now=ran_out + dt.timedelta(minutes=5)) == 40
    out = ran_out + dt.timedelta(minutes=6)  # run out again: Start begins the allowance anew
    assert sessions.timer(db, sid, "start", seconds=600, now=out) == 600


def test_focus_group_route_codes_tags_and_summary(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.FOCUS_GROUP, agenda_item_id=item)
    key = sessions.add_route_question(db, sid, RouteQuestionKind.KEY, "อะไรทำให้อ่านไม่ออก", 15)
    sessions.add_participant(db, sid, "p1", consent=True)
    sessions.step(db, sid)
    a = sessions.add_card(db, sid, "P1: ครูไม่พอ", route_question_id=key)
    b = sessions.add_card(db, sid, "P2: สื่อไม่พอ", route_question_id=key)
    sessions.tag_card(db, a, ["อัตรากำลัง", "อัตรากำลัง", " "], quote=True)
    sessions.tag_card(db, b, ["สื่อ"])
    sessions.step(db, sid)  # summary: conclusions are the group's own, not responses to the last question
    sessions.add_card(db, sid, "ต้องเพิ่มอัตรากำลังครู", route_question_id=key)
    sessions.add_card(db, sid, "ต้องจัดสรรสื่อการอ่าน", route_question_id=key)
    summary = sessions.write_summary(db, sid)
    assert summary.splitlines()[0] == "ที่ประชุมสนทนากลุ่ม (Focus Group) ผู้ร่วมสนทนา 2 คน สรุปผลตามประเด็นคำถาม ดังนี้"
    assert summary.splitlines()[1:] == [
        "1. อะไรทำให้อ่านไม่ออก (ความคิดเห็น 2 ข้อ)", "ประเด็นสำคัญ: อัตรากำลัง (1), สื่อ (1)",
        "- ครูไม่พอ", "- สื่อไม่พอ",  # what was said, never who said it
        "ข้อสรุปของการสนทนากลุ่ม", "- ต้องเพิ่มอัตรากำลังครู", "- ต้องจัดสรรสื่อการอ่าน",
    ]  # fmt: skip
    assert [c.quote for c in _cards(db, sid)][:2] == [True, False]
    assert [len(q.responses) for q in sessions.focus_group_view(db, sid).questions] == [2]  # the report too


def test_synthesis_pulls_findings_by_phase_and_links_decisions_to_them(db: Database, item: int) -> None:
    source = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, source)
    sessions.add_card(db, source, "ควรมีมุมหนังสือ")
    sid = sessions.start_session(db, Technique.SYNTHESIS, agenda_item_id=item)
    assert sessions.pull_findings(db, sid, phase=Phase.AFTER) == 1
    assert sessions.pull_findings(db, sid, phase=Phase.AFTER) == 0  # not twice
    assert sessions.pull_cards(db, sid, source) == 1
    cards = _cards(db, sid)
    assert [c.text for c in cards] == ["อ่านออกร้อยละ 92", "ควรมีมุมหนังสือ"]
    sessions.step(db, sid)
    theme = sessions.create_cluster(db, sid, "การอ่าน")
    for card in cards:
        sessions.move_card(db, card.id, theme)
    sessions.rename_cluster(db, theme, "การอ่าน", conclusion="ผลการอ่านดีขึ้น ควรขยายผล")
    decision_id = sessions.make_decision(db, sid, cluster_id=theme, kind=DecisionKind.APPROVED)
    with db.reading() as s:
        decision = s.get(Decision, decision_id)
        assert decision is not None
        assert decision.text == "ผลการอ่านดีขึ้น ควรขยายผล"
        assert [f.text for f in decision.findings] == ["อ่านออกร้อยละ 92"]


def test_sujipuli_questions_and_the_write_up(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.SUJIPULI, agenda_item_id=item)
    sessions.add_card(db, sid, "ผลการอ่านดีขึ้น")
    sessions.step(db, sid)
    sessions.step(db, sid)
    answered = sessions.add_card(db, sid, "P1: สื่อมาเมื่อไร", asked_to="ผอ.กลุ่ม")
    deferred = sessions.add_card(db, sid, "P2: ช่วยโรงเรียนเล็กอย่างไร")
    sessions.answer_question(db, answered, "ธันวาคม")
    decision_id = sessions.make_decision(db, sid, card_id=deferred, due=dt.date(2026, 12, 20))
    with db.reading() as s:
        action = s.scalars(select(Action).where(Action.decision_id == decision_id)).one()
        assert (action.title, action.status, action.due_date) == (
            "ช่วยโรงเรียนเล็กอย่างไร",
            ActionStatus.NOT_STARTED,
            dt.date(2026, 12, 20),
        )
    questions = [c for c in _cards(db, sid) if c.kind is CardKind.QUESTION]
    assert [(q.question_status, q.asked_to) for q in questions] == [
        (QuestionStatus.ANSWERED, "ผอ.กลุ่ม"), (QuestionStatus.DEFERRED, ""),
    ]  # fmt: skip
    sessions.step(db, sid)
    sessions.add_card(db, sid, "เร่งนิเทศโรงเรียนเล็ก")
    summary = sessions.write_summary(db, sid).splitlines()
    assert summary == [
        "ประเด็นสำคัญจากการนำเสนอ", "- ผลการอ่านดีขึ้น",
        "ผู้เข้าประชุมซักถาม 2 ข้อ ได้รับคำชี้แจง 1 ข้อ ดังนี้",
        "1. สื่อมาเมื่อไร (ถามผอ.กลุ่ม) — ชี้แจงว่า ธันวาคม",
        "2. ช่วยโรงเรียนเล็กอย่างไร — มอบหมายให้ดำเนินการและติดตามผล",
        "ข้อสรุปและบทเรียนที่ได้รับ", "- เร่งนิเทศโรงเรียนเล็ก",
    ]  # fmt: skip


def test_a_certified_meeting_freezes_its_sessions(db: Database, item: int) -> None:
    sid = sessions.start_session(db, Technique.GROUP_PROCESS, agenda_item_id=item)
    with db.reading() as s:
        session = s.get(TechniqueSession, sid)
        assert session is not None and session.agenda_item is not None
        meeting_id = session.agenda_item.meeting_id
    minutes.certify(db, meeting_id, method=CertificationMethod.CIRCULATION, on=dt.date(2026, 12, 1))
    with pytest.raises(RecordFrozen):
        sessions.add_card(db, sid, "หลังรับรองแล้ว")


def test_demo_sessions_are_listed_and_appear_in_the_minutes(demo_db: Database) -> None:
    from meetingdesk.services.documents import meeting_view

    listed = sessions.list_sessions(demo_db)
    assert {s["technique"] for s in listed} == {"brainstorm", "focus_group", "synthesis", "sujipuli"}
    assert {s["status"] for s in listed} == {"closed", "active"}
    finished = [s for s in listed if s["status"] == "closed"]
    assert len({s["technique"] for s in finished}) == 4 and all(s["cards"] for s in finished)
    view = meeting_view(demo_db, finished[0]["meeting_id"])
    outcome = [i.summary for section in view.sections for i in section.items if i.summary]  # put in the minutes
    assert outcome and outcome[0].startswith("ที่ประชุมสนทนากลุ่ม (Focus Group)")
