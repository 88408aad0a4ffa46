"""An iCalendar file (RFC 5545) of meetings and action due dates, for Outlook, Google Calendar or Thunderbird.

Written here rather than with the ``icalendar`` package (9 MB with dateutil and tzdata, 65-80 ms to import) for
the few properties we need; the tests read our files back with that package, an independent parser. Meetings
are timed events in UTC (calendar programs show them in the computer's zone); due dates are all-day events.
UIDs are built from the record's id and the office, so importing the file again updates the events it added
before instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")
PRODID = "-//MeetingDesk//MeetingDesk//TH"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: dt.datetime | dt.date  # a datetime with its zone, or a date for an all-day event
    end: dt.datetime | dt.date
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class CalendarView:
    name: str  # the calendar's name (X-WR-CALNAME)
    events: Sequence[CalendarEvent]


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon and comma escaped, line ends as ``\\n``."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """A content line folded at 75 octets without splitting a UTF-8 character; continuations begin with a space."""
    data = line.encode("utf-8")
    out = bytearray()
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never inside a character's bytes
            cut -= 1
        out += data[:cut] + b"\r\n "
        data = data[cut:]
        limit = 74  # the leading space counts
    return bytes(out + data + b"\r\n")


def _when(name: str, value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return f"{name}:{value.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def calendar_bytes(view: CalendarView, *, now: dt.datetime | None = None) -> bytes:
    """The whole file."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(view.name)}",
        "X-WR-TIMEZONE:Asia/Bangkok",
    ]
    for event in view.events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            _when("DTSTART", event.start),
            _when("DTEND", event.end),
            f"SUMMARY:{escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape(event.location)}")
        if event.categories:
            lines.append("CATEGORIES:" + ",".join(escape(c) for c in event.categories))
        if not isinstance(event.start, dt.datetime):
            lines.append("TRANSP:TRANSPARENT")  # a due date does not make anyone busy
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
