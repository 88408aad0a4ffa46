"""Creating a meeting: its number, the agenda from the body's template, and the matters arising carried
over from the meeting before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    DEFAULT_SECTION_TITLES,
    AgendaSection,
    MeetingStatus,
    RecordingStyle,
)
from meetingdesk.domain.numbering import next_meeting_number
from meetingdesk.domain.thai.dates import be_year, meeting_number_text
from meetingdesk.services.actions import open_clause
from meetingdesk.services.guards import get
from meetingdesk.services.numbering import follow_dates, refuse_second_meeting_on_a_day
from meetingdesk.services.signatures import apply_signature_defaults
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    AgendaTemplateSection,
    Body,
    Decision,
    Meeting,
)


@dataclass(frozen=True)
class NewMeeting:
    """What the user fills in to create a meeting; the number and agenda follow from the rules."""

    body_id: int
    date: dt.date
    start_time: dt.time | None = None
    place: str = ""
    title: str = ""
    recording_style: RecordingStyle = RecordingStyle.SUMMARY
    chair_id: int | None = None
    minute_taker_id: int | None = None
    minutes_checker_id: int | None = None


def section_titles(s: Session, body_id: int) -> dict[int, str]:
    """The body's agenda sections (its template, or the six customary ones)."""
    rows = s.scalars(select(AgendaTemplateSection).where(AgendaTemplateSection.body_id == body_id)).all()
    if rows:
        return {row.section: row.title for row in rows}
    return {int(section): th for section, (th, _en) in DEFAULT_SECTION_TITLES.items()}


def set_default_template(body: Body) -> None:
    """Give a body the six customary agenda sections."""
    body.template = [
        AgendaTemplateSection(section=int(section), title=th) for section, (th, _en) in DEFAULT_SECTION_TITLES.items()
    ]


def create_meeting(db: Database, new: NewMeeting, *, confirmed: bool = False) -> int:
    """Create a meeting numbered ``n/ปี`` (in date order among those not yet held) with its agenda filled in;
    a second meeting of the body on one day needs ``confirmed``. Returns its id."""
    with db.writing() as s:
        return _create_meeting(s, new, confirmed=confirmed)


def _create_meeting(s: Session, new: NewMeeting, *, confirmed: bool = False) -> int:
    body = get(s, Body, new.body_id)
    if not confirmed:
        refuse_second_meeting_on_a_day(s, body.id, new.date)
    year = be_year(new.date.year)
    numbers = s.scalars(select(Meeting.number).where(Meeting.body_id == body.id, Meeting.year_be == year))
    meeting = Meeting(
        body_id=body.id,
        number=next_meeting_number(numbers),
        year_be=year,
        date=new.date,
        start_time=new.start_time,
        place=new.place.strip() or body.default_place,
        title=new.title.strip(),
        recording_style=new.recording_style,
        chair_id=new.chair_id,
        minute_taker_id=new.minute_taker_id,
        minutes_checker_id=new.minutes_checker_id,
        status=MeetingStatus.PLANNED,
    )
    s.add(meeting)
    apply_signature_defaults(s, meeting)  # chair, minutes taker and checker from the body's roles
    s.flush()
    _fill_agenda(s, meeting, body)
    follow_dates(s, body.id, year)  # an earlier date than meetings not yet held: they move up a number
    return meeting.id


def previous_meeting(s: Session, body_id: int, before: Meeting) -> Meeting | None:
    """The body's last meeting before this one (by date, then number)."""
    return s.scalars(
        select(Meeting)
        .where(Meeting.body_id == body_id, Meeting.id != before.id)
        .where((Meeting.date < before.date) | ((Meeting.date == before.date) & (Meeting.id < before.id)))
        .order_by(Meeting.date.desc(), Meeting.year_be.desc(), Meeting.number.desc())
        .limit(1)
    ).first()


def open_decisions(s: Session, body_id: int, before: Meeting) -> list[Decision]:
    """Decisions of the body's earlier meetings that still have an action not done or cancelled."""
    open_action = select(Action.decision_id).where(open_clause()).distinct()
    return list(
        s.scalars(
            select(Decision)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.body_id == body_id, Meeting.date <= before.date, Meeting.id != before.id)
            .where(Decision.id.in_(open_action))
            .order_by(Meeting.date, Meeting.number, AgendaItem.section, AgendaItem.position, Decision.id)
        )
    )


def _fill_agenda(s: Session, meeting: Meeting, body: Body) -> None:
    template = {row.section: row for row in body.template}
    items: list[AgendaItem] = []

    def add(section: int, title: str, **extra: object) -> AgendaItem:
        position = sum(1 for i in items if i.section == section) + 1
        item = AgendaItem(meeting_id=meeting.id, section=section, position=position, title=title, **extra)
        items.append(item)
        return item

    for section in sorted(template):
        for line in template[section].standing_items.splitlines():
            if line.strip():
                add(section, line.strip())
        if section == AgendaSection.CERTIFY_MINUTES:
            prev = previous_meeting(s, body.id, meeting)
            if prev is not None:
                add(
                    section,
                    f"รับรองรายงานการประชุมครั้งที่ {meeting_number_text(prev.number, prev.year_be)}",
                    certifies_meeting_id=prev.id,
                )
        if section == AgendaSection.MATTERS_ARISING:
            for decision in open_decisions(s, body.id, meeting):
                source_item = decision.agenda_item
                source_meeting = source_item.meeting
                add(
                    section,
                    f"ติดตามมติการประชุมครั้งที่ {meeting_number_text(source_meeting.number, source_meeting.year_be)} "
                    f"ระเบียบวาระที่ {source_item.number} เรื่อง {source_item.title}",
                    source_decision=decision,
                )
    s.add_all(items)


# --- the record ------------------------------------------------------------------------------------------
