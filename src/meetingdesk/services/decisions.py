"""Correcting a decision until the minutes are certified: its wording, kind, votes and the findings it answers.

Votes are counted among the members present (substitutes included, others attending not): more votes than
members present is a typing mistake, refused before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import AttendanceStatus, DecisionKind, Phase
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import fiscal_year
from meetingdesk.services.concurrency import check_version
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.services.numbering import move_on
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Attendance, Decision, Finding, Project

Votes = tuple[int, int, int]  # for, against, abstaining


@dataclass(frozen=True)
class FindingChoice:
    id: int
    project: str
    phase: Phase
    text: str

    def label(self, lang: str = "th") -> str:
        """The project, the phase (in the interface's language) and the finding, as a person picks it."""
        return f"{self.project} ({self.phase.label(lang)}): {self.text}"


@dataclass(frozen=True)
class DecisionDetail:
    """A decision as the record tab corrects it, with the findings it may answer."""

    id: int
    kind: DecisionKind
    text: str
    votes: Votes | None
    answered: tuple[int, ...]
    candidates: tuple[FindingChoice, ...]  # the item's findings, those answered, else the fiscal year's
    version: int = 1  # sent back by the correction (``update_decision(expected_version=…)``)


def finding_choice(finding: Finding) -> FindingChoice:
    return FindingChoice(finding.id, finding.project.name, finding.phase, finding.text)


def decision_detail(db: Database, decision_id: int) -> DecisionDetail:
    with db.reading() as s:
        decision = get(s, Decision, decision_id)
        item = decision.agenda_item
        found = {f.id: f for f in [*item.findings, *decision.findings]}
        if not found:
            year = fiscal_year(item.meeting.date)
            query = select(Finding).join(Project).where(Project.fiscal_year == year).order_by(Project.id, Finding.id)
            found = {f.id: f for f in s.scalars(query)}
        votes = None
        if decision.votes_for is not None:
            votes = (decision.votes_for, decision.votes_against or 0, decision.votes_abstain or 0)
        return DecisionDetail(
            id=decision.id,
            kind=decision.kind,
            text=decision.text,
            votes=votes,
            answered=tuple(f.id for f in decision.findings),
            candidates=tuple(finding_choice(f) for f in found.values()),
            version=decision.version,
        )


def check_votes(s: Session, meeting_id: int, votes: Votes | None) -> None:
    """Refuse negative counts, and more votes than members present."""
    if votes is None:
        return
    if any(v < 0 for v in votes):
        raise InvalidInput("จำนวนคะแนนเสียงต้องไม่ติดลบ", "Vote counts cannot be negative.")
    present = s.scalar(
        select(func.count()).where(Attendance.meeting_id == meeting_id, Attendance.status == AttendanceStatus.PRESENT)
    )
    total = sum(votes)
    if total > (present or 0):
        if not present:
            raise InvalidInput(
                "ยังไม่ได้บันทึกผู้มาประชุม จึงนับคะแนนเสียงไม่ได้ กรุณาบันทึกผู้เข้าประชุมก่อน",
                "No members are recorded as present, so votes cannot be counted: take attendance first.",
            )
        raise InvalidInput(
            f"คะแนนเสียงรวม {total} เสียง (เห็นชอบ {votes[0]} ไม่เห็นชอบ {votes[1]} งดออกเสียง {votes[2]}) "
            f"เกินจำนวนกรรมการที่มาประชุม {present} คน",
            f"{total} votes ({votes[0]} for, {votes[1]} against, {votes[2]} abstaining) are more than "
            f"the {present} members present.",
        )


def update_decision(
    db: Database,
    decision_id: int,
    *,
    kind: DecisionKind,
    text: str,
    votes: Votes | None,
    finding_ids: list[int] | None = None,
    expected_version: int | None = None,
) -> None:
    """Correct a decision (one transaction) while the minutes are not certified; refused (``EditConflict``) when
    someone else changed its kind or text after ``expected_version``."""
    with db.writing() as s:
        decision = get(s, Decision, decision_id)
        meeting = decision.agenda_item.meeting
        ensure_editable(s, meeting.id)
        check_votes(s, meeting.id, votes)
        check_version(s, decision, expected_version, {"kind": kind, "text": text.strip() or kind.label_th})
        decision.kind = kind
        decision.text = text.strip() or kind.label_th
        decision.votes_for, decision.votes_against, decision.votes_abstain = votes or (None, None, None)
        if finding_ids is not None:
            decision.findings = [get(s, Finding, fid) for fid in dict.fromkeys(finding_ids)]
        move_on(s, meeting)


def set_answered_findings(db: Database, decision_id: int, finding_ids: list[int]) -> None:
    """The project findings a decision answers (replacing the earlier ones)."""
    with db.writing() as s:
        decision = get(s, Decision, decision_id)
        ensure_editable(s, decision.agenda_item.meeting_id)
        decision.findings = [get(s, Finding, fid) for fid in dict.fromkeys(finding_ids)]
