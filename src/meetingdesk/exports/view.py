"""A meeting as plain data: what the document writers are fed (built by ``services/documents.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PersonLine:
    name: str  # prefix + names, as Thai writes it
    role: str  # position in the body (ประธานกรรมการ …) or, for others, their position
    position: str = ""  # official position (for the signature block and the sign-in sheet)
    substitute_for: str = ""  # whom a substitute replaces
    reason: str = ""  # why absent
    signed_in_at: dt.time | None = None


@dataclass(frozen=True)
class ActionLine:
    title: str
    owner: str
    due: dt.date | None
    status_th: str
    owner_is_person: bool = False  # a person (whose name never breaks across lines), not a work group
    progress: str = ""  # the latest progress note (matters arising: as reported by the meeting's date)


@dataclass(frozen=True)
class DecisionView:
    kind_th: str
    text: str
    votes: tuple[int, int, int] | None = None
    actions: list[ActionLine] = field(default_factory=list)


@dataclass(frozen=True)
class ItemView:
    number: str
    section: int
    title: str
    presenter: str = ""
    background: str = ""
    discussion: str = ""
    summary: str = ""
    confidential: bool = False
    decisions: list[DecisionView] = field(default_factory=list)
    # Section 2: the minutes this item certifies, how they were certified, and the amendments made.
    certifies: str = ""
    certified_text: str = ""
    amendments: list[str] = field(default_factory=list)
    # Section 3: the earlier meeting and decision it follows, and what was done since.
    arising_from: str = ""
    arising_decision: str = ""
    arising_actions: list[ActionLine] = field(default_factory=list)


@dataclass(frozen=True)
class SectionView:
    number: int
    title: str
    items: list[ItemView]


@dataclass(frozen=True)
class MeetingView:
    office: str
    body: str
    number: int
    year_be: int
    date: dt.date
    place: str
    title: str
    start_time: dt.time | None
    end_time: dt.time | None
    recording_style: str  # detailed | summary | resolutions
    opening: str
    present: list[PersonLine]
    absent: list[PersonLine]
    attending: list[PersonLine]
    roster: list[PersonLine]  # the body's members on the meeting date (for the sign-in sheet)
    sections: list[SectionView]
    minute_taker: PersonLine | None
    minutes_checker: PersonLine | None
    certified: str = ""  # "รับรองแล้ว …" when the minutes are certified
    later_amendments: list[str] = field(default_factory=list)
