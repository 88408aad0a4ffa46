import datetime as dt

import pytest

from meetingdesk.domain.thai.dates import (
    academic_year,
    be_year,
    fiscal_year,
    fiscal_year_bounds,
    full_date,
    meeting_number_text,
    short_date,
    time_text,
)
from meetingdesk.domain.thai.digits import arabic_digits, thai_digits

# date, full date with weekday, short date, fiscal year, academic year
TABLE = [
    (dt.date(2026, 11, 24), "วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569", "24 พ.ย. 69", 2570, 2569),
    (dt.date(2024, 2, 29), "วันพฤหัสบดีที่ 29 กุมภาพันธ์ พ.ศ. 2567", "29 ก.พ. 67", 2567, 2566),
    (dt.date(2025, 12, 31), "วันพุธที่ 31 ธันวาคม พ.ศ. 2568", "31 ธ.ค. 68", 2569, 2568),
    (dt.date(2026, 1, 1), "วันพฤหัสบดีที่ 1 มกราคม พ.ศ. 2569", "1 ม.ค. 69", 2569, 2568),
    (dt.date(2026, 9, 30), "วันพุธที่ 30 กันยายน พ.ศ. 2569", "30 ก.ย. 69", 2569, 2569),
    (dt.date(2026, 10, 1), "วันพฤหัสบดีที่ 1 ตุลาคม พ.ศ. 2569", "1 ต.ค. 69", 2570, 2569),
    (dt.date(2026, 4, 30), "วันพฤหัสบดีที่ 30 เมษายน พ.ศ. 2569", "30 เม.ย. 69", 2569, 2568),
    (dt.date(2026, 5, 1), "วันศุกร์ที่ 1 พฤษภาคม พ.ศ. 2569", "1 พ.ค. 69", 2569, 2569),
    (dt.date(2000, 1, 2), "วันอาทิตย์ที่ 2 มกราคม พ.ศ. 2543", "2 ม.ค. 43", 2543, 2542),
    (dt.date(2027, 3, 6), "วันเสาร์ที่ 6 มีนาคม พ.ศ. 2570", "6 มี.ค. 70", 2570, 2569),
]


@pytest.mark.parametrize(("day", "full", "short", "fy", "ay"), TABLE)
def test_dates_as_thai_documents_write_them(day: dt.date, full: str, short: str, fy: int, ay: int) -> None:
    assert full_date(day) == full
    assert short_date(day) == short
    assert fiscal_year(day) == fy
    assert academic_year(day) == ay


def test_full_date_without_weekday_and_with_thai_digits() -> None:
    day = dt.date(2026, 11, 24)
    assert full_date(day, weekday=False) == "24 พฤศจิกายน พ.ศ. 2569"
    assert full_date(day, thai=True) == "วันอังคารที่ ๒๔ พฤศจิกายน พ.ศ. ๒๕๖๙"
    assert short_date(day, thai=True) == "๒๔ พ.ย. ๖๙"


def test_times_have_a_full_stop_and_the_abbreviation_for_hours() -> None:
    assert time_text(dt.time(9, 0)) == "09.00 น."
    assert time_text(dt.time(13, 30)) == "13.30 น."
    assert time_text(dt.time(16, 5), thai=True) == "๑๖.๐๕ น."


def test_fiscal_year_bounds_round_trip() -> None:
    first, last = fiscal_year_bounds(2570)
    assert (first, last) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    assert fiscal_year(first) == fiscal_year(last) == 2570
    assert fiscal_year(first - dt.timedelta(days=1)) == 2569


def test_digits_translate_both_ways_and_leave_other_text_alone() -> None:
    text = "ครั้งที่ 3/2569 เวลา 09.00 น. (A1)"
    assert thai_digits(text) == "ครั้งที่ ๓/๒๕๖๙ เวลา ๐๙.๐๐ น. (A1)".replace("A1", "A๑")
    assert arabic_digits(thai_digits(text)) == text
    assert meeting_number_text(3, 2569, thai=True) == "๓/๒๕๖๙"
    assert be_year(2026) == 2569
