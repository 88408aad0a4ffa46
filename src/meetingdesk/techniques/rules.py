"""Rules a session keeps, as pure functions: who may add how many dots, what a typed line means."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from meetingdesk.domain.errors import InvalidInput

_CODE = re.compile(r"^\s*([Pp][0-9๐-๙]{1,3})\s*[:：]\s*(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Captured:
    text: str
    participant_code: str  # "P3", or "" when kept anonymous


def parse_capture(line: str) -> Captured:
    """What the facilitator typed: ``P3: ...`` attributes the line to participant P3."""
    from meetingdesk.domain.thai.digits import arabic_digits

    match = _CODE.match(line)
    if match:
        code, text = match.groups()
        return Captured(text.strip(), arabic_digits(code.upper()))
    return Captured(line.strip(), "")


@dataclass(frozen=True)
class Ballot:
    participant: str  # "" for a hand count
    target: tuple[str, int]  # ("card" | "cluster", id)
    dots: int


def check_dots(existing: Iterable[Ballot], new: Ballot, *, per_participant: int, per_item: int) -> None:
    """Refuse dots beyond a participant's allowance or beyond the cap on one item (hand counts are free)."""
    if new.dots < 0:
        raise InvalidInput("จำนวนคะแนนต้องไม่ติดลบ", "Dots cannot be negative.")
    if not new.participant:
        return
    mine = [b for b in existing if b.participant == new.participant]
    used = sum(b.dots for b in mine)
    on_item = sum(b.dots for b in mine if b.target == new.target)
    if used + new.dots > per_participant:
        raise InvalidInput(
            f"{new.participant} ใช้คะแนนครบ {per_participant} คะแนนแล้ว",
            f"{new.participant} has used all {per_participant} dots.",
        )
    if on_item + new.dots > per_item:
        raise InvalidInput(
            f"ลงคะแนนให้ข้อเดียวได้ไม่เกิน {per_item} คะแนน",
            f"At most {per_item} dots on one item.",
        )
