"""One way to write a figure: a mean with two decimals, an average of people with one, in the report's tables, its
charts and the dashboard's (the walk read "4" beside "4.2", a chart's "4" against its table's "4.00", and
attendance "16.10" in the PDF against "16.1" on the dashboard)."""

from __future__ import annotations

from meetingdesk.domain.figures import AVERAGE_DECIMALS, MEAN_DECIMALS, Bar, Chart, figure_text
from meetingdesk.exports.charts import Look, layout
from meetingdesk.exports.evidence import _mean


def _drawn(chart: Chart) -> list[str]:
    drawing = layout(chart, Look(("#1e88e5",)), 400.0, lambda text, size: len(text) * size * 0.5, 12.0)
    return [t.text for t in drawing.texts]


def test_means_show_two_decimals_and_attendance_averages_one_everywhere() -> None:
    means = Chart("ความพึงพอใจ", ("ค่าเฉลี่ย",), (Bar("ก", (4.0,)), Bar("ข", (4.2,))), decimals=MEAN_DECIMALS)
    drawn = _drawn(means)
    assert (drawn[drawn.index("ก") + 1], drawn[drawn.index("ข") + 1]) == ("4.00", "4.20")  # the axis keeps 0 … 5
    assert means.text(4.0) == _mean(4.0) == "4.00"  # the dashboard's chart, the report's chart and table agree
    people = Chart("การมีส่วนร่วม", ("มา",), (Bar("ก", (16.1,)), Bar("ข", (15.0,))), decimals=AVERAGE_DECIMALS)
    drawn = _drawn(people)
    assert (drawn[drawn.index("ก") + 1], drawn[drawn.index("ข") + 1]) == ("16.1", "15.0")
    assert figure_text(1234) == "1,234"  # counts stay whole
