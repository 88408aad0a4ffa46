"""The follow-up of a fiscal year's decisions, counted against the hand counts of ``report_office``."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.errors import InvalidInput, NotFound
from meetingdesk.services.followup import followup
from meetingdesk.storage.database import Database
from tests.services.report_office import FY, TODAY, counted_year


def test_every_body_counted_by_hand(db: Database) -> None:
    year = counted_year(db)
    view = followup(db, fiscal_year=FY, today=TODAY)
    assert [m.meeting_id for m in view.meetings] == year.meetings[:3]  # oldest first; FY 2570's left out
    t = view.totals
    assert (t.meetings, t.decisions, t.to_carry_out, t.carried_out, t.actions) == (3, 5, 4, 1, 6)
    assert t.by_status == {
        ActionStatus.DONE: 2,
        ActionStatus.IN_PROGRESS: 1,
        ActionStatus.NOT_STARTED: 2,
        ActionStatus.CANCELLED: 1,
    }
    assert (t.overdue, t.done_with_due, t.done_on_time) == (1, 2, 1)
    assert view.body == "" and view.office.startswith("สำนักงานเขตพื้นที่การศึกษา")


def test_each_action_has_its_owner_status_latest_note_and_completion(db: Database) -> None:
    year = counted_year(db)
    view = followup(db, fiscal_year=FY, today=TODAY)
    actions = {a.action_id: a for m in view.meetings for d in m.decisions for a in d.actions}
    a1, a2, a3, a5 = (actions[year.actions[k]] for k in ("a1", "a2", "a3", "a5"))
    assert (a1.owner, a1.status, a1.done_on, a1.on_time) == (
        "นายสมชาย ใจดี",
        ActionStatus.DONE,
        dt.date(2025, 11, 30),
        True,
    )
    assert (a1.progress, a1.progress_on) == ("ส่งมอบหนังสือครบแล้ว", dt.date(2025, 11, 30))
    assert (a2.overdue, a2.progress, a2.done_on, a2.on_time) == (True, "อยู่ระหว่างจัดซื้อ", None, None)
    assert (a3.done_on, a3.on_time) == (dt.date(2026, 3, 5), False)
    assert (a5.owner, a5.overdue, a5.progress) == ("", False, "")
    first = view.meetings[0]
    assert [(d.item, d.kind.value, len(d.actions)) for d in first.decisions] == [
        ("4.1", "noted", 0),
        ("5.1", "assigned", 2),
    ]


def test_one_body_and_the_fiscal_year_boundary(db: Database) -> None:
    year = counted_year(db)
    board = followup(db, fiscal_year=FY, body_id=year.office.board, today=TODAY)
    assert board.body == "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1"
    t = board.totals
    assert (t.meetings, t.decisions, t.to_carry_out, t.carried_out, t.actions) == (2, 4, 3, 1, 5)
    next_year = followup(db, fiscal_year=FY + 1, body_id=year.office.board, today=TODAY)
    assert [m.meeting_id for m in next_year.meetings] == [year.meetings[3]]
    assert next_year.totals.to_carry_out == 0


def test_refuses_a_gregorian_year_and_an_unknown_body(db: Database) -> None:
    counted_year(db)
    with pytest.raises(InvalidInput) as bad_year:
        followup(db, fiscal_year=2026)
    assert "2569" in bad_year.value.th
    with pytest.raises(NotFound):
        followup(db, fiscal_year=FY, body_id=999)
