"""What the meeting window shows, read in one transaction per view and handed over as plain rows.

Every function here reads (never writes) and returns frozen dataclasses: the window formats them (labels in the
user's language, Thai dates) and holds no database session of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from meetingdesk.domain.enums import AttendanceStatus, DecisionKind, MeetingStatus, MemberRole, Phase, RecordingStyle
from meetingdesk.domain.numbering import item_number
from meetingdesk.services.attendance import roster
from meetingdesk.services.guards import get
from meetingdesk.services.meetings import section_titles
from meetingdesk.services.people import PersonRow, person_rows
from meetingdesk.services.signatures import Signatories, signature_defaults
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Finding,
    Meeting,
    Project,
)


def people(db: Database) -> tuple[PersonRow, ...]:
    """Everyone in the directory, in the order they were entered."""
    with db.reading() as s:
        return person_rows(s)


# --- the heading and the details tab ------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingHeading:
    id: int
    body_id: int
    body_name: str
    number: int
    year_be: int
    date: dt.date
    status: MeetingStatus


def meeting_heading(db: Database, meeting_id: int) -> MeetingHeading:
    """The meeting's body, number, date and status (the window's heading)."""
    with db.reading() as s:
        m = get(s, Meeting, meeting_id)
        return MeetingHeading(m.id, m.body_id, m.body.name, m.number, m.year_be, m.date, m.status)


@dataclass(frozen=True)
class MeetingDetails:
    """The details tab: what the meeting holds, and the signatories its body's roles suggest."""

    title: str
    date: dt.date
    place: str
    start_time: dt.time | None
    end_time: dt.time | None
    recording_style: RecordingStyle
    status: MeetingStatus
    opening: str
    chair_id: int | None
    minute_taker_id: int | None
    minutes_checker_id: int | None
    suggested: Signatories
    people: tuple[PersonRow, ...]
    version: int = 1  # what a save sends back (``MeetingEdit.version``): another person's change is not overwritten


def meeting_details(db: Database, meeting_id: int) -> MeetingDetails:
    with db.reading() as s:
        m = get(s, Meeting, meeting_id)
        return MeetingDetails(
            title=m.title, date=m.date, place=m.place, start_time=m.start_time, end_time=m.end_time,
            recording_style=m.recording_style, status=m.status, opening=m.opening, chair_id=m.chair_id,
            minute_taker_id=m.minute_taker_id, minutes_checker_id=m.minutes_checker_id,
            suggested=signature_defaults(s, m.body_id, m.date), people=person_rows(s), version=m.version,
        )  # fmt: skip


# --- the agenda tab -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaRow:
    id: int
    section: int
    position: int
    number: str  # 5.1
    title: str
    confidential: bool
    findings: tuple[str, ...]  # the findings the item takes up (their text)
    attachments: tuple[str, ...]  # the files attached (their labels)


@dataclass(frozen=True)
class AgendaView:
    titles: dict[int, str]  # the body's section titles, by section number
    items: tuple[AgendaRow, ...]  # in section and position order


def agenda(db: Database, meeting_id: int) -> AgendaView:
    """The meeting's agenda by section, with what each item takes up and carries."""
    with db.reading() as s:
        meeting = get(s, Meeting, meeting_id)
        items = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.section, AgendaItem.position)
            .options(selectinload(AgendaItem.findings), selectinload(AgendaItem.attachments))
        ).all()
        return AgendaView(section_titles(s, meeting.body_id), tuple(_agenda_row(i) for i in items))


def _agenda_row(i: AgendaItem) -> AgendaRow:
    findings, files = tuple(f.text for f in i.findings), tuple(a.label for a in i.attachments)
    return AgendaRow(i.id, i.section, i.position, i.number, i.title, i.confidential, findings, files)


@dataclass(frozen=True)
class FindingRow:
    id: int
    fiscal_year: int
    project: str
    phase: Phase
    text: str


@dataclass(frozen=True)
class FindingChoices:
    linked: frozenset[int]  # the findings the item takes up now
    findings: tuple[FindingRow, ...]  # every finding, the latest fiscal year first (at most ``limit``)


def finding_choices(db: Database, item_id: int, *, limit: int = 3000) -> FindingChoices:
    """The project findings an agenda item may take up, and those it does."""
    with db.reading() as s:
        item = s.get(AgendaItem, item_id)
        linked = frozenset(f.id for f in item.findings) if item is not None else frozenset()
        rows = s.execute(
            select(Finding.id, Project.fiscal_year, Project.name, Finding.phase, Finding.text)
            .join(Project, Project.id == Finding.project_id)
            .order_by(Project.fiscal_year.desc(), Project.id, Finding.id)
            .limit(limit)
        ).all()
        return FindingChoices(linked, tuple(FindingRow(*row) for row in rows))


# --- the attendance tab -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    """One line of the attendance table: a member of the body (recorded or not yet), or someone recorded."""

    person_id: int
    name: str
    role: MemberRole | None  # a member's role (a substitute sits in the member's), shown in the user's language
    role_text: str  # otherwise what was recorded (an attendee's position)
    status: AttendanceStatus | None  # None: not recorded yet
    absence_reason: str
    substitute_for_id: int | None
    substitute_for: str  # the name of the member replaced
    signed_in_at: dt.time | None


@dataclass(frozen=True)
class AttendanceView:
    rows: tuple[AttendanceRow, ...]  # the members in roster order, then the others in the order recorded
    member_ids: frozenset[int]
    people: tuple[PersonRow, ...]  # the directory (to add an attendee, or name whom a substitute replaces)


def attendance(db: Database, meeting_id: int) -> AttendanceView:
    with db.reading() as s:
        meeting = get(s, Meeting, meeting_id)
        everyone = person_rows(s)
        names = {p.id: p.name for p in everyone}
        members = roster(s, meeting.body_id, meeting.date)
        recorded = {a.person_id: a for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))}
        role_of = {m.person_id: m.role for m in members}
        pairs: list[tuple[int, MemberRole | None, Attendance | None]] = [
            (m.person_id, m.role, recorded.pop(m.person_id, None)) for m in members
        ]
        pairs += [  # a substitute sits as the member
            (a.person_id, role_of.get(a.substitute_for_id or 0), a)
            for a in sorted(recorded.values(), key=lambda a: a.order)
        ]
        rows = tuple(_attendance_row(pid, role, a, names) for pid, role, a in pairs)
        return AttendanceView(rows, frozenset(role_of), everyone)


def _attendance_row(pid: int, role: MemberRole | None, a: Attendance | None, names: dict[int, str]) -> AttendanceRow:
    if a is None:
        return AttendanceRow(pid, names.get(pid, ""), role, "", None, "", None, "", None)
    replaced = names.get(a.substitute_for_id, "") if a.substitute_for_id else ""
    return AttendanceRow(
        pid,
        names.get(pid, ""),
        role,
        a.role_text,
        a.status,
        a.absence_reason,
        a.substitute_for_id,
        replaced,
        a.signed_in_at,
    )


# --- the record tab -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemTitle:
    id: int
    number: str
    title: str


def item_titles(db: Database, meeting_id: int) -> tuple[ItemTitle, ...]:
    """The agenda items in order, numbered (the record tab's list)."""
    with db.reading() as s:
        rows = s.execute(
            select(AgendaItem.id, AgendaItem.section, AgendaItem.position, AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.section, AgendaItem.position)
        ).all()
    return tuple(ItemTitle(iid, item_number(section, position), title) for iid, section, position, title in rows)


@dataclass(frozen=True)
class ItemTexts:
    background: str
    discussion: str
    summary: str


def item_texts(db: Database, item_id: int) -> ItemTexts | None:
    """What the record holds for an item (None when the item is gone)."""
    with db.reading() as s:
        item = s.get(AgendaItem, item_id)
        return None if item is None else ItemTexts(item.background, item.discussion, item.summary)


@dataclass(frozen=True)
class ActionLine:
    id: int
    title: str
    owner: str  # a person's name or a work group's
    due_date: dt.date | None


@dataclass(frozen=True)
class DecisionLine:
    id: int
    kind: DecisionKind
    text: str
    votes: tuple[int, int, int] | None  # for, against, abstaining
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class PreviousMinutes:
    """The meeting whose minutes a section 2 item certifies."""

    meeting_id: int
    number: int
    year_be: int
    certified: bool


@dataclass(frozen=True)
class RecordItem:
    id: int
    texts: ItemTexts
    decisions: tuple[DecisionLine, ...]
    certifies: PreviousMinutes | None
    version: int = 1  # the item's, for ``update_agenda_item(expected_version=…)``


def _action_line(a: Action) -> ActionLine:
    owner = a.owner_person.full_name if a.owner_person else (a.owner_group.name if a.owner_group else "")
    return ActionLine(a.id, a.title, owner, a.due_date)


def _decision_line(d: Decision) -> DecisionLine:
    votes = (d.votes_for, d.votes_against or 0, d.votes_abstain or 0) if d.votes_for is not None else None
    return DecisionLine(d.id, d.kind, d.text, votes, tuple(_action_line(a) for a in d.actions))


def record_item(db: Database, item_id: int) -> RecordItem:
    """One item's record: its texts, its decisions with their actions, the minutes it certifies (if any)."""
    with db.reading() as s:
        item = get(s, AgendaItem, item_id)
        previous = item.certifies_meeting
        return RecordItem(
            id=item.id,
            version=item.version,
            texts=ItemTexts(item.background, item.discussion, item.summary),
            decisions=tuple(_decision_line(d) for d in item.decisions),
            certifies=None
            if previous is None
            else PreviousMinutes(
                previous.id, previous.number, previous.year_be, previous.status is MeetingStatus.CERTIFIED
            ),
        )
