"""The evidence report's data for one fiscal year: the meetings of each channel the seed names and what they
decided, the techniques used, each project's findings by phase with the meetings that used them and the decisions
that answered them (how far carried out, on time), participation, satisfaction, and the minutes cited.

Counted in a handful of Core queries, whatever the size of the database (the budget is 3 s for a fiscal year of
the decade database, PDF included; ``benchmarks/run.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, BodyKind, MeetingStatus, Phase, Technique
from meetingdesk.domain.followup import DecisionFollowup, MeetingFollowup, totals_of, totals_of_actions
from meetingdesk.domain.satisfaction import level
from meetingdesk.domain.thai.dates import fiscal_year_bounds, full_date, meeting_number_text
from meetingdesk.exports.evidence_view import (
    BodyFollowup,
    Channel,
    CitedMinutes,
    EvidenceView,
    MeetingLine,
    Participation,
    ProjectLine,
    SatisfactionLine,
    TechniqueUse,
    TraceLine,
)
from meetingdesk.services import satisfaction
from meetingdesk.services.dashboard import dashboard
from meetingdesk.services.followup import _actions, followup
from meetingdesk.services.framework import framework
from meetingdesk.services.trace import Trace, of_finding
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Certification,
    Finding,
    Meeting,
    Project,
    TechniqueSession,
    agenda_item_finding,
    decision_finding,
)

meeting = Meeting.__table__.c
body = Body.__table__.c
item = AgendaItem.__table__.c
attendance = Attendance.__table__.c
finding = Finding.__table__.c
project = Project.__table__.c
session = TechniqueSession.__table__.c
cert = Certification.__table__.c
action = Action.__table__

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.CERTIFIED)

# The seed's five ways of bringing results to a body, in its order (shared/seed: วิธีการดำเนินงาน 1-5).
CHANNELS: tuple[tuple[str, tuple[BodyKind, ...]], ...] = (
    ("ผ่านระบบบอร์ดบริหารเขตพื้นที่การศึกษา", (BodyKind.EXECUTIVE_BOARD,)),
    ("ผ่านองค์คณะบุคคล 3 องค์คณะ", (BodyKind.STATUTORY,)),
    ("ผ่านการสนทนากลุ่ม (Focus Group) ของกลุ่มเฉพาะกิจ", (BodyKind.AD_HOC,)),
    ("ผ่านการประชุมประธานเครือข่ายและการประชุมผู้บริหารสถานศึกษา", (BodyKind.NETWORK_CHAIRS, BodyKind.SCHOOL_DIRECTORS)),
    ("ผ่านการประชุมบุคลากรในสำนักงาน", (BodyKind.OFFICE_STAFF,)),
)


def evidence(db: Database, *, fiscal_year: int, today: dt.date | None = None) -> EvidenceView:
    """Everything the evidence report of ``fiscal_year`` (B.E.) shows."""
    today = today or dt.date.today()
    follow = followup(db, fiscal_year=fiscal_year, today=today)
    first, last = fiscal_year_bounds(fiscal_year)
    in_year = [meeting.date >= first, meeting.date <= last]
    by_meeting = {m.meeting_id: m for m in follow.meetings}
    with db.connection() as conn:
        held: list[Any] = list(
            conn.execute(
                select(meeting.id, meeting.number, meeting.year_be, meeting.date, body.id.label("body_id"))
                .add_columns(body.name.label("body"), body.kind)
                .join_from(Meeting.__table__, Body.__table__, body.id == meeting.body_id)
                .where(*in_year, meeting.status.in_(HELD))
                .order_by(meeting.date, meeting.id)
            )
        )
        channels = _channels(conn, held, by_meeting)
        techniques = _techniques(conn, first, last)
        projects = _projects(conn, fiscal_year, today)
        participation = _participation(conn, held)
        cited = _cited(conn, [m.id for m in held])
    per_body: dict[str, list[MeetingFollowup]] = defaultdict(list)
    for m in follow.meetings:
        per_body[m.body].append(m)
    sat_lines = tuple(
        SatisfactionLine(name, s.forms, s.mean, level(s.mean) if s.mean is not None else "-")
        for _id, name, s in satisfaction.by_body(db, fiscal_year=fiscal_year)
    )
    year = satisfaction.summary(db, fiscal_year=fiscal_year)
    board = dashboard(db, fiscal_year=fiscal_year, today=today)
    example = _trace(db, fiscal_year, today)
    return EvidenceView(
        office=follow.office,
        fiscal_year=fiscal_year,
        as_of=today,
        framework=framework(db),
        channels=channels,
        techniques=techniques,
        projects=projects,
        totals=follow.totals,
        by_body=tuple(BodyFollowup(name, totals_of(ms)) for name, ms in per_body.items()),
        participation=participation,
        satisfaction=sat_lines,
        satisfaction_items=tuple((i.label, i.mean, i.responses) for i in year.items),
        satisfaction_forms=year.forms,
        satisfaction_mean=year.mean,
        cited=cited,
        trace_heading=example.subject if example else "",
        trace=tuple(
            TraceLine(step.date, step.kind.label_th, step.title, _short(step.detail))
            for step in (example.steps if example else ())
        ),
        charts={name: getattr(board, name) for name in CHART_NAMES},
    )


TRACE_DETAIL = 200  # characters of a step's detail on the trace page (a focus group's summary runs to pages)


def _short(text: str) -> str:
    """The first ``TRACE_DETAIL`` characters of ``text``, cut at a space, with … where it was cut."""
    text = " ".join(text.split())
    if len(text) <= TRACE_DETAIL:
        return text
    cut = text.rfind(" ", 0, TRACE_DETAIL)
    return text[: cut if cut > TRACE_DETAIL // 2 else TRACE_DETAIL].rstrip() + " …"


CHART_NAMES = (
    "decisions_by_body",
    "decisions_by_quarter",
    "overdue_by_owner",
    "findings_by_project",
    "participation",
    "satisfaction",
)


def _trace(db: Database, fiscal_year: int, today: dt.date) -> Trace | None:
    """The example for the trace page: of the year's projects' findings that a decision answers, a problem or need
    found before or during development (the chain then runs to the result after it) whose decisions had the most
    actions done, then the earliest found."""
    from sqlalchemy import case

    done = func.sum(case((action.c.status == ActionStatus.DONE, 1), else_=0))
    with db.connection() as conn:
        chosen = conn.execute(
            select(finding.id)
            .join_from(Finding.__table__, Project.__table__, project.id == finding.project_id)
            .join(decision_finding, decision_finding.c.finding_id == finding.id)
            .outerjoin(action, action.c.decision_id == decision_finding.c.decision_id)
            .where(project.fiscal_year == fiscal_year)
            .group_by(finding.id)
            .order_by((finding.phase == Phase.AFTER).asc(), done.desc(), finding.found_on, finding.id)
            .limit(1)
        ).scalar()
    return of_finding(db, chosen, today=today) if chosen is not None else None


def _subject(d: DecisionFollowup) -> str:
    return "(วาระลับ)" if d.confidential else d.item_title


def _channels(conn: Connection, held: list[Any], decided: dict[int, MeetingFollowup]) -> tuple[Channel, ...]:
    out = []
    for title, kinds in CHANNELS:
        rows = [m for m in held if m.kind in kinds]
        names = conn.execute(select(body.name).where(body.kind.in_(kinds)).order_by(body.id)).scalars().all()
        lines = []
        for m in rows:
            f = decided.get(m.id)
            decisions = f.decisions if f else ()
            t = totals_of([f]) if f else None
            subjects = tuple(dict.fromkeys(_subject(d) for d in decisions if d.actions))
            lines.append(
                MeetingLine(
                    meeting_id=m.id,
                    body=m.body,
                    number=meeting_number_text(m.number, m.year_be),
                    date=m.date,
                    decisions=len(decisions),
                    to_carry_out=t.to_carry_out if t else 0,
                    carried_out=t.carried_out if t else 0,
                    subjects=subjects,
                )
            )
        out.append(Channel(title, tuple(names), tuple(lines)))
    return tuple(out)


def _techniques(conn: Connection, first: dt.date, last: dt.date) -> tuple[TechniqueUse, ...]:
    """Sessions on an agenda item count by their meeting's date; workshops on their own by the day they began."""
    rows = conn.execute(
        select(session.technique, session.title, session.created_at, meeting.date, meeting.number, meeting.year_be)
        .add_columns(body.short_name, body.name.label("body"))
        .select_from(
            TechniqueSession.__table__.outerjoin(AgendaItem.__table__, item.id == session.agenda_item_id)
            .outerjoin(Meeting.__table__, meeting.id == item.meeting_id)
            .outerjoin(Body.__table__, body.id == meeting.body_id)
        )
        .order_by(session.created_at, session.id)
    ).all()
    found: dict[Technique, Counter[str]] = defaultdict(Counter)
    for r in rows:
        day = r.date or (r.created_at.date() if r.created_at else None)
        if day is None or not first <= day <= last:
            continue
        found[r.technique][(r.short_name or r.body) if r.date is not None else "ประชุมปฏิบัติการ"] += 1
    return tuple(
        TechniqueUse(t.label_th, sum(found[t].values()), tuple(f"{where} {n} ครั้ง" for where, n in found[t].items()))
        for t in Technique
        if found.get(t)
    )


def _projects(conn: Connection, fiscal_year: int, today: dt.date) -> tuple[ProjectLine, ...]:
    projects = conn.execute(
        select(project.id, project.name).where(project.fiscal_year == fiscal_year).order_by(project.id)
    ).all()
    ids = [p.id for p in projects]
    phases: dict[int, Counter[Phase]] = defaultdict(Counter)
    for pid, phase, n in conn.execute(
        select(finding.project_id, finding.phase, func.count()).where(finding.project_id.in_(ids))
        .group_by(finding.project_id, finding.phase)
    ):  # fmt: skip
        phases[pid][phase] = n
    used: dict[int, int] = dict(
        conn.execute(
            select(finding.project_id, func.count(func.distinct(item.meeting_id)))
            .join_from(agenda_item_finding, Finding.__table__, finding.id == agenda_item_finding.c.finding_id)
            .join(AgendaItem.__table__, item.id == agenda_item_finding.c.agenda_item_id)
            .where(finding.project_id.in_(ids))
            .group_by(finding.project_id)
        ).all()
    )
    answering = (
        select(finding.project_id, decision_finding.c.decision_id)
        .join_from(decision_finding, Finding.__table__, finding.id == decision_finding.c.finding_id)
        .where(finding.project_id.in_(ids))
        .distinct()
    )
    decisions_of: dict[int, set[int]] = defaultdict(set)
    for pid, did in conn.execute(answering):
        decisions_of[pid].add(did)
    chosen = select(decision_finding.c.decision_id).join_from(
        decision_finding, Finding.__table__, finding.id == decision_finding.c.finding_id
    )
    actions = _actions(conn, chosen.where(finding.project_id.in_(ids)), today)
    out = []
    for p in projects:
        t = totals_of_actions([actions.get(d, []) for d in decisions_of[p.id]])
        c = phases[p.id]
        out.append(
            ProjectLine(
                project_id=p.id,
                name=p.name,
                by_phase=(c[Phase.BEFORE], c[Phase.DURING], c[Phase.AFTER]),
                meetings=used.get(p.id, 0),
                decisions=t.decisions,
                to_carry_out=t.to_carry_out,
                carried_out=t.carried_out,
                done_with_due=t.done_with_due,
                done_on_time=t.done_on_time,
            )
        )
    return tuple(out)


def _participation(conn: Connection, held: list[Any]) -> tuple[Participation, ...]:
    """Per body, the attendance figures of ``attendance.seats`` (the dashboard's), and the people who took part."""
    from meetingdesk.services.attendance import seats

    counted = seats(conn, [m.id for m in held])
    rows = conn.execute(
        select(meeting.body_id, attendance.person_id)
        .join_from(Attendance.__table__, Meeting.__table__, meeting.id == attendance.meeting_id)
        .where(attendance.meeting_id.in_(list(counted)), attendance.status != AttendanceStatus.ABSENT)
    ).all()
    people: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        people[r.body_id].add(r.person_id)
    out = []
    for body_id, name in {m.body_id: m.body for m in held}.items():
        mine = [c for c in counted.values() if c.body_id == body_id]
        if not mine:
            continue
        out.append(
            Participation(
                name,
                len(mine),
                sum(c.present for c in mine),
                sum(c.appointed for c in mine),
                sum(c.others for c in mine),
                len(people[body_id]),
            )
        )
    return tuple(out)


def _cited(conn: Connection, meeting_ids: list[int]) -> tuple[CitedMinutes, ...]:
    at = Meeting.__table__.alias("at_meeting")
    rows = conn.execute(
        select(meeting.number, meeting.year_be, meeting.date, body.name.label("body"), cert.method, cert.certified_on)
        .add_columns(cert.with_amendments, at.c.number.label("at_number"), at.c.year_be.label("at_year"))
        .join_from(Meeting.__table__, Body.__table__, body.id == meeting.body_id)
        .outerjoin(Certification.__table__, cert.meeting_id == meeting.id)
        .outerjoin(at, at.c.id == cert.at_meeting_id)
        .where(meeting.id.in_(meeting_ids))
        .order_by(body.id, meeting.date)
    ).all()
    out = []
    for r in rows:
        how = ""
        if r.certified_on is not None:
            if r.at_number is not None:
                how = f"รับรองในการประชุมครั้งที่ {meeting_number_text(r.at_number, r.at_year)}"
            else:
                how = f"รับรองโดยการเวียน เมื่อวันที่ {full_date(r.certified_on, weekday=False)}"
            how += " โดยมีการแก้ไข" if r.with_amendments else " โดยไม่มีการแก้ไข"
        out.append(CitedMinutes(r.body, meeting_number_text(r.number, r.year_be), r.date, how))
    return tuple(out)
