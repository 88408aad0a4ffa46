"""What the calendar file holds: every meeting (or a fiscal year's), and the due dates of the actions still open.

Two queries. A meeting without a start time is an all-day event; one without an end time lasts three hours.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import ColumnElement, select

from meetingdesk.domain.enums import OPEN_ACTION_STATUSES
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import fiscal_year_bounds, meeting_number_text
from meetingdesk.exports.calendar import BANGKOK, CalendarEvent, CalendarView
from meetingdesk.exports.followup import meeting_of
from meetingdesk.services.first_view import OFFICE_NAME
from meetingdesk.services.followup import check_fiscal_year
from meetingdesk.services.listing import actions_joined, owner_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Body, Decision, Meeting, Person, WorkGroup

meeting = Meeting.__table__.c
body = Body.__table__.c
item = AgendaItem.__table__.c
decision = Decision.__table__.c
action = Action.__table__.c
person = Person.__table__.c
group = WorkGroup.__table__.c

DEFAULT_LENGTH = dt.timedelta(hours=3)


def _uid(kind: str, record_id: int, office: str) -> str:
    """Stable across exports of the same office; different offices' ids do not collide."""
    tag = hashlib.sha256(office.encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{record_id}-{tag}@meetingdesk"


def calendar_view(db: Database, *, fiscal_year: int | None = None) -> CalendarView:
    """Meetings as timed events, open actions' due dates as all-day events (Thai summaries)."""
    where: list[ColumnElement[bool]] = []
    if fiscal_year is not None:
        check_fiscal_year(fiscal_year)
        first, last = fiscal_year_bounds(fiscal_year)
        where = [meeting.date >= first, meeting.date <= last]
    meetings = (
        select(meeting.id, meeting.number, meeting.year_be, meeting.date, meeting.start_time, meeting.end_time)
        .add_columns(meeting.place, meeting.title, body.name.label("body"), body.short_name)
        .join_from(Meeting.__table__, Body.__table__, body.id == meeting.body_id)
        .where(*where)
        .order_by(meeting.date, meeting.id)
    )
    actions = (
        select(action.id, action.title, action.due_date, decision.text.label("decision"), item.section, item.position)
        .add_columns(item.confidential, meeting.number, meeting.year_be, body.name.label("body"))
        .add_columns(person.prefix, person.first_name, person.last_name, group.name.label("group"))
        .select_from(actions_joined())
        .where(action.due_date.is_not(None), action.status.in_(OPEN_ACTION_STATUSES), *where)
        .order_by(action.due_date, action.id)
    )
    events: list[CalendarEvent] = []
    with db.connection() as conn:
        office = conn.execute(OFFICE_NAME).scalar() or ""
        for m in conn.execute(meetings):
            number = meeting_number_text(m.number, m.year_be)
            summary = f"ประชุม{m.short_name or m.body} ครั้งที่ {number}" + (f" เรื่อง {m.title}" if m.title else "")
            start: dt.datetime | dt.date = m.date
            end: dt.datetime | dt.date = m.date + dt.timedelta(days=1)
            if m.start_time is not None:
                start = dt.datetime.combine(m.date, m.start_time, BANGKOK)
                later = m.end_time is not None and m.end_time > m.start_time
                end = dt.datetime.combine(m.date, m.end_time, BANGKOK) if later else start + DEFAULT_LENGTH
            events.append(
                CalendarEvent(
                    uid=_uid("meeting", m.id, office),
                    summary=summary,
                    start=start,
                    end=end,
                    description=f"{meeting_of(m.body)} ครั้งที่ {number}",
                    location=m.place,
                    categories=("การประชุม",),
                )
            )
        for a in conn.execute(actions):
            owner = owner_text(a)
            where_from = f"มติ{meeting_of(a.body)} ครั้งที่ {meeting_number_text(a.number, a.year_be)}"
            where_from += f" ระเบียบวาระที่ {item_number(a.section, a.position)}"
            text = "" if a.confidential else f"\n{a.decision}"
            title = "(วาระลับ)" if a.confidential else a.title  # a personnel matter stays out of shared calendars
            events.append(
                CalendarEvent(
                    uid=_uid("action", a.id, office),
                    summary=f"กำหนดเสร็จ: {title}" + (f" ({owner})" if owner else ""),
                    start=a.due_date,
                    end=a.due_date + dt.timedelta(days=1),
                    description=f"{where_from}{text}",
                    categories=("กำหนดเสร็จตามมติ",),
                )
            )
    return CalendarView(name=f"MeetingDesk {office}".strip(), events=events)
