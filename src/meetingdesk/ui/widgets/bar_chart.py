"""One chart of the dashboard, drawn with QPainter from a plain ``domain.figures.Chart``.

Horizontal bars, because the labels are Thai names of bodies, people and projects that are long and must stay
readable. ``groups`` says how a bar's figures are drawn: each group of series is one strip, its figures stacked
end to end (decisions by state: one strip of four parts; findings: the three phases stacked, and beside them
the findings answered; participation: members appointed, and beside them the people present). Text goes through
Qt's own text layout with the application's font, the same as every other widget, so Thai marks sit where they
should. Clicking a bar or one of its parts emits
``clicked(bar, series)``; the page turns that into the rows behind it.

Why not a chart library: Qt Charts needs PySide6-Addons (438 MB installed beside the 237 MB of
PySide6-Essentials), pyqtgraph brings numpy and takes about 0.9 s to import; this widget adds nothing to
install and nothing to start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from meetingdesk.domain.figures import Chart

PAD = 10
BAR = 22  # the height of one bar (a stacked bar, or a group of bars side by side)
GAP = 10
SWATCH = 12


@dataclass(frozen=True)
class Part:
    rect: QRectF
    bar: int
    series: int | None  # None: the bar as a whole


class BarChart(QWidget):
    clicked = Signal(int, object)  # bar index, series index (None: the bar, not one part of it)

    def __init__(
        self,
        colors: tuple[str, ...],
        *,
        groups: tuple[tuple[int, ...], ...] = ((0,),),
        empty_text: str = "",
        label_share: float = 0.36,
        scale_max: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.colors = colors
        self.groups = groups
        self.empty_text = empty_text
        self.label_share = label_share
        self.scale_max = scale_max  # the axis's end (5 for a five-point mean); None: the largest bar
        self.chart = Chart("", (), ())
        self.parts: list[Part] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        """Every text the chart shows (for the language test)."""
        c = self.chart
        return [c.title, *c.series, *(b.label for b in c.bars), c.unit, *c.notes] + (
            [self.empty_text] if c.empty else []
        )

    # --- geometry ---------------------------------------------------------------------------------------

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _note_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        return small

    def _note_height(self, note: str, width: float) -> int:
        """A note wraps to the chart's width (a half-width chart's notes take two lines)."""
        box = QFontMetrics(self._note_font()).boundingRect(
            0, 0, max(1, int(width)), 10_000, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), note
        )
        return box.height() + 2

    def _strip(self) -> int:
        return BAR if len(self.groups) == 1 else max(14, self._line())

    def _bar_height(self) -> int:
        return self._strip() * len(self.groups) + (len(self.groups) - 1) * 2

    def _legend_rows(self, width: float) -> list[list[int]]:
        metrics = QFontMetrics(self.font())
        rows: list[list[int]] = [[]]
        x = 0.0
        for n, name in enumerate(self.chart.series):
            w = SWATCH + 6 + metrics.horizontalAdvance(name) + 18
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0
            rows[-1].append(n)
            x += w
        return rows

    def sizeHint(self) -> QSize:
        return QSize(560, self.heightForWidth(max(self.width(), 360)))

    def heightForWidth(self, width: int) -> int:
        line = self._line()
        bars = max(1, len(self.chart.bars)) if not self.chart.empty else 2
        legend = len(self._legend_rows(width - 2 * PAD)) * (line + 4) if len(self.chart.series) > 1 else 0
        notes = sum(self._note_height(note, width - 2 * PAD) for note in self.chart.notes)
        return PAD + line + 8 + legend + bars * (self._bar_height() + GAP) + line + notes + 2 * PAD

    def resizeEvent(self, event: object) -> None:
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # the legend may wrap to more or fewer lines
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- painting ---------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#d0d7de")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        metrics = QFontMetrics(self.font())
        line = self._line()
        c = self.chart
        width = self.width() - 2 * PAD
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#1f2328"))
        y: float = PAD
        p.drawText(QRectF(PAD, y, width, line + 4), Qt.AlignmentFlag.AlignLeft, c.title)
        p.setFont(self.font())
        y += line + 8
        if len(c.series) > 1:
            for row in self._legend_rows(width):
                x = PAD
                for n in row:
                    p.fillRect(QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH), self._color(n))
                    p.setPen(QColor("#1f2328"))
                    name = c.series[n]
                    p.drawText(QPointF(x + SWATCH + 6, y + metrics.ascent()), name)
                    x += SWATCH + 6 + metrics.horizontalAdvance(name) + 18
                y += line + 4
        self.parts = []
        if c.empty:
            p.setPen(QColor("#59636e"))
            box = QRectF(PAD, y, width, 2 * (BAR + GAP))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            y += 2 * (BAR + GAP)
        else:
            y = self._paint_bars(p, y, width)
        p.setPen(QColor("#59636e"))
        p.setFont(self._note_font())
        for note in c.notes:
            height = self._note_height(note, width)
            p.drawText(QRectF(PAD, y, width, height), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, note)
            y += height
        p.end()

    def _paint_bars(self, p: QPainter, y: float, width: float) -> float:
        c = self.chart
        metrics = QFontMetrics(self.font())
        label_w = width * self.label_share
        values_w = metrics.horizontalAdvance(" 0,000.0 ")
        plot_x = PAD + label_w + 8
        plot_w = max(40.0, width - label_w - 8 - values_w)
        top = self.scale_max or max((self._sum(b.values, g) for b in c.bars for g in self.groups), default=0) or 1
        h = self._bar_height()
        strip = self._strip()
        for n, bar in enumerate(c.bars):
            p.setPen(QColor("#1f2328"))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w))
            label_box = QRectF(PAD, y, label_w, h)
            p.drawText(label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            self.parts.append(Part(label_box, n, None))
            for g, group in enumerate(self.groups):
                top_y = y + g * (strip + 2)
                x = plot_x
                for s in group:
                    value = bar.values[s] if s < len(bar.values) else 0.0
                    length = plot_w * value / top
                    if length > 0:
                        rect = QRectF(x, top_y, length, strip)
                        p.fillRect(rect, self._color(s))
                        self.parts.append(Part(rect, n, s))
                    x += length
                p.setPen(QColor("#1f2328"))
                box = QRectF(x + 4, top_y, values_w, strip)
                p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           c.text(self._sum(bar.values, group)))  # fmt: skip
            y += h + GAP
        p.setPen(QColor("#59636e"))
        p.drawText(QRectF(plot_x, y - 4, plot_w, self._line()), Qt.AlignmentFlag.AlignLeft, c.unit)
        return y + self._line()

    @staticmethod
    def _sum(values: tuple[float, ...], group: tuple[int, ...]) -> float:
        return sum(values[s] for s in group if s < len(values))

    def _color(self, series: int) -> QColor:
        return QColor(self.colors[series % len(self.colors)])

    # --- clicks -----------------------------------------------------------------------------------------

    def part_at(self, point: QPointF) -> Part | None:
        for part in reversed(self.parts):  # the parts of a bar before the bar's label
            if part.rect.adjusted(-1, -1, 1, 1).contains(point):
                return part
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        part = self.part_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if part else Qt.CursorShape.ArrowCursor)
        if part is None:
            QToolTip.hideText()
            return
        bar = self.chart.bars[part.bar]
        lines = [bar.label]
        for s, value in enumerate(bar.values):
            mark = "▶ " if s == part.series else ""
            lines.append(f"{mark}{self.chart.series[s]}: {self.chart.text(value)} {self.chart.unit}".rstrip())
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        part = self.part_at(event.position())
        if part is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(part.bar, part.series)
