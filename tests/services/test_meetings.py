"""The foundation's rules: numbering, the agenda from the template, matters arising, frozen records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from meetingdesk.domain.enums import (
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    CertificationMethod,
    DecisionKind,
    MeetingStatus,
)
from meetingdesk.domain.errors import InvalidInput, NotFound, RecordFrozen
from meetingdesk.services import actions, meetings, minutes
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, AgendaTemplateSection, Amendment, Attendance, Meeting
from tests.services.helpers import new_meeting, small_office


def _meeting(db: Database, meeting_id: int) -> Meeting:
    with db.reading() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        _ = meeting.agenda_items, meeting.attendance  # load while the session is open
        for item in meeting.agenda_items:
            _ = item.source_decision, item.decisions
        return meeting


def _items(db: Database, meeting_id: int, section: int) -> list[AgendaItem]:
    return [i for i in _meeting(db, meeting_id).agenda_items if i.section == section]


def test_meetings_are_numbered_per_body_and_restart_each_buddhist_year(db: Database) -> None:
    o = small_office(db)
    dates = [dt.date(2025, 11, 3), dt.date(2025, 12, 20), dt.date(2026, 1, 5), dt.date(2026, 2, 9)]
    board = [new_meeting(db, o.board, day) for day in dates]
    staff = new_meeting(db, o.staff_body, dt.date(2026, 1, 6))
    numbered = [(m.number, m.year_be) for m in map(lambda i: _meeting(db, i), board)]
    assert numbered == [(1, 2568), (2, 2568), (1, 2569), (2, 2569)]
    assert (_meeting(db, staff).number, _meeting(db, staff).year_be) == (1, 2569)


def test_new_meeting_gets_the_six_customary_sections_and_certifies_the_previous_minutes(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 1, 20))
    assert _items(db, first, AgendaSection.CERTIFY_MINUTES) == []  # nothing to certify yet
    second = new_meeting(db, o.board, dt.date(2026, 3, 17))
    [certify] = _items(db, second, AgendaSection.CERTIFY_MINUTES)
    assert certify.title == "รับรองรายงานการประชุมครั้งที่ 1/2569"
    assert certify.certifies_meeting_id == first
    assert certify.number == "2.1"
    with db.reading() as s:
        sections = s.scalars(
            select(AgendaTemplateSection.title)
            .where(AgendaTemplateSection.body_id == o.board)
            .order_by(AgendaTemplateSection.section)
        ).all()
    assert sections[0] == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert sections[2] == "เรื่องสืบเนื่อง"
    assert len(sections) == 6


def test_body_template_standing_items_are_copied_into_each_new_agenda(db: Database) -> None:
    o = small_office(db)
    with db.writing() as s:
        row = s.scalars(
            select(AgendaTemplateSection).where(
                AgendaTemplateSection.body_id == o.board, AgendaTemplateSection.section == 4
            )
        ).one()
        row.standing_items = "รายงานผลการเบิกจ่ายงบประมาณ\n\nรายงานผลการนิเทศ ติดตาม"
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    assert [i.title for i in _items(db, meeting, 4)] == ["รายงานผลการเบิกจ่ายงบประมาณ", "รายงานผลการนิเทศ ติดตาม"]


def test_matters_arising_lists_every_earlier_decision_with_open_actions(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, first, 5, "พิจารณาแผนนิเทศ")
    still_open = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายกลุ่มนิเทศ")
    finished = meetings.record_decision(db, item, DecisionKind.APPROVED)
    no_actions = meetings.record_decision(db, item, DecisionKind.NOTED)
    a1 = actions.add_action(db, still_open, "จัดทำแผน", owner_person_id=o.secretary, due_date=dt.date(2026, 2, 28))
    actions.add_action(db, still_open, "แจ้งโรงเรียน", owner_person_id=o.member)
    done = actions.add_action(db, finished, "โอนงบประมาณ", owner_person_id=o.member)
    actions.update_action(db, done, status=ActionStatus.DONE, note="โอนแล้ว")
    actions.update_action(db, a1, status=ActionStatus.IN_PROGRESS, note="เริ่มแล้ว")
    other_body = new_meeting(db, o.staff_body, dt.date(2026, 1, 21))
    other_item = meetings.add_agenda_item(db, other_body, 5, "เรื่องของที่ประชุมอื่น")
    other_decision = meetings.record_decision(db, other_item, DecisionKind.ASSIGNED)
    actions.add_action(db, other_decision, "งานของอีกองค์คณะ", owner_person_id=o.guest)

    second = new_meeting(db, o.board, dt.date(2026, 3, 17))
    [arising] = _items(db, second, AgendaSection.MATTERS_ARISING)
    assert arising.source_decision is not None and arising.source_decision.id == still_open
    assert arising.title == "ติดตามมติการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 5.1 เรื่อง พิจารณาแผนนิเทศ"
    assert no_actions not in {i.source_decision.id for i in _items(db, second, 3) if i.source_decision}


def test_certified_minutes_refuse_edits_and_take_amendments_instead(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, first, 4, "รายงานผลการดำเนินงาน")
    meetings.update_agenda_item(db, item, discussion="ที่ประชุมอภิปรายอย่างกว้างขวาง")
    decision = meetings.record_decision(db, item, DecisionKind.NOTED)
    meetings.mark_attendance(db, first, o.chair, AttendanceStatus.PRESENT)
    second = new_meeting(db, o.board, dt.date(2026, 3, 17))

    minutes.certify(
        db,
        first,
        method=CertificationMethod.AT_MEETING,
        at_meeting_id=second,
        on=dt.date(2026, 3, 17),
        changes=[minutes.Change(agenda_item_id=item, field="discussion", new_text="ที่ประชุมอภิปรายโดยสรุป")],
    )
    assert _meeting(db, first).status is MeetingStatus.CERTIFIED
    assert _items(db, first, 4)[0].discussion == "ที่ประชุมอภิปรายโดยสรุป"

    frozen_actions = [
        lambda: meetings.update_agenda_item(db, item, discussion="แก้ทีหลัง"),
        lambda: meetings.add_agenda_item(db, first, 6, "เรื่องใหม่"),
        lambda: meetings.record_decision(db, item, DecisionKind.APPROVED),
        lambda: meetings.mark_attendance(db, first, o.member, AttendanceStatus.ABSENT, reason="ลาป่วย"),
        lambda: meetings.move_agenda_item(db, item, 5, 1),
        lambda: meetings.delete_agenda_item(db, item),
        lambda: meetings.set_times(db, first, dt.time(9), dt.time(12)),
    ]
    for edit in frozen_actions:
        with pytest.raises(RecordFrozen) as info:
            edit()
        assert "รับรองแล้ว" in info.value.th and "amendment" in info.value.en
    with pytest.raises(RecordFrozen):
        minutes.certify(db, first, method=CertificationMethod.CIRCULATION, on=dt.date(2026, 4, 1))

    amendment = minutes.amend_after_certification(
        db, first, minutes.Change(decision_id=decision, new_text="รับทราบ และให้แจ้งโรงเรียน"), on=dt.date(2026, 5, 1)
    )
    with db.reading() as s:
        rows = s.scalars(select(Amendment).where(Amendment.meeting_id == first).order_by(Amendment.id)).all()
    assert [(r.after_certification, r.old_text, r.new_text) for r in rows] == [
        (False, "ที่ประชุมอภิปรายอย่างกว้างขวาง", "ที่ประชุมอภิปรายโดยสรุป"),
        (True, "รับทราบ", "รับทราบ และให้แจ้งโรงเรียน"),
    ]
    assert rows[-1].id == amendment
    assert minutes.verify_certified(db) == []  # an amendment leaves the certified text and its hash alone


def test_a_record_changed_outside_the_app_is_reported(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, first, 4, "รายงาน")
    minutes.certify(db, first, method=CertificationMethod.CIRCULATION, on=dt.date(2026, 2, 1))
    with db.engine.begin() as conn:  # what a hand edit with a database tool would do
        conn.execute(text("UPDATE agenda_item SET title = 'แก้ไขด้วยมือ' WHERE id = :id"), {"id": item})
    [report] = minutes.verify_certified(db)
    assert report.meeting_id == first and report.number == "1/2569"


def test_certification_rules(db: Database) -> None:
    o = small_office(db)
    first = new_meeting(db, o.board, dt.date(2026, 1, 20))
    other_body = new_meeting(db, o.staff_body, dt.date(2026, 2, 1))
    with pytest.raises(InvalidInput):
        minutes.certify(db, first, method=CertificationMethod.AT_MEETING, on=dt.date(2026, 2, 1))
    with pytest.raises(InvalidInput):
        minutes.certify(
            db, first, method=CertificationMethod.AT_MEETING, at_meeting_id=other_body, on=dt.date(2026, 2, 1)
        )
    with pytest.raises(InvalidInput):
        minutes.amend_after_certification(db, first, minutes.Change(agenda_item_id=1, new_text="x"), on=dt.date.today())
    with pytest.raises(InvalidInput):
        meetings.set_meeting_status(db, first, MeetingStatus.CERTIFIED)
    assert minutes.verify_certified(db) == []


def test_action_status_changes_keep_their_history_and_overdue_is_derived(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณา")
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED)
    action_id = actions.add_action(db, decision, "ดำเนินการ", owner_person_id=o.member, due_date=dt.date(2026, 2, 20))
    moments = [dt.datetime(2026, 2, 1, 10), dt.datetime(2026, 2, 10, 11), dt.datetime(2026, 3, 1, 9)]
    actions.update_action(db, action_id, status=ActionStatus.IN_PROGRESS, now=moments[0])
    actions.update_action(db, action_id, note="ประชุมทีมแล้ว", now=moments[1])
    from meetingdesk.storage.models import Action

    with db.reading() as s:
        action = s.get(Action, action_id)
        assert action is not None
        assert actions.is_overdue(action, dt.date(2026, 2, 21))
        assert not actions.is_overdue(action, dt.date(2026, 2, 20))
        overdue_ids = s.scalars(select(Action.id).where(actions.overdue_clause(dt.date(2026, 2, 21)))).all()
        assert overdue_ids == [action_id]
    actions.update_action(db, action_id, status=ActionStatus.DONE, evidence_path="รายงาน.pdf", now=moments[2])
    with db.reading() as s:
        action = s.get(Action, action_id)
        assert action is not None
        history = [(u.old_status, u.new_status, u.note, u.on_date) for u in action.updates]
        assert not actions.is_overdue(action, dt.date(2026, 12, 1))
    assert history == [
        (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, "", dt.date(2026, 2, 1)),
        (None, None, "ประชุมทีมแล้ว", dt.date(2026, 2, 10)),
        (ActionStatus.IN_PROGRESS, ActionStatus.DONE, "", dt.date(2026, 3, 1)),
    ]
    with pytest.raises(InvalidInput):
        actions.update_action(db, action_id)
    with pytest.raises(InvalidInput):
        actions.add_action(db, decision, "ย้อนหลัง", due_date=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInput):
        actions.add_action(db, decision, "   ")


def test_attendance_substitutes_absences_and_guests(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    meetings.mark_attendance(db, meeting, o.chair, AttendanceStatus.PRESENT, signed_in_at=dt.time(8, 45))
    meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.ABSENT, reason="ติดราชการ")
    meetings.mark_attendance(db, meeting, o.guest, AttendanceStatus.PRESENT, substitute_for_id=o.secretary)
    meetings.mark_attendance(db, meeting, o.member, AttendanceStatus.ABSENT, reason="ลาป่วย")  # corrected, not added
    with db.reading() as s:
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting).order_by(Attendance.order)).all()
        got = [(r.person_id, r.status, r.absence_reason, r.substitute_for_id, r.role_text) for r in rows]
    assert got == [
        (o.chair, AttendanceStatus.PRESENT, "", None, "ประธานกรรมการ"),
        (o.member, AttendanceStatus.ABSENT, "ลาป่วย", None, "กรรมการ"),
        (o.guest, AttendanceStatus.PRESENT, "", o.secretary, "กรรมการและเลขานุการ"),
        (o.secretary, AttendanceStatus.ABSENT, "มอบหมายให้ นางสาวกัลยา บุญมา มาประชุมแทน", None, "กรรมการและเลขานุการ"),
    ]
    with pytest.raises(InvalidInput):
        meetings.mark_attendance(db, meeting, o.chair, AttendanceStatus.PRESENT, substitute_for_id=o.chair)


def test_agenda_items_move_and_renumber(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    a, b, c = (meetings.add_agenda_item(db, meeting, 5, title) for title in ("ก", "ข", "ค"))
    meetings.move_agenda_item(db, c, 5, 1)
    assert [(i.title, i.number) for i in _items(db, meeting, 5)] == [("ค", "5.1"), ("ก", "5.2"), ("ข", "5.3")]
    meetings.move_agenda_item(db, a, 4, 1)
    assert [(i.title, i.number) for i in _items(db, meeting, 5)] == [("ค", "5.1"), ("ข", "5.2")]
    assert [(i.title, i.number) for i in _items(db, meeting, 4)] == [("ก", "4.1")]
    meetings.delete_agenda_item(db, c)
    assert [(i.title, i.number) for i in _items(db, meeting, 5)] == [("ข", "5.1")]
    assert b


def test_bad_input_is_refused_with_a_message_and_changes_nothing(db: Database) -> None:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(db, meeting, 4, "รายงาน")
    before = len(_meeting(db, meeting).agenda_items)
    with pytest.raises(InvalidInput) as info:
        meetings.add_agenda_item(db, meeting, 5, "   ")
    assert info.value.th == "กรุณากรอกชื่อเรื่อง"
    with pytest.raises(InvalidInput):
        meetings.add_agenda_item(db, meeting, 7, "นอกระเบียบวาระ")
    with pytest.raises(NotFound) as missing:
        meetings.add_agenda_item(db, 9999, 5, "ไม่มีการประชุมนี้")
    assert missing.value.th == "ไม่พบการประชุมรหัส 9999"
    with pytest.raises(InvalidInput):
        meetings.set_times(db, meeting, dt.time(12), dt.time(9))
    with pytest.raises(InvalidInput):
        meetings.record_decision(db, item, DecisionKind.APPROVED, votes=(-1, 0, 0))
    assert len(_meeting(db, meeting).agenda_items) == before
    assert _meeting(db, meeting).agenda_items[0].decisions == []
