"""Satisfaction surveys of the demo office: the held meetings of every body but the confidential one get paper
forms with a realistic spread (most items มาก or มากที่สุด, the documents and the length of the meeting scored a
little lower, a few blanks, a comment on about one form in six).

The year goes through ``services.satisfaction.submit_form``, a form a transaction, as a typist's would; the
decade is written in bulk. Each has its own random stream, so the rest of the demo is the same with or without.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from meetingdesk.domain.enums import MeetingStatus
from meetingdesk.domain.satisfaction import POINTS
from meetingdesk.services import satisfaction
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Body,
    Meeting,
    SatisfactionItem,
    SatisfactionResponse,
    SatisfactionScore,
    SurveyItem,
)

SEED = 2569_05

COMMENTS = (
    "ควรส่งเอกสารประกอบการประชุมล่วงหน้าอย่างน้อย 3 วัน",
    "ห้องประชุมเย็นเกินไป",
    "ควรเริ่มประชุมตรงเวลา",
    "เป็นการประชุมที่มีประโยชน์ ได้ข้อมูลไปปฏิบัติได้จริง",
    "ขอให้แจ้งมติที่ประชุมให้โรงเรียนทราบโดยเร็ว",
    "ระยะเวลาประชุมยาวเกินไป ควรกระชับวาระแจ้งเพื่อทราบ",
    "ควรเปิดโอกาสให้ผู้บริหารโรงเรียนขนาดเล็กแสดงความคิดเห็นมากขึ้น",
    "เสียงไมโครโฟนไม่ชัดเจน",
    "ขอบคุณคณะทำงานที่จัดเตรียมการประชุมอย่างดี",
    "อยากให้มีเอกสารในรูปแบบไฟล์ดิจิทัล ลดการใช้กระดาษ",
    "ที่จอดรถไม่เพียงพอ",
    "ควรมีการติดตามผลการดำเนินงานตามมติในการประชุมครั้งถัดไป",
)

# how each of the default items tends to differ from the meeting's own level
ITEM_LEAN = (-0.15, -0.3, 0.0, 0.05, 0.1)

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.CERTIFIED)


def forms(rng: random.Random, items: int) -> list[tuple[list[int | None], str]]:
    """One meeting's pile of forms: 8 to 24, around a level of its own between 3.6 and 4.6."""
    level = rng.uniform(3.6, 4.6)
    pile: list[tuple[list[int | None], str]] = []
    for _ in range(rng.randint(8, 24)):
        person = rng.gauss(0, 0.35)
        scores: list[int | None] = []
        for k in range(items):
            lean = ITEM_LEAN[k] if k < len(ITEM_LEAN) else 0.0
            score = round(rng.gauss(level + lean + person, 0.55))
            scores.append(None if rng.random() < 0.03 else min(POINTS, max(1, score)))
        if all(s is None for s in scores):
            scores[-1] = round(level)
        comment = rng.choice(COMMENTS) if rng.random() < 0.17 else ""
        pile.append((scores, comment))
    return pile


def _surveyed(db: Database) -> list[tuple[int, dt.date]]:
    """The held meetings of the bodies whose meetings are not confidential, oldest first."""
    with db.reading() as s:
        rows = s.execute(
            select(Meeting.id, Meeting.date)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.status.in_(HELD), Body.confidential_by_default.is_(False))
            .order_by(Meeting.date, Meeting.id)
        ).all()
    return [(r.id, r.date) for r in rows]


def build_year_surveys(db: Database) -> int:
    """The year's forms, typed in through the service (one transaction each); returns how many."""
    rng = random.Random(SEED)
    items = len(satisfaction.office_items(db))
    count = 0
    for meeting_id, _day in _surveyed(db):
        for scores, comment in forms(rng, items):
            satisfaction.submit_form(db, meeting_id, scores, comment)
            count += 1
    return count


def build_decade_surveys(db: Database) -> int:
    """The decade's forms, in bulk (the same shapes as the service makes); returns how many."""
    rng = random.Random(SEED)
    surveyed = _surveyed(db)
    with db.reading() as s:
        texts = list(s.scalars(select(SatisfactionItem.text).order_by(SatisfactionItem.position)))
    items: list[dict[str, Any]] = []
    responses: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    for meeting_id, day in surveyed:
        first = len(items) + 1
        items += [
            {"id": first + k, "meeting_id": meeting_id, "position": k + 1, "text": t} for k, t in enumerate(texts)
        ]
        entered = dt.datetime.combine(day, dt.time(16, 0))
        for number, (form, comment) in enumerate(forms(rng, len(texts)), start=1):
            rid = len(responses) + 1
            responses.append(
                {"id": rid, "meeting_id": meeting_id, "number": number, "comment": comment, "entered_at": entered}
            )
            scores += [
                {"response_id": rid, "survey_item_id": first + k, "score": v}
                for k, v in enumerate(form)
                if v is not None
            ]
    with db.writing() as s:
        tables: tuple[tuple[Any, list[dict[str, Any]]], ...] = (
            (SurveyItem.__table__, items),
            (SatisfactionResponse.__table__, responses),
            (SatisfactionScore.__table__, scores),
        )
        for table, rows in tables:
            for chunk in range(0, len(rows), 5000):
                s.execute(insert(table), rows[chunk : chunk + 5000])
    return len(responses)
