"""The numeric Buddhist-era form every date field shows and accepts: 24/11/2569."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import numeric_date, parse_numeric_date


def test_a_date_reads_with_its_buddhist_era_year_and_back() -> None:
    assert numeric_date(dt.date(2026, 11, 24)) == "24/11/2569"
    assert numeric_date(dt.date(2027, 1, 5)) == "05/01/2570"
    for day in (dt.date(2026, 11, 24), dt.date(2028, 2, 29), dt.date(2026, 12, 31)):
        assert parse_numeric_date(numeric_date(day)) == day
    assert parse_numeric_date("1/2/2570") == dt.date(2027, 2, 1)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("24/11/2026", "ไม่ใช่ปี พ.ศ."),  # a Gregorian year in a Thai form
        ("31/02/2569", "ไม่มีวันที่"),
        ("29/02/2569", "ไม่มีวันที่"),  # 2026 is not a leap year
        ("24/11/", "ไม่ใช่วันที่"),
        ("", "ไม่ใช่วันที่"),
        ("24/13/2569", "ไม่มีวันที่"),
    ],
)
def test_what_is_not_a_thai_date_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_numeric_date(text)
    assert reason in info.value.th
