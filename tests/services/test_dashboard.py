"""The dashboard's figures against a small office counted by hand, and the tracker rows behind its bars.

The office and its hand counts: ``tests/services/counted_office.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.domain.figures import Drill
from meetingdesk.services import dashboard, tracker
from meetingdesk.storage.database import Database
from tests.services.counted_office import FY, TODAY, Counted, counted_office


@pytest.fixture
def counted(db: Database) -> Counted:
    return counted_office(db)


def _values(chart: object) -> dict[str, tuple[float, ...]]:
    return {bar.label: bar.values for bar in chart.bars}  # type: ignore[attr-defined]


def test_headline_and_decisions_by_body_and_quarter(db: Database, counted: Counted) -> None:
    board = dashboard.dashboard(db, fiscal_year=FY, today=TODAY)
    h = board.headline
    assert (h.meetings, h.decisions, h.to_carry_out, h.carried_out) == (3, 7, 5, 1)
    assert (h.done_with_due, h.done_on_time, h.overdue_actions) == (2, 1, 2)
    assert h.carried_out_pct == pytest.approx(20.0) and h.on_time_pct == pytest.approx(50.0)
    assert board.decisions_by_body.series == ("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "เกินกำหนด")
    assert _values(board.decisions_by_body) == {
        "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1": (1, 1, 1, 1),
        "ประชุมบุคลากร": (0, 0, 0, 1),
    }
    quarters = list(_values(board.decisions_by_quarter).values())
    assert quarters == [(1, 1, 0, 0), (0, 0, 1, 1), (0, 0, 0, 1), (0, 0, 0, 0)]
    assert board.decisions_by_quarter.bars[0].label == "ไตรมาส 1 (ต.ค.–ธ.ค.)"


def test_one_body(db: Database, counted: Counted) -> None:
    staff = dashboard.dashboard(db, fiscal_year=FY, body_id=counted.o.staff_body, today=TODAY)
    h = staff.headline
    assert (h.meetings, h.decisions, h.to_carry_out, h.carried_out, h.done_with_due, h.overdue_actions) == (
        1, 1, 1, 0, 0, 1,
    )  # fmt: skip
    assert h.carried_out_pct == 0 and h.on_time_pct is None  # nothing done with a due date: no rate, not 0 %
    assert _values(staff.decisions_by_body) == {"ประชุมบุคลากร": (0, 0, 0, 1)}
    assert _values(staff.overdue_by_owner) == {"กลุ่มส่งเสริมการจัดการศึกษา": (1,)}
    assert _values(staff.findings_by_project) == {
        "69-01 โครงการส่งเสริมการอ่าน": (2, 1, 1, 1),  # f3 only is answered by the staff's decision
        "69-02 โครงการโรงเรียนปลอดภัย": (0, 1, 0, 0),
    }
    assert _values(staff.participation) == {"ประชุมบุคลากร (1 ครั้ง)": (0, 0, 1)}
    assert _values(staff.satisfaction) == {"ประชุมบุคลากร (1 ฉบับ)": (3.0,)}


def test_overdue_findings_participation(db: Database, counted: Counted) -> None:
    board = dashboard.dashboard(db, fiscal_year=FY, today=TODAY)
    assert _values(board.overdue_by_owner) == {"กลุ่มส่งเสริมการจัดการศึกษา": (1,), "นายวิชัย ทองคำ": (1,)}
    assert _values(board.findings_by_project) == {
        "69-01 โครงการส่งเสริมการอ่าน": (2, 1, 1, 2),  # f1 (D1, D2, D3 on its item) and f3 (D7)
        "69-02 โครงการโรงเรียนปลอดภัย": (0, 1, 0, 0),
    }
    assert _values(board.participation) == {
        "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1 (2 ครั้ง)": (3, 2.5, 0.5),  # (3+3)/2, (2+3)/2, (1+0)/2
        "ประชุมบุคลากร (1 ครั้ง)": (0, 0, 1),
    }
    assert _values(board.satisfaction) == {
        "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1 (2 ฉบับ)": (4.5,),
        "ประชุมบุคลากร (1 ฉบับ)": (3.0,),
    }
    assert dashboard.dashboard(db, fiscal_year=FY + 1, today=TODAY).satisfaction.notes == ("ยังไม่มีแบบสำรวจความพึงพอใจ",)
    last_year = dashboard.dashboard(db, fiscal_year=FY - 1, today=TODAY)
    assert (last_year.headline.decisions, last_year.headline.overdue_actions) == (1, 1)
    assert _values(last_year.findings_by_project) == {"68-01 โครงการปีก่อน": (0, 0, 1, 0)}
    assert dashboard.fiscal_years(db) == (2569, 2568)


def test_in_english(db: Database, counted: Counted) -> None:
    board = dashboard.dashboard(db, fiscal_year=FY, today=TODAY, lang="en")
    assert board.decisions_by_body.series == ("Done", "In progress", "Not started", "Overdue")
    assert board.decisions_by_quarter.bars[1].label == "Q2 (Jan–Mar)"
    assert board.participation.series == ("Members appointed", "Members present", "Other stakeholders")


def _rows(db: Database, drill: Drill, **filters: object) -> set[tuple[int, int | None]]:
    f = tracker.TrackerFilter(drill=drill, **filters)  # type: ignore[arg-type]
    return set(tracker.tracker_keys(db, f, today=TODAY))


def test_a_bar_opens_the_rows_behind_it(db: Database, counted: Counted) -> None:
    d, a = counted.decisions, counted.actions
    board = dashboard.dashboard(db, fiscal_year=FY, today=TODAY)
    by_body = board.decisions_by_body.bars[0]
    overdue = dashboard.drill_for("decisions_by_body", by_body, 3)
    assert overdue == Drill(body_id=counted.o.board, fiscal_year=FY, progress="overdue")
    assert _rows(db, overdue, body_id=counted.o.board, fiscal_year=FY) == {(d["D4"], a["a5"])}
    in_progress = dashboard.drill_for("decisions_by_body", by_body, 1)
    assert _rows(db, in_progress) == {(d["D3"], a["a3"]), (d["D3"], a["a4"])}  # every row of the decision
    q2 = dashboard.drill_for("decisions_by_quarter", board.decisions_by_quarter.bars[1], None)
    assert q2 is not None and q2.quarter == 2
    assert {key[0] for key in _rows(db, q2, fiscal_year=FY)} == {d["D4"], d["D5"], d["D6"]}
    group_bar = board.overdue_by_owner.bars[0]
    assert group_bar.drill is not None and group_bar.drill.owner_group_id == counted.group
    assert _rows(db, group_bar.drill, overdue=True, fiscal_year=FY) == {(d["D7"], a["a9"])}
    project = board.findings_by_project.bars[0].drill
    assert project is not None and project.project_id == counted.projects["P"]
    assert {key[0] for key in _rows(db, project)} == {d["D1"], d["D2"], d["D3"], d["D7"]}


def test_the_year_it_opens_on() -> None:
    years = (2570, 2569, 2567)
    assert dashboard.default_fiscal_year(years, dt.date(2026, 11, 27)) == 2569  # October–December: the year ended
    assert dashboard.default_fiscal_year(years, dt.date(2027, 1, 5)) == 2570
    assert dashboard.default_fiscal_year(years, dt.date(2027, 10, 5)) == 2570  # 2571 has no data yet
    assert dashboard.default_fiscal_year((2567,), dt.date(2026, 5, 1)) == 2567
    assert dashboard.default_fiscal_year((), dt.date(2026, 5, 1)) is None


def test_the_demo_year_reads_at_a_glance(demo_db: Database) -> None:
    """The demo office's fiscal year 2569, seen late in November 2026 (its last meetings): decisions in every
    quarter, most carried out and mostly on time, some in progress, a few overdue; findings answered."""
    d = dashboard.dashboard(demo_db, fiscal_year=2569, today=dt.date(2026, 11, 27))
    assert all(sum(bar.values) > 0 for bar in d.decisions_by_quarter.bars)
    by_state = [sum(bar.values[n] for bar in d.decisions_by_body.bars) for n in range(4)]
    done, in_progress, _not_started, overdue = by_state
    assert done > in_progress > 0 and done > overdue > 0
    h = d.headline
    assert h.carried_out_pct is not None and 50 <= h.carried_out_pct <= 90
    assert h.on_time_pct is not None and 50 <= h.on_time_pct <= 95
    assert h.overdue_actions > 0 and not d.overdue_by_owner.empty
    assert d.findings_by_project.bars and all(bar.values[3] > 0 for bar in d.findings_by_project.bars)
    assert not d.participation.empty and not d.satisfaction.empty
