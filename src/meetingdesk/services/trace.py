"""The trace of one finding or one decision: a timeline from the finding (project, phase) through the meetings
that discussed it, the decision, its actions and their dated progress and evidence, to the result.

What an assessor asks to see: the chain from a problem found to what was done about it. The screen shows it
(``ui/dialogs/trace_dialog.py``); the reports print it. Steps come in the order the chain is read, in time: the
finding, the meetings that took it up up to the day of the (first) decision, then for each decision (oldest first)
the decision, its actions, their progress and the meetings that followed it up — matters arising, and the later
meetings that took the finding up again — by date, and the decision's result (when carried out, at the date the
last of its actions was settled, done or cancelled; else after the rest); last, the project's results after
development when the trace starts from an earlier finding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import ActionStatus, FindingKind, Phase, _Labelled, overdue
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.progress import DecisionProgress, decision_progress
from meetingdesk.domain.thai.dates import meeting_number_text, short_date_text
from meetingdesk.services.guards import get
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Decision, Finding, Meeting, agenda_item_finding, matter_arising


class TraceKind(_Labelled):
    FINDING = "finding", "ผลการดำเนินงาน", "Finding"
    MEETING = "meeting", "การประชุม", "Meeting"
    DECISION = "decision", "มติที่ประชุม", "Decision"
    ACTION = "action", "การดำเนินการตามมติ", "Action"
    PROGRESS = "progress", "ความก้าวหน้า", "Progress"
    RESULT = "result", "ผลลัพธ์", "Result"


@dataclass(frozen=True)
class TraceStep:
    date: dt.date | None
    kind: TraceKind
    title: str
    detail: str
    meeting_id: int | None = None
    decision_id: int | None = None
    action_id: int | None = None
    evidence: str | None = None  # relative to the data folder, as the tracker's history keeps it


@dataclass(frozen=True)
class Trace:
    heading: str
    subject: str
    steps: tuple[TraceStep, ...]


_TEXT: dict[str, tuple[str, str]] = {
    "of_finding": ("เส้นทางจากผลการดำเนินงานสู่ผลลัพธ์", "From finding to result"),
    "of_decision": ("เส้นทางการดำเนินการตามมติที่ประชุม", "How a decision was carried out"),
    "times": ("ครั้งที่", "meeting"),
    "item": ("ระเบียบวาระที่", "item"),
    "follow_up": ("ติดตามมติ", "Follow-up"),
    "owner": ("ผู้รับผิดชอบ", "owner"),
    "due": ("กำหนดเสร็จ", "due"),
    "report": ("รายงานความก้าวหน้า", "Progress report"),
    "none_answer": ("ยังไม่มีมติที่ประชุมตอบสนองผลการดำเนินงานนี้", "No decision answers this finding yet"),
    "nothing": ("ไม่มีการดำเนินการที่ต้องติดตาม", "Nothing to carry out"),
    "of": ("ดำเนินการแล้ว {done} จาก {total} รายการ", "{done} of {total} actions done"),
    "cancelled": ("ยกเลิก {n} รายการ", "{n} cancelled"),
    "open": ("ยังไม่แล้วเสร็จ {n} รายการ", "{n} open"),
    "late": ("เกินกำหนด {n} รายการ", "{n} overdue"),
    "after": ("ผลหลังดำเนินการพัฒนา", "Result after development"),
}


def _t(key: str, lang: str) -> str:
    th, en = _TEXT[key]
    return en if lang == "en" else th


def of_finding(db: Database, finding_id: int, *, lang: str = "th", today: dt.date | None = None) -> Trace:
    """The trace of a finding: where it was discussed, the decisions that answer it, what became of them."""
    today = today or dt.date.today()
    with db.reading() as s:
        finding = get(s, Finding, finding_id)
        steps = [_finding_step(finding, lang)]
        decisions = sorted(
            s.scalars(select(Decision).join(Decision.findings).where(Finding.id == finding.id)),
            key=lambda d: (d.agenda_item.meeting.date, d.id),
        )
        before, later = _split(_discussions(s, [finding.id], lang), decisions)
        steps += before
        for n, decision in enumerate(decisions):
            steps += _decision_steps(s, decision, lang, today, later[n])
        if not decisions:
            steps.append(TraceStep(None, TraceKind.RESULT, _t("none_answer", lang), ""))
        if finding.phase is not Phase.AFTER:
            for after in sorted(finding.project.findings, key=lambda f: (f.found_on or dt.date.max, f.id)):
                if after.phase is Phase.AFTER and after.kind is FindingKind.RESULT:
                    steps.append(TraceStep(after.found_on, TraceKind.RESULT, _t("after", lang), after.text))
        subject = f"{finding.text} — {finding.project.name} ({finding.phase.label(lang)})"
        return Trace(_t("of_finding", lang), subject, tuple(steps))


def of_decision(db: Database, decision_id: int, *, lang: str = "th", today: dt.date | None = None) -> Trace:
    """The trace of a decision: the findings it answers and where they were discussed, then the decision, its
    actions, their progress and the result."""
    today = today or dt.date.today()
    with db.reading() as s:
        decision = get(s, Decision, decision_id)
        findings = sorted(decision.findings, key=lambda f: (f.found_on or dt.date.min, f.id))
        before, later = _split(_discussions(s, [f.id for f in findings], lang), [decision])
        # the findings among the meetings that took them up, by date (a finding found after the first of them
        # reads after it); on one day the finding comes first
        steps = sorted([*(_finding_step(f, lang) for f in findings), *before], key=lambda st: st.date or dt.date.min)
        steps += _decision_steps(s, decision, lang, today, later[0])
        meeting = decision.agenda_item.meeting
        subject = f"{decision.text} — {_where(decision.agenda_item, meeting, lang)}"
        return Trace(_t("of_decision", lang), subject, tuple(steps))


def _split(discussions: list[TraceStep], decisions: list[Decision]) -> tuple[list[TraceStep], list[list[TraceStep]]]:
    """The meetings that took the findings up on or before the day of the first decision (read before it), and
    for each decision the later ones (read among its steps, by date): each with the last decision taken by then."""
    if not decisions:
        return discussions, []
    days = [d.agenda_item.meeting.date for d in decisions]
    before: list[TraceStep] = []
    later: list[list[TraceStep]] = [[] for _ in decisions]
    for step in discussions:
        if step.date is None or step.date <= days[0]:
            before.append(step)
        else:
            later[max(n for n, day in enumerate(days) if day < step.date)].append(step)
    return before, later


def _finding_step(finding: Finding, lang: str) -> TraceStep:
    source = f" ({finding.source})" if finding.source else ""
    detail = f"{finding.project.name} · {finding.phase.label(lang)} · {finding.kind.label(lang)}{source}"
    return TraceStep(finding.found_on, TraceKind.FINDING, finding.text, detail)


def _where(item: AgendaItem, meeting: Meeting, lang: str, *, title: bool = True) -> str:
    """``คณะกรรมการ… ครั้งที่ 3/2569 ระเบียบวาระที่ 4.2 ชื่อเรื่อง`` (the item's title left out if not wanted)."""
    number = meeting_number_text(meeting.number, meeting.year_be)
    number_of_item = item_number(item.section, item.position)
    where = f"{meeting.body.name} {_t('times', lang)} {number} {_t('item', lang)} {number_of_item}"
    return f"{where} {item.title}" if title else where


def _discussions(s: Session, finding_ids: list[int], lang: str) -> list[TraceStep]:
    """The meetings whose agenda took the findings up, by date."""
    if not finding_ids:
        return []
    linked = select(agenda_item_finding.c.agenda_item_id).where(agenda_item_finding.c.finding_id.in_(finding_ids))
    items = s.scalars(
        select(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.id.in_(linked))
        .order_by(Meeting.date, AgendaItem.section, AgendaItem.position)
    )
    return [
        TraceStep(
            i.meeting.date,
            TraceKind.MEETING,
            _where(i, i.meeting, lang),
            i.summary or i.background,
            meeting_id=i.meeting_id,
        )
        for i in items
    ]


def _decision_title(decision: Decision, lang: str) -> str:
    """``อนุมัติ: …`` — the kind left out when the text already starts with it (``อนุมัติในหลักการ``)."""
    kind = decision.kind.label(lang)
    return decision.text if decision.text.startswith(kind) else f"{kind}: {decision.text}"


def _decision_steps(
    s: Session, decision: Decision, lang: str, today: dt.date, later: list[TraceStep] | None = None
) -> list[TraceStep]:
    """The decision, then its actions, progress and follow-up meetings (and ``later`` meetings that took its
    findings up) and its result by date (a result not reached yet last)."""
    item = decision.agenda_item
    meeting = item.meeting
    head = TraceStep(
        meeting.date, TraceKind.DECISION, _decision_title(decision, lang), _where(item, meeting, lang),
        meeting_id=meeting.id, decision_id=decision.id,
    )  # fmt: skip
    dated: list[tuple[dt.date, int, int, TraceStep]] = []
    for n, step in enumerate(later or []):
        dated.append((step.date or meeting.date, 2, -1 - n, step))  # _split keeps the undated before it
    for action in decision.actions:
        group = action.owner_group.name if action.owner_group else ""
        owner = action.owner_person.full_name if action.owner_person else group
        parts = [f"{_t('owner', lang)} {owner}" if owner else ""]
        if action.due_date:
            parts.append(f"{_t('due', lang)} {short_date_text(action.due_date, lang)}")
        step = TraceStep(action.created_on, TraceKind.ACTION, action.title, " · ".join(p for p in parts if p),
                         meeting_id=meeting.id, decision_id=decision.id, action_id=action.id)  # fmt: skip
        dated.append((action.created_on, 0, action.id, step))
        for u in action.updates:
            change = f"{u.old_status.label(lang)} → {u.new_status.label(lang)}" if u.old_status and u.new_status else ""
            title = change or _t("report", lang)
            step = TraceStep(
                u.on_date,
                TraceKind.PROGRESS,
                f"{action.title}: {title}",
                u.note,
                meeting_id=None,
                decision_id=decision.id,
                action_id=action.id,
                evidence=u.evidence_path or None,
            )
            dated.append((u.on_date, 1, u.id, step))
    follow_ups = s.scalars(
        select(AgendaItem)
        .join(matter_arising, matter_arising.c.agenda_item_id == AgendaItem.id)
        .where(matter_arising.c.decision_id == decision.id)
    )
    for i in follow_ups:
        title = f"{_t('follow_up', lang)}: {_where(i, i.meeting, lang, title=False)}"
        step = TraceStep(i.meeting.date, TraceKind.MEETING, title, i.summary, meeting_id=i.meeting_id,
                         decision_id=decision.id)  # fmt: skip
        dated.append((i.meeting.date, 2, i.id, step))
    result = _result(decision, lang, today)
    if result.date is None:  # not carried out yet: the result closes the decision's steps
        dated.sort(key=lambda entry: entry[:3])
        return [head, *(step for *_, step in dated), result]
    dated.append((result.date, 3, 0, result))  # carried out: at its date, before the meetings that came later
    dated.sort(key=lambda entry: entry[:3])
    return [head, *(step for *_, step in dated)]


def _result(decision: Decision, lang: str, today: dt.date) -> TraceStep:
    """Every action counted (done, cancelled, still open and of those the overdue); a decision carried out is
    dated by the last of its actions to be settled, done or cancelled."""
    progress = decision_progress([(a.status, a.due_date) for a in decision.actions], today)
    if progress is None:
        return TraceStep(None, TraceKind.RESULT, _t("nothing", lang), "", decision_id=decision.id)
    settled = [a for a in decision.actions if a.status in (ActionStatus.DONE, ActionStatus.CANCELLED)]
    done = sum(1 for a in settled if a.status is ActionStatus.DONE)
    cancelled = len(settled) - done
    still_open = [a for a in decision.actions if a not in settled]
    late = sum(1 for a in still_open if overdue(a.status, a.due_date, today))
    parts = [_t("of", lang).format(done=done, total=len(decision.actions))]
    if cancelled:
        parts.append(_t("cancelled", lang).format(n=cancelled))
    if still_open:
        parts.append(_t("open", lang).format(n=len(still_open)))
    if late:
        parts.append(_t("late", lang).format(n=late))
    detail = " · ".join(parts)
    when = None
    if progress is DecisionProgress.DONE:
        dates = [u.on_date for a in settled for u in a.updates if u.new_status is a.status]
        when = max(dates) if dates else None
    return TraceStep(when, TraceKind.RESULT, progress.label(lang), detail, decision_id=decision.id)
