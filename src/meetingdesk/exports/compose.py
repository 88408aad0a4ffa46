"""The words and order of the three documents, as the correspondence regulation's form has them
(``shared/domain/thai-minutes.md``): minutes (รายงานการประชุม), agenda (ระเบียบวาระการประชุม) and the
sign-in sheet. Plain data in, blocks out; no file format here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from meetingdesk.domain.thai.dates import full_date, meeting_number_text, short_date, time_text
from meetingdesk.domain.thai.digits import thai_digits
from meetingdesk.exports.document import Block, Document, Figure, Para, PersonRow, Role, Signature, Table
from meetingdesk.exports.view import ActionLine, ItemView, MeetingView, PersonLine

NONE_LINE = "- ไม่มี -"
CONFIDENTIAL_LINE = "(วาระลับ ไม่เปิดเผยในฉบับนี้)"


@dataclass(frozen=True)
class ExportOptions:
    style: str | None = None  # detailed | summary | resolutions; None: the meeting's own
    thai_digits: bool = False
    include_confidential: bool = False
    draft: bool | None = None  # None: a draft unless the minutes are certified


# Characters a document cannot hold (C0 controls other than tab/newline, lone surrogates, noncharacters)
# are shown as visible replacement marks rather than dropped: nothing the user typed disappears silently.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    return _UNWRITABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text.replace("\r\n", "\n").replace("\r", "\n"))


def _heading(view: MeetingView, kind: str) -> list[Block]:
    """The form's heading: the document's name with the body's, ครั้งที่ n/พ.ศ., a meeting's own title (เรื่อง)
    on a line of its own, then เมื่อ and ณ. The body's name is always there, whatever the meeting is called."""
    lines: list[Block] = [
        Para(f"{kind}{view.body}", Role.TITLE),
        Para(f"ครั้งที่ {meeting_number_text(view.number, view.year_be)}", Role.CENTER),
    ]
    if view.title:
        lines.append(Para(f"เรื่อง {view.title}", Role.CENTER))
    lines.append(Para(f"เมื่อ{full_date(view.date)}", Role.CENTER))
    if view.place:
        lines.append(Para(f"ณ {view.place}", Role.CENTER))
    lines.append(Para("-" * 40, Role.RULE))
    return lines


def _people(title: str, people: list[PersonLine], *, reasons: bool = False) -> list[Block]:
    blocks: list[Block] = [Para(title, Role.LABEL)]
    if not people:
        return [*blocks, Para(NONE_LINE, Role.LIST, indent=1)]
    for n, p in enumerate(people, start=1):
        name = f"{p.name} แทน {p.substitute_for}" if p.substitute_for else p.name
        role = p.role
        if reasons and p.reason:
            role = f"{role} ({p.reason})" if role else p.reason
        blocks.append(PersonRow(f"{n}.", name, role))
    return blocks


def _action_lines(actions: list[ActionLine]) -> list[Block]:
    out: list[Block] = []
    for a in actions:
        owner = f" ผู้รับผิดชอบ {a.owner}" if a.owner else ""
        due = f" กำหนดเสร็จ {short_date(a.due)}" if a.due else ""
        progress = f" ผลการดำเนินการ: {a.progress}" if a.progress else ""
        out.append(Para(f"- {a.title}{owner}{due} ({a.status_th}){progress}", Role.LIST, indent=3))
    return out


def _record_of_item(item: ItemView, style: str) -> list[Block]:
    blocks: list[Block] = []
    if item.certifies:
        if item.certified_text:
            blocks.append(Para(item.certified_text, Role.RESOLUTION, indent=2, bold_prefix="มติที่ประชุม"))
            blocks += [Para(f"{n}. {a}", Role.LIST, indent=3) for n, a in enumerate(item.amendments, start=1)]
        return blocks + [_decision_para(d.text, d.votes) for d in item.decisions]
    if item.arising_from:
        blocks.append(Para(f"ตามมติ{item.arising_from} ว่า “{item.arising_decision}” ผลการดำเนินการ ดังนี้", indent=2))
        blocks += _action_lines(item.arising_actions) or [Para(NONE_LINE, Role.LIST, indent=3)]
    if item.presenter and style != "resolutions":
        blocks.append(Para(f"{item.presenter} นำเสนอ", indent=2))
    if item.background and style in ("detailed", "summary", "resolutions"):
        blocks.append(Para(item.background, indent=2))
    if style == "detailed":  # what was said, then what it came to (a session's outcome is put in the summary)
        blocks += [Para(text, indent=2) for text in (item.discussion, item.summary) if text]
    elif style == "summary" and (item.summary or item.discussion):
        blocks.append(Para(item.summary or item.discussion, indent=2))
    for decision in item.decisions:
        blocks.append(_decision_para(decision.text, decision.votes))
        if decision.actions:
            blocks += _action_lines(decision.actions)
    if not item.decisions and not item.certifies and not item.arising_from:  # matters arising: the progress is it
        blocks.append(Para("", Role.RESOLUTION, indent=2, bold_prefix="มติที่ประชุม"))
    return blocks


def _decision_para(text: str, votes: tuple[int, int, int] | None) -> Para:
    if votes:
        text += f" ด้วยคะแนนเสียงเห็นชอบ {votes[0]} เสียง ไม่เห็นชอบ {votes[1]} เสียง งดออกเสียง {votes[2]} เสียง"
    return Para(text, Role.RESOLUTION, indent=2, bold_prefix="มติที่ประชุม")


def _signature(label: str, person: PersonLine | None) -> Signature:
    return Signature(label, person.name if person else "", person.position if person else "")


def names(view: MeetingView) -> tuple[str, ...]:
    """Every person's name the documents may print, so a line never breaks inside one."""
    people = [*view.present, *view.absent, *view.attending, *view.roster]
    people += [p for p in (view.minute_taker, view.minutes_checker) if p]
    found = {p.name for p in people} | {p.substitute_for for p in people}
    for section in view.sections:
        for item in section.items:
            found.add(item.presenter)
            actions = [*item.arising_actions, *(a for d in item.decisions for a in d.actions)]
            found |= {a.owner for a in actions if a.owner_is_person}
    return tuple(sorted(n for n in found if n.strip()))


def _finish(doc: Document, options: ExportOptions, view: MeetingView | None = None) -> Document:
    """Clean every text of what a document cannot hold, and turn digits Thai when asked."""

    def fix(text: str) -> str:
        text = clean(text)
        return thai_digits(text) if options.thai_digits else text

    blocks: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Para):
            blocks.append(replace(block, text=fix(block.text), bold_prefix=fix(block.bold_prefix)))
        elif isinstance(block, PersonRow):
            blocks.append(PersonRow(fix(block.number), fix(block.name), fix(block.role)))
        elif isinstance(block, Signature):
            blocks.append(Signature(fix(block.label), fix(block.name), fix(block.position)))
        elif isinstance(block, Figure):
            c = block.chart
            bars = tuple(replace(b, label=fix(b.label)) for b in c.bars)
            chart = replace(
                c, series=tuple(map(fix, c.series)), bars=bars, unit=fix(c.unit), notes=tuple(map(fix, c.notes))
            )
            blocks.append(replace(block, chart=chart))
        else:
            rows = [[fix(c) for c in r] for r in block.rows]
            blocks.append(replace(block, header=[fix(h) for h in block.header], rows=rows))
    doc.blocks = blocks
    doc.title = fix(doc.title)
    doc.thai_digits = options.thai_digits
    if view is not None:
        doc.keep = tuple(fix(n) for n in names(view))
    return doc


def minutes(view: MeetingView, options: ExportOptions = ExportOptions()) -> Document:
    """รายงานการประชุม: every part in the regulation's order, with its words."""
    style = options.style or view.recording_style
    draft = options.draft if options.draft is not None else not view.certified
    doc = Document(title=f"รายงานการประชุม{view.body} ครั้งที่ {view.number}/{view.year_be}")
    doc.mark = "ร่าง" if draft else ""
    b = doc.blocks
    b += _heading(view, "รายงานการประชุม")
    b += _people("ผู้มาประชุม", view.present)
    b += _people("ผู้ไม่มาประชุม", view.absent, reasons=True)
    b += _people("ผู้เข้าร่วมประชุม", view.attending)
    start = time_text(view.start_time) if view.start_time else "........ น."
    b.append(Para(f"เริ่มประชุมเวลา {start}", Role.LABEL))
    b.append(Para(view.opening or "เมื่อที่ประชุมพร้อมแล้ว ประธานกล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"))
    for section in view.sections:
        b.append(Para(f"ระเบียบวาระที่ {section.number} {section.title}", Role.SECTION))
        if not section.items:
            b.append(Para(NONE_LINE, Role.LIST, indent=1))
        for item in section.items:
            if item.confidential and not options.include_confidential:
                b.append(Para(f"{item.number} {CONFIDENTIAL_LINE}", Role.ITEM, indent=1))
                continue
            b.append(Para(f"{item.number} {item.title}", Role.ITEM, indent=1))
            b += _record_of_item(item, style)
    end = time_text(view.end_time) if view.end_time else "........ น."
    b.append(Para(f"เลิกประชุมเวลา {end}", Role.LABEL))
    b.append(_signature("ผู้จดรายงานการประชุม", view.minute_taker))
    b.append(_signature("ผู้ตรวจรายงานการประชุม", view.minutes_checker))
    if view.certified:
        b.append(Para(view.certified, Role.NOTE))
    if view.later_amendments:
        b.append(Para("การแก้ไขรายงานการประชุมภายหลังการรับรอง", Role.LABEL))
        b += [Para(f"{n}. {a}", Role.LIST, indent=1) for n, a in enumerate(view.later_amendments, start=1)]
    return _finish(doc, options, view)


def agenda(view: MeetingView, options: ExportOptions = ExportOptions()) -> Document:
    """ระเบียบวาระการประชุม, sent out before the meeting."""
    doc = Document(title=f"ระเบียบวาระการประชุม{view.body} ครั้งที่ {view.number}/{view.year_be}")
    b = doc.blocks
    b += _heading(view, "ระเบียบวาระการประชุม")
    if view.start_time:
        when = next(n for n, block in enumerate(b) if isinstance(block, Para) and block.text.startswith("เมื่อ"))
        b.insert(when + 1, Para(f"เวลา {time_text(view.start_time)}", Role.CENTER))
    for section in view.sections:
        b.append(Para(f"ระเบียบวาระที่ {section.number} {section.title}", Role.SECTION))
        if not section.items:
            b.append(Para(NONE_LINE, Role.LIST, indent=1))
        for item in section.items:
            title = CONFIDENTIAL_LINE if item.confidential and not options.include_confidential else item.title
            b.append(Para(f"{item.number} {title}", Role.ITEM, indent=1))
            if item.presenter and not (item.confidential and not options.include_confidential):
                b.append(Para(f"ผู้นำเสนอ {item.presenter}", Role.LIST, indent=2))
    return _finish(doc, options, view)


BLANK_SIGNIN_ROWS = 5


def signin(view: MeetingView, options: ExportOptions = ExportOptions()) -> Document:
    """The sign-in sheet: members first, then others attending, then blank rows for those who come unlisted."""
    doc = Document(title=f"บัญชีลงชื่อผู้มาประชุม{view.body} ครั้งที่ {view.number}/{view.year_be}")
    b = doc.blocks
    b.append(Para("บัญชีลงชื่อผู้มาประชุม", Role.TITLE))
    b.append(Para(view.body, Role.CENTER))
    b.append(Para(f"ครั้งที่ {meeting_number_text(view.number, view.year_be)}", Role.CENTER))
    if view.title:
        b.append(Para(f"เรื่อง {view.title}", Role.CENTER))
    when = f"เมื่อ{full_date(view.date)}" + (f" เวลา {time_text(view.start_time)}" if view.start_time else "")
    b.append(Para(when, Role.CENTER))
    if view.place:
        b.append(Para(f"ณ {view.place}", Role.CENTER))
    members = view.roster or view.present + view.absent
    member_names = {p.name for p in members}
    others = [p for p in view.attending if p.name not in member_names]
    rows = [[str(n), p.name, p.role, ""] for n, p in enumerate(members, start=1)]
    rows += [[str(len(rows) + n), p.name, p.position or p.role, ""] for n, p in enumerate(others, start=1)]
    rows += [[str(len(rows) + n), "", "", ""] for n in range(1, BLANK_SIGNIN_ROWS + 1)]
    b.append(Table(["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "ลายมือชื่อ"], rows, [0.08, 0.37, 0.33, 0.22]))
    return _finish(doc, options, view)


DOCUMENTS = {"minutes": minutes, "agenda": agenda, "signin": signin}
