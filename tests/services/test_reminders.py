"""Reminders: open actions overdue (the tracker's one rule) and those due within seven days, today included;
done, cancelled and undated actions are never reminded of."""

from __future__ import annotations

import datetime as dt

from meetingdesk.domain.enums import ActionStatus, DecisionKind
from meetingdesk.services import actions, meetings, reminders, tracker
from meetingdesk.storage.database import Database
from tests.services.helpers import new_meeting, small_office

TODAY = dt.date(2026, 3, 10)  # a Tuesday


def test_overdue_and_due_this_week(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 15))
    item = meetings.add_agenda_item(db, meeting, 5, "แผนนิเทศ")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายจัดทำแผน")

    def add(title: str, due: dt.date | None, status: ActionStatus | None = None, **owner: int) -> int:
        aid = actions.add_action(db, decision, title, due_date=due, **owner)
        if status is not None:
            actions.update_action(db, aid, status=status, on=dt.date(2026, 1, 20))
        return aid

    late_long = add("ส่งรายงาน", dt.date(2026, 2, 1), owner_person_id=o.secretary)
    late_day = add("ประชุมกลุ่ม", TODAY - dt.timedelta(days=1), ActionStatus.IN_PROGRESS)
    add("เสร็จแล้ว", dt.date(2026, 2, 1), ActionStatus.DONE)
    add("ยกเลิก", dt.date(2026, 2, 1), ActionStatus.CANCELLED)
    add("ไม่มีกำหนด", None)
    due_today = add("วันนี้", TODAY)
    due_sixth = add("อีกหกวัน", TODAY + dt.timedelta(days=6))
    add("อีกเจ็ดวัน", TODAY + dt.timedelta(days=7))
    add("เสร็จก่อนกำหนด", TODAY + dt.timedelta(days=2), ActionStatus.DONE)

    found = reminders.due(db, today=TODAY)
    assert [r.action_id for r in found.overdue] == [late_long, late_day]
    assert [r.action_id for r in found.this_week] == [due_today, due_sixth]
    first = found.overdue[0]
    assert (first.action, first.owner, first.meeting, first.status) == (
        "ส่งรายงาน",
        "นางสุภาพร ศรีสุข",
        "1/2569",
        ActionStatus.NOT_STARTED,
    )
    assert first.days_from(TODAY) == -37 and found.this_week[1].days_from(TODAY) == 6
    assert first.body == "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1" and first.meeting_id == meeting
    # the tracker's overdue filter is the same rule
    keys = tracker.tracker_keys(db, tracker.TrackerFilter(overdue=True), today=TODAY)
    assert sorted(a for _d, a in keys) == sorted(r.action_id for r in found.overdue)
    assert found
    assert not reminders.due(db, today=dt.date(2026, 1, 15))  # nothing due yet that day


def test_a_limit_keeps_the_most_urgent_rows_and_counts_them_all(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 15))
    item = meetings.add_agenda_item(db, meeting, 5, "แผนนิเทศ")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายจัดทำแผน")
    late = [actions.add_action(db, decision, f"งาน {n}", due_date=dt.date(2026, 2, n)) for n in (9, 3, 5, 1)]
    soon = [actions.add_action(db, decision, f"ใกล้ {n}", due_date=TODAY + dt.timedelta(days=n)) for n in (4, 0, 2)]
    found = reminders.due(db, today=TODAY, limit=2)
    assert [r.action_id for r in found.overdue] == [late[3], late[1]]
    assert [r.action_id for r in found.this_week] == [soon[1], soon[2]]
    assert (found.overdue_total, found.this_week_total) == (4, 3)
    whole = reminders.due(db, today=TODAY)
    assert (len(whole.overdue), len(whole.this_week)) == (4, 3) == (whole.overdue_total, whole.this_week_total)


def test_the_tracker_filters_to_the_reminders(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 15))
    item = meetings.add_agenda_item(db, meeting, 5, "แผนนิเทศ")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายจัดทำแผน")
    for n in (-3, 0, 3, 6, 7, 20):
        actions.add_action(db, decision, f"งาน {n}", due_date=TODAY + dt.timedelta(days=n))
    done = actions.add_action(db, decision, "เสร็จแล้ว", due_date=TODAY + dt.timedelta(days=1))
    actions.update_action(db, done, status=ActionStatus.DONE, on=dt.date(2026, 1, 20))
    found = reminders.due(db, today=TODAY)
    for flag, rows in (("overdue", found.overdue), ("due_this_week", found.this_week)):
        keys = tracker.tracker_keys(db, tracker.TrackerFilter(**{flag: True}), today=TODAY)
        assert [a for _d, a in keys] == [r.action_id for r in rows]
    assert len(found.this_week) == 3
