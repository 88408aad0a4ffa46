"""Satisfaction surveys: forms stored one per transaction, refused when they break the form's rules, summaries
per meeting, body and fiscal year against hand-counted figures, and old surveys unchanged by a new item set."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import satisfaction
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import SatisfactionResponse, SatisfactionScore, SurveyItem
from tests.helpers import commits
from tests.services.helpers import SmallOffice, new_meeting, small_office

DEFAULT_FIRST = "เอกสารประกอบการประชุมครบถ้วน ชัดเจน"
OVERALL = "ความพึงพอใจต่อการจัดประชุมโดยภาพรวม"


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def office(db: Database) -> SmallOffice:
    return small_office(db)


def test_a_new_office_has_the_five_default_items(db: Database) -> None:
    items = satisfaction.office_items(db)
    assert len(items) == 5
    assert items[0] == DEFAULT_FIRST and items[-1] == OVERALL


def test_a_form_is_one_transaction_and_reads_back_with_its_blanks(db: Database, office: SmallOffice) -> None:
    meeting = new_meeting(db, office.board, dt.date(2026, 1, 15))
    with commits(db) as counted:
        first = satisfaction.submit_form(db, meeting, [5, 4, None, 3, 5], "  ห้องร้อนไปหน่อย ")
    assert counted == [1]
    second = satisfaction.submit_form(db, meeting, [None, None, None, None, None], "ขอเอกสารล่วงหน้า")
    view = satisfaction.survey(db, meeting)
    assert view.items == satisfaction.office_items(db)
    assert [(f.id, f.number, f.scores, f.comment) for f in view.forms] == [
        (first, 1, (5, 4, None, 3, 5), "ห้องร้อนไปหน่อย"),
        (second, 2, (None, None, None, None, None), "ขอเอกสารล่วงหน้า"),
    ]
    assert _count(db, SatisfactionScore) == 4  # a blank stores nothing
    assert _count(db, SurveyItem) == 5  # the meeting's own copy, made once


@pytest.mark.parametrize(
    ("scores", "comment", "words"),
    [
        ([5, 4, 4, 3], "", "มี 5 ข้อ แต่กรอกมา 4 ข้อ"),
        ([5, 4, 4, 3, 6], "", "คะแนนต้องเป็น 1 ถึง 5"),
        ([5, 4, 0, 3, 5], "", "คะแนนต้องเป็น 1 ถึง 5"),
        ([None] * 5, "   ", "ว่างทั้งฉบับ"),
    ],
)
def test_a_form_that_breaks_the_rules_is_refused_and_nothing_saved(
    db: Database, office: SmallOffice, scores: list[int | None], comment: str, words: str
) -> None:
    meeting = new_meeting(db, office.board, dt.date(2026, 1, 15))
    with pytest.raises(InvalidInput) as refused:
        satisfaction.submit_form(db, meeting, scores, comment)
    assert words in refused.value.th
    assert refused.value.en
    assert (_count(db, SatisfactionResponse), _count(db, SurveyItem)) == (0, 0)


def test_a_meetings_summary_against_hand_counts(db: Database, office: SmallOffice) -> None:
    meeting = new_meeting(db, office.board, dt.date(2026, 1, 15))
    for scores, comment in (
        ([5, 4, 4, 3, 5], ""),
        ([4, 4, None, 3, 5], "ควรเริ่มตรงเวลา"),
        ([5, 5, 5, 5, 5], "ดีมาก"),
        ([3, None, 2, 4, 4], ""),
    ):
        satisfaction.submit_form(db, meeting, scores, comment)
    s = satisfaction.summary(db, meeting_id=meeting)
    assert s.forms == 4
    assert [i.label for i in s.items] == list(satisfaction.office_items(db))
    # item 1: 5, 4, 5, 3 → one 3, one 4, two 5s; mean 17/4
    assert s.items[0].counts == (0, 0, 1, 1, 2) and s.items[0].responses == 4
    assert s.items[0].mean == pytest.approx(4.25)
    assert s.items[0].sd == pytest.approx(0.957427, abs=1e-6)  # sample S.D. of 5, 4, 5, 3
    # item 2: 4, 4, 5 and a blank
    assert s.items[1].counts == (0, 0, 0, 2, 1) and s.items[1].mean == pytest.approx(13 / 3)
    # item 3: 4, 5, 2
    assert s.items[2].counts == (0, 1, 0, 1, 1) and s.items[2].mean == pytest.approx(11 / 3)
    assert s.items[4].counts == (0, 0, 0, 1, 3) and s.items[4].mean == pytest.approx(4.75)
    # every score given, item by item: 17 + 13 + 11 + 15 + 19 = 75, over 4 + 3 + 3 + 4 + 4 = 18 answers
    assert s.mean == pytest.approx(75 / 18)
    assert s.comments == ("ควรเริ่มตรงเวลา", "ดีมาก")
    assert satisfaction.survey(db, meeting).summary == s


def test_a_form_is_corrected_or_deleted_and_the_others_keep_their_numbers(db: Database, office: SmallOffice) -> None:
    meeting = new_meeting(db, office.board, dt.date(2026, 1, 15))
    ids = [satisfaction.submit_form(db, meeting, [4, 4, 4, 4, 4], "") for _ in range(3)]
    with commits(db) as counted:
        satisfaction.correct_form(db, ids[1], [5, None, 3, 4, 5], "แก้แล้ว")
        satisfaction.delete_form(db, ids[0])
    assert counted == [2]
    forms = satisfaction.survey(db, meeting).forms
    assert [(f.number, f.scores, f.comment) for f in forms] == [
        (2, (5, None, 3, 4, 5), "แก้แล้ว"),
        (3, (4, 4, 4, 4, 4), ""),
    ]
    assert (
        satisfaction.submit_form(db, meeting, [1, 1, 1, 1, 1], "")
        and satisfaction.survey(db, meeting).forms[-1].number == 4
    )
    assert _count(db, SatisfactionScore) == 4 + 5 + 5
    with pytest.raises(InvalidInput):
        satisfaction.correct_form(db, ids[2], [5, 5], "")
    with pytest.raises(InvalidInput):
        satisfaction.delete_form(db, ids[0])  # already gone


def test_a_new_item_set_leaves_old_surveys_as_they_were_run(db: Database, office: SmallOffice) -> None:
    old = new_meeting(db, office.board, dt.date(2026, 1, 15))
    satisfaction.submit_form(db, old, [5, 4, 3, 2, 1], "")
    untouched = new_meeting(db, office.board, dt.date(2026, 2, 15))  # no form yet: follows the office's set
    with commits(db) as counted:
        satisfaction.set_office_items(db, ["  การต้อนรับ  ", "อาหารว่าง", OVERALL])
    assert counted == [1]
    assert satisfaction.office_items(db) == ("การต้อนรับ", "อาหารว่าง", OVERALL)
    assert len(satisfaction.survey_items(db, old)) == 5
    assert satisfaction.survey_items(db, untouched) == ("การต้อนรับ", "อาหารว่าง", OVERALL)
    satisfaction.submit_form(db, untouched, [4, 5, 5], "")
    assert satisfaction.survey(db, old).forms[0].scores == (5, 4, 3, 2, 1)
    # the body's summary merges the two surveys by wording: the overall item has a 1 and a 5
    s = satisfaction.summary(db, body_id=office.board)
    assert s.forms == 2
    assert [i.label for i in s.items][:2] == [DEFAULT_FIRST, "การต้อนรับ"]
    overall = next(i for i in s.items if i.label == OVERALL)
    assert overall.counts == (1, 0, 0, 0, 1) and overall.mean == 3


@pytest.mark.parametrize(
    ("items", "words"),
    [
        ([], "อย่างน้อย 1 ข้อ"),
        (["  ", ""], "อย่างน้อย 1 ข้อ"),
        (["ก", "ข", "ก"], "ซ้ำกัน"),
        ([str(n) for n in range(21)], "ไม่เกิน 20"),
    ],
)
def test_an_unusable_item_set_is_refused(db: Database, items: list[str], words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        satisfaction.set_office_items(db, items)
    assert words in refused.value.th
    assert len(satisfaction.office_items(db)) == 5


def test_summaries_by_body_and_fiscal_year(db: Database, office: SmallOffice) -> None:
    # FY 2569 runs 1 Oct 2025 – 30 Sep 2026; 1 Oct 2026 is FY 2570
    board_2569 = new_meeting(db, office.board, dt.date(2025, 10, 1))
    staff_2569 = new_meeting(db, office.staff_body, dt.date(2026, 9, 30))
    board_2570 = new_meeting(db, office.board, dt.date(2026, 10, 1))
    satisfaction.submit_form(db, board_2569, [5, 5, 5, 5, 5], "")
    satisfaction.submit_form(db, board_2569, [3, 3, 3, 3, 3], "ห้องเล็ก")
    satisfaction.submit_form(db, staff_2569, [2, 2, 2, 2, None], "")
    satisfaction.submit_form(db, board_2570, [1, 1, 1, 1, 1], "")
    year = satisfaction.summary(db, fiscal_year=2569)
    assert year.forms == 3 and year.mean == pytest.approx((25 + 15 + 8) / 14)
    assert year.items[4].counts == (0, 0, 1, 0, 1)
    assert year.comments == ("ห้องเล็ก",)
    rows = satisfaction.by_body(db, fiscal_year=2569)
    assert [(body_id, s.forms, s.mean) for body_id, _name, s in rows] == [
        (office.board, 2, 4.0),
        (office.staff_body, 1, 2.0),
    ]
    assert rows[0][1] == "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1"
    assert satisfaction.summary(db, fiscal_year=2569, body_id=office.staff_body).forms == 1
    assert [s.mean for _i, _n, s in satisfaction.by_body(db, fiscal_year=2570)] == [1.0]
    assert satisfaction.by_body(db, fiscal_year=2568) == ()
    empty = satisfaction.summary(db, fiscal_year=2568)
    assert (empty.forms, empty.mean, empty.items, empty.comments) == (0, None, (), ())
