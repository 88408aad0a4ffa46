"""The .ics file read back by the icalendar package (an independent parser): meetings as timed events, open
actions' due dates as all-day events, Thai summaries, UIDs that stay the same from one export to the next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from meetingdesk.exports.calendar import CalendarEvent, CalendarView, calendar_bytes
from meetingdesk.services import reports
from meetingdesk.storage.database import Database
from tests.services.report_office import counted_year


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_meetings_and_open_due_dates(db: Database, tmp_path: Path) -> None:
    counted_year(db)
    events = _events(reports.export_calendar(db, tmp_path / "office.ics"))
    meetings = [e for e in events if isinstance(e.decoded("DTSTART"), dt.datetime)]
    dues = [e for e in events if not isinstance(e.decoded("DTSTART"), dt.datetime)]
    assert len(meetings) == 4  # every meeting, both fiscal years
    first = meetings[0]
    assert str(first["SUMMARY"]) == "ประชุมคณะกรรมการบริหาร สพป.ทดสอบ เขต 1 ครั้งที่ 1/2568"
    start = first.decoded("DTSTART")
    assert start == dt.datetime(2025, 11, 10, 2, 0, tzinfo=dt.UTC)  # 09.00 in Bangkok
    assert first.decoded("DTEND") - start == dt.timedelta(hours=3)  # no end time recorded: three hours
    # open actions only (a2 in progress, a5 and a6 not started); a confidential one keeps its title out
    assert sorted(str(e["SUMMARY"]) for e in dues) == [
        "กำหนดเสร็จ: (วาระลับ) (นายสมชาย ใจดี)",
        "กำหนดเสร็จ: จัดซื้อหนังสือชุดที่สอง (นางสุภาพร ศรีสุข)",
        "กำหนดเสร็จ: จัดทำแผนการนิเทศ",
    ]
    a2 = next(e for e in dues if "ชุดที่สอง" in str(e["SUMMARY"]))
    assert (a2.decoded("DTSTART"), a2.decoded("DTEND")) == (dt.date(2025, 12, 15), dt.date(2025, 12, 16))
    assert "มอบหมายกลุ่มส่งเสริมการศึกษาจัดซื้อหนังสือ" in str(a2["DESCRIPTION"])
    assert all("นายลับ" not in str(e.get("DESCRIPTION", "")) + str(e["SUMMARY"]) for e in events)


def test_uids_are_stable_and_unique(db: Database, tmp_path: Path) -> None:
    counted_year(db)
    once = [str(e["UID"]) for e in _events(reports.export_calendar(db, tmp_path / "a.ics"))]
    again = [str(e["UID"]) for e in _events(reports.export_calendar(db, tmp_path / "b.ics"))]
    assert once == again and len(set(once)) == len(once)


def test_long_thai_lines_fold_and_unfold_exactly() -> None:
    text = "พิจารณาแนวทางการพัฒนาโรงเรียนขนาดเล็กตามข้อเสนอแนะของเครือข่ายสถานศึกษา; ครั้งที่ 1, 2\nบรรทัดใหม่"
    view = CalendarView("ปฏิทิน", [CalendarEvent("x@meetingdesk", text, dt.date(2026, 1, 1), dt.date(2026, 1, 2), text)])
    data = calendar_bytes(view, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # never cut inside a character
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == text and str(event["DESCRIPTION"]) == text
