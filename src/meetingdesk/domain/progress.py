"""How far a decision has been carried out, and the quarter of a fiscal year: pure rules the dashboard counts by.

A decision is carried out through its actions. Its state is read from them with one rule (``decision_progress``;
``services.dashboard.progress_sql`` is the same rule for a query): cancelled actions do not count; a decision
with none left has nothing to carry out (``None``: it is not counted, e.g. a decision only noted); one overdue
action makes the decision overdue; all done is done; none begun is not started; anything between is in progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from meetingdesk.domain.enums import ActionStatus, _Labelled, overdue


class DecisionProgress(_Labelled):
    DONE = "done", "ดำเนินการแล้ว", "Done"
    IN_PROGRESS = "in_progress", "อยู่ระหว่างดำเนินการ", "In progress"
    NOT_STARTED = "not_started", "ยังไม่ดำเนินการ", "Not started"
    OVERDUE = "overdue", "เกินกำหนด", "Overdue"


def decision_progress(
    actions: Iterable[tuple[ActionStatus, dt.date | None]], today: dt.date
) -> DecisionProgress | None:
    """The state of a decision from its actions' (status, due date); None when there is nothing to carry out."""
    live = [(status, due) for status, due in actions if status is not ActionStatus.CANCELLED]
    if not live:
        return None
    if any(overdue(status, due, today) for status, due in live):
        return DecisionProgress.OVERDUE
    if all(status is ActionStatus.DONE for status, _ in live):
        return DecisionProgress.DONE
    if all(status is ActionStatus.NOT_STARTED for status, _ in live):
        return DecisionProgress.NOT_STARTED
    return DecisionProgress.IN_PROGRESS


def on_time(done_on: dt.date | None, due: dt.date | None) -> bool | None:
    """Whether an action was done by its due date; None when it is not done or had no due date (not counted)."""
    if done_on is None or due is None:
        return None
    return done_on <= due


QUARTER_MONTHS = {1: (10, 11, 12), 2: (1, 2, 3), 3: (4, 5, 6), 4: (7, 8, 9)}


def fiscal_quarter(day: dt.date) -> int:
    """The quarter (1–4) of the Thai fiscal year a date falls in: October–December is the first."""
    return (day.month - 10) // 3 + 1 if day.month >= 10 else (day.month - 1) // 3 + 2


def quarter_bounds(fy_be: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter of a fiscal year given in B.E."""
    end_ce = fy_be - 543
    first_month = QUARTER_MONTHS[quarter][0]
    year = end_ce - 1 if quarter == 1 else end_ce
    start = dt.date(year, first_month, 1)
    after = dt.date(year + 1, 1, 1) if quarter == 1 else dt.date(year, first_month + 3, 1)
    return start, after - dt.timedelta(days=1)
