"""A session's countdown, as pure functions: it never silently stops, and survives a crash (what is stored is the
seconds left when last paused and when it was started)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Countdown(Protocol):
    """A countdown as stored: the session's row, or the console's plain copy of it."""

    @property
    def timer_seconds(self) -> int | None: ...

    @property
    def timer_started_at(self) -> dt.datetime | None: ...


def remaining_seconds(countdown: Countdown, now: dt.datetime) -> int:
    """Seconds left (0 when it has run out)."""
    if countdown.timer_seconds is None:
        return 0
    if countdown.timer_started_at is None:
        return countdown.timer_seconds
    elapsed = int((now - countdown.timer_started_at).total_seconds())
    return max(0, countdown.timer_seconds - elapsed)
