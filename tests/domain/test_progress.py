"""How far a decision is carried out, and the quarters of the Thai fiscal year."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.progress import DecisionProgress, decision_progress, fiscal_quarter, on_time, quarter_bounds
from meetingdesk.domain.thai.dates import fiscal_year

TODAY = dt.date(2026, 6, 15)
PAST, LATER = dt.date(2026, 6, 1), dt.date(2026, 7, 1)
S = ActionStatus


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ([], None),
        ([(S.CANCELLED, PAST)], None),
        ([(S.DONE, PAST), (S.DONE, None)], DecisionProgress.DONE),
        ([(S.DONE, PAST), (S.CANCELLED, PAST)], DecisionProgress.DONE),
        ([(S.NOT_STARTED, LATER), (S.NOT_STARTED, None)], DecisionProgress.NOT_STARTED),
        ([(S.DONE, PAST), (S.NOT_STARTED, LATER)], DecisionProgress.IN_PROGRESS),
        ([(S.IN_PROGRESS, TODAY)], DecisionProgress.IN_PROGRESS),  # due today is not yet late
        ([(S.DONE, PAST), (S.IN_PROGRESS, PAST)], DecisionProgress.OVERDUE),
        ([(S.NOT_STARTED, PAST), (S.CANCELLED, None)], DecisionProgress.OVERDUE),
    ],
)
def test_decision_progress(actions: list[tuple[ActionStatus, dt.date | None]], expected: object) -> None:
    assert decision_progress(actions, TODAY) == expected


def test_on_time() -> None:
    assert on_time(PAST, PAST) is True
    assert on_time(LATER, PAST) is False
    assert on_time(None, PAST) is None and on_time(PAST, None) is None


def test_quarters_of_fiscal_year_2569() -> None:
    assert [quarter_bounds(2569, q) for q in (1, 2, 3, 4)] == [
        (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        (dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ]
    day = dt.date(2025, 10, 1)
    while day <= dt.date(2026, 9, 30):  # every day of the year falls in the quarter whose bounds hold it
        first, last = quarter_bounds(2569, fiscal_quarter(day))
        assert first <= day <= last and fiscal_year(day) == 2569
        day += dt.timedelta(days=1)
