"""The figures behind a chart, as plain data: what the dashboard draws on screen and the reports draw on paper.

A ``Chart`` is a set of bars, each with one value per series (a stacked or grouped bar), already in the order
they are shown. A bar may name the rows behind it (``drill``) so that clicking it on screen opens them in the
tracker; the documents ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEAN_DECIMALS = 2  # a satisfaction mean: 4.20, 4.00
AVERAGE_DECIMALS = 1  # people a meeting, averaged: 16.1


def figure_text(value: float, decimals: int = 0) -> str:
    """The one way a figure is written, in tables, charts and on the dashboard alike: counts whole (with thousands
    separated), averages of people with one decimal, means with two, always as many decimals (4.00, not 4)."""
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class Drill:
    """Which tracker rows a bar stands for (the tracker's own filter fields; None = any)."""

    body_id: int | None = None
    fiscal_year: int | None = None  # B.E.
    status: str | None = None  # an ActionStatus value, or "overdue"
    owner_person_id: int | None = None
    owner_group_id: int | None = None
    quarter: int | None = None  # 1–4 of the fiscal year
    project_id: int | None = None
    progress: str | None = None  # a domain.progress.DecisionProgress value: every row of the decisions in that state


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[float, ...]  # one per series
    drill: Drill | None = None


@dataclass(frozen=True)
class Chart:
    title: str
    series: tuple[str, ...]
    bars: tuple[Bar, ...]
    unit: str = ""  # shown after the axis values, e.g. "%", "คน"
    notes: tuple[str, ...] = field(default_factory=tuple)  # a line under the chart (e.g. how a figure is counted)
    decimals: int = 0  # how its values are written (``figure_text``): 0 counts, 1 averages, 2 means

    def text(self, value: float) -> str:
        return figure_text(value, self.decimals)

    @property
    def empty(self) -> bool:
        return not self.bars or all(not any(bar.values) for bar in self.bars)
