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
    route = [(10, "อะไรเป็นอุปสรรค"), (11, "ทำอะไรต่อ")]
    assert outcome_lines(Technique.FOCUS_GROUP, responses, questions=route, participants=3) == [
        "ที่ประชุมสนทนากลุ่ม (Focus Group) ผู้ร่วมสนทนา 3 คน สรุปผลตามประเด็นคำถาม ดังนี้",
        "1. อะไรเป็นอุปสรรค (ความคิดเห็น 2 ข้อ)",
        "ประเด็นสำคัญ: สื่อ (2), ครอบครัว (1)",
        "- ไม่มีหนังสือ",
        "- ไม่มีเวลา",  # a question nobody answered is left out
        "ข้อสรุปของการสนทนากลุ่ม",
        "- ต้องการสื่อเพิ่ม",
    ]
    evidence = [OutcomeCard("ร้อยละ 72", CardKind.FINDING, cluster_id=1), OutcomeCard("จัดสรรสื่อ", CardKind.CONCLUSION)]
    themes = [OutcomeGroup(1, "การอ่าน", "อ่านดีขึ้น"), OutcomeGroup(2, "ยังไม่สรุป")]  # only concluded themes
    assert outcome_lines(Technique.SYNTHESIS, evidence, groups=themes) == [
        "ที่ประชุมสังเคราะห์ผลจากข้อมูล 2 รายการ ได้ข้อสรุป 1 ประเด็น ดังนี้",
        "1. การอ่าน: อ่านดีขึ้น (หลักฐาน 1 รายการ)",
        "ข้อเสนอแนะ",
        "- จัดสรรสื่อ",
    ]
    asked = [
        OutcomeCard("ศึกษานิเทศก์มีน้อย", CardKind.REFLECTION, "P2"),
        OutcomeCard(
            "สื่อจะมาเมื่อไร",
            CardKind.QUESTION,
            "P1",
            question_status=QuestionStatus.ANSWERED,
            asked_to="ผอ.กลุ่มนิเทศฯ",
            answer="ภายในเดือนธันวาคม",
        ),
        OutcomeCard("ใครรับผิดชอบ", CardKind.QUESTION, question_status=QuestionStatus.DEFERRED),
        OutcomeCard("เรียนรู้จากกันและกัน", CardKind.LESSON),
    ]
    assert outcome_lines(Technique.SUJIPULI, asked) == [
        "ข้อคิดเห็นของผู้เข้าประชุม",
        "- ศึกษานิเทศก์มีน้อย",
        "ผู้เข้าประชุมซักถาม 2 ข้อ ได้รับคำชี้แจง 1 ข้อ ดังนี้",
        "1. สื่อจะมาเมื่อไร (ถามผอ.กลุ่มนิเทศฯ) — ชี้แจงว่า ภายในเดือนธันวาคม",
        "2. ใครรับผิดชอบ — ยกไปติดตามในการประชุมครั้งต่อไป",
        "ข้อสรุปและบทเรียนที่ได้รับ",
        "- เรียนรู้จากกันและกัน",
    ]


@dataclass(frozen=True)
class Shown:
    kind: CardKind
    question_id: int | None = None


def test_the_room_sees_the_question_discussed_or_the_step_being_taken() -> None:
    from meetingdesk.techniques.board import in_the_room
    from meetingdesk.techniques.catalog import CATALOG

    said = [Shown(CardKind.RESPONSE, 1), Shown(CardKind.RESPONSE, 2), Shown(CardKind.CONCLUSION)]
    focus = CATALOG[Technique.FOCUS_GROUP]
    assert in_the_room(Technique.FOCUS_GROUP, focus.stage("discuss"), said, question_id=2) == [said[1]]
    assert in_the_room(Technique.FOCUS_GROUP, focus.stage("summary"), said) == [said[2]]
    steps = [Shown(CardKind.KEY_POINT), Shown(CardKind.QUESTION), Shown(CardKind.CONCLUSION), Shown(CardKind.LESSON)]
    sujipuli = CATALOG[Technique.SUJIPULI]
    assert in_the_room(Technique.SUJIPULI, sujipuli.stage("ask"), steps) == [steps[1]]
    assert in_the_room(Technique.SUJIPULI, sujipuli.stage("write"), steps) == steps[2:]
    assert in_the_room(Technique.BRAINSTORM, CATALOG[Technique.BRAINSTORM].stage("cluster"), said) == said
