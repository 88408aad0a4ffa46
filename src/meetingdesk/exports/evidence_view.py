"""What the evidence report shows for one fiscal year, as plain data (built by ``services/evidence.py``).

Each part answers one kind of evidence item of the indicator framework (``domain/framework.ANSWERS``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from meetingdesk.domain.figures import Chart
from meetingdesk.domain.followup import Totals
from meetingdesk.domain.framework import Framework


@dataclass(frozen=True)
class MeetingLine:
    meeting_id: int
    body: str
    number: str  # "3/2569"
    date: dt.date
    decisions: int
    to_carry_out: int
    carried_out: int
    subjects: tuple[str, ...]  # the items whose decisions gave work to do (confidential ones as such)


@dataclass(frozen=True)
class Channel:
    """One way the seed names of bringing results to a body (executive board, statutory bodies, ...)."""

    title: str
    bodies: tuple[str, ...]
    meetings: tuple[MeetingLine, ...]


@dataclass(frozen=True)
class TechniqueUse:
    technique: str  # its Thai name
    sessions: int
    where: tuple[str, ...]  # "บุคลากร 3 ครั้ง": where it was used (a body's short name, or ประชุมปฏิบัติการ)


@dataclass(frozen=True)
class ProjectLine:
    project_id: int
    name: str
    by_phase: tuple[int, int, int]  # findings before, during, after development
    meetings: int  # meetings whose agenda used its findings
    decisions: int  # decisions that answered them
    to_carry_out: int
    carried_out: int
    done_with_due: int
    done_on_time: int


@dataclass(frozen=True)
class BodyFollowup:
    body: str
    totals: Totals


@dataclass(frozen=True)
class Participation:
    body: str
    meetings: int
    present: int  # members present, summed over the meetings
    appointed: int  # members present or absent
    others: int  # others attending, summed
    people: int  # different people who took part at all


@dataclass(frozen=True)
class SatisfactionLine:
    body: str
    forms: int
    mean: float | None
    level: str


@dataclass(frozen=True)
class TraceLine:
    date: dt.date | None
    kind: str  # its Thai label
    title: str
    detail: str


@dataclass(frozen=True)
class CitedMinutes:
    body: str
    number: str
    date: dt.date
    certified: str  # how and when, "" when not yet certified


@dataclass(frozen=True)
class EvidenceView:
    office: str
    fiscal_year: int
    as_of: dt.date
    framework: Framework
    channels: tuple[Channel, ...]
    techniques: tuple[TechniqueUse, ...]
    projects: tuple[ProjectLine, ...]
    totals: Totals
    by_body: tuple[BodyFollowup, ...]
    participation: tuple[Participation, ...]
    satisfaction: tuple[SatisfactionLine, ...]
    satisfaction_items: tuple[tuple[str, float | None, int], ...]  # (item, mean, responses) over the year
    satisfaction_forms: int
    satisfaction_mean: float | None
    cited: tuple[CitedMinutes, ...]
    trace_heading: str = ""
    trace: tuple[TraceLine, ...] = ()
    charts: dict[str, Chart] = field(default_factory=dict)  # the dashboard's, by its field name
