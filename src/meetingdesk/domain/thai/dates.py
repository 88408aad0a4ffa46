"""Buddhist-era dates, times, fiscal and academic years, in the forms Thai official documents use.

Plain Python on purpose: Babel's Thai locale ignores the Buddhist calendar, and these few tables cost nothing
at import (``shared/domain/thai-text-facts.md``).
"""

from __future__ import annotations

import datetime as dt

from meetingdesk.domain.errors import InvalidInput
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


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_text(day: dt.date, lang: str = "th", *, weekday: bool = True) -> str:
    """A date for the interface: Thai ``วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569``, or English
    ``Thursday 26 November B.E. 2569`` (the Buddhist-era year either way: the office's year)."""
    if lang != "en":
        return full_date(day, weekday=weekday)
    text = f"{day.day} {MONTHS_EN[day.month - 1]} B.E. {be_year(day.year)}"
    return f"{WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text


def short_date_text(day: dt.date, lang: str = "th") -> str:
    """A short date for lists: ``26 พ.ย. 69``, or ``26 Nov 2569``."""
    return short_date(day) if lang != "en" else f"{day.day} {MONTHS_EN[day.month - 1][:3]} {be_year(day.year)}"


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


# --- the numeric form a date field shows and accepts: 24/11/2569 ------------------------------------------

BE_YEAR_RANGE = (2400, 2700)  # a year outside is a typing slip or a Gregorian year (2026) in a Thai form


def numeric_date(day: dt.date) -> str:
    """``24/11/2569``: day and month with two digits, the Buddhist-era year."""
    return f"{day.day:02d}/{day.month:02d}/{be_year(day.year)}"


def parse_numeric_date(text: str) -> dt.date:
    """The date in ``24/11/2569`` (the year in B.E.); ``InvalidInput`` with the reason in Thai and English."""
    parts = [p.strip() for p in text.replace("-", "/").replace(".", "/").split("/")]
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise InvalidInput(
            f"“{text}” ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 24/11/2569",
            f"“{text}” is not a date; type day/month/B.E. year, e.g. 24/11/2569.",
        )
    day, month, year = (int(p) for p in parts)
    if not BE_YEAR_RANGE[0] <= year <= BE_YEAR_RANGE[1]:
        raise InvalidInput(
            f"ปี {year} ไม่ใช่ปี พ.ศ. (เช่น 2569 ไม่ใช่ 2026)",
            f"{year} is not a Buddhist-era year (e.g. 2569, not 2026).",
        )
    try:
        return dt.date(ce_year(year), month, day)
    except ValueError as exc:
        raise InvalidInput(
            f"ไม่มีวันที่ {day}/{month}/{year} ในปฏิทิน", f"There is no such date as {day}/{month}/{year}."
        ) from exc
