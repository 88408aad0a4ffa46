"""How meetings and agenda items are numbered."""

from __future__ import annotations

from collections.abc import Iterable


def next_meeting_number(numbers_this_year: Iterable[int]) -> int:
    """The next ``n`` of ``ครั้งที่ n/ปี``: the count restarts every Buddhist-era year, per body."""
    return max(numbers_this_year, default=0) + 1


def item_number(section: int, position: int) -> str:
    """``4.2``: the second item of agenda section 4."""
    return f"{section}.{position}"
