"""The evidence report for the quality standard (รายงานผลการดำเนินงานตามมาตรฐาน …): for each point of
consideration of the office's indicator framework, its description, a summary in words, then each evidence item
answered from the data (meetings by channel, techniques, findings by project, decisions carried out,
participation, satisfaction, a trace), and an appendix listing the minutes it cites.

Written to be submitted with light editing: plain official Thai, numbers in sentences as well as tables.
"""

from __future__ import annotations

from collections.abc import Callable

from meetingdesk.domain.figures import MEAN_DECIMALS, figure_text
from meetingdesk.domain.framework import Point
from meetingdesk.domain.thai.dates import full_date, short_date
from meetingdesk.exports.compose import ExportOptions, _finish
from meetingdesk.exports.document import Block, Document, Figure, Para, Role, Signature, Table
from meetingdesk.exports.evidence_view import Channel, EvidenceView
from meetingdesk.exports.followup import DATE_COLUMN, fiscal_year_line, meeting_of, percent_text, summary_table

NONE = "- ไม่มีข้อมูลในปีงบประมาณนี้ -"
NO_MEETING = "ในปีงบประมาณนี้ไม่มีการประชุม"
BY_BODY = "ผลการดำเนินงานตามมติ จำแนกตามองค์คณะ"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def _pct(part: int, whole: int) -> str:
    return f"ร้อยละ {100 * part / whole:.1f}" if whole else "-"


def _mean(value: float | None) -> str:
    return figure_text(value, MEAN_DECIMALS) if value is not None else "-"


def _none() -> list[Block]:
    return [Para(NONE, Role.LIST, indent=2)]


def _channel(n: int, c: Channel) -> list[Block]:
    blocks: list[Block] = [Para(f"{n}) {c.title}", Role.LABEL)]
    decisions = sum(m.decisions for m in c.meetings)
    work = sum(m.to_carry_out for m in c.meetings)
    done = sum(m.carried_out for m in c.meetings)
    names = " ".join(c.bodies) if c.bodies else "ยังไม่มีองค์คณะในช่องทางนี้"
    if not c.meetings:  # no "ประชุม 0 ครั้ง … ครบถ้วน -": say it plainly
        blocks.append(Para(f"องค์คณะ: {names} {NO_MEETING}"))
        return blocks
    blocks.append(
        Para(
            f"องค์คณะ: {names} ในปีงบประมาณนี้ประชุม {len(c.meetings)} ครั้ง มีมติ {decisions} มติ "
            f"เป็นมติที่ต้องดำเนินการ {work} มติ ดำเนินการแล้วครบถ้วน {percent_text(done, work)}",
        )
    )
    rows = [
        [
            str(i),
            f"{m.body} ครั้งที่ {m.number}" if len(c.bodies) > 1 else f"ครั้งที่ {m.number}",
            short_date(m.date),
            "; ".join(m.subjects) or "-",
            f"{m.decisions} / {m.to_carry_out} / {m.carried_out}",
        ]
        for i, m in enumerate(c.meetings, start=1)
    ]
    header = ["ที่", "การประชุม", "วันที่", "เรื่องที่มีมติให้ดำเนินการ", "มติ ทั้งหมด / ต้องดำเนินการ / แล้วเสร็จ"]
    widths = [0.06, 0.23, DATE_COLUMN, 0.35, 0.20] if len(c.bodies) > 1 else [0.06, 0.15, DATE_COLUMN, 0.43, 0.20]
    blocks.append(Table(header, rows, widths, row_height_cm=None, align="cllll"))
    return blocks


def meetings_by_channel(v: EvidenceView) -> list[Block]:
    out: list[Block] = []
    for n, channel in enumerate(v.channels, start=1):
        out += _channel(n, channel)
    return out


def techniques_used(v: EvidenceView) -> list[Block]:
    if not v.techniques:
        return _none()
    total = sum(t.sessions for t in v.techniques)
    out: list[Block] = [Para(f"ใช้เทคนิคในการประชุมและประชุมปฏิบัติการ {total} ครั้ง {len(v.techniques)} เทคนิค ดังนี้", indent=0)]
    rows = [[str(n), t.technique, str(t.sessions), ", ".join(t.where)] for n, t in enumerate(v.techniques, start=1)]
    out.append(Table(["ที่", "เทคนิค", "จำนวนครั้ง", "ใช้ในการประชุม"], rows, [0.06, 0.30, 0.14, 0.50], None, align="clcl"))
    return out


def findings_by_project(v: EvidenceView) -> list[Block]:
    if not v.projects:
        return _none()
    phases = [sum(p.by_phase[k] for p in v.projects) for k in range(3)]
    supervised = sum(1 for p in v.projects if all(p.by_phase))
    answered = sum(1 for p in v.projects if p.decisions)
    out: list[Block] = [
        Para(
            f"โครงการ/กิจกรรมในปีงบประมาณ {len(v.projects)} โครงการ ได้รับการนิเทศ ติดตาม ตรวจสอบ ครบทั้ง 3 ระยะ "
            f"{supervised} โครงการ พบผลการดำเนินงาน ปัญหา อุปสรรค และความต้องการ ระยะก่อนดำเนินการพัฒนา {phases[0]} "
            f"รายการ ระยะระหว่างดำเนินการพัฒนา {phases[1]} รายการ และระยะหลังดำเนินการพัฒนา {phases[2]} รายการ "
            f"มีโครงการที่ผลการดำเนินงานได้รับการตอบสนองด้วยมติที่ประชุม {answered} โครงการ"
        )
    ]
    rows = [
        [
            str(n),
            p.name,
            " / ".join(str(k) for k in p.by_phase),
            str(p.meetings),
            str(p.decisions),
            _ratio(p.carried_out, p.to_carry_out),
            _ratio(p.done_on_time, p.done_with_due),
        ]
        for n, p in enumerate(v.projects, start=1)
    ]
    header = ["ที่", "โครงการ/กิจกรรม", "ผลฯ ก่อน / ระหว่าง / หลัง", "การประชุมที่ใช้", "มติที่ตอบ"]
    header += ["มติที่ดำเนินการแล้ว", "แล้วเสร็จตามกำหนด"]
    out.append(Table(header, rows, [0.06, 0.26, 0.16, 0.13, 0.11, 0.14, 0.14], None, align="clccccc"))
    out.append(
        Para(
            "ผลฯ คือ ผลการดำเนินงาน ปัญหา อุปสรรค ความต้องการ และข้อเสนอแนะที่บันทึกไว้ ดำเนินการแล้ว คือ มติที่ดำเนินการ"
            "ครบทุกรายการต่อมติที่ต้องดำเนินการ ตามกำหนด คือ การดำเนินการที่แล้วเสร็จภายในกำหนดต่อที่แล้วเสร็จ",
            Role.NOTE,
        )
    )
    return out


def decisions_carried_out(v: EvidenceView) -> list[Block]:
    t = v.totals
    out: list[Block] = [
        Para(
            f"การประชุมทุกองค์คณะมีมติ {t.decisions} มติ เป็นมติที่ต้องดำเนินการ {t.to_carry_out} มติ "
            f"ดำเนินการแล้วครบถ้วน {percent_text(t.carried_out, t.to_carry_out)} การดำเนินการที่แล้วเสร็จตามกำหนด "
            f"{percent_text(t.done_on_time, t.done_with_due)} และยังมีการดำเนินการที่เกินกำหนด {t.overdue} รายการ"
        ),
        summary_table(t),
    ]
    rows = [
        [
            str(n),
            b.body,
            str(b.totals.decisions),
            str(b.totals.to_carry_out),
            f"{b.totals.carried_out} ({_pct(b.totals.carried_out, b.totals.to_carry_out)})",
            str(b.totals.overdue),
        ]
        for n, b in enumerate(v.by_body, start=1)
    ]
    if rows:  # a caption and a gap between it and the summary table above
        out.append(Para(BY_BODY, Role.LABEL))
        header = ["ที่", "องค์คณะ", "มติ", "ต้องดำเนินการ", "ดำเนินการแล้ว", "การดำเนินการเกินกำหนด (รายการ)"]
        out.append(Table(header, rows, [0.06, 0.38, 0.09, 0.14, 0.19, 0.14], None, align="clcccc"))
    return out


def participation(v: EvidenceView) -> list[Block]:
    if not v.participation:
        return _none()
    present = sum(p.present for p in v.participation)
    appointed = sum(p.appointed for p in v.participation)
    others = sum(p.others for p in v.participation)
    out: list[Block] = [
        Para(
            f"กรรมการมาประชุม {present} คน-ครั้ง จากกรรมการที่ต้องประชุม {appointed} คน-ครั้ง "
            f"({_pct(present, appointed)}) และมีผู้เข้าร่วมประชุมซึ่งไม่ใช่กรรมการ เช่น ผู้แทนสถานศึกษา ผู้นำเสนอ "
            f"และผู้มีส่วนได้ส่วนเสีย {others} คน-ครั้ง"
        )
    ]
    rows = []
    for n, p in enumerate(v.participation, start=1):
        members = f"{p.present}/{p.appointed} ({_pct(p.present, p.appointed)})"
        rows.append([str(n), p.body, str(p.meetings), members, str(p.others), str(p.people)])
    header = ["ที่", "องค์คณะ", "ประชุม (ครั้ง)", "กรรมการมาประชุม", "ผู้เข้าร่วมประชุมอื่น", "ผู้มีส่วนร่วม (คน)"]
    out.append(Table(header, rows, [0.06, 0.34, 0.12, 0.22, 0.13, 0.13], None, align="clcccc"))
    return out


def satisfaction(v: EvidenceView) -> list[Block]:
    if not v.satisfaction_forms:
        return _none()
    from meetingdesk.domain.satisfaction import level

    overall = level(v.satisfaction_mean) if v.satisfaction_mean is not None else "-"
    out: list[Block] = [
        Para(
            f"ผู้รับบริการตอบแบบสอบถามความพึงพอใจ {v.satisfaction_forms} ฉบับ ความพึงพอใจโดยรวมเฉลี่ย "
            f"{_mean(v.satisfaction_mean)} จากคะแนนเต็ม 5 อยู่ในระดับ{overall}"
        )
    ]
    rows = [[str(n), s.body, str(s.forms), _mean(s.mean), s.level] for n, s in enumerate(v.satisfaction, start=1)]
    header = ["ที่", "องค์คณะ", "แบบสอบถาม (ฉบับ)", "ค่าเฉลี่ย", "ระดับ"]
    out.append(Table(header, rows, [0.06, 0.44, 0.18, 0.14, 0.18], None, align="clccc"))
    if v.satisfaction_items:
        rows = [[str(n), label, _mean(mean), str(k)] for n, (label, mean, k) in enumerate(v.satisfaction_items, 1)]
        out.append(Para("ความพึงพอใจรายข้อ", Role.LABEL))
        out.append(Table(["ที่", "ข้อคำถาม", "ค่าเฉลี่ย", "ผู้ตอบ"], rows, [0.06, 0.64, 0.15, 0.15], None, align="clcc"))
    return out


def trace(v: EvidenceView) -> list[Block]:
    if not v.trace:
        return _none()
    out: list[Block] = [Para(v.trace_heading, Role.LABEL)] if v.trace_heading else []
    rows = [
        [str(n), short_date(s.date) if s.date else "-", s.kind, f"{s.title} {s.detail}".strip()]
        for n, s in enumerate(v.trace, start=1)
    ]
    out.append(Table(["ที่", "วันที่", "ขั้นตอน", "รายละเอียด"], rows, [0.06, DATE_COLUMN, 0.21, 0.57], None, align="ccll"))
    return out


ANSWER_BLOCKS: dict[str, Callable[[EvidenceView], list[Block]]] = {
    "meetings-by-channel": meetings_by_channel,
    "techniques-used": techniques_used,
    "findings-by-project": findings_by_project,
    "decisions-carried-out": decisions_carried_out,
    "participation": participation,
    "satisfaction": satisfaction,
    "trace": trace,
}


# The dashboard's charts each answer drawn under (in this order).
CHARTS_UNDER: dict[str, tuple[str, ...]] = {
    "decisions-carried-out": ("decisions_by_body", "decisions_by_quarter", "overdue_by_owner"),
    "findings-by-project": ("findings_by_project",),
    "participation": ("participation",),
    "satisfaction": ("satisfaction",),
}


def _charts(v: EvidenceView, answer: str, counter: list[int]) -> list[Block]:
    out: list[Block] = []
    for name in CHARTS_UNDER.get(answer, ()):
        chart = v.charts.get(name)
        if chart is None or chart.empty:
            continue
        counter[0] += 1
        out.append(Para("", Role.CENTER))  # a blank line between the table above and the chart's title
        out.append(Para(f"แผนภูมิที่ {counter[0]} {chart.title}", Role.CENTER))
        out.append(Figure(chart, name))
    return out


def _overview(v: EvidenceView) -> Para:
    t = v.totals
    meetings = sum(len(c.meetings) for c in v.channels)
    bodies = len({m.body for c in v.channels for m in c.meetings})
    return Para(
        f"ในปีงบประมาณ พ.ศ. {v.fiscal_year} {v.office or 'สำนักงานเขตพื้นที่การศึกษา'} นำผลการดำเนินงานเข้าสู่การพิจารณา"
        f"ขององค์คณะต่าง ๆ รวม {bodies} องค์คณะ ประชุม {meetings} ครั้ง มีมติ {t.decisions} มติ "
        f"ดำเนินการตามมติแล้วครบถ้วน {percent_text(t.carried_out, t.to_carry_out)} ของมติที่ต้องดำเนินการ "
        f"และโครงการ/กิจกรรม {len(v.projects)} โครงการ ได้รับการติดตามผลการดำเนินงานตามระยะของการพัฒนา"
    )


def _point_heading(code_s: str, code_i: str, p: Point, titles: tuple[str, str]) -> str:
    standard = f"มาตรฐานที่ {code_s}" + (f" {titles[0]}" if titles[0] else "")
    indicator = f"ตัวบ่งชี้ที่ {code_i}" + (f" {titles[1]}" if titles[1] else "")
    return f"{standard} {indicator} ประเด็นที่ {p.code} {p.title}"


def evidence_report(v: EvidenceView, options: ExportOptions = ExportOptions()) -> Document:  # noqa: B008
    """The evidence report as blocks, written by the usual DOCX and PDF writers."""
    doc = Document(title=f"รายงานผลการดำเนินงาน {v.framework.title} ปีงบประมาณ {v.fiscal_year}")
    b = doc.blocks
    b.append(Para("รายงานผลการดำเนินงาน", Role.TITLE))
    b.append(Para(v.framework.title, Role.CENTER))
    points = v.framework.points()
    if len(points) == 1:
        b.append(Para(points[0][2].title, Role.CENTER))
    if v.office:
        b.append(Para(v.office, Role.CENTER))
    b.append(Para(fiscal_year_line(v.fiscal_year), Role.CENTER))
    b.append(Para("-" * 40, Role.RULE))
    b.append(_overview(v))
    counter = [0]  # charts numbered through the report
    for n, (s, i, p) in enumerate(points, start=1):
        b.append(Para(f"{n}. {_point_heading(s.code, i.code, p, (s.title, i.title))}", Role.SECTION))
        if p.description:
            b.append(Para(p.description))
        for k, e in enumerate(p.evidence, start=1):
            b.append(Para(f"{n}.{k} {e.text}", Role.LABEL))
            b += ANSWER_BLOCKS[e.answer](v)
            b += _charts(v, e.answer, counter)
    b.append(Para(f"ข้อมูล ณ {full_date(v.as_of)} จากระบบ MeetingDesk", Role.NOTE))
    b.append(Signature("ผู้รายงาน", "", ""))
    b += _appendix(v)
    return _finish(doc, options)


def _appendix(v: EvidenceView) -> list[Block]:
    """ภาคผนวก: the certified minutes the report rests on, and how many it cites that are not certified yet."""
    out: list[Block] = [Para("ภาคผนวก รายงานการประชุมที่อ้างถึง", Role.SECTION)]
    certified = [c for c in v.cited if c.certified]
    if not certified:
        out.append(Para("- ยังไม่มีรายงานการประชุมที่รับรองแล้ว -", Role.LIST, indent=1))
    else:
        rows = [
            [str(n), f"รายงาน{meeting_of(c.body)} ครั้งที่ {c.number}", short_date(c.date), c.certified]
            for n, c in enumerate(certified, start=1)
        ]
        header = ["ที่", "รายงานการประชุม", "วันที่ประชุม", "การรับรอง"]
        out.append(Table(header, rows, [0.06, 0.46, DATE_COLUMN, 0.32], None, align="clcl"))
    waiting = len(v.cited) - len(certified)
    if waiting:
        out.append(Para(f"การประชุมที่อ้างถึงอีก {waiting} ครั้ง รายงานการประชุมยังไม่ได้รับการรับรอง", Role.LIST, indent=1))
    return out
