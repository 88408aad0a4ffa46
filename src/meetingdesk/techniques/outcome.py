"""A session's outcome in the words a Thai secretary writes in the minutes, from plain data (no database)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from meetingdesk.domain.enums import CardKind, QuestionStatus, Technique
from meetingdesk.techniques.ranking import Ranked


@dataclass(frozen=True)
class OutcomeCard:
    text: str
    kind: CardKind
    code: str = ""
    cluster_id: int | None = None
    question_id: int | None = None
    tags: tuple[str, ...] = ()
    question_status: QuestionStatus | None = None
    asked_to: str = ""  # a su-ji-pu-li question: whom it was asked, the gist of the answer, if it became an action
    answer: str = ""
    became_action: bool = False


@dataclass(frozen=True)
class OutcomeGroup:
    id: int
    name: str
    conclusion: str = ""


def outcome_lines(
    technique: Technique,
    cards: list[OutcomeCard],
    *,
    groups: list[OutcomeGroup] | None = None,
    questions: list[tuple[int, str]] | None = None,
    ranked: list[Ranked] | None = None,
    participants: int = 0,
) -> list[str]:
    """The lines of the item's summary: ``cards`` not deleted, in order; ``groups`` in order; a focus group's
    ``questions`` (id, text) in order and ``participants`` registered; a brainstorm's ``ranked`` groups and cards.
    Speakers' codes are only counted, never written."""
    if technique is Technique.BRAINSTORM:
        shown = [r for r in ranked or [] if r.kind == "cluster" or r.dots]
        groups_count = sum(1 for r in shown if r.kind == "cluster")
        lines = [f"ที่ประชุมระดมความคิดเห็น ได้ความคิดเห็น {len(cards)} ข้อ จัดเป็น {groups_count} กลุ่ม"
                 " และลงคะแนนจัดลำดับ ดังนี้"]  # fmt: skip
        return lines + [f"{n}. {r.text} ({r.dots} คะแนน)" for n, r in enumerate(shown, start=1)]
    if technique is Technique.FOCUS_GROUP:
        return _focus_group(cards, questions or [], participants)
    if technique is Technique.SYNTHESIS:
        return _synthesis(cards, groups or [])
    return _sujipuli(cards)  # su-ji-pu-li and group process


def _focus_group(cards: list[OutcomeCard], questions: list[tuple[int, str]], participants: int) -> list[str]:
    people = max(participants, len({c.code for c in cards if c.code}))
    lines = [f"ที่ประชุมสนทนากลุ่ม (Focus Group) ผู้ร่วมสนทนา {people} คน สรุปผลตามประเด็นคำถาม ดังนี้"]
    for n, (question_id, text) in enumerate(questions, start=1):
        answers = [c for c in cards if c.question_id == question_id and c.kind is not CardKind.CONCLUSION]
        if not answers:
            continue
        lines.append(f"{n}. {text} (ความคิดเห็น {len(answers)} ข้อ)")
        themes = Counter(t for c in answers for t in c.tags)
        if themes:
            lines.append("ประเด็นสำคัญ: " + ", ".join(f"{t} ({k})" for t, k in themes.most_common()))
        lines += [f"- {c.text}" for c in answers]
    if conclusions := [c.text for c in cards if c.kind is CardKind.CONCLUSION]:
        lines.append("ข้อสรุปของการสนทนากลุ่ม")
        lines += [f"- {text}" for text in conclusions]
    return lines


def _synthesis(cards: list[OutcomeCard], groups: list[OutcomeGroup]) -> list[str]:
    concluded = [g for g in groups if g.conclusion] or groups  # the themes the group concluded on
    lines = [f"ที่ประชุมสังเคราะห์ผลจากข้อมูล {len(cards)} รายการ ได้ข้อสรุป {len(concluded)} ประเด็น ดังนี้"]
    for n, group in enumerate(concluded, start=1):
        evidence = sum(1 for card in cards if card.cluster_id == group.id)
        said = f": {group.conclusion}" if group.conclusion else ""
        lines.append(f"{n}. {group.name}{said} (หลักฐาน {evidence} รายการ)")
    recommendations = [c.text for c in cards if c.kind is CardKind.CONCLUSION]
    if recommendations:
        lines.append("ข้อเสนอแนะ")
        lines += [f"- {text}" for text in recommendations]
    return lines


def _question(card: OutcomeCard) -> str:
    to = f" (ถาม{card.asked_to})" if card.asked_to else ""
    if card.answer:
        return f"{card.text}{to} — ชี้แจงว่า {card.answer}"
    if card.became_action:
        return f"{card.text}{to} — มอบหมายให้ดำเนินการและติดตามผล"
    if card.question_status is QuestionStatus.DEFERRED:
        return f"{card.text}{to} — ยกไปติดตามในการประชุมครั้งต่อไป"
    return f"{card.text}{to}"


def _sujipuli(cards: list[OutcomeCard]) -> list[str]:
    by_kind: dict[CardKind, list[OutcomeCard]] = {}
    for card in cards:
        by_kind.setdefault(card.kind, []).append(card)
    lines: list[str] = []
    if key_points := by_kind.get(CardKind.KEY_POINT, []):
        lines.append("ประเด็นสำคัญจากการนำเสนอ")
        lines += [f"- {card.text}" for card in key_points]
    if reflections := by_kind.get(CardKind.REFLECTION, []) + by_kind.get(CardKind.IDEA, []):
        lines.append("ข้อคิดเห็นของผู้เข้าประชุม")
        lines += [f"- {card.text}" for card in reflections]
    if asked := by_kind.get(CardKind.QUESTION, []):
        answered = sum(1 for q in asked if q.answer or q.question_status is QuestionStatus.ANSWERED)
        lines.append(f"ผู้เข้าประชุมซักถาม {len(asked)} ข้อ ได้รับคำชี้แจง {answered} ข้อ ดังนี้")
        lines += [f"{n}. {_question(q)}" for n, q in enumerate(asked, start=1)]
    if conclusions := by_kind.get(CardKind.CONCLUSION, []) + by_kind.get(CardKind.LESSON, []):
        lines.append("ข้อสรุปและบทเรียนที่ได้รับ")
        lines += [f"- {card.text}" for card in conclusions]
    return lines
