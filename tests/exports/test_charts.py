"""A chart's layout on paper: the bars' lengths follow the figures, labels wrap between Thai words beside them,
the axis ends at a round number (five for a five-point mean), and an empty chart says so."""

from __future__ import annotations

from meetingdesk.domain.figures import Bar, Chart
from meetingdesk.exports.charts import EMPTY, LOOKS, layout, nice_max


def measure(text: str, size: float) -> float:
    return len(text) * size * 0.5


def test_bar_lengths_follow_the_figures_on_a_round_axis() -> None:
    chart = Chart(
        "มติที่ประชุมจำแนกตามองค์คณะ",
        ("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "เกินกำหนด"),
        (Bar("คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", (6, 0, 0, 4)), Bar("กพท.", (1, 0, 1, 1))),
        unit="มติ",
    )
    d = layout(chart, LOOKS["decisions_by_body"], 400, measure, 9)
    bars = [b for b in d.boxes if b.colour in LOOKS["decisions_by_body"].colours and b.w > 1 and b.h > 9]
    legend = [b for b in d.boxes if b.h < 9]
    assert len(legend) == 4
    done_long, late_long, done_short, _not_started, late_short = bars
    assert abs(done_long.w / late_long.w - 6 / 4) < 1e-9 and abs(done_short.w - late_short.w) < 1e-9
    assert abs(done_long.w / done_short.w - 6) < 1e-9
    values = [t.text for t in d.texts if t.anchor == "middle"]
    assert values == ["0", "2", "4", "6", "8", "10"]  # nice_max(10) = 10, five steps
    labels = [t.text for t in d.texts if t.x == 0 and t.size == 9]
    assert len([x for x in labels if "พัทลุง" in x or "คณะกรรมการ" in x]) >= 2  # the long label wrapped
    assert "".join(labels).replace(" ", "").startswith("คณะกรรมการบริหารสำนักงาน")


def test_round_axis_ends() -> None:
    assert [nice_max(v) for v in (0, 0.4, 3, 7, 10, 11, 240)] == [1, 0.5, 5, 10, 10, 20, 250]


def test_a_mean_ends_at_five_and_an_empty_chart_says_so() -> None:
    mean = Chart("ความพึงพอใจ", ("คะแนนเฉลี่ย",), (Bar("บอร์ดบริหาร", (4.25,)),), decimals=2)
    d = layout(mean, LOOKS["satisfaction"], 400, measure, 9)
    assert [t.text for t in d.texts if t.anchor == "middle"][-1] == "5"
    assert "4.25" in [t.text for t in d.texts]
    empty = layout(Chart("ความพึงพอใจ", ("คะแนนเฉลี่ย",), ()), LOOKS["satisfaction"], 400, measure, 9)
    assert [t.text for t in empty.texts] == [EMPTY]


def test_a_long_chart_keeps_to_one_page() -> None:
    from meetingdesk.exports.charts import MAX_BARS

    many = Chart("เกินกำหนดจำแนกตามผู้รับผิดชอบ", ("เกินกำหนด",), tuple(Bar(f"กลุ่มงานที่ {n}", (40 - n,)) for n in range(32)))
    d = layout(many, LOOKS["overdue_by_owner"], 400, measure, 9)
    assert len([t for t in d.texts if t.text.startswith("กลุ่มงานที่")]) == MAX_BARS
    assert f"แสดง {MAX_BARS} รายการแรกจากทั้งหมด 32 รายการ" in [t.text for t in d.texts]
    assert d.height < 700  # an A4 frame's height in points
