"""What a session brings in and gives out: findings by project (the same wording once), another session's cards
with their groups, and anonymity kept in everything that leaves the session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from meetingdesk.domain.enums import FindingKind, Phase, RouteQuestionKind, Technique
from meetingdesk.services import meetings, projects, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Cluster
from tests.services.helpers import new_meeting, small_office


def _item(db: Database) -> int:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    return meetings.add_agenda_item(db, meeting, 5, "สังเคราะห์ผลการพัฒนาการอ่าน")


def _cards(db: Database, session_id: int) -> list[Card]:
    with db.reading() as s:
        cards = list(s.scalars(select(Card).where(Card.session_id == session_id).order_by(Card.position)))
        s.expunge_all()
        return cards


def test_findings_come_in_by_project_labelled_and_the_same_wording_once(db: Database) -> None:
    item = _item(db)
    reading = projects.add_project(db, 2569, "โครงการส่งเสริมการอ่าน")
    teachers = projects.add_project(db, 2569, "โครงการพัฒนาครู")
    older = projects.add_project(db, 2568, "โครงการเดิม")
    for project, text in ((reading, "นักเรียนอ่านคล่องร้อยละ 72"), (reading, "ครูมีสื่อไม่พอ"),
                          (teachers, "ครูมีสื่อไม่พอ "), (teachers, "ครูได้รับการนิเทศทุกเดือน"),
                          (older, "ผลปีก่อน")):  # fmt: skip
        projects.add_finding(db, project, Phase.AFTER, FindingKind.RESULT, text)
    sid = sessions.start_session(db, Technique.SYNTHESIS, agenda_item_id=item)
    assert sessions.pull_findings(db, sid, project_id=reading) == 2
    assert sessions.pull_findings(db, sid, fiscal_year=2569) == 1  # "ครูมีสื่อไม่พอ " is the same finding
    shown = [(c.project, c.text) for c in sessions.board_view(db, sid).cards]
    assert shown == [
        ("โครงการส่งเสริมการอ่าน", "นักเรียนอ่านคล่องร้อยละ 72"),
        ("โครงการส่งเสริมการอ่าน", "ครูมีสื่อไม่พอ"),
        ("โครงการพัฒนาครู", "ครูได้รับการนิเทศทุกเดือน"),
    ]


def test_cards_pulled_from_another_session_keep_their_group_and_an_anonymous_ones_lose_their_codes(
    db: Database,
) -> None:
    item = _item(db)
    brainstorm = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, brainstorm)
    first = sessions.add_card(db, brainstorm, "P1: มุมหนังสือทุกห้อง")
    sessions.add_card(db, brainstorm, "P2: ค่ายภาษาไทย")
    sessions.move_card(db, first, sessions.create_cluster(db, brainstorm, "การอ่าน"))
    sessions.set_anonymous(db, brainstorm, True)
    synthesis = sessions.start_session(db, Technique.SYNTHESIS, agenda_item_id=item)
    sessions.create_cluster(db, synthesis, "การอ่าน")  # a group of the same name is the one they join
    assert sessions.pull_cards(db, synthesis, brainstorm) == 2
    with db.reading() as s:
        groups = {c.id: c.name for c in s.scalars(select(Cluster).where(Cluster.session_id == synthesis))}
    pulled = [(c.participant_code, c.text, groups.get(c.cluster_id or 0)) for c in _cards(db, synthesis)]
    assert pulled == [("", "มุมหนังสือทุกห้อง", "การอ่าน"), ("", "ค่ายภาษาไทย", None)]
    assert len(groups) == 1
    assert sessions.pull_cards(db, synthesis, brainstorm) == 0  # twice brings nothing twice


def test_an_anonymous_focus_group_reports_no_codes(db: Database) -> None:
    sid = sessions.start_session(db, Technique.FOCUS_GROUP, agenda_item_id=_item(db), anonymous=True)
    question = sessions.add_route_question(db, sid, RouteQuestionKind.KEY, "อะไรช่วยให้อ่านคล่อง")
    sessions.step(db, sid)
    sessions.add_card(db, sid, "P4: ครูอ่านให้ฟังทุกเช้า", route_question_id=question)
    assert [c.participant_code for c in _cards(db, sid)] == [""]  # never stored
    sessions.set_anonymous(db, sid, False)
    sessions.add_card(db, sid, "P5: ผู้ปกครองช่วยอ่าน", route_question_id=question)
    sessions.set_anonymous(db, sid, True)  # turned on again: the code stored meanwhile is never shown
    view = sessions.focus_group_view(db, sid)
    assert [r.code for q in view.questions for r in q.responses] == ["", ""]
    assert [c.code for c in sessions.board_view(db, sid).cards] == ["", ""]
