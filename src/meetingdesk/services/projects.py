"""Projects per fiscal year and their findings, and where each finding went: the agenda items that took it
up and the decisions that answer it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from meetingdesk.domain.enums import FindingKind, Phase
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.services.guards import get, required_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Body,
    Decision,
    Finding,
    Meeting,
    Project,
    agenda_item_finding,
    decision_finding,
)


def add_project(db: Database, fiscal_year: int, name: str, *, code: str = "", budget: int | None = None) -> int:
    name = required_text(name, "ชื่อโครงการ", "project name")
    if not 2400 <= fiscal_year <= 2700:
        raise InvalidInput("ปีงบประมาณต้องเป็นพุทธศักราช เช่น 2569", "The fiscal year is a Buddhist-era year, e.g. 2569.")
    if budget is not None and budget < 0:
        raise InvalidInput("งบประมาณต้องไม่ติดลบ", "The budget cannot be negative.")
    with db.writing() as s:
        project = Project(fiscal_year=fiscal_year, name=name, code=code.strip(), budget=budget)
        s.add(project)
        s.flush()
        return project.id


def add_finding(
    db: Database,
    project_id: int,
    phase: Phase,
    kind: FindingKind,
    text: str,
    *,
    source: str = "",
    found_on: dt.date | None = None,
) -> int:
    text = required_text(text, "ผลการดำเนินงาน", "finding")
    with db.writing() as s:
        get(s, Project, project_id)
        finding = Finding(project_id=project_id, phase=phase, kind=kind, text=text, source=source.strip(),
                          found_on=found_on)  # fmt: skip
        s.add(finding)
        s.flush()
        return finding.id


@dataclass(frozen=True)
class ProjectRow:
    id: int
    fiscal_year: int
    code: str
    name: str
    findings: int


def list_projects(db: Database, fiscal_year: int | None = None) -> list[ProjectRow]:
    counts = select(Finding.project_id, func.count().label("n")).group_by(Finding.project_id).subquery()
    query = (
        select(Project.id, Project.fiscal_year, Project.code, Project.name, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.project_id == Project.id)
        .order_by(Project.fiscal_year.desc(), Project.code, Project.name)
    )
    if fiscal_year is not None:
        query = query.where(Project.fiscal_year == fiscal_year)
    with db.reading() as s:
        return [ProjectRow(*r) for r in s.execute(query)]


@dataclass(frozen=True)
class FindingRow:
    id: int
    phase: Phase
    kind: FindingKind
    text: str
    source: str
    discussed: int  # agenda items that took it up
    answered: int  # decisions that answer it


def list_findings(db: Database, project_id: int, *, phase: Phase | None = None) -> list[FindingRow]:
    discussed = (
        select(agenda_item_finding.c.finding_id, func.count().label("n"))
        .group_by(agenda_item_finding.c.finding_id)
        .subquery()
    )
    answered = (
        select(decision_finding.c.finding_id, func.count().label("n"))
        .group_by(decision_finding.c.finding_id)
        .subquery()
    )
    query = (
        select(
            Finding.id,
            Finding.phase,
            Finding.kind,
            Finding.text,
            Finding.source,
            func.coalesce(discussed.c.n, 0),
            func.coalesce(answered.c.n, 0),
        )
        .outerjoin(discussed, discussed.c.finding_id == Finding.id)
        .outerjoin(answered, answered.c.finding_id == Finding.id)
        .where(Finding.project_id == project_id)
        .order_by(Finding.phase, Finding.kind, Finding.id)
    )
    if phase is not None:
        query = query.where(Finding.phase == phase)
    with db.reading() as s:
        return [FindingRow(*r) for r in s.execute(query)]


@dataclass(frozen=True)
class TraceLine:
    meeting_id: int
    where: str  # "คณะกรรมการ… ครั้งที่ 3/2569 วาระ 4.2 ชื่อเรื่อง"
    decision: str  # the decision's text ("" for a discussion without a decision on it)


def finding_trace(db: Database, finding_id: int) -> tuple[list[TraceLine], list[TraceLine]]:
    """Where a finding was discussed, and the decisions that answer it."""
    with db.reading() as s:
        get(s, Finding, finding_id)

        def where(item: AgendaItem, meeting: Meeting, body: Body) -> str:
            number = meeting_number_text(meeting.number, meeting.year_be)
            return f"{body.name} ครั้งที่ {number} วาระ {item_number(item.section, item.position)} {item.title}"

        discussed = [
            TraceLine(m.id, where(i, m, b), "")
            for i, m, b in s.execute(
                select(AgendaItem, Meeting, Body)
                .join(agenda_item_finding, agenda_item_finding.c.agenda_item_id == AgendaItem.id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .join(Body, Body.id == Meeting.body_id)
                .where(agenda_item_finding.c.finding_id == finding_id)
                .order_by(Meeting.date)
            )
        ]
        answered = [
            TraceLine(m.id, where(i, m, b), d.text)
            for d, i, m, b in s.execute(
                select(Decision, AgendaItem, Meeting, Body)
                .join(decision_finding, decision_finding.c.decision_id == Decision.id)
                .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .join(Body, Body.id == Meeting.body_id)
                .where(decision_finding.c.finding_id == finding_id)
                .order_by(Meeting.date)
            )
        ]
    return discussed, answered
