"""Buddhist-era dates, times, fiscal and academic years, in the forms Thai official documents use.

Plain Python on purpose: Babel's Thai locale ignores the Buddhist calendar, and these few tables cost nothing
at import (``shared/domain/thai-text-facts.md``).
"""

from __future__ import annotations

import datetime as dt

from meetingdesk.domain.thai.digits import digits

BE_OFFSET = 543

MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
# Indexed by ``date.weekday()``: Monday is 0.
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


def be_year(ce_year: int) -> int:
    """The Buddhist-era year of a Common-Era year."""
    return ce_year + BE_OFFSET


def ce_year(be: int) -> int:
    """The Common-Era year of a Buddhist-era year."""
    return be - BE_OFFSET


def full_date(day: dt.date, *, weekday: bool = True, thai: bool = False) -> str:
    """``วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569`` (or ``24 พฤศจิกายน พ.ศ. 2569`` without the weekday)."""
    core = f"{day.day} {MONTHS[day.month - 1]} พ.ศ. {be_year(day.year)}"
    text = f"วัน{WEEKDAYS[day.weekday()]}ที่ {core}" if weekday else core
    return digits(text, thai)


def short_date(day: dt.date, *, thai: bool = False) -> str:
    """``24 พ.ย. 69``: day, abbreviated month, the last two digits of the B.E. year."""
    return digits(f"{day.day} {MONTHS_SHORT[day.month - 1]} {be_year(day.year) % 100:02d}", thai)


def time_text(moment: dt.time, *, thai: bool = False) -> str:
    """``09.00 น.``: hours and minutes joined by a full stop, then น."""
    return digits(f"{moment.hour:02d}.{moment.minute:02d} น.", thai)


def fiscal_year(day: dt.date) -> int:
    """The Thai fiscal year (B.E.) of a date: 1 October to 30 September, named by the year it ends in."""
    return be_year(day.year + 1 if day.month >= 10 else day.year)


def fiscal_year_bounds(fy_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of a fiscal year given in B.E."""
    end_ce = ce_year(fy_be)
    return dt.date(end_ce - 1, 10, 1), dt.date(end_ce, 9, 30)


ACADEMIC_YEAR_START_MONTH = 5


def academic_year(day: dt.date) -> int:
    """The academic year (B.E.) of a date; it starts in May, so January to April belong to the previous one."""
    return be_year(day.year if day.month >= ACADEMIC_YEAR_START_MONTH else day.year - 1)


def meeting_number_text(number: int, year_be: int, *, thai: bool = False) -> str:
    """``3/2569``: the meeting's number within its Buddhist-era year."""
    return digits(f"{number}/{year_be}", thai)
