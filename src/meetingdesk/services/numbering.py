"""Meeting numbers that follow dates, the minutes each meeting certifies, and a meeting's status moving on.

``ครั้งที่ n/พ.ศ.`` counts a body's meetings within a Buddhist-era year. A meeting that was held (or is being held)
keeps its number for good: it is printed on minutes people have signed. The meetings not yet held take the
numbers after the held ones in the order of their dates, so creating a meeting with an earlier date, or moving a
date, renumbers only meetings that nobody has sat in yet. Section 2 of each meeting not yet held certifies the
minutes of the body's meeting just before it, by date.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import AgendaSection, MeetingStatus
from meetingdesk.domain.errors import NeedsConfirmation
from meetingdesk.domain.thai.dates import be_year, full_date, meeting_number_text
from meetingdesk.storage.models import AgendaItem, Attendance, Certification, Decision, Meeting

HELD = {MeetingStatus.IN_PROGRESS, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.CERTIFIED}
PARKED = 1_000_000  # a number no meeting has, held for an instant while numbers are swapped
CERTIFY_TITLE = "รับรองรายงานการประชุมครั้งที่ "


def refuse_second_meeting_on_a_day(s: Session, body_id: int, day: dt.date, *, without: int | None = None) -> None:
    """A body seldom meets twice on one day: the second meeting is created only when the user confirms it."""
    query = select(Meeting).where(Meeting.body_id == body_id, Meeting.date == day)
    if without is not None:
        query = query.where(Meeting.id != without)
    other = s.scalars(query.limit(1)).first()
    if other is not None:
        number = meeting_number_text(other.number, other.year_be)
        raise NeedsConfirmation(
            f"องค์คณะนี้มีการประชุมครั้งที่ {number} ใน{full_date(day)} อยู่แล้ว ต้องการสร้างการประชุมอีกครั้งในวันเดียวกันหรือไม่",
            f"This body already meets on {day:%d %b} {be_year(day.year)} (meeting {number}). "
            "Create another meeting on the same day?",
        )


def renumber(s: Session, body_id: int, year_be: int) -> list[int]:
    """Held meetings keep their numbers; those still to come follow them in date order. Returns the ids of
    those renumbered."""
    year = list(
        s.scalars(
            select(Meeting)
            .where(Meeting.body_id == body_id, Meeting.year_be == year_be)
            .order_by(Meeting.date, Meeting.id)
        )
    )
    held = [m for m in year if m.status in HELD]
    last_held = max((m.date for m in held), default=None)
    # a meeting not held but dated before the last held one keeps its number (it is in the past: the
    # meetings held since are numbered after it); the ones still to come follow in date order
    kept = [
        m for m in year if m.status not in HELD and last_held is not None and m.date < last_held and m.number < PARKED
    ]
    waiting = [m for m in year if m.status not in HELD and m not in kept]
    first = max((m.number for m in [*held, *kept]), default=0) + 1
    wanted = {m.id: first + n for n, m in enumerate(waiting)}
    if any(m.number != wanted[m.id] for m in waiting):
        for m in waiting:  # two steps: (body, year, number) is unique at every flush
            m.number = PARKED + m.id
        s.flush()
        for m in waiting:
            m.number = wanted[m.id]
        s.flush()
    return [m.id for m in waiting]


def follow_dates(s: Session, body_id: int, *years_be: int) -> None:
    """After a meeting of the body was created, dated or held: numbers, then what each section 2 certifies
    (a meeting not yet held certifies the one just before it) and the number its title names."""
    from meetingdesk.services.meetings import previous_meeting

    waiting: list[int] = []
    for year in sorted(set(years_be)):
        waiting += renumber(s, body_id, year)
    if not waiting:
        return
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.section == AgendaSection.CERTIFY_MINUTES, AgendaItem.certifies_meeting_id.is_not(None))
        .where(AgendaItem.meeting_id.in_(waiting) | AgendaItem.certifies_meeting_id.in_(waiting))
        .where(AgendaItem.meeting_id.not_in(select(Certification.meeting_id)))
    ).all()
    for item in items:
        meeting = s.get(Meeting, item.meeting_id)
        if meeting is not None and meeting.status not in HELD:
            before = previous_meeting(s, body_id, meeting)
            if before is not None and before.id != item.certifies_meeting_id:
                item.certifies_meeting_id = before.id
        target = s.get(Meeting, item.certifies_meeting_id)
        if target is not None and item.title.startswith(CERTIFY_TITLE):
            title = CERTIFY_TITLE + meeting_number_text(target.number, target.year_be)
            if item.title != title:
                item.title = title


def move_on(s: Session, meeting: Meeting) -> None:
    """A meeting with attendance taken is held; with a record (a decision, or what was said), its minutes are
    drafted. Status only moves forward here, and never to certified (that is certification's)."""
    if meeting.status in (MeetingStatus.CERTIFIED, MeetingStatus.MINUTES_DRAFTED):
        return
    s.flush()
    recorded = s.scalar(
        select(
            exists().where(
                Decision.agenda_item_id == AgendaItem.id,
                AgendaItem.meeting_id == meeting.id,
            )
            | exists().where(
                AgendaItem.meeting_id == meeting.id, (AgendaItem.discussion != "") | (AgendaItem.summary != "")
            )
        )
    )
    attended = s.scalar(select(exists().where(Attendance.meeting_id == meeting.id)))
    was = meeting.status
    if recorded:
        meeting.status = MeetingStatus.MINUTES_DRAFTED
    elif attended and meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.HELD
    if was not in HELD and meeting.status in HELD:
        follow_dates(s, meeting.body_id, meeting.year_be)
