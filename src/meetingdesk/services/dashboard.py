"""The dashboard: what was carried out in one fiscal year (and body), as plain figures (``domain.figures``).

How things are counted, once:
- a decision counts in the fiscal year (and quarter) of the meeting that made it; its state comes from its
  actions (``domain.progress.decision_progress``); a decision with nothing to carry out (no action, or all
  cancelled: a matter only noted) is counted among the decisions but in no state;
- overdue is ``domain.enums.overdue`` as of ``today``;
- on time: an action reported done (its latest change to done) on or before its due date, among the done
  actions that had a due date;
- findings count in their project's fiscal year; one is answered when a decision (of the body, when one is
  chosen) answers it;
- participation: per meeting that took attendance, the members appointed on its date, the members present
  (substitutes sit as members) and the other people attending, averaged over the meetings;
- satisfaction: each body's mean score over the survey forms of its meetings in the year
  (``services.satisfaction.by_body``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import case, func, select

from meetingdesk.domain.enums import ActionStatus, Phase, overdue
from meetingdesk.domain.figures import AVERAGE_DECIMALS, MEAN_DECIMALS, Bar, Chart, Drill
from meetingdesk.domain.progress import QUARTER_MONTHS, DecisionProgress, on_time
from meetingdesk.domain.thai.names import person_name
from meetingdesk.services.progress import ActionFact, period_clause, read_period
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Body,
    Decision,
    Finding,
    Meeting,
    Person,
    Project,
    WorkGroup,
    decision_finding,
)

STATES = (DecisionProgress.DONE, DecisionProgress.IN_PROGRESS, DecisionProgress.NOT_STARTED, DecisionProgress.OVERDUE)
MONTHS_TH = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_TEXT: dict[str, tuple[str, str]] = {
    "by_body": ("มติที่ประชุมจำแนกตามองค์คณะ", "Decisions by body"),
    "by_quarter": ("มติที่ประชุมจำแนกตามไตรมาส", "Decisions by quarter"),
    "by_owner": ("การดำเนินการตามมติที่เกินกำหนด จำแนกตามผู้รับผิดชอบ", "Overdue actions by owner"),
    "findings": ("ผลการดำเนินงานจำแนกตามโครงการและระยะ", "Findings by project and phase"),
    "participation": ("การมีส่วนร่วมในการประชุม (เฉลี่ยต่อครั้ง)", "Participation (average per meeting)"),
    "satisfaction": ("ความพึงพอใจของผู้รับบริการ (คะแนนเฉลี่ย)", "Satisfaction (mean score)"),
    "decisions": ("มติ", "decisions"),
    "actions": ("รายการ", "actions"),
    "people": ("คน", "people"),
    "findings_unit": ("รายการ", "findings"),
    "overdue": ("เกินกำหนด", "Overdue"),
    "nobody": ("ไม่ระบุผู้รับผิดชอบ", "No owner"),
    "answered": ("มีมติตอบสนอง", "Answered by a decision"),
    "appointed": ("กรรมการตามคำสั่งแต่งตั้ง", "Members appointed"),
    "present": ("กรรมการที่มาประชุม", "Members present"),
    "others": ("ผู้เข้าร่วมประชุมอื่น", "Other stakeholders"),
    "mean": ("คะแนนเฉลี่ย", "Mean score"),
    "no_survey": ("ยังไม่มีแบบสำรวจความพึงพอใจ", "No survey yet"),
    "forms": ("ฉบับ", "forms"),
    "scale": ("คะแนนเฉลี่ยจากแบบสำรวจ 5 ระดับ (5 = มากที่สุด)", "Mean of five-point survey items (5 = highest)"),
    "note_state": (
        "นับมติที่มีการดำเนินการตามมติ; มติที่มีการดำเนินการเกินกำหนดแม้หนึ่งรายการนับเป็นเกินกำหนด",
        "Decisions with actions; one overdue action makes a decision overdue.",
    ),
    "note_findings": (
        "มีมติตอบสนอง: ผลการดำเนินงานที่มีมติที่ประชุมอย่างน้อยหนึ่งมติตอบ",
        "Answered: findings that at least one decision answers.",
    ),
}


def _t(key: str, lang: str) -> str:
    th, en = _TEXT[key]
    return en if lang == "en" else th


@dataclass(frozen=True)
class Headline:
    """The numbers a director reads first."""

    meetings: int
    decisions: int
    to_carry_out: int  # decisions with an action (not all cancelled)
    carried_out: int  # of those, done
    done_with_due: int  # done actions that had a due date
    done_on_time: int
    overdue_actions: int

    @property
    def carried_out_pct(self) -> float | None:
        return 100 * self.carried_out / self.to_carry_out if self.to_carry_out else None

    @property
    def on_time_pct(self) -> float | None:
        return 100 * self.done_on_time / self.done_with_due if self.done_with_due else None


@dataclass(frozen=True)
class Dashboard:
    fiscal_year: int
    body_id: int | None
    today: dt.date
    headline: Headline
    decisions_by_body: Chart
    decisions_by_quarter: Chart
    overdue_by_owner: Chart
    findings_by_project: Chart
    participation: Chart
    satisfaction: Chart


def fiscal_years(db: Database) -> tuple[int, ...]:
    """The fiscal years (B.E.) that have meetings or projects, newest first."""
    from meetingdesk.domain.thai.dates import fiscal_year

    with db.connection() as conn:
        years = {fiscal_year(d) for (d,) in conn.execute(select(Meeting.date).distinct())}
        years.update(int(y) for (y,) in conn.execute(select(Project.fiscal_year).distinct()))
    return tuple(sorted(years, reverse=True))


def default_fiscal_year(years: tuple[int, ...], today: dt.date) -> int | None:
    """The year the dashboard opens on: the current fiscal year, except in its first quarter (October to
    December), when an office reports on the year just ended and that year is shown, if it has data."""
    from meetingdesk.domain.progress import fiscal_quarter
    from meetingdesk.domain.thai.dates import fiscal_year

    current = fiscal_year(today)
    if fiscal_quarter(today) == 1 and current - 1 in years:
        return current - 1
    if current in years:
        return current
    return years[0] if years else None


def dashboard(
    db: Database, *, fiscal_year: int, body_id: int | None = None, today: dt.date | None = None, lang: str = "th"
) -> Dashboard:
    """Every chart of the dashboard for one fiscal year (B.E.), for one body or all."""
    today = today or dt.date.today()
    bodies = _bodies(db, body_id)
    period = read_period(db, fiscal_year=fiscal_year, body_id=body_id, today=today)
    states, actions = period.states, period.actions
    timely = [on_time(a.done_on, a.due) for a in actions if a.status is ActionStatus.DONE]
    late = [a for a in actions if overdue(a.status, a.due, today)]
    headline = Headline(
        meetings=_meeting_count(db, fiscal_year, body_id),
        decisions=len(states),
        to_carry_out=sum(1 for s in states if s.progress is not None),
        carried_out=sum(1 for s in states if s.progress is DecisionProgress.DONE),
        done_with_due=sum(1 for t in timely if t is not None),
        done_on_time=sum(1 for t in timely if t),
        overdue_actions=len(late),
    )
    series = tuple(s.label(lang) for s in STATES)
    per_body: dict[int, Counter[DecisionProgress]] = defaultdict(Counter)
    per_quarter: dict[int, Counter[DecisionProgress]] = defaultdict(Counter)
    for s in states:
        if s.progress is not None:
            per_body[s.body_id][s.progress] += 1
            per_quarter[s.quarter][s.progress] += 1
    by_body = Chart(
        _t("by_body", lang),
        series,
        tuple(
            Bar(name, tuple(float(per_body[bid][p]) for p in STATES), Drill(body_id=bid, fiscal_year=fiscal_year))
            for bid, name in bodies
            if per_body[bid]
        ),
        _t("decisions", lang),
        (_t("note_state", lang),),
    )
    by_quarter = Chart(
        _t("by_quarter", lang),
        series,
        tuple(
            Bar(
                quarter_label(q, lang),
                tuple(float(per_quarter[q][p]) for p in STATES),
                Drill(body_id=body_id, fiscal_year=fiscal_year, quarter=q),
            )
            for q in (1, 2, 3, 4)
        ),
        _t("decisions", lang),
        (_t("note_state", lang),),
    )
    return Dashboard(
        fiscal_year=fiscal_year,
        body_id=body_id,
        today=today,
        headline=headline,
        decisions_by_body=by_body,
        decisions_by_quarter=by_quarter,
        overdue_by_owner=_by_owner(db, late, fiscal_year, body_id, lang),
        findings_by_project=_findings(db, fiscal_year, body_id, lang),
        participation=_participation(db, fiscal_year, bodies, lang),
        satisfaction=_satisfaction(db, fiscal_year, body_id, lang),
    )


STATE_CHARTS = ("decisions_by_body", "decisions_by_quarter")


def drill_for(chart: str, bar: Bar, series: int | None) -> Drill | None:
    """The rows behind a click: on a decision chart, one state's segment (``series``) narrows the bar's rows to
    the decisions in that state; elsewhere the bar's own rows."""
    if bar.drill is None or chart not in STATE_CHARTS or series is None:
        return bar.drill
    return replace(bar.drill, progress=STATES[series].value)


def quarter_label(quarter: int, lang: str = "th") -> str:
    """``ไตรมาส 1 (ต.ค.–ธ.ค.)``."""
    months = QUARTER_MONTHS[quarter]
    names = MONTHS_EN if lang == "en" else MONTHS_TH
    span = f"{names[months[0] - 1]}–{names[months[-1] - 1]}"
    return f"Q{quarter} ({span})" if lang == "en" else f"ไตรมาส {quarter} ({span})"


def _bodies(db: Database, body_id: int | None) -> list[tuple[int, str]]:
    query = select(Body.id, Body.name).order_by(Body.id)
    if body_id is not None:
        query = query.where(Body.id == body_id)
    with db.connection() as conn:
        return [(i, n) for i, n in conn.execute(query)]


def _meeting_count(db: Database, fiscal_year: int, body_id: int | None) -> int:
    query = select(func.count()).select_from(Meeting.__table__).where(*period_clause(fiscal_year))
    if body_id is not None:
        query = query.where(Meeting.body_id == body_id)
    with db.connection() as conn:
        return int(conn.execute(query).scalar_one())


def _owner_names(db: Database, late: list[ActionFact]) -> dict[tuple[int | None, int | None], str]:
    """The names of the people and work groups who own the overdue actions (a few, not the year's thousands)."""
    people = sorted({a.person_id for a in late if a.person_id is not None})
    groups = sorted({a.group_id for a in late if a.person_id is None and a.group_id is not None})
    names: dict[tuple[int | None, int | None], str] = {}
    with db.connection() as conn:
        query = select(Person.id, Person.prefix, Person.first_name, Person.last_name).where(Person.id.in_(people))
        for pid, prefix, first, last in conn.execute(query):
            names[(pid, None)] = person_name(prefix, first, last)
        for gid, name in conn.execute(select(WorkGroup.id, WorkGroup.name).where(WorkGroup.id.in_(groups))):
            names[(None, gid)] = name
    return names


def _by_owner(db: Database, late: list[ActionFact], fiscal_year: int, body_id: int | None, lang: str) -> Chart:
    names = _owner_names(db, late) if late else {}

    def owner(a: ActionFact) -> tuple[int | None, int | None]:
        return (a.person_id, None) if a.person_id is not None else (None, a.group_id)

    counts: Counter[tuple[int | None, int | None]] = Counter(owner(a) for a in late)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] not in names, names.get(kv[0], "")))
    bars = tuple(
        Bar(
            names.get(key) or _t("nobody", lang),
            (float(n),),
            Drill(
                body_id=body_id,
                fiscal_year=fiscal_year,
                status="overdue",
                owner_person_id=key[0],
                owner_group_id=key[1],
            )
            if key in names
            else None,
        )
        for key, n in ordered
    )
    return Chart(_t("by_owner", lang), (_t("overdue", lang),), bars, _t("actions", lang))


def _findings(db: Database, fiscal_year: int, body_id: int | None, lang: str) -> Chart:
    finding = Finding.__table__.c
    project = Project.__table__.c
    answering = select(decision_finding.c.finding_id)
    if body_id is not None:
        answering = (
            answering.join(Decision.__table__, Decision.id == decision_finding.c.decision_id)
            .join(AgendaItem.__table__, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting.__table__, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.body_id == body_id)
        )
    answered = func.sum(case((finding.id.in_(answering), 1), else_=0))  # a count, on PostgreSQL too
    query = (
        select(project.id, project.code, project.name, finding.phase, func.count(), answered)
        .select_from(Project.__table__.join(Finding.__table__, finding.project_id == project.id))
        .where(project.fiscal_year == fiscal_year)
        .group_by(project.id, finding.phase)
        .order_by(project.code, project.name, project.id)
    )
    phases = tuple(Phase)
    rows: dict[int, tuple[str, dict[Phase, int], list[int]]] = {}
    with db.connection() as conn:
        for pid, code, name, phase, n, n_answered in conn.execute(query):
            label = f"{code} {name}".strip()
            entry = rows.setdefault(pid, (label, {}, [0]))
            entry[1][Phase(phase)] = int(n)
            entry[2][0] += int(n_answered or 0)
    bars = tuple(
        Bar(
            label,
            (*(float(per[p]) if p in per else 0.0 for p in phases), float(ans[0])),
            Drill(body_id=body_id, project_id=pid),
        )
        for pid, (label, per, ans) in rows.items()
    )
    series = (*(p.label(lang) for p in phases), _t("answered", lang))
    return Chart(_t("findings", lang), series, bars, _t("findings_unit", lang), (_t("note_findings", lang),))


def _participation(db: Database, fiscal_year: int, bodies: list[tuple[int, str]], lang: str) -> Chart:
    from meetingdesk.services.attendance import seats

    m = Meeting.__table__.c
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with db.connection() as conn:
        ids = conn.scalars(select(m.id).where(*period_clause(fiscal_year), m.body_id.in_([b for b, _ in bodies])))
        for counted in seats(conn, list(ids)).values():
            total = sums[counted.body_id]
            total[0] += 1
            total[1] += counted.appointed
            total[2] += counted.present
            total[3] += counted.others
    times = "meetings" if lang == "en" else "ครั้ง"
    bars = tuple(
        Bar(
            f"{name} ({sums[bid][0]} {times})",
            tuple(round(v / sums[bid][0], AVERAGE_DECIMALS) for v in sums[bid][1:]),
            Drill(body_id=bid, fiscal_year=fiscal_year),
        )
        for bid, name in bodies
        if sums[bid][0]
    )
    series = (_t("appointed", lang), _t("present", lang), _t("others", lang))
    return Chart(_t("participation", lang), series, bars, _t("people", lang), decimals=AVERAGE_DECIMALS)


def _satisfaction(db: Database, fiscal_year: int, body_id: int | None, lang: str) -> Chart:
    """Mean satisfaction (1–5) per body, from the survey forms of the year's meetings (``services.satisfaction``)."""
    from meetingdesk.services.satisfaction import by_body

    forms = _t("forms", lang)
    bars = tuple(
        Bar(
            f"{name} ({summary.forms} {forms})",
            (round(summary.mean, MEAN_DECIMALS),),
            Drill(body_id=bid, fiscal_year=fiscal_year),
        )
        for bid, name, summary in by_body(db, fiscal_year=fiscal_year)
        if (body_id is None or bid == body_id) and summary.mean is not None
    )
    notes = (_t("scale", lang),) if bars else (_t("no_survey", lang),)
    return Chart(_t("satisfaction", lang), (_t("mean", lang),), bars, "", notes, decimals=MEAN_DECIMALS)
