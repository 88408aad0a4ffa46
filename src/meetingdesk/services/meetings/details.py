"""A meeting's own details: status, times, title, place, opening words and its date (which may renumber it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    MeetingStatus,
    RecordingStyle,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import be_year
from meetingdesk.services.concurrency import check_version
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.services.numbering import HELD, PARKED, follow_dates, refuse_second_meeting_on_a_day
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Meeting,
    Person,
)


def set_meeting_status(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    """Move a meeting along planned → in progress → held → minutes drafted (certification has its own service)."""
    _check_status(status)
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        meeting.status = status


def set_times(db: Database, meeting_id: int, start: dt.time | None, end: dt.time | None) -> None:
    _check_times(start, end)
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        meeting.start_time, meeting.end_time = start, end


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start and end and end < start:
        raise InvalidInput("เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม", "The meeting cannot end before it starts.")


def _check_status(status: MeetingStatus) -> None:
    if status is MeetingStatus.CERTIFIED:
        raise InvalidInput(
            "การรับรองรายงานการประชุมต้องทำผ่านการรับรองในที่ประชุมหรือการเวียน",
            "Minutes are certified at a later meeting or by circulation, not by setting the status.",
        )


# --- details, findings, attachments ----------------------------------------------------------------------

MEETING_FIELDS = ("title", "place", "opening")


def update_meeting(
    db: Database,
    meeting_id: int,
    *,
    recording_style: RecordingStyle | None = None,
    chair_id: int | None = None,
    minute_taker_id: int | None = None,
    minutes_checker_id: int | None = None,
    date: dt.date | None = None,
    confirmed: bool = False,
    **texts: str,
) -> None:
    """Change a meeting's details while its minutes are not certified (one transaction). A new date renumbers
    the meetings not yet held; a held meeting's date moves only within its year (its number stays)."""
    with db.writing() as s:
        _update_meeting(
            s, meeting_id, recording_style=recording_style, chair_id=chair_id, minute_taker_id=minute_taker_id,
            minutes_checker_id=minutes_checker_id, date=date, confirmed=confirmed, **texts,
        )  # fmt: skip


def _update_meeting(
    s: Session,
    meeting_id: int,
    *,
    recording_style: RecordingStyle | None,
    chair_id: int | None,
    minute_taker_id: int | None,
    minutes_checker_id: int | None,
    date: dt.date | None,
    confirmed: bool,
    **texts: str,
) -> Meeting:
    unknown = set(texts) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    meeting = get(s, Meeting, meeting_id)
    ensure_editable(s, meeting_id)
    for name, value in texts.items():
        setattr(meeting, name, value.strip())
    if recording_style is not None:
        meeting.recording_style = recording_style
    if chair_id is not None:
        meeting.chair_id = get(s, Person, chair_id).id
    if minute_taker_id is not None:
        meeting.minute_taker_id = get(s, Person, minute_taker_id).id
    if minutes_checker_id is not None:
        meeting.minutes_checker_id = get(s, Person, minutes_checker_id).id
    if date is not None and date != meeting.date:
        _move_date(s, meeting, date, confirmed=confirmed)
    return meeting


@dataclass(frozen=True)
class MeetingEdit:
    """Everything the details tab saves, in one go."""

    title: str
    place: str
    opening: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    recording_style: RecordingStyle | None = None
    chair_id: int | None = None
    minute_taker_id: int | None = None
    minutes_checker_id: int | None = None
    status: MeetingStatus | None = None  # a new status (the same one, or None, leaves it)
    version: int | None = None  # the meeting's version the edit was made on (None: no check)


def _edited_fields(edit: MeetingEdit) -> dict[str, object]:
    texts = {"title": edit.title.strip(), "place": edit.place.strip(), "opening": edit.opening.strip()}
    return {**texts, "date": edit.date, "start_time": edit.start_time, "end_time": edit.end_time}


def save_details(db: Database, meeting_id: int, edit: MeetingEdit, *, confirmed: bool = False) -> None:
    """The details tab saved: texts, date, signatories, times and status in one transaction (all or nothing)."""
    _check_times(edit.start_time, edit.end_time)
    if edit.status is not None:
        _check_status(edit.status)
    with db.writing() as s:
        check_version(s, get(s, Meeting, meeting_id), edit.version, _edited_fields(edit))
        meeting = _update_meeting(
            s, meeting_id, recording_style=edit.recording_style, chair_id=edit.chair_id,
            minute_taker_id=edit.minute_taker_id, minutes_checker_id=edit.minutes_checker_id, date=edit.date,
            confirmed=confirmed, title=edit.title, place=edit.place, opening=edit.opening,
        )  # fmt: skip
        meeting.start_time, meeting.end_time = edit.start_time, edit.end_time
        if edit.status is not None and edit.status != meeting.status:
            meeting.status = edit.status


def _move_date(s: Session, meeting: Meeting, date: dt.date, *, confirmed: bool) -> None:
    year = be_year(date.year)
    if meeting.status in HELD and year != meeting.year_be:
        raise InvalidInput(
            f"การประชุมครั้งที่ {meeting.number}/{meeting.year_be} ประชุมแล้ว ย้ายไปปี พ.ศ. {year} ไม่ได้ (เลขครั้งต้องคงเดิม)",
            f"Meeting {meeting.number}/{meeting.year_be} was held: it cannot move to {year} (its number stays).",
        )
    if not confirmed:
        refuse_second_meeting_on_a_day(s, meeting.body_id, date, without=meeting.id)
    old_year = meeting.year_be
    if year != old_year:  # a number of the new year, for now: follow_dates puts it in its place
        meeting.number = PARKED + meeting.id
        meeting.year_be = year
    meeting.date = date
    s.flush()
    follow_dates(s, meeting.body_id, old_year, year)
