"""One rule, one place: every place that shows whether an action is open or overdue, a person's name, or the
office's name gives the same answer as the one rule (``domain.enums.overdue``, ``domain.thai.names``,
``services.first_view.office_name``)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from meetingdesk.domain.enums import ActionStatus, DecisionKind, MemberRole, Technique, overdue
from meetingdesk.domain.thai.names import person_name
from meetingdesk.services import actions, documents, first_view, listing, meetings, people, sessions, tracker
from meetingdesk.services.guards import get
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, Meeting, Person
from tests.services.helpers import new_meeting, small_office

TODAY = dt.date(2026, 3, 1)
DUES = (None, dt.date(2026, 2, 1), TODAY, dt.date(2026, 4, 1))  # none, past, today (not yet late), later


def _every_status_and_due(db: Database) -> tuple[int, int, dict[int, tuple[ActionStatus, dt.date | None]]]:
    """A meeting whose decisions have an action of every status with every kind of due date."""
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณาแผนพัฒนาการอ่าน")
    made: dict[int, tuple[ActionStatus, dt.date | None]] = {}
    for status in ActionStatus:
        decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED)
        for due in DUES:
            aid = actions.add_action(db, decision, f"{status} {due}", owner_person_id=o.member, due_date=due)
            if status is not ActionStatus.NOT_STARTED:
                actions.update_action(db, aid, status=status, on=dt.date(2026, 1, 21))
            made[aid] = (status, due)
    later = new_meeting(db, o.board, dt.date(2026, 3, 20))
    return meeting, later, made


def test_open_and_overdue_agree_everywhere(db: Database) -> None:
    _meeting, later, made = _every_status_and_due(db)
    expected = {aid for aid, (status, due) in made.items() if overdue(status, due, TODAY)}
    assert expected and expected != set(made)  # the case has both answers
    assert {aid for aid, (status, _due) in made.items() if status.is_open} == {
        aid for aid, (status, _due) in made.items() if status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
    }
    with db.reading() as s:
        orm = {a.id for a in s.scalars(select(Action)) if actions.is_overdue(a, TODAY)}
        in_sql = set(s.scalars(select(Action.id).where(actions.overdue_clause(TODAY))))
        open_in_sql = set(s.scalars(select(Action.id).where(actions.open_clause())))
    assert orm == in_sql == expected
    assert open_in_sql == {aid for aid, (status, _due) in made.items() if status.is_open}

    listed = {a["id"] for a in listing.list_actions(db, today=TODAY) if a["overdue"]}
    keys = tracker.tracker_keys(db, tracker.TrackerFilter(overdue=True), today=TODAY)
    rows = tracker.tracker_rows(db, tracker.tracker_keys(db, tracker.TrackerFilter(), today=TODAY), today=TODAY)
    shown = {aid for (_d, aid), row in rows.items() if row.overdue}
    assert listed == {aid for _d, aid in keys} == shown == expected

    open_per_decision = {d["id"]: d["open_actions"] for d in listing.list_decisions(db)}
    with db.reading() as s:
        for decision_id, count in open_per_decision.items():
            statuses = s.scalars(select(Action.status).where(Action.decision_id == decision_id)).all()
            assert count == sum(1 for st in statuses if st.is_open)
        later_meeting = get(s, Meeting, later)
        arising = {d.id for d in meetings.open_decisions(s, later_meeting.body_id, later_meeting)}
    assert arising == {d for d, count in open_per_decision.items() if count}


def test_a_persons_name_is_written_one_way(db: Database) -> None:
    o = small_office(db)
    plain = people.add_person(db, "ประเสริฐ")  # no prefix, no last name
    doctor = people.add_person(db, "สมศรี", "มีสุข", prefix="ดร.")
    people.add_member(db, o.board, doctor, MemberRole.MEMBER)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณา")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED)
    for pid in (o.chair, o.guest, plain, doctor):
        actions.add_action(db, decision, f"งานของ {pid}", owner_person_id=pid, due_date=dt.date(2026, 2, 1))
    with db.reading() as s:
        expected = {p.id: person_name(p.prefix, p.first_name, p.last_name) for p in s.scalars(select(Person))}
        assert {p.id: p.full_name for p in s.scalars(select(Person))} == expected
    assert expected[doctor] == "ดร.สมศรี มีสุข" and expected[plain] == "ประเสริฐ"
    assert {o.id: o.name for o in people.owners(db) if o.kind == "person"} == expected
    assert {p.id: p.name for p in people.everyone(db)} == expected
    assert {m.person_id: m.name for m in people.members(db, o.board)} == {
        pid: expected[pid] for pid in (o.chair, o.member, o.secretary, doctor)
    }
    assert dict(tracker.owners(db)) == {pid: expected[pid] for pid in (o.chair, o.guest, plain, doctor)}
    owners_listed = {a["title"]: a["owner"] for a in listing.list_actions(db)}
    rows = tracker.tracker_rows(db, tracker.tracker_keys(db, tracker.TrackerFilter()))
    owners_tracked = {r.action: r.owner for r in rows.values()}
    view = documents.meeting_view(db, meeting)
    in_minutes = {a.title: a.owner for sec in view.sections for i in sec.items for d in i.decisions for a in d.actions}
    for pid in (o.chair, o.guest, plain, doctor):
        title = f"งานของ {pid}"
        assert owners_listed[title] == owners_tracked[title] == in_minutes[title] == expected[pid]


def test_the_office_name_is_read_one_way(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณา")
    session = sessions.start_session(db, Technique.FOCUS_GROUP, agenda_item_id=item, title="สนทนากลุ่ม")
    name = first_view.office_name(db)
    assert name == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1"
    assert documents.meeting_view(db, meeting).office == name
    assert sessions.focus_group_view(db, session).office == name  # services/sessions keeps its own query (for now)
    with db.reading() as s:
        assert s.scalar(first_view.OFFICE_NAME) == name


@pytest.mark.parametrize(
    ("status", "due", "late"),
    [
        (ActionStatus.NOT_STARTED, dt.date(2026, 2, 28), True),
        (ActionStatus.IN_PROGRESS, dt.date(2026, 2, 28), True),
        (ActionStatus.IN_PROGRESS, TODAY, False),  # due today is not late yet
        (ActionStatus.NOT_STARTED, None, False),  # no due date, never late
        (ActionStatus.DONE, dt.date(2026, 2, 28), False),
        (ActionStatus.CANCELLED, dt.date(2026, 2, 28), False),
        (None, dt.date(2026, 2, 28), False),  # a decision without an action
    ],
)
def test_overdue_is_open_and_past_its_due_date(status: ActionStatus | None, due: dt.date | None, late: bool) -> None:
    assert overdue(status, due, TODAY) is late
