"""The demo office: a realistic สพป. (``year``) or ten years of it for benchmarks (``decade``).

Both are deterministic. The year is built through the same services a user's actions go through, so the
demo shows the rules at work (numbering, matters arising, certification). The decade is written in bulk —
the same shapes, far more rows — because 120,000 one-row transactions would take minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.demo.content import (
    ABSENCE_REASONS,
    ACTION_TITLES,
    ANNOUNCEMENTS,
    BODIES,
    DECISION_TEXTS,
    DISCUSSIONS,
    EXTERNAL,
    FEMALE_FIRST,
    FINDING_SOURCES,
    FINDINGS,
    FOR_CONSIDERATION,
    FOR_INFORMATION,
    LAST_NAMES,
    MALE_FIRST,
    MEETING_ROOM,
    OFFICE_NAME,
    OFFICE_POSITIONS,
    OFFICE_SHORT,
    OTHER,
    PROJECTS,
    SCHOOLS,
    WORK_GROUPS,
)
from meetingdesk.domain.enums import (
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    CardKind,
    CertificationMethod,
    DecisionKind,
    MeetingStatus,
    MemberRole,
    Phase,
    RecordingStyle,
    SessionStatus,
    Technique,
)
from meetingdesk.domain.numbering import next_meeting_number
from meetingdesk.domain.thai.dates import be_year, fiscal_year_bounds
from meetingdesk.services import actions as action_service
from meetingdesk.services import meetings as meeting_service
from meetingdesk.services import minutes as minutes_service
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Body,
    Card,
    Certification,
    Cluster,
    Decision,
    Finding,
    Meeting,
    Membership,
    Office,
    Person,
    Project,
    TechniqueSession,
    Vote,
    WorkGroup,
    agenda_item_finding,
    decision_finding,
    matter_arising,
)

SEED = 2569
DEMO_FISCAL_YEAR = 2569
Progress = Callable[[str, int, int], None]


def _quiet(_what: str, _done: int, _total: int) -> None:
    pass


@dataclass
class Office_:
    """Ids of what ``_setup_office`` made, for the generators to refer to."""

    groups: list[int]
    people: list[int]
    staff: list[int]  # office staff (not school directors or outsiders)
    directors: list[int]
    external: list[int]
    bodies: list[int]
    members: dict[int, list[tuple[int, MemberRole]]]


def _name(rng: random.Random, prefix: str) -> tuple[str, str]:
    female = prefix in ("นาง", "นางสาว") or (prefix not in ("นาย", "ว่าที่ร้อยตรี", "พระครู") and rng.random() < 0.5)
    return rng.choice(FEMALE_FIRST if female else MALE_FIRST), rng.choice(LAST_NAMES)


def _setup_office(s: Session, rng: random.Random) -> Office_:
    office = Office(name=OFFICE_NAME, short_name=OFFICE_SHORT, address="อำเภอควนขนุน จังหวัดพัทลุง")
    s.add(office)
    s.flush()
    groups = [WorkGroup(office_id=office.id, name=name) for name in WORK_GROUPS]
    s.add_all(groups)
    people: list[Person] = []
    used: set[tuple[str, str]] = set()

    def person(prefix: str, position: str, organisation: str) -> Person:
        first, last = _name(rng, prefix)
        while (first, last) in used:
            first, last = _name(rng, prefix)
        used.add((first, last))
        p = Person(prefix=prefix, first_name=first, last_name=last, position=position, organisation=organisation)
        people.append(p)
        return p

    staff = [person(*row) for row in OFFICE_POSITIONS]
    directors = [person(rng.choice(("นาย", "นาง", "ดร.")), f"ผู้อำนวยการ{school}", school) for school in SCHOOLS]
    external = [person(*row) for row in EXTERNAL]
    s.add_all(people)
    s.flush()
    for group, head in zip(groups, staff[4 : 4 + len(groups)], strict=True):
        group.head_id = head.id

    director, deputies, heads = staff[0], staff[1:4], staff[4 : 4 + len(WORK_GROUPS)]
    supervisors, others = staff[14:18], staff[18:]
    plan_head = heads[1]
    rosters: list[list[tuple[Person, MemberRole]]] = [
        # executive board
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies),
         *((h, MemberRole.MEMBER) for h in heads if h is not plan_head), (plan_head, MemberRole.SECRETARY),
         (others[0], MemberRole.ASSISTANT_SECRETARY)],
        # area education committee
        [(external[0], MemberRole.CHAIR), *((e, MemberRole.MEMBER) for e in external[1:4]),
         (directors[0], MemberRole.MEMBER), (director, MemberRole.SECRETARY),
         (plan_head, MemberRole.ASSISTANT_SECRETARY)],
        # อ.ก.ค.ศ.
        [(director, MemberRole.CHAIR), (external[4], MemberRole.MEMBER), (external[2], MemberRole.MEMBER),
         (directors[1], MemberRole.MEMBER), (external[3], MemberRole.MEMBER), (heads[2], MemberRole.SECRETARY),
         (others[1], MemberRole.ASSISTANT_SECRETARY)],
        # ก.ต.ป.น.
        [(external[2], MemberRole.CHAIR), (external[5], MemberRole.MEMBER), (directors[2], MemberRole.MEMBER),
         *((sv, MemberRole.MEMBER) for sv in supervisors[:2]), (heads[4], MemberRole.SECRETARY)],
        # network chairs
        [(deputies[0], MemberRole.CHAIR), *((d, MemberRole.MEMBER) for d in directors[:6]),
         (heads[3], MemberRole.SECRETARY)],
        # school directors
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies[:1]),
         *((d, MemberRole.MEMBER) for d in directors), (heads[0], MemberRole.SECRETARY)],
        # all staff
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies),
         *((p, MemberRole.MEMBER) for p in [*heads[1:], *supervisors, *others[1:]]),
         (heads[0], MemberRole.SECRETARY), (others[0], MemberRole.ASSISTANT_SECRETARY)],
        # ad-hoc focus group
        [(deputies[1], MemberRole.CHAIR), *((d, MemberRole.MEMBER) for d in directors[3:8]),
         (supervisors[0], MemberRole.MEMBER), (supervisors[2], MemberRole.SECRETARY)],
    ]  # fmt: skip
    bodies = []
    members: dict[int, list[tuple[int, MemberRole]]] = {}
    for (name, kind, short, confidential), roster in zip(BODIES, rosters, strict=True):
        body = Body(
            office_id=office.id,
            kind=kind,
            name=name,
            short_name=short,
            default_place=MEETING_ROOM,
            confidential_by_default=confidential,
        )
        meeting_service.set_default_template(body)
        body.memberships = [
            Membership(person_id=p.id, role=role, start_date=dt.date(2016, 10, 1), order=i)
            for i, (p, role) in enumerate(roster, start=1)
        ]
        s.add(body)
        bodies.append(body)
        members[len(bodies) - 1] = [(p.id, role) for p, role in roster]
    s.flush()
    return Office_(
        groups=[g.id for g in groups],
        people=[p.id for p in people],
        staff=[p.id for p in staff],
        directors=[p.id for p in directors],
        external=[p.id for p in external],
        bodies=[b.id for b in bodies],
        members={bodies[i].id: m for i, m in members.items()},
    )


def _project_rows(rng: random.Random, fy: int, groups: list[int]) -> tuple[list[Project], list[Finding]]:
    start, _end = fiscal_year_bounds(fy)
    projects, findings = [], []
    for code, (name, group, budget) in enumerate(PROJECTS, start=1):
        project = Project(
            fiscal_year=fy,
            code=f"{fy}-{code:02d}",
            name=name,
            responsible_group_id=groups[group],
            budget=budget,
            description=f"{name} ประจำปีงบประมาณ พ.ศ. {fy}",
        )
        projects.append(project)
        for (phase, kind), texts in FINDINGS.items():
            if rng.random() < 0.55:
                continue
            offset = {Phase.BEFORE: 20, Phase.DURING: 150, Phase.AFTER: 330}[phase] + rng.randint(0, 25)
            findings.append(
                Finding(
                    project=project,
                    phase=phase,
                    kind=kind,
                    text=rng.choice(texts).format(p=rng.randint(60, 95), n=rng.randint(2, 9)),
                    source=rng.choice(FINDING_SOURCES),
                    found_on=start + dt.timedelta(days=offset),
                )
            )
    return projects, findings


def build_demo(db: Database, *, scale: str = "year", progress: Progress = _quiet) -> None:
    """Fill an empty database with the demo office."""
    if scale == "decade":
        _build_decade(db, progress)
    else:
        _build_year(db, progress)


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


def _build_year(db: Database, progress: Progress) -> None:
    rng = random.Random(SEED)
    with db.writing() as s:
        office = _setup_office(s, rng)
        projects, findings = _project_rows(rng, DEMO_FISCAL_YEAR, office.groups)
        projects2, _ = _project_rows(rng, DEMO_FISCAL_YEAR + 1, office.groups)
        s.add_all([*projects, *projects2])
        s.flush()
        finding_ids = [f.id for f in findings]
    total = len(YEAR_SCHEDULE)
    for done, (body_index, day, start, final) in enumerate(YEAR_SCHEDULE):
        progress("meetings", done, total)
        _year_meeting(db, rng, office, office.bodies[body_index], day, start, final, finding_ids)
    progress("meetings", total, total)
    from meetingdesk.demo.satisfaction import build_year_surveys
    from meetingdesk.demo.sessions import build_year_sessions

    build_year_sessions(db, rng, office.bodies, office.staff)
    progress("surveys", 0, 1)
    build_year_surveys(db)
    progress("surveys", 1, 1)


def _year_meeting(
    db: Database,
    rng: random.Random,
    office: Office_,
    body_id: int,
    day: dt.date,
    start: dt.time,
    final: MeetingStatus,
    finding_ids: list[int],
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
    project_names = [name for name, _g, _b in PROJECTS]
    new_items = []
    for title in rng.sample(ANNOUNCEMENTS, 2):
        new_items.append(meeting_service.add_agenda_item(db, meeting_id, 1, title))
    for template in rng.sample(FOR_INFORMATION, 2):
        title = template.format(q=rng.randint(1, 4), project=rng.choice(project_names), fy=fy)
        linked = rng.sample(finding_ids, 2)
        new_items.append(meeting_service.add_agenda_item(db, meeting_id, 4, title, finding_ids=linked))
    for template in rng.sample(FOR_CONSIDERATION, 2):
        title = template.format(q=rng.randint(1, 4), project=rng.choice(project_names), fy=fy)
        linked = rng.sample(finding_ids, 2)
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
        _record_item(db, rng, office, item_id, day, fy, finding_ids)
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
    db: Database, rng: random.Random, office: Office_, meeting_id: int, members: list[tuple[int, MemberRole]],
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
        open_ids = [
            a.id for a in s.scalars(select(Action).where(Action.decision_id == decision_id)) if a.status.is_open
        ]
    for action_id in open_ids:
        roll = rng.random()
        if roll < 0.45:
            status = ActionStatus.DONE
        elif roll < 0.85:
            status = ActionStatus.IN_PROGRESS
        else:
            status = ActionStatus.CANCELLED
        action_service.update_action(
            db, action_id, status=status, note="รายงานในการประชุม", on=day,
            now=dt.datetime.combine(day, dt.time(10, 0)),
            evidence_path="หลักฐาน/สรุปผลการดำเนินงาน.pdf" if status is ActionStatus.DONE else "",
        )  # fmt: skip


def _record_item(
    db: Database,
    rng: random.Random,
    office: Office_,
    item_id: int,
    day: dt.date,
    fy: int,
    finding_ids: list[int],
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


# --- ten years, in bulk ----------------------------------------------------------------------------------

DECADE_YEARS = range(DEMO_FISCAL_YEAR - 9, DEMO_FISCAL_YEAR + 1)  # fiscal years 2560-2569
MEETINGS_PER_BODY_YEAR = 25
CARDS_PER_SESSION = 50  # 2,000 meetings: 100,000 idea cards


def _build_decade(db: Database, progress: Progress) -> None:
    rng = random.Random(SEED)
    with db.writing() as s:
        office = _setup_office(s, rng)
        finding_ids: dict[int, list[int]] = {}
        for fy in DECADE_YEARS:
            projects, findings = _project_rows(rng, fy, office.groups)
            s.add_all(projects)
            s.flush()
            finding_ids[fy] = [f.id for f in findings]
        progress("office", 1, 1)
        rows = _DecadeRows(rng, office, finding_ids).build()
        total = sum(len(v) for v in rows.values())
        done = 0
        for table, values in rows.items():
            for chunk in range(0, len(values), 5000):
                batch = values[chunk : chunk + 5000]
                s.execute(insert(table), batch)
                done += len(batch)
                progress("rows", done, total)
    _certify_decade(db, progress)
    from meetingdesk.demo.satisfaction import build_decade_surveys

    build_decade_surveys(db)
    progress("surveys", 1, 1)


Row = dict[str, Any]


class _DecadeRows:
    """Rows of ten years of meetings, numbered and linked as the services would, kept in lists for bulk insert."""

    def __init__(self, rng: random.Random, office: Office_, finding_ids: dict[int, list[int]]) -> None:
        self.rng = rng
        self.office = office
        self.finding_ids = finding_ids
        self.tables: dict[Any, list[Row]] = {
            t: []
            for t in (
                Meeting.__table__, Attendance.__table__, AgendaItem.__table__, agenda_item_finding,
                Decision.__table__, decision_finding, matter_arising, Action.__table__, ActionUpdate.__table__,
                TechniqueSession.__table__, Cluster.__table__, Card.__table__, Vote.__table__,
            )
        }  # fmt: skip
        self.last_day = fiscal_year_bounds(DECADE_YEARS[-1])[1]
        self.project_names = [name for name, _g, _b in PROJECTS]

    def add(self, table: Any, row: Row) -> int:
        """Append a row, giving it the next id when the table has one (link tables do not)."""
        rows = self.tables[table]
        if "id" in table.c:
            row["id"] = len(rows) + 1
        rows.append(row)
        return int(row.get("id", 0))

    def build(self) -> dict[Any, list[Row]]:
        for body_id in self.office.bodies:
            self._body(body_id)
        return self.tables

    def _body(self, body_id: int) -> None:
        rng = self.rng
        members = self.office.members[body_id]
        by_role = {role: pid for pid, role in reversed(members)}
        open_decisions: list[tuple[int, str, str, str]] = []  # id, meeting n/ปี, item number, title
        prev: Row | None = None
        for fy in DECADE_YEARS:
            start, _end = fiscal_year_bounds(fy)
            for offset in sorted(rng.sample(range(364), MEETINGS_PER_BODY_YEAR)):
                day = start + dt.timedelta(days=offset)
                year = be_year(day.year)
                number = next_meeting_number([prev["number"]] if prev and prev["year_be"] == year else [])
                drafted = day >= self.last_day - dt.timedelta(days=20)
                meeting: Row = {
                    "body_id": body_id, "number": number, "year_be": year, "date": day,
                    "start_time": dt.time(9, 0), "end_time": dt.time(12, 0), "place": MEETING_ROOM, "title": "",
                    "chair_id": by_role.get(MemberRole.CHAIR), "minute_taker_id": by_role.get(MemberRole.SECRETARY),
                    "minutes_checker_id": by_role.get(MemberRole.SECRETARY), "opening": "",
                    "status": MeetingStatus.MINUTES_DRAFTED if drafted else MeetingStatus.HELD,
                    "recording_style": RecordingStyle.SUMMARY,
                }  # fmt: skip
                mid = self.add(Meeting.__table__, meeting)
                self._attendance(mid, members)
                open_decisions = self._agenda(mid, meeting, prev, fy, open_decisions)
                prev = meeting

    def _attendance(self, mid: int, members: list[tuple[int, MemberRole]]) -> None:
        for order, (pid, role) in enumerate(members, start=1):
            absent = role is not MemberRole.CHAIR and self.rng.random() < 0.1
            self.add(Attendance.__table__, {
                "meeting_id": mid, "person_id": pid, "order": order,
                "status": AttendanceStatus.ABSENT if absent else AttendanceStatus.PRESENT,
                "role_text": role.label_th, "absence_reason": self.rng.choice(ABSENCE_REASONS) if absent else "",
                "substitute_for_id": None, "signed_in_at": None if absent else dt.time(8, 45),
            })  # fmt: skip

    def _agenda(
        self, mid: int, meeting: Row, prev: Row | None, fy: int, open_decisions: list[tuple[int, str, str, str]]
    ) -> list[tuple[int, str, str, str]]:
        rng = self.rng
        positions: dict[int, int] = {}

        def item(section: int, title: str, certifies: int | None = None) -> int:
            positions[section] = positions.get(section, 0) + 1
            return self.add(AgendaItem.__table__, {
                "meeting_id": mid, "section": section, "position": positions[section], "title": title,
                "presenter_id": None, "presenter_text": "", "background": "", "discussion": rng.choice(DISCUSSIONS),
                "summary": "", "confidential": False, "certifies_meeting_id": certifies,
            })  # fmt: skip

        def decide(item_id: int, kind: DecisionKind, text: str) -> int:
            return self.add(Decision.__table__, {
                "agenda_item_id": item_id, "kind": kind, "text": text,
                "votes_for": None, "votes_against": None, "votes_abstain": None,
            })  # fmt: skip

        for title in rng.sample(ANNOUNCEMENTS, 2):
            decide(item(1, title), DecisionKind.NOTED, "รับทราบ")
        if prev is not None:
            item(2, f"รับรองรายงานการประชุมครั้งที่ {prev['number']}/{prev['year_be']}", certifies=prev["id"])
        for did, mtext, inum, ititle in open_decisions[:3]:
            iid = item(3, f"ติดตามมติการประชุมครั้งที่ {mtext} ระเบียบวาระที่ {inum} เรื่อง {ititle}")
            self.add(matter_arising, {"agenda_item_id": iid, "decision_id": did})
        still_open = open_decisions[3:]
        fids = self.finding_ids[fy]
        for template in rng.sample(FOR_INFORMATION, 4):
            iid = item(4, template.format(q=rng.randint(1, 4), project=rng.choice(self.project_names), fy=fy))
            self.add(agenda_item_finding, {"agenda_item_id": iid, "finding_id": rng.choice(fids)})
            if rng.random() < 0.2:
                decide(iid, DecisionKind.NOTED, "รับทราบ")
        for template in rng.sample(FOR_CONSIDERATION, 4):
            title = template.format(q=rng.randint(1, 4), project=rng.choice(self.project_names), fy=fy)
            iid = item(5, title)
            fid = rng.choice(fids)
            self.add(agenda_item_finding, {"agenda_item_id": iid, "finding_id": fid})
            kind = rng.choice((DecisionKind.APPROVED, DecisionKind.ASSIGNED, DecisionKind.ENDORSED))
            group_index = rng.randrange(len(WORK_GROUPS))
            did = decide(iid, kind, rng.choice(DECISION_TEXTS[kind.value]).format(group=WORK_GROUPS[group_index]))
            self.add(decision_finding, {"decision_id": did, "finding_id": fid})
            if self._actions(did, meeting["date"], group_index):
                still_open.append((did, f"{meeting['number']}/{meeting['year_be']}", f"5.{positions[5]}", title))
        decide(item(6, rng.choice(OTHER)), DecisionKind.NOTED, "รับทราบ")
        self._brainstorm(iid, meeting["date"])
        return still_open

    def _brainstorm(self, item_id: int, day: dt.date) -> None:
        """A finished brainstorm on the meeting's last item for consideration: 50 cards in 5 groups, dots."""
        from meetingdesk.demo.sessions import IDEAS

        rng = self.rng
        at = dt.datetime.combine(day, dt.time(10, 0))
        sid = self.add(TechniqueSession.__table__, {
            "technique": Technique.BRAINSTORM, "agenda_item_id": item_id, "title": "", "stage": "shortlist",
            "status": SessionStatus.CLOSED, "dots_per_participant": 3, "max_dots_per_item": 3,
            "votes_revealed": True, "timer_seconds": None, "timer_started_at": None, "created_at": at,
        })  # fmt: skip
        themes = sorted({theme for _idea, theme in IDEAS})
        clusters = {
            theme: self.add(Cluster.__table__, {"session_id": sid, "name": theme, "position": n, "conclusion": ""})
            for n, theme in enumerate(themes, start=1)
        }
        for n in range(CARDS_PER_SESSION):
            idea, theme = IDEAS[rng.randrange(len(IDEAS))]
            self.add(Card.__table__, {
                "session_id": sid, "stage": "generate", "kind": CardKind.IDEA, "text": f"{idea} ({n + 1})",
                "position": n + 1, "participant_code": f"P{rng.randint(1, 12)}", "cluster_id": clusters[theme],
                "route_question_id": None, "quote": False, "tags": "", "asked_to": "", "question_status": None,
                "answer": "", "action_id": None, "finding_id": None, "source_card_id": None,
                "created_at": at + dt.timedelta(seconds=20 * n), "deleted_at": None,
            })  # fmt: skip
        for participant in range(1, 13):
            for theme in rng.sample(themes, 3):
                self.add(Vote.__table__, {"session_id": sid, "card_id": None, "cluster_id": clusters[theme],
                                          "participant_code": f"P{participant}", "dots": 1})  # fmt: skip

    def _actions(self, did: int, day: dt.date, group_index: int) -> bool:
        """Two to four actions in a state that fits their age; true when one is still open."""
        rng = self.rng
        any_open = False
        for _ in range(rng.choice((2, 3, 3, 4))):
            due = day + dt.timedelta(days=rng.choice((30, 60, 90)))
            roll = rng.random()
            if (self.last_day - due).days > 120:
                status = (
                    ActionStatus.DONE
                    if roll < 0.85
                    else (ActionStatus.CANCELLED if roll < 0.93 else ActionStatus.IN_PROGRESS)
                )
            else:
                status = ActionStatus.NOT_STARTED if roll < 0.4 else (
                    ActionStatus.IN_PROGRESS if roll < 0.8 else ActionStatus.DONE)  # fmt: skip
            any_open |= status.is_open
            owner = rng.choice(self.office.staff) if rng.random() < 0.6 else None
            aid = self.add(Action.__table__, {
                "decision_id": did, "title": rng.choice(ACTION_TITLES), "owner_person_id": owner,
                "owner_group_id": None if owner else self.office.groups[group_index],
                "due_date": due, "status": status, "created_on": day,
            })  # fmt: skip
            if status is not ActionStatus.NOT_STARTED:
                on = min(due, self.last_day)
                self.add(ActionUpdate.__table__, {
                    "action_id": aid, "on_date": on, "recorded_at": dt.datetime.combine(on, dt.time(15, 0)),
                    "old_status": ActionStatus.NOT_STARTED, "new_status": status,
                    "note": "รายงานความก้าวหน้า", "evidence_path": "",
                })  # fmt: skip
        return any_open


def _certify_decade(db: Database, progress: Progress) -> None:
    """Certify every meeting whose next meeting has been held, as the body would have (with real hashes)."""
    with db.writing() as s:
        pairs = s.execute(
            select(AgendaItem.certifies_meeting_id, AgendaItem.meeting_id, Meeting.date)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.certifies_meeting_id.is_not(None))
        ).all()
        total = len(pairs)
        for start in range(0, total, 250):
            chunk = pairs[start : start + 250]
            loaded = {
                m.id: m
                for m in s.scalars(
                    select(Meeting)
                    .where(Meeting.id.in_([p[0] for p in chunk]))
                    .options(
                        selectinload(Meeting.attendance),
                        selectinload(Meeting.agenda_items).selectinload(AgendaItem.decisions),
                    )
                )
            }
            for certified_id, at_id, at_date in chunk:
                assert certified_id is not None  # the query selects only items that certify a meeting
                record = minutes_service.record_from(loaded[certified_id])
                s.add(
                    Certification(
                        meeting_id=certified_id,
                        method=CertificationMethod.AT_MEETING,
                        at_meeting_id=at_id,
                        certified_on=at_date,
                        with_amendments=False,
                        content_hash=minutes_service.record_hash(record),
                        record_json=minutes_service.canonical_json(record),
                    )
                )
                loaded[certified_id].status = MeetingStatus.CERTIFIED
            s.flush()
            progress("certify", min(start + 250, total), total)
