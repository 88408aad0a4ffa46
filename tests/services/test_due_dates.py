"""Dates a user gives an action: a due date before the meeting, or a progress report dated before the action was
assigned, is refused with both dates named, and nothing is saved (never moved to another date)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.enums import DecisionKind, Technique
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import actions, meetings, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, ActionUpdate, Decision
from tests.services.helpers import new_meeting, small_office

MEETING_DAY = dt.date(2026, 11, 24)


@pytest.fixture
def decision(db: Database) -> int:
    o = small_office(db)
    meeting = new_meeting(db, o.board, MEETING_DAY)
    item = meetings.add_agenda_item(db, meeting, 5, "แผนนิเทศ")
    return meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายจัดทำแผน")


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_due_date_before_the_meeting_is_refused_and_nothing_saved(db: Database, decision: int) -> None:
    with pytest.raises(InvalidInput) as info:
        actions.add_action(db, decision, "จัดทำแผน", due_date=dt.date(2026, 11, 23))
    assert info.value.th == (
        "วันครบกำหนด 23 พฤศจิกายน พ.ศ. 2569 อยู่ก่อนวันประชุม 24 พฤศจิกายน พ.ศ. 2569 กรุณาเลือกวันตั้งแต่วันประชุมเป็นต้นไป"
    )
    assert "23/11/2569" in info.value.en and "24/11/2569" in info.value.en
    assert _count(db, Action) == 0
    # an action "created" later does not make an earlier due date acceptable either
    with pytest.raises(InvalidInput):
        actions.add_action(db, decision, "จัดทำแผน", due_date=dt.date(2026, 1, 5), created_on=dt.date(2026, 1, 1))
    assert _count(db, Action) == 0
    aid = actions.add_action(db, decision, "จัดทำแผน", due_date=MEETING_DAY)  # the meeting day itself is fine
    with db.reading() as s:
        action = s.get(Action, aid)
        assert action is not None and action.due_date == MEETING_DAY


def test_a_progress_report_dated_before_the_action_is_refused(db: Database, decision: int) -> None:
    aid = actions.add_action(db, decision, "จัดทำแผน", due_date=dt.date(2026, 12, 31))
    with pytest.raises(InvalidInput) as info:
        actions.update_action(db, aid, note="เริ่มแล้ว", on=dt.date(2026, 11, 1))
    assert "อยู่ก่อนวันที่มอบหมายงาน" in info.value.th
    assert _count(db, ActionUpdate) == 0
    actions.update_action(db, aid, note="เริ่มแล้ว", on=MEETING_DAY)
    assert _count(db, ActionUpdate) == 1


def test_a_session_s_deferred_question_with_a_due_date_before_the_meeting_is_refused(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, MEETING_DAY)
    item = meetings.add_agenda_item(db, meeting, 5, "ถามตอบ")
    sid = sessions.start_session(db, Technique.SUJIPULI, agenda_item_id=item)
    sessions.step(db, sid)
    sessions.step(db, sid)
    question = sessions.add_card(db, sid, "P2: ช่วยโรงเรียนเล็กอย่างไร")
    with pytest.raises(InvalidInput):
        sessions.make_decision(db, sid, card_id=question, due=dt.date(2026, 11, 20))
    assert _count(db, Action) == 0 and _count(db, Decision) == 0
