"""The quality indicator framework the evidence report answers: standard → indicator → point of consideration,
each point with its evidence items, and for each item which of MeetingDesk's data answers it (a fixed set of
answer keys). Standards change between editions, so this is data the office edits (a JSON file); the default
is the seed's own มาตรฐานที่ 1 ตัวบ่งชี้ที่ 1 ประเด็นที่ 6 (``resources/framework/``).

Parsing checks everything and says what is wrong, where, in Thai and English (``InvalidInput``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from meetingdesk.domain.errors import InvalidInput

FORMAT = "meetingdesk-framework/1"
MAX_BYTES = 1_000_000

# The data the report can put under an evidence item: key → (Thai, English).
ANSWERS: dict[str, tuple[str, str]] = {
    "meetings-by-channel": ("การประชุมและมติจำแนกตามช่องทาง (องค์คณะ)", "Meetings and decisions by channel (body)"),
    "techniques-used": ("เทคนิคที่ใช้ในการประชุม", "Techniques used in meetings"),
    "findings-by-project": ("ผลการดำเนินงานของโครงการจำแนกตามระยะ", "Findings by project and phase"),
    "decisions-carried-out": ("การดำเนินการตามมติที่ประชุม", "Decisions carried out"),
    "participation": ("การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย", "Stakeholder participation"),
    "satisfaction": ("ความพึงพอใจของผู้รับบริการ", "Satisfaction of those served"),
    "trace": ("ตัวอย่างจากผลการดำเนินงานสู่ผลลัพธ์", "An example from finding to result"),
}


@dataclass(frozen=True)
class Evidence:
    text: str  # the claim, as the office writes it
    answer: str  # a key of ANSWERS


@dataclass(frozen=True)
class Point:
    code: str
    title: str
    description: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Indicator:
    code: str
    title: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Standard:
    code: str
    title: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Framework:
    title: str
    standards: tuple[Standard, ...]

    def points(self) -> list[tuple[Standard, Indicator, Point]]:
        return [(s, i, p) for s in self.standards for i in s.indicators for p in i.points]

    def count_points(self) -> int:
        return len(self.points())

    def as_json(self) -> str:
        data = {
            "format": FORMAT,
            "title": self.title,
            "standards": [
                {
                    "code": s.code,
                    "title": s.title,
                    "indicators": [
                        {
                            "code": i.code,
                            "title": i.title,
                            "points": [
                                {
                                    "code": p.code,
                                    "title": p.title,
                                    "description": p.description,
                                    "evidence": [{"text": e.text, "answer": e.answer} for e in p.evidence],
                                }
                                for p in i.points
                            ],
                        }
                        for i in s.indicators
                    ],
                }
                for s in self.standards
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _bad(where: str, th: str, en: str) -> InvalidInput:
    return InvalidInput(f"กรอบตัวบ่งชี้ไม่ถูกต้อง ({where}): {th}", f"The framework is not valid ({where}): {en}")


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise _bad(where, f"“{key}” ต้องเป็นข้อความ", f"“{key}” must be text.")
    value = " ".join(value.split())
    if required and not value:
        raise _bad(where, f"ต้องมี “{key}”", f"“{key}” is missing.")
    return value


def _list(obj: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = obj.get(key)
    if not isinstance(value, list) or not value:
        raise _bad(where, f"“{key}” ต้องเป็นรายการที่มีอย่างน้อย 1 รายการ", f"“{key}” must be a non-empty list.")
    if not all(isinstance(v, dict) for v in value):
        raise _bad(where, f"ทุกรายการใน “{key}” ต้องเป็นออบเจกต์ {{…}}", f"every entry of “{key}” must be an object.")
    return value


def parse_framework(text: str) -> Framework:
    """A framework from its JSON text, checked: the format tag, every level present, known answer keys."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise _bad("ไฟล์", "ไฟล์ใหญ่เกิน 1 MB", "the file is larger than 1 MB.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(
            f"บรรทัด {exc.lineno}", f"อ่าน JSON ไม่ได้ ({exc.msg})", f"not JSON ({exc.msg}) at line {exc.lineno}."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad("format", f'ต้องมี "format": "{FORMAT}"', f'"format" must be "{FORMAT}".')
    standards = []
    for s_n, s in enumerate(_list(data, "standards", "standards"), start=1):
        s_where = f"มาตรฐานลำดับที่ {s_n}"
        indicators = []
        for i_n, i in enumerate(_list(s, "indicators", s_where), start=1):
            i_where = f"{s_where} ตัวบ่งชี้ลำดับที่ {i_n}"
            points = []
            for p_n, p in enumerate(_list(i, "points", i_where), start=1):
                p_where = f"{i_where} ประเด็นลำดับที่ {p_n}"
                evidence = []
                for e_n, e in enumerate(_list(p, "evidence", p_where), start=1):
                    e_where = f"{p_where} หลักฐานลำดับที่ {e_n}"
                    answer = _text(e, "answer", e_where)
                    if answer not in ANSWERS:
                        known = ", ".join(ANSWERS)
                        raise _bad(
                            e_where,
                            f"ไม่รู้จักข้อมูล “{answer}” (ใช้ได้: {known})",
                            f"unknown answer “{answer}” (known: {known}).",
                        )
                    evidence.append(Evidence(_text(e, "text", e_where), answer))
                points.append(
                    Point(
                        _text(p, "code", p_where),
                        _text(p, "title", p_where),
                        _text(p, "description", p_where, required=False),
                        tuple(evidence),
                    )
                )
            indicators.append(
                Indicator(_text(i, "code", i_where), _text(i, "title", i_where, required=False), tuple(points))
            )
        standards.append(
            Standard(_text(s, "code", s_where), _text(s, "title", s_where, required=False), tuple(indicators))
        )
    return Framework(_text(data, "title", "title"), tuple(standards))
