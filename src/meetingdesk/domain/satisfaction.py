"""The rules of a five-point satisfaction form: what a form may hold, how a row of digits typed from a paper form
reads, and the customary words for a mean (เกณฑ์การแปลความหมายค่าเฉลี่ย).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.domain.errors import InvalidInput

POINTS = 5
"""Scores run from 1 (least satisfied) to 5 (most)."""

MAX_ITEMS = 20
"""A form longer than this is not a short survey (and no longer fits a row of digits)."""

BLANK_KEYS = "0 ๐"
"""Typed for an item the form left blank (Thai digits count as digits)."""

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

THAI_LAYOUT_TOP_ROW = "ๅ/-ภถุึคตจ"
"""What the digit keys 1 … 0 type while the Thai (Kedmanee) layout is on: the reason a typist's digits are refused."""

LEVELS = (
    (4.51, "มากที่สุด", "Very high"),
    (3.51, "มาก", "High"),
    (2.51, "ปานกลาง", "Moderate"),
    (1.51, "น้อย", "Low"),
    (1.00, "น้อยที่สุด", "Very low"),
)
"""The usual reading of a five-point mean in Thai reports: 4.51–5.00 มากที่สุด … 1.00–1.50 น้อยที่สุด."""


def level(mean: float | None, lang: str = "th") -> str:
    """The words for a mean (``มาก`` for 4.20); empty when there is no mean."""
    if mean is None:
        return ""
    for low, th, en in LEVELS:
        if round(mean, 2) >= low:
            return en if lang == "en" else th
    return LEVELS[-1][2] if lang == "en" else LEVELS[-1][1]


def read_key(key: str) -> int | None:
    """One typed key as a score: ``1``–``5`` (or ``๑``–``๕``) a score, ``0`` or a space a blank; ``ValueError``
    for anything else."""
    if len(key) != 1:
        raise ValueError(key)
    if key in BLANK_KEYS:
        return None
    if key in "12345":
        return int(key)
    if key in THAI_DIGITS[1 : POINTS + 1]:
        return THAI_DIGITS.index(key)
    raise ValueError(key)


def score_key(score: int | None) -> str:
    """How a score is shown in a row of digits: the digit, ``0`` for a blank."""
    return "0" if score is None else str(score)


def read_digits(text: str) -> tuple[int | None, ...]:
    """A row of digits typed from a paper form (``"54035"`` → 5, 4, blank, 3, 5)."""
    return tuple(read_key(key) for key in text)


def checked_scores(scores: Sequence[int | None], items: int, comment: str) -> tuple[int | None, ...]:
    """The scores of one form, refused unless there is one per item, each 1–5 or blank, and something answered."""
    if len(scores) != items:
        raise InvalidInput(
            f"แบบสอบถามนี้มี {items} ข้อ แต่กรอกมา {len(scores)} ข้อ",
            f"This survey has {items} items but {len(scores)} scores were given.",
        )
    for score in scores:
        if score is not None and (isinstance(score, bool) or score not in range(1, POINTS + 1)):
            raise InvalidInput(
                f"คะแนนต้องเป็น 1 ถึง {POINTS} หรือเว้นว่าง (ได้ {score})",
                f"A score must be 1 to {POINTS} or blank (got {score}).",
            )
    if all(score is None for score in scores) and not comment.strip():
        raise InvalidInput("แบบสอบถามนี้ว่างทั้งฉบับ", "This form is blank: no score and no comment.")
    return tuple(scores)


@dataclass(frozen=True)
class ItemScore:
    """How one item was scored: its mean, how many forms answered it and how many gave each score."""

    label: str
    mean: float | None
    responses: int
    counts: tuple[int, int, int, int, int]  # forms that gave 1, 2, 3, 4, 5

    @property
    def sd(self) -> float | None:
        """The sample standard deviation (S.D. in Thai reports); none below two answers."""
        if self.responses < 2 or self.mean is None:
            return None
        squares = sum(n * (score - self.mean) ** 2 for score, n in enumerate(self.counts, start=1))
        return math.sqrt(squares / (self.responses - 1))


def item_score(label: str, counts: Sequence[int]) -> ItemScore:
    """An item's figures from the number of forms that gave each score (1 to 5)."""
    five = (counts[0], counts[1], counts[2], counts[3], counts[4])
    responses = sum(five)
    total = sum(score * n for score, n in enumerate(five, start=1))
    return ItemScore(label, total / responses if responses else None, responses, five)


@dataclass(frozen=True)
class SatisfactionSummary:
    """A survey's figures: forms counted, the mean of every score given, each item's figures, the comments."""

    forms: int
    mean: float | None
    items: tuple[ItemScore, ...]
    comments: tuple[str, ...]

    @property
    def sd(self) -> float | None:
        """The standard deviation of every score given."""
        return item_score("", [sum(i.counts[k] for i in self.items) for k in range(POINTS)]).sd


def summary_of(forms: int, items: Sequence[tuple[str, Sequence[int]]], comments: Sequence[str]) -> SatisfactionSummary:
    """The summary of counted scores: ``items`` gives each label with its counts of 1 … 5."""
    scored = tuple(item_score(label, counts) for label, counts in items)
    answered = sum(i.responses for i in scored)
    total = sum(score * n for i in scored for score, n in enumerate(i.counts, start=1))
    return SatisfactionSummary(forms, total / answered if answered else None, scored, tuple(comments))
