"""The pure parts of a session, tested without a database: the countdown, the ranking, the minutes' wording."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingdesk.domain.enums import CardKind, QuestionStatus, Technique
from meetingdesk.techniques.countdown import remaining_seconds
from meetingdesk.techniques.outcome import OutcomeCard, OutcomeGroup, outcome_lines
from meetingdesk.techniques.ranking import Ranked, rank

T0 = dt.datetime(2026, 11, 27, 9, 0)


@dataclass(frozen=True)
class Clock:
    timer_seconds: int | None
    timer_started_at: dt.datetime | None


def test_the_countdown_runs_pauses_and_never_goes_below_zero() -> None:
    assert remaining_seconds(Clock(None, None), T0) == 0
    assert remaining_seconds(Clock(300, None), T0) == 300  # paused: what was left
    assert remaining_seconds(Clock(300, T0), T0 + dt.timedelta(seconds=100)) == 200
    assert remaining_seconds(Clock(300, T0), T0 + dt.timedelta(minutes=9)) == 0


def test_groups_rank_by_dots_and_only_voted_loose_cards_join_them() -> None:
    dots = {("cluster", 1): 2, ("cluster", 2): 5, ("card", 7): 3}
    ranked = rank([(1, "การอ่าน"), (2, "การนิเทศ"), (3, "ผู้ปกครอง")], [(7, "ค่ายภาษา"), (8, "ไม่มีใครเลือก")], dots)
    assert ranked == [
        Ranked("cluster", 2, "การนิเทศ", 5),
        Ranked("card", 7, "ค่ายภาษา", 3),
        Ranked("cluster", 1, "การอ่าน", 2),
        Ranked("cluster", 3, "ผู้ปกครอง", 0),
    ]


def test_the_minutes_wording_of_each_technique() -> None:
    ideas = [OutcomeCard("มุมหนังสือ", CardKind.IDEA), OutcomeCard("ค่ายภาษา", CardKind.IDEA)]
    assert outcome_lines(Technique.BRAINSTORM, ideas, ranked=[Ranked("cluster", 1, "การอ่าน", 4)]) == [
        "ที่ประชุมระดมความคิดเห็น ได้ความคิดเห็น 2 ข้อ จัดเป็น 1 กลุ่ม และลงคะแนนจัดลำดับ ดังนี้",
        "1. การอ่าน (4 คะแนน)",
    ]
    responses = [
        OutcomeCard("ไม่มีหนังสือ", CardKind.RESPONSE, "P1", question_id=10, tags=("สื่อ",)),
        OutcomeCard("ไม่มีเวลา", CardKind.RESPONSE, "P2", question_id=10, tags=("สื่อ", "ครอบครัว")),
        OutcomeCard("ต้องการสื่อเพิ่ม", CardKind.CONCLUSION),  # the group's own, under no question
    ]
    assert outcome_lines(Technique.FOCUS_GROUP, responses, questions=[(10, "อะไรเป็นอุปสรรค"), (11, "ทำอะไรต่อ")]) == [
        "ที่ประชุมสนทนากลุ่ม (Focus Group) ผู้ร่วมสนทนา 2 คน สรุปผลตามประเด็นคำถาม ดังนี้",
        "1. อะไรเป็นอุปสรรค — ความคิดเห็น 2 ข้อ ประเด็นสำคัญ: สื่อ (2), ครอบครัว (1)",
        "2. ทำอะไรต่อ — ความคิดเห็น 0 ข้อ ประเด็นสำคัญ: ไม่มีประเด็นที่บันทึก",
        "- ต้องการสื่อเพิ่ม",
    ]
    evidence = [OutcomeCard("ร้อยละ 72", CardKind.FINDING, cluster_id=1), OutcomeCard("จัดสรรสื่อ", CardKind.CONCLUSION)]
    assert outcome_lines(Technique.SYNTHESIS, evidence, groups=[OutcomeGroup(1, "การอ่าน", "อ่านดีขึ้น")]) == [
        "ที่ประชุมสังเคราะห์ผลจากข้อมูล 2 รายการ ได้ข้อสรุป 1 ประเด็น ดังนี้",
        "1. การอ่าน: อ่านดีขึ้น (หลักฐาน 1 รายการ)",
        "ข้อเสนอแนะ",
        "- จัดสรรสื่อ",
    ]
    asked = [
        OutcomeCard("สื่อจะมาเมื่อไร", CardKind.QUESTION, question_status=QuestionStatus.ANSWERED),
        OutcomeCard("ใครรับผิดชอบ", CardKind.QUESTION, question_status=QuestionStatus.DEFERRED),
        OutcomeCard("เรียนรู้จากกันและกัน", CardKind.LESSON),
    ]
    assert outcome_lines(Technique.SUJIPULI, asked) == [
        "คำถามจากที่ประชุม 2 ข้อ ตอบแล้ว 1 ข้อ ยกไปติดตาม 1 ข้อ",
        "ข้อสรุปและบทเรียนที่ได้รับ",
        "- เรียนรู้จากกันและกัน",
    ]
