"""The focus-group report: the question route with a summary per question, and the view per code (theme).

Participants appear by code only (P1, P2 …); names and consent stay in the attendance record.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from meetingdesk.domain.thai.dates import full_date
from meetingdesk.exports.compose import NONE_LINE, ExportOptions, _finish
from meetingdesk.exports.document import Block, Document, Para, Role


@dataclass(frozen=True)
class Response:
    code: str
    text: str
    tags: list[str]
    quote: bool


@dataclass(frozen=True)
class QuestionView:
    kind_th: str
    text: str
    minutes: int
    responses: list[Response]


@dataclass(frozen=True)
class FocusGroupView:
    office: str
    topic: str
    body: str
    date: dt.date | None
    place: str
    participants: int
    consented: int
    questions: list[QuestionView]
    conclusions: list[str] = field(default_factory=list)


def focus_group_report(view: FocusGroupView, options: ExportOptions = ExportOptions()) -> Document:  # noqa: B008
    doc = Document(title=f"รายงานผลการสนทนากลุ่ม {view.topic}")
    b: list[Block] = doc.blocks
    b.append(Para("รายงานผลการสนทนากลุ่ม (Focus Group)", Role.TITLE))
    b.append(Para(f"เรื่อง {view.topic}", Role.CENTER))
    if view.body:
        b.append(Para(view.body, Role.CENTER))
    if view.date:
        b.append(Para(f"เมื่อ{full_date(view.date)}", Role.CENTER))
    if view.place:
        b.append(Para(f"ณ {view.place}", Role.CENTER))
    b.append(Para("-" * 40, Role.RULE))
    b.append(Para("ผู้ร่วมสนทนา", Role.LABEL))
    b.append(Para(f"ผู้ร่วมสนทนา {view.participants} คน (ให้ความยินยอม {view.consented} คน) "
                  "ระบุในรายงานด้วยรหัสผู้ร่วมสนทนาเท่านั้น"))  # fmt: skip
    b.append(Para("สรุปผลตามประเด็นคำถาม", Role.SECTION))
    every: list[Response] = []
    for n, q in enumerate(view.questions, start=1):
        b.append(Para(f"{n}. {q.text} ({q.kind_th} {q.minutes} นาที)", Role.ITEM, indent=1))
        every += q.responses
        if not q.responses:
            b.append(Para(NONE_LINE, Role.LIST, indent=2))
            continue
        themes = Counter(t for r in q.responses for t in r.tags)
        summary = ", ".join(f"{t} ({k})" for t, k in themes.most_common()) or "ไม่มีการกำหนดประเด็น"
        b.append(Para(f"ความคิดเห็น {len(q.responses)} ข้อ จาก {len({r.code for r in q.responses if r.code})} คน "
                      f"ประเด็นสำคัญ: {summary}", indent=2))  # fmt: skip
        for r in q.responses:
            mark = " [คำพูดที่ยกมาอ้างอิงได้]" if r.quote else ""
            who = f"{r.code}: " if r.code else ""
            b.append(Para(f"- {who}{r.text}{mark}", Role.LIST, indent=2))
    b.append(Para("ความคิดเห็นจำแนกตามประเด็น", Role.SECTION))
    tags = sorted({t for r in every for t in r.tags})
    if not tags:
        b.append(Para(NONE_LINE, Role.LIST, indent=1))
    for tag in tags:
        tagged = [r for r in every if tag in r.tags]
        b.append(Para(f"{tag} ({len(tagged)} ความคิดเห็น)", Role.ITEM, indent=1))
        b += [Para(f"- {r.code + ': ' if r.code else ''}{r.text}", Role.LIST, indent=2) for r in tagged]
    if view.conclusions:
        b.append(Para("ข้อสรุป", Role.SECTION))
        b += [Para(f"- {c}", Role.LIST, indent=1) for c in view.conclusions]
    return _finish(doc, options)
