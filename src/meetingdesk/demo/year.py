"""The demo office's year (fiscal year 2569), built through the same services a user's actions go through, so
the demo shows the rules at work: numbering, matters arising, attendance, certification, follow-up.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from meetingdesk.demo.content import (
    ABSENCE_REASONS,
    ACTION_TITLES,
    ANNOUNCEMENTS,
    DECISION_TEXTS,
    DISCUSSIONS,
    FOR_CONSIDERATION,
    FOR_INFORMATION,
    OTHER,
    PROJECTS,
    TOPIC_PROJECTS,
    WORK_GROUPS,
)
from meetingdesk.demo.office import (
    DEMO_FISCAL_YEAR,
    SEED,
    DemoOffice,
    FindingsByProject,
    Progress,
    project_rows,
    setup_office,
)
from meetingdesk.domain.enums import (
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    CertificationMethod,
    DecisionKind,
    MeetingStatus,
    MemberRole,
    RecordingStyle,
)
from meetingdesk.domain.thai.dates import be_year
from meetingdesk.services import actions as action_service
from meetingdesk.services import meetings as meeting_service
from meetingdesk.services import minutes as minutes_service
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Meeting,
)

# --- one realistic year, through the services ------------------------------------------------------------

# body index, date, start, status the meeting ends in, recording style
YEAR_SCHEDULE: tuple[tuple[int, dt.date, dt.time, MeetingStatus], ...] = (
    (0, dt.date(2026, 1, 20), dt.time(9, 0), MeetingStatus.CERTIFIED),
    (1, dt.date(2026, 2, 10), dt.time(13, 30), MeetingStatus.CERTIFIED),
    (0, dt.date(2026, 3, 17), dt.time(9, 0), MeetingStatus.CERTIFIED),
    (2, dt.date(2026, 4, 8), dt.time(10, 0), MeetingStatus.MINUTES_DRAFTED),
    (5, dt.date(2026, 5, 12), dt.time(9, 0), MeetingStatus.CERTIFIED),
    (0, dt.date(2026, 5, 19), dt.time(9, 0), MeetingStatus.CERTIFIED),
    (1, dt.date(2026, 6, 9), dt.time(13, 30), MeetingStatus.MINUTES_DRAFTED),
    (4, dt.date(2026, 6, 23), dt.time(9, 30), MeetingStatus.MINUTES_DRAFTED),
    (0, dt.date(2026, 7, 21), dt.time(9, 0), MeetingStatus.CERTIFIED),
    (3, dt.date(2026, 8, 12), dt.time(9, 0), MeetingStatus.HELD),
    (0, dt.date(2026, 9, 22), dt.time(9, 0), MeetingStatus.MINUTES_DRAFTED),
    (5, dt.date(2026, 10, 14), dt.time(9, 0), MeetingStatus.HELD),
    (7, dt.date(2026, 10, 28), dt.time(13, 0), MeetingStatus.HELD),
    (6, dt.date(2026, 11, 24), dt.time(8, 30), MeetingStatus.IN_PROGRESS),
    (0, dt.date(2026, 11, 26), dt.time(9, 0), MeetingStatus.PLANNED),
)
_ORDER = list(MeetingStatus)


def build_year(db: Database, progress: Progress) -> None:
    rng = random.Random(SEED)
    with db.writing() as s:
        office = setup_office(s, rng)
        projects, findings = project_rows(rng, DEMO_FISCAL_YEAR, office.groups)
        projects2, _ = project_rows(rng, DEMO_FISCAL_YEAR + 1, office.groups)
        s.add_all([*projects, *projects2])
        s.flush()
        findings_by_project: FindingsByProject = {name: [] for name, _g, _b in PROJECTS}
        for finding in findings:
            findings_by_project[finding.project.name].append(finding.id)
    total = len(YEAR_SCHEDULE)
    for done, (body_index, day, start, final) in enumerate(YEAR_SCHEDULE):
        progress("meetings", done, total)
        year_meeting(db, rng, office, office.bodies[body_index], day, start, final, findings_by_project)
    progress("meetings", total, total)
    from meetingdesk.demo.satisfaction import build_year_surveys
    from meetingdesk.demo.sessions import build_year_sessions

    build_year_sessions(db, rng, office.bodies, office.staff)
    progress("surveys", 0, 1)
    build_year_surveys(db)
    progress("surveys", 1, 1)
    from meetingdesk.demo.follow_through import build_follow_through

    build_follow_through(db, office, findings_by_project)


def year_meeting(
    db: Database,
    rng: random.Random,
    office: DemoOffice,
    body_id: int,
    day: dt.date,
    start: dt.time,
    final: MeetingStatus,
    findings_by_project: FindingsByProject,
) -> None:
    members = office.members[body_id]
    by_role = {role: pid for pid, role in reversed(members)}
    style = RecordingStyle.DETAILED if body_id == office.bodies[2] else RecordingStyle.SUMMARY
    meeting_id = meeting_service.create_meeting(
        db,
        meeting_service.NewMeeting(
            body_id=body_id,
            date=day,
            start_time=start,
            recording_style=style,
            chair_id=by_role.get(MemberRole.CHAIR),
            minute_taker_id=by_role.get(MemberRole.ASSISTANT_SECRETARY, by_role.get(MemberRole.SECRETARY)),
            minutes_checker_id=by_role.get(MemberRole.SECRETARY),
        ),
    )
    confidential = body_id == office.bodies[2]
    fy = be_year(day.year + 1 if day.month >= 10 else day.year)
    new_items = []
    for title in rng.sample(ANNOUNCEMENTS, 2):
        new_items.append(meeting_service.add_agenda_item(db, meeting_id, 1, title))
    for template in rng.sample(FOR_INFORMATION, 2):
        title, linked = _about_a_project(rng, template, fy, findings_by_project)
        new_items.append(meeting_service.add_agenda_item(db, meeting_id, 4, title, finding_ids=linked))
    for template in rng.sample(FOR_CONSIDERATION, 2):
        title, linked = _about_a_project(rng, template, fy, findings_by_project)
        new_items.append(
            meeting_service.add_agenda_item(
                db, meeting_id, 5, title, confidential=confidential, finding_ids=linked,
                background="ตามที่สำนักงานเขตพื้นที่การศึกษาได้ดำเนินงานตามแผนปฏิบัติการ และได้นิเทศ ติดตาม "
                "ผลการดำเนินงานทั้งระยะก่อน ระหว่าง และหลังดำเนินการพัฒนา จึงเสนอที่ประชุมเพื่อโปรดพิจารณา",
            )
        )  # fmt: skip
    new_items.append(meeting_service.add_agenda_item(db, meeting_id, 6, rng.choice(OTHER)))
    if _ORDER.index(final) < _ORDER.index(MeetingStatus.IN_PROGRESS):
        return
    meeting_service.set_meeting_status(db, meeting_id, MeetingStatus.IN_PROGRESS)
    _attendance(db, rng, office, meeting_id, members, start)
    with db.reading() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        auto = [
            (i.id, i.certifies_meeting_id, i.source_decision.id if i.source_decision else None)
            for i in meeting.agenda_items
        ]
    for item_id, certifies, source in auto:
        if certifies is not None:
            _certify_previous(db, rng, certifies, meeting_id, day)
        elif source is not None:
            _follow_up(db, rng, item_id, source, day)
    if final is MeetingStatus.IN_PROGRESS:
        return  # the record is being typed right now
    for item_id in new_items:
        _record_item(db, rng, office, item_id, day, fy)
    end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=rng.choice((150, 180, 195)))).time()
    meeting_service.set_times(db, meeting_id, start, end)
    meeting_service.set_meeting_status(
        db,
        meeting_id,
        MeetingStatus.MINUTES_DRAFTED if final is not MeetingStatus.HELD else MeetingStatus.HELD,
    )
    if final is MeetingStatus.CERTIFIED and body_id == office.bodies[5]:
        minutes_service.certify(db, meeting_id, method=CertificationMethod.CIRCULATION, on=day + dt.timedelta(days=14))


def _attendance(
    db: Database, rng: random.Random, office: DemoOffice, meeting_id: int, members: list[tuple[int, MemberRole]],
    start: dt.time,
) -> None:  # fmt: skip
    outsiders = [p for p in office.staff if p not in {m for m, _r in members}]
    for index, (person_id, role) in enumerate(members):
        signed = (dt.datetime.combine(dt.date(2000, 1, 1), start) - dt.timedelta(minutes=rng.randint(0, 25))).time()
        if role is not MemberRole.CHAIR and rng.random() < 0.12:
            if outsiders and index % 2 == 0:
                sub = outsiders.pop(rng.randrange(len(outsiders)))
                meeting_service.mark_attendance(
                    db,
                    meeting_id,
                    sub,
                    AttendanceStatus.PRESENT,
                    substitute_for_id=person_id,
                    signed_in_at=signed,
                )
            else:
                meeting_service.mark_attendance(
                    db, meeting_id, person_id, AttendanceStatus.ABSENT, reason=rng.choice(ABSENCE_REASONS)
                )
            continue
        meeting_service.mark_attendance(db, meeting_id, person_id, AttendanceStatus.PRESENT, signed_in_at=signed)
    for guest in rng.sample(outsiders, min(2, len(outsiders))):
        meeting_service.mark_attendance(db, meeting_id, guest, AttendanceStatus.ATTENDING, role_text="ผู้นำเสนอ")


def _certify_previous(db: Database, rng: random.Random, prev_id: int, at_id: int, day: dt.date) -> None:
    with db.reading() as s:
        prev = s.get(Meeting, prev_id)
        assert prev is not None
        if prev.certification is not None or prev.status is not MeetingStatus.MINUTES_DRAFTED:
            return
        item = next((i for i in prev.agenda_items if i.section == AgendaSection.FOR_CONSIDERATION), None)
    changes = []
    if item is not None and rng.random() < 0.5:
        changes.append(
            minutes_service.Change(
                agenda_item_id=item.id,
                field="discussion",
                new_text=item.discussion + " และให้กลุ่มนโยบายและแผนสรุปข้อเสนอแนะเสนอในการประชุมครั้งต่อไป",
                reason="กรรมการขอแก้ไขถ้อยคำให้ตรงกับที่อภิปราย",
            )
        )
    minutes_service.certify(
        db, prev_id, method=CertificationMethod.AT_MEETING, at_meeting_id=at_id, on=day, changes=changes
    )


def _follow_up(db: Database, rng: random.Random, item_id: int, decision_id: int, day: dt.date) -> None:
    meeting_service.update_agenda_item(db, item_id, discussion="ผู้รับผิดชอบรายงานความก้าวหน้าการดำเนินการตามมติให้ที่ประชุมทราบ")
    meeting_service.record_decision(db, item_id, DecisionKind.NOTED)
    with db.reading() as s:
        open_actions = [
            (a.id, a.due_date)
            for a in s.scalars(select(Action).where(Action.decision_id == decision_id))
            if a.status.is_open
        ]
    for action_id, due in open_actions:
        roll = rng.random()
        if roll < 0.45:
            status = ActionStatus.DONE
        elif roll < 0.85:
            status = ActionStatus.IN_PROGRESS
        else:
            status = ActionStatus.CANCELLED
        # done is reported at the meeting, dated when it was done: by its due date, as an office mostly is
        on = min(day, due) if status is ActionStatus.DONE and due is not None else day
        action_service.update_action(
            db, action_id, status=status, note="รายงานในการประชุม", on=on,
            now=dt.datetime.combine(day, dt.time(10, 0)),
            evidence_path="หลักฐาน/สรุปผลการดำเนินงาน.pdf" if status is ActionStatus.DONE else "",
        )  # fmt: skip


def _about_a_project(
    rng: random.Random, template: str, fy: int, findings_by_project: FindingsByProject
) -> tuple[str, list[int]]:
    """An item's title, and up to two findings of the project it is about: the project it names, or the one its
    topic belongs to; findings of any project for the year's plan as a whole; none for an item about no project
    (the walk found items linked to other projects' findings). The random draws are the ones the demo always made,
    so everything else it builds stays as it was."""
    q = rng.randint(1, 4)
    project = rng.choice([name for name, _g, _b in PROJECTS])
    everyone = [i for ids in findings_by_project.values() for i in ids]
    picks = rng.sample(everyone, 2)
    if "{project}" not in template:
        project = next((name for word, name in TOPIC_PROJECTS.items() if word in template), "")
    if not project:
        linked = sorted(picks) if "แผนปฏิบัติการ" in template else []
    else:
        own = findings_by_project[project]
        linked = sorted({own[everyone.index(i) % len(own)] for i in picks}) if own else []
    return template.format(q=q, project=project, fy=fy), linked


def _record_item(
    db: Database,
    rng: random.Random,
    office: DemoOffice,
    item_id: int,
    day: dt.date,
    fy: int,
) -> None:
    with db.reading() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None
        section = item.section
        linked = [f.id for f in item.findings]
        present = sum(1 for a in item.meeting.attendance if a.status is AttendanceStatus.PRESENT)
    meeting_service.update_agenda_item(db, item_id, discussion=rng.choice(DISCUSSIONS))
    if section in (AgendaSection.CHAIR_ANNOUNCEMENTS, AgendaSection.FOR_INFORMATION, AgendaSection.OTHER):
        meeting_service.record_decision(db, item_id, DecisionKind.NOTED)
        return
    kind = rng.choice((DecisionKind.ENDORSED, DecisionKind.APPROVED, DecisionKind.ASSIGNED, DecisionKind.ASSIGNED))
    group_index = rng.randrange(len(WORK_GROUPS))
    text = rng.choice(DECISION_TEXTS[kind.value]).format(group=WORK_GROUPS[group_index])
    votes = (rng.randint(7, 12), 0, rng.randint(0, 1)) if kind is DecisionKind.APPROVED else None
    if votes is not None:  # no more votes than members present
        abstain = min(votes[2], present)
        votes = (min(votes[0], present - abstain), 0, abstain)
    decision_id = meeting_service.record_decision(db, item_id, kind, text, votes=votes, finding_ids=linked)
    for _ in range(rng.randint(1, 2)):
        due = day + dt.timedelta(days=rng.choice((30, 45, 60, 90)))
        owner_person = rng.choice(office.staff) if rng.random() < 0.6 else None
        action_id = action_service.add_action(
            db,
            decision_id,
            rng.choice(ACTION_TITLES),
            owner_person_id=owner_person,
            owner_group_id=None if owner_person else office.groups[group_index],
            due_date=due,
        )
        if rng.random() < 0.3:
            action_service.update_action(
                db, action_id, status=ActionStatus.IN_PROGRESS, note="เริ่มดำเนินการแล้ว",
                on=day + dt.timedelta(days=7), now=dt.datetime.combine(day + dt.timedelta(days=7), dt.time(14)),
            )  # fmt: skip
