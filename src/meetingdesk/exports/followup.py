"""รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม: the follow-up report of a body's (or every body's) decisions in a
fiscal year. A summary of how far they were carried out, then meeting by meeting each decision with its actions
in a table (owner, due date, status, latest progress note), and a line for the one who reports to sign.
"""

from __future__ import annotations

from meetingdesk.domain.enums import ActionStatus
from meetingdesk.domain.followup import ActionFollowup, DecisionFollowup, Followup, MeetingFollowup, Totals
from meetingdesk.domain.thai.dates import fiscal_year_bounds, full_date, meeting_number_text, short_date
from meetingdesk.exports.compose import CONFIDENTIAL_LINE, ExportOptions, _finish
from meetingdesk.exports.document import Block, Document, Para, Role, Signature, Table

TITLE = "รายงานการติดตามผลการดำเนินงานตามมติที่ประชุม"
NO_ACTION = "ไม่มีการดำเนินการที่ต้องติดตาม"
ACTION_HEADER = ["ที่", "การดำเนินการ", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ / ผลการดำเนินการล่าสุด"]
# A date column (วันที่, กำหนดเสร็จ) takes a short date on one line in both formats: "30 พ.ย. 68" is 1.72 cm wide in
# the 16 pt Thai face, and a Word cell keeps 0.19 cm of margin each side (test_report_tables measures it).
DATE_COLUMN = 0.16
ACTION_WIDTHS = [0.06, 0.28, 0.20, DATE_COLUMN, 0.30]


def percent_text(part: int, whole: int) -> str:
    """``12 จาก 16 (ร้อยละ 75.0)``, or ``-`` when there is nothing to count."""
    if not whole:
        return "-"
    return f"{part} จาก {whole} (ร้อยละ {100 * part / whole:.1f})"


def fiscal_year_line(fiscal_year: int) -> str:
    first, last = fiscal_year_bounds(fiscal_year)
    return f"ปีงบประมาณ พ.ศ. {fiscal_year} ({full_date(first, weekday=False)} - {full_date(last, weekday=False)})"


def summary_table(t: Totals) -> Table:
    """How far the decisions were carried out, in numbers a director reads at once."""
    s = t.by_status
    live = t.actions - s[ActionStatus.CANCELLED]
    rows = [
        ["การประชุม", f"{t.meetings} ครั้ง"],
        ["มติที่ประชุม", f"{t.decisions} มติ"],
        ["มติที่ต้องดำเนินการ", f"{t.to_carry_out} มติ"],
        ["มติที่ดำเนินการแล้วครบทุกรายการ", percent_text(t.carried_out, t.to_carry_out)],
        ["การดำเนินการตามมติ", f"{t.actions} รายการ"],
        ["    ดำเนินการแล้ว", percent_text(s[ActionStatus.DONE], live)],
        ["    อยู่ระหว่างดำเนินการ", percent_text(s[ActionStatus.IN_PROGRESS], live)],
        ["    ยังไม่ดำเนินการ", percent_text(s[ActionStatus.NOT_STARTED], live)],
        ["    ยกเลิก", f"{s[ActionStatus.CANCELLED]} รายการ"],
        ["เกินกำหนดและยังไม่แล้วเสร็จ", f"{t.overdue} รายการ"],
        ["ดำเนินการแล้วเสร็จตามกำหนด", percent_text(t.done_on_time, t.done_with_due)],
    ]
    return Table(["รายการ", "จำนวน"], rows, [0.55, 0.45], row_height_cm=None, align="ll")


def action_table(actions: tuple[ActionFollowup, ...]) -> Table:
    rows = []
    for n, a in enumerate(actions, start=1):
        status = a.status.label_th + (" (เกินกำหนด)" if a.overdue else "")
        if a.status is ActionStatus.DONE and a.done_on:
            status += f" เมื่อ {short_date(a.done_on)}"
        if a.progress and a.progress_on:
            same_day = a.status is ActionStatus.DONE and a.done_on == a.progress_on  # its date is said already
            status += f": {a.progress}" + ("" if same_day else f" ({short_date(a.progress_on)})")
        due = short_date(a.due) if a.due else "-"
        rows.append([str(n), a.title, a.owner or "-", due, status])
    return Table(ACTION_HEADER, rows, ACTION_WIDTHS, row_height_cm=None, align="cllcl")


def meeting_of(body: str) -> str:
    """``การประชุมคณะกรรมการ…``; a body named ``ประชุม…`` (ประชุมผู้บริหารสถานศึกษา) is not doubled."""
    return f"การ{body}" if body.startswith("ประชุม") else f"การประชุม{body}"


def meeting_heading(m: MeetingFollowup, with_body: bool) -> str:
    name = f"{meeting_of(m.body)} " if with_body else "การประชุม"
    return f"{name}ครั้งที่ {meeting_number_text(m.number, m.year_be)} เมื่อ{full_date(m.date)}"


def decision_blocks(d: DecisionFollowup, options: ExportOptions) -> list[Block]:
    hidden = d.confidential and not options.include_confidential
    title = CONFIDENTIAL_LINE if hidden else d.item_title
    blocks: list[Block] = [Para(f"ระเบียบวาระที่ {d.item} {title}", Role.ITEM, indent=1)]
    if hidden:
        return blocks
    blocks.append(Para(d.text or d.kind.label_th, Role.RESOLUTION, indent=1, bold_prefix="มติที่ประชุม"))
    blocks.append(action_table(d.actions))
    return blocks


def without_actions(decisions: list[DecisionFollowup], options: ExportOptions) -> Para:
    """The meeting's decisions that ask nothing to be done (mostly รับทราบ), on one line: item and decision."""
    parts = []
    for d in decisions:
        hidden = d.confidential and not options.include_confidential
        parts.append(f"ระเบียบวาระที่ {d.item} ({'วาระลับ' if hidden else d.kind.label_th})")
    return Para(f"มติที่{NO_ACTION}: " + ", ".join(parts), Role.LIST, indent=1)


def followup_report(view: Followup, options: ExportOptions = ExportOptions()) -> Document:  # noqa: B008
    """The follow-up report as blocks (written as DOCX or PDF by the usual writers)."""
    scope = view.body or "ทุกองค์คณะ"
    doc = Document(title=f"{TITLE} {scope} ปีงบประมาณ {view.fiscal_year}")
    b = doc.blocks
    b.append(Para(TITLE, Role.TITLE))
    b.append(Para(scope, Role.CENTER))
    b.append(Para(fiscal_year_line(view.fiscal_year), Role.CENTER))
    if view.office:
        b.append(Para(view.office, Role.CENTER))
    b.append(Para(f"ข้อมูล ณ {full_date(view.as_of)}", Role.CENTER))
    b.append(Para("-" * 40, Role.RULE))
    b.append(Para("1. สรุปผลการดำเนินงานตามมติที่ประชุม", Role.SECTION))
    b.append(summary_table(view.totals))
    b.append(
        Para(
            "การนับ: มติที่ต้องดำเนินการ คือ มติที่มีการดำเนินการอย่างน้อยหนึ่งรายการที่ไม่ถูกยกเลิก "
            "ร้อยละของสถานะคิดจากการดำเนินการที่ไม่ถูกยกเลิก และการแล้วเสร็จตามกำหนดคิดจากการดำเนินการ"
            "ที่แล้วเสร็จซึ่งมีกำหนดเสร็จและวันที่รายงานผล",
            Role.NOTE,
        )
    )
    b.append(Para("2. รายละเอียดการดำเนินงานตามมติ", Role.SECTION))
    if not view.meetings:
        b.append(Para("- ไม่มีมติที่ประชุมในปีงบประมาณนี้ -", Role.LIST, indent=1))
    for n, m in enumerate(view.meetings, start=1):
        b.append(Para(f"2.{n} {meeting_heading(m, with_body=not view.body)}", Role.LABEL))
        for d in m.decisions:
            if d.actions:
                b += decision_blocks(d, options)
        quiet = [d for d in m.decisions if not d.actions]
        if quiet:
            b.append(without_actions(quiet, options))
    b.append(Signature("ผู้รายงาน", "", ""))
    return _finish(doc, options)
