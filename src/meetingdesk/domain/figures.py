"""The figures behind a chart, as plain data: what the dashboard draws on screen and the reports draw on paper.

A ``Chart`` is a set of bars, each with one value per series (a stacked or grouped bar), already in the order
they are shown. A bar may name the rows behind it (``drill``) so that clicking it on screen opens them in the
tracker; the documents ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def empty(self) -> bool:
        return not self.bars or all(not any(bar.values) for bar in self.bars)
