"""Satisfaction surveys (ความพึงพอใจของผู้รับบริการ): the office's item set, the forms of a meeting's survey typed
in one at a time (one form, one transaction: nothing typed is lost when the program stops), and their summaries
per meeting, body and fiscal year.

A meeting's survey copies the office's items when its first form is entered; later edits of the office's set
leave it as it was. Summaries merge items by their wording, so a year's figures put the same item of different
meetings together. The overall mean is the mean of every score given (a blank counts for nothing).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.satisfaction import (
    MAX_ITEMS,
    POINTS,
    ItemScore,
    SatisfactionSummary,
    checked_scores,
    summary_of,
)
from meetingdesk.domain.thai.dates import fiscal_year_bounds
from meetingdesk.services.guards import get
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Body,
    Meeting,
    SatisfactionItem,
    SatisfactionResponse,
    SatisfactionScore,
    SurveyItem,
)

__all__ = [
    "Form",
    "ItemScore",
    "SatisfactionSummary",
    "Survey",
    "by_body",
    "correct_form",
    "delete_form",
    "office_items",
    "set_office_items",
    "submit_form",
    "summary",
    "survey",
    "survey_items",
]

meeting = Meeting.__table__.c
body = Body.__table__.c
item = SurveyItem.__table__.c
response = SatisfactionResponse.__table__.c
score = SatisfactionScore.__table__.c


@dataclass(frozen=True)
class Form:
    """One form as entered: its number in the meeting's pile, a score (or blank) per item, the comment."""

    id: int
    number: int
    scores: tuple[int | None, ...]
    comment: str


@dataclass(frozen=True)
class Survey:
    """A meeting's survey as its tab shows it: the items, the forms entered so far and their summary."""

    meeting_id: int
    items: tuple[str, ...]
    forms: tuple[Form, ...]
    summary: SatisfactionSummary


# --- the office's item set ---------------------------------------------------------------------------------------


def office_items(db: Database) -> tuple[str, ...]:
    """The office's current items, in the form's order."""
    with db.reading() as s:
        return tuple(s.scalars(select(SatisfactionItem.text).order_by(SatisfactionItem.position)))


def set_office_items(db: Database, texts: Sequence[str]) -> None:
    """Replace the office's item set (one transaction). Surveys already begun keep the items they were run with."""
    items = [" ".join(text.split()) for text in texts]
    items = [text for text in items if text]
    if not items:
        raise InvalidInput("แบบสอบถามต้องมีอย่างน้อย 1 ข้อ", "The form needs at least one item.")
    if len(items) > MAX_ITEMS:
        raise InvalidInput(f"แบบสอบถามมีได้ไม่เกิน {MAX_ITEMS} ข้อ", f"The form can have at most {MAX_ITEMS} items.")
    repeated = sorted({text for text in items if items.count(text) > 1})
    if repeated:
        raise InvalidInput(f"ข้อคำถามซ้ำกัน: {repeated[0]}", f"An item appears twice: {repeated[0]}")
    with db.writing() as s:
        s.execute(delete(SatisfactionItem))
        s.add_all(SatisfactionItem(position=n, text=text) for n, text in enumerate(items, start=1))


# --- a meeting's forms -------------------------------------------------------------------------------------------


def survey_items(db: Database, meeting_id: int) -> tuple[str, ...]:
    """The items of a meeting's survey: its own copy once a form is entered, until then the office's set."""
    with db.reading() as s:
        get(s, Meeting, meeting_id)
        return tuple(text for _id, text in _items(s, meeting_id))


def _items(s: Session, meeting_id: int) -> list[tuple[int | None, str]]:
    own = s.execute(
        select(SurveyItem.id, SurveyItem.text).where(SurveyItem.meeting_id == meeting_id).order_by(SurveyItem.position)
    ).all()
    if own:
        return [(i, text) for i, text in own]
    return [(None, text) for text in s.scalars(select(SatisfactionItem.text).order_by(SatisfactionItem.position))]


def _survey_item_ids(s: Session, meeting_id: int) -> list[int]:
    """The meeting's own items, copied from the office's set on the first form."""
    items = _items(s, meeting_id)
    if not items:
        raise InvalidInput(
            "ยังไม่มีข้อคำถามในแบบสอบถามความพึงพอใจ กรุณากำหนดในการตั้งค่า",
            "The satisfaction form has no items yet; add them in Settings.",
        )
    if items[0][0] is not None:
        return [i for i, _text in items if i is not None]
    copies = [SurveyItem(meeting_id=meeting_id, position=n, text=text) for n, (_i, text) in enumerate(items, 1)]
    s.add_all(copies)
    s.flush()
    return [c.id for c in copies]


def submit_form(db: Database, meeting_id: int, scores: Sequence[int | None], comment: str) -> int:
    """Store one form of a meeting's survey (a score 1–5 or ``None`` per item, and a comment) in one transaction;
    returns its id."""
    with db.writing() as s:
        get(s, Meeting, meeting_id)
        ids = _survey_item_ids(s, meeting_id)
        checked = checked_scores(scores, len(ids), comment)
        number = s.scalar(select(func.max(response.number)).where(response.meeting_id == meeting_id)) or 0
        form = SatisfactionResponse(
            meeting_id=meeting_id, number=number + 1, comment=comment.strip(), entered_at=dt.datetime.now()
        )
        form.scores = _scores(ids, checked)
        s.add(form)
        s.flush()
        return form.id


def correct_form(db: Database, form_id: int, scores: Sequence[int | None], comment: str) -> None:
    """Replace a form's scores and comment (it keeps its number)."""
    with db.writing() as s:
        form = _form(s, form_id)
        ids = _survey_item_ids(s, form.meeting_id)
        checked = checked_scores(scores, len(ids), comment)
        form.scores = _scores(ids, checked)
        form.comment = comment.strip()


def delete_form(db: Database, form_id: int) -> None:
    """Remove a form entered by mistake (the others keep their numbers)."""
    with db.writing() as s:
        s.delete(_form(s, form_id))


def _form(s: Session, form_id: int) -> SatisfactionResponse:
    form = s.get(SatisfactionResponse, form_id)
    if form is None:
        raise InvalidInput(f"ไม่พบแบบสอบถามรหัส {form_id}", f"No survey form with id {form_id}.")
    return form


def _scores(ids: Sequence[int], scores: Sequence[int | None]) -> list[SatisfactionScore]:
    return [SatisfactionScore(survey_item_id=i, score=v) for i, v in zip(ids, scores, strict=True) if v is not None]


def survey(db: Database, meeting_id: int) -> Survey:
    """A meeting's survey: its items, its forms in the order entered, and their summary (one read)."""
    with db.reading() as s:
        get(s, Meeting, meeting_id)
        items = _items(s, meeting_id)
        position = {i: n for n, (i, _text) in enumerate(items)}
        rows = s.execute(
            select(response.id, response.number, response.comment, score.survey_item_id, score.score)
            .select_from(SatisfactionResponse.__table__.outerjoin(SatisfactionScore.__table__))
            .where(response.meeting_id == meeting_id)
            .order_by(response.number)
        ).all()
    forms: dict[int, tuple[int, str, list[int | None]]] = {}
    for r in rows:
        scores = forms.setdefault(r.id, (r.number, r.comment, [None] * len(items)))[2]
        if r.survey_item_id is not None:
            scores[position[r.survey_item_id]] = r.score
    listed = tuple(Form(i, n, tuple(scores), comment) for i, (n, comment, scores) in forms.items())
    counts = [[0] * POINTS for _ in items]
    for form in listed:
        for k, v in enumerate(form.scores):
            if v is not None:
                counts[k][v - 1] += 1
    labels = [text for _i, text in items]
    comments = [f.comment for f in listed if f.comment]
    return Survey(
        meeting_id, tuple(labels), listed, summary_of(len(listed), list(zip(labels, counts, strict=True)), comments)
    )


# --- summaries ---------------------------------------------------------------------------------------------------


def _where(fiscal_year: int | None, body_id: int | None, meeting_id: int | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if fiscal_year is not None:
        first, last = fiscal_year_bounds(fiscal_year)
        where.append(meeting.date.between(first, last))
    if body_id is not None:
        where.append(meeting.body_id == body_id)
    if meeting_id is not None:
        where.append(meeting.id == meeting_id)
    return where


def _summaries(db: Database, where: list[ColumnElement[bool]]) -> dict[int, SatisfactionSummary]:
    """The summary of each body's forms among the meetings ``where`` picks. Four small queries, each led by the
    meeting's date index and the survey's own indexes (a fiscal year of the decade database: a few ms)."""
    chosen = select(meeting.id).where(*where).scalar_subquery()
    items = (
        select(item.id, item.meeting_id, item.position, item.text, meeting.body_id, meeting.date)
        .join_from(SurveyItem.__table__, Meeting.__table__, meeting.id == item.meeting_id)
        .where(*where)
    )
    scores = (
        select(score.survey_item_id, score.score, func.count().label("n"))
        .where(score.survey_item_id.in_(select(item.id).where(item.meeting_id.in_(chosen))))
        .group_by(score.survey_item_id, score.score)
    )
    forms = (
        select(response.meeting_id, func.count().label("n"))
        .where(response.meeting_id.in_(chosen))
        .group_by(response.meeting_id)
    )
    comments = (
        select(meeting.body_id, response.comment)
        .join_from(SatisfactionResponse.__table__, Meeting.__table__, meeting.id == response.meeting_id)
        .where(*where, response.comment != "")
        .order_by(meeting.date, meeting.id, response.number)
    )
    item_of: dict[int, tuple[int, str]] = {}
    body_of: dict[int, int] = {}
    first: dict[tuple[int, str], tuple[int, dt.date]] = {}  # where a wording first stands: its position, its date
    counts: dict[tuple[int, str], list[int]] = {}
    form_count: dict[int, int] = defaultdict(int)
    said: dict[int, list[str]] = defaultdict(list)
    with db.connection() as conn:  # plain tuples below: a decade's year is thousands of rows
        for item_id, meeting_id, position, text, body_id, day in conn.execute(items):
            key = (body_id, text)
            item_of[item_id] = key
            body_of[meeting_id] = body_id
            place = (position, day)
            if key not in first:
                first[key], counts[key] = place, [0] * POINTS
            elif place < first[key]:
                first[key] = place
        for item_id, value, n in conn.execute(scores):
            counts[item_of[item_id]][value - 1] += n
        for meeting_id, n in conn.execute(forms):
            form_count[body_of[meeting_id]] += n
        for body_id, comment in conn.execute(comments):
            said[body_id].append(comment)
    out: dict[int, SatisfactionSummary] = {}
    for body_id in sorted(form_count):
        ordered = sorted((place, text) for (b, text), place in first.items() if b == body_id)  # the form's order
        out[body_id] = summary_of(
            form_count[body_id], [(text, counts[(body_id, text)]) for _place, text in ordered], said[body_id]
        )
    return out


def _merged(parts: Sequence[SatisfactionSummary]) -> SatisfactionSummary:
    """Several bodies' summaries as one (items with the same wording together, in their first order)."""
    order: list[str] = []
    counts: dict[str, list[int]] = {}
    for part in parts:
        for i in part.items:
            if i.label not in counts:
                order.append(i.label)
                counts[i.label] = [0] * POINTS
            counts[i.label] = [a + b for a, b in zip(counts[i.label], i.counts, strict=True)]
    comments = [c for part in parts for c in part.comments]
    return summary_of(sum(p.forms for p in parts), [(label, counts[label]) for label in order], comments)


def summary(
    db: Database, *, fiscal_year: int | None = None, body_id: int | None = None, meeting_id: int | None = None
) -> SatisfactionSummary:
    """The satisfaction of the meetings chosen (a fiscal year B.E., a body, one meeting; any combination)."""
    return _merged(list(_summaries(db, _where(fiscal_year, body_id, meeting_id)).values()))


def by_body(db: Database, *, fiscal_year: int) -> tuple[tuple[int, str, SatisfactionSummary], ...]:
    """Each body with forms in the fiscal year (B.E.): its id, its name and its summary, in the bodies' order."""
    found = _summaries(db, _where(fiscal_year, None, None))
    if not found:
        return ()
    with db.connection() as conn:
        names: list[Any] = list(
            conn.execute(select(body.id, body.name).where(body.id.in_(found)).order_by(body.id)).all()
        )
    return tuple((r.id, r.name, found[r.id]) for r in names)
