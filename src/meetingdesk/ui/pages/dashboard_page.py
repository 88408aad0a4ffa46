"""The dashboard (Ctrl+6): what was carried out in a fiscal year, for one body or all, at a glance.

A strip of headline numbers a director reads first, then the charts (``services.dashboard``), each drawn by
``ui.widgets.bar_chart`` from plain figures. Clicking a bar, or one part of it, opens the rows behind it in the
tracker (``drill``). Built the first time the page is opened; the figures are read when it is first shown and
whenever the year or the body changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import dashboard
from meetingdesk.services.context import AppContext
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.widgets.bar_chart import BarChart

STATES = ("#2e7d32", "#1e88e5", "#b0b7bf", "#c62828")  # done, in progress, not started, overdue
ALONE = ((0,),)
CHARTS: dict[str, tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]] = {  # colours, series drawn as one strip
    "decisions_by_body": (STATES, ((0, 1, 2, 3),)),
    "decisions_by_quarter": (STATES, ((0, 1, 2, 3),)),
    "overdue_by_owner": (("#c62828",), ALONE),
    "findings_by_project": (("#90caf9", "#42a5f5", "#1565c0", "#2e7d32"), ((0, 1, 2), (3,))),
    "participation": (("#b0b7bf", "#2e7d32", "#ef6c00"), ((0,), (1, 2))),
    "satisfaction": (("#6a1b9a",), ALONE),
}
LAYOUT = (  # row, column, columns spanned
    ("decisions_by_body", 0, 0, 2),
    ("decisions_by_quarter", 1, 0, 1),
    ("overdue_by_owner", 1, 1, 1),
    ("participation", 2, 0, 2),
    ("findings_by_project", 3, 0, 2),
    ("satisfaction", 4, 0, 2),
)


WIDE = {name for name, _row, _column, span in LAYOUT if span == 2}


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


class Tile(QFrame):
    """One headline number with what it counts beneath."""

    def __init__(self, colour: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setStyleSheet(
            f"#tile {{ background: #ffffff; border: 1px solid #d0d7de; border-left: 5px solid {colour}; }}"
        )
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {colour};")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class DashboardPage(QWidget):
    drill = Signal(object)  # a domain.figures.Drill: the rows behind the bar clicked

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year = QComboBox()
        self.body = QComboBox()
        self.refresh_button = QPushButton(self.tr("อ่านตัวเลขใหม่"))
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #59636e;")
        self.tiles = {
            "decisions": Tile("#1f2328"),
            "carried_out": Tile("#2e7d32"),
            "on_time": Tile("#1e88e5"),
            "overdue": Tile("#c62828"),
        }
        self.charts: dict[str, BarChart] = {}
        empty = self.tr("ยังไม่มีข้อมูลในปีงบประมาณนี้")
        for name, (colours, groups) in CHARTS.items():
            chart = BarChart(
                colours,
                groups=groups,
                empty_text=empty,
                label_share=0.3 if name in WIDE else 0.42,
                scale_max=5.0 if name == "satisfaction" else None,
            )
            chart.clicked.connect(lambda bar, series, name=name: self._clicked(name, bar, series))
            self.charts[name] = chart
        self.charts["satisfaction"].empty_text = self.tr("ยังไม่มีแบบสำรวจ")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("ปีงบประมาณ")))
        filters.addWidget(self.year)
        filters.addWidget(QLabel(self.tr("องค์คณะ")))
        filters.addWidget(self.body, 1)
        filters.addWidget(self.refresh_button)
        strip = QHBoxLayout()
        for tile in self.tiles.values():
            strip.addWidget(tile, 1)
        grid = QGridLayout()
        grid.setSpacing(12)
        for name, row, column, span in LAYOUT:
            grid.addWidget(self.charts[name], row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(LAYOUT), 1)
        hint = QLabel(self.tr("คลิกแท่งกราฟเพื่อเปิดรายการมติที่อยู่เบื้องหลังในหน้ามติและการติดตาม"))
        hint.setStyleSheet("color: #59636e;")
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(strip)
        inner.addWidget(hint)
        inner.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.as_of)
        layout.addWidget(scroll, 1)

        self._fill_filters()
        self.year.currentIndexChanged.connect(self.refresh)
        self.body.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.figures: dashboard.Dashboard | None = None
        self.loaded = False

    def showEvent(self, event: Any) -> None:
        if not self.loaded:  # the first look at the page reads the figures, not building it
            self.loaded = True
            self.refresh()
        super().showEvent(event)

    def _fill_filters(self) -> None:
        from meetingdesk.services.listing import list_bodies

        years = dashboard.fiscal_years(self.ctx.db)
        for year in years:
            self.year.addItem(str(year), year)
        opening = dashboard.default_fiscal_year(years, dt.date.today())
        self.year.setCurrentIndex(max(0, self.year.findData(opening)))
        self.body.addItem(self.tr("ทุกองค์คณะ"), None)
        for body_id, name in list_bodies(self.ctx.db):
            self.body.addItem(name, body_id)

    def refresh(self) -> None:
        """Read the figures for the chosen year and body (one query set, no transaction held)."""
        year = self.year.currentData()
        if year is None:
            self.as_of.setText(self.tr("ยังไม่มีการประชุมหรือโครงการ"))
            return
        lang = ui_lang()
        d = dashboard.dashboard(self.ctx.db, fiscal_year=year, body_id=self.body.currentData(), lang=lang)
        self.figures = d
        for name in CHARTS:
            self.charts[name].set_chart(getattr(d, name))
        h = d.headline
        self.tiles["decisions"].show_figure(
            f"{h.decisions:,}",
            QCoreApplication.translate("Dashboard", "มติที่ประชุม จากการประชุม %1 ครั้ง").replace("%1", f"{h.meetings:,}"),
        )
        self.tiles["carried_out"].show_figure(
            percent(h.carried_out_pct),
            QCoreApplication.translate("Dashboard", "ดำเนินการตามมติแล้ว (%1 จาก %2 มติที่ต้องดำเนินการ)")
            .replace("%1", f"{h.carried_out:,}")
            .replace("%2", f"{h.to_carry_out:,}"),
        )
        self.tiles["on_time"].show_figure(
            percent(h.on_time_pct),
            QCoreApplication.translate("Dashboard", "เสร็จตามกำหนด (%1 จาก %2 รายการที่ดำเนินการแล้วและมีกำหนดเสร็จ)")
            .replace("%1", f"{h.done_on_time:,}")
            .replace("%2", f"{h.done_with_due:,}"),
        )
        self.tiles["overdue"].show_figure(
            f"{h.overdue_actions:,}", QCoreApplication.translate("Dashboard", "การดำเนินการตามมติที่เกินกำหนด")
        )
        self.as_of.setText(self.tr("ข้อมูล ณ %1").replace("%1", short_date_text(d.today, lang)))

    def _clicked(self, name: str, bar: int, series: int | None) -> None:
        chart = self.charts[name].chart
        if not 0 <= bar < len(chart.bars):
            return
        drill = dashboard.drill_for(name, chart.bars[bar], series)
        if drill is not None:
            self.drill.emit(drill)

    def texts(self) -> list[str]:
        """Every text the charts paint (for the language test; labels and buttons are widgets of their own)."""
        return [t for chart in self.charts.values() for t in chart.texts()]
