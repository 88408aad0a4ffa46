"""A chart in the PDF: the layout of ``charts.py`` drawn as vectors, every label shaped by HarfBuzz like the text
around it and given its ``/ActualText`` (so copying or pdftotext gives the Thai as written)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from meetingdesk.domain.thai.digits import digits
from meetingdesk.exports.charts import LOOKS, Drawing, Look, layout
from meetingdesk.exports.document import Figure
from meetingdesk.exports.pdf_text import Shaper, show

SIZE_SHARE = 0.82  # chart labels a little smaller than the body text


class ChartFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, figure: Figure, font_name: str, body_size: float, width: float, thai_digits: bool) -> None:
        super().__init__()
        self.font_name = font_name
        self.size = body_size * SIZE_SHARE
        self.thai = thai_digits
        self.shapers: dict[float, Shaper] = {}

        def measure(text: str, size: float) -> float:
            return float(pdfmetrics.stringWidth(text, font_name, size))

        self.drawing: Drawing = layout(
            figure.chart, LOOKS.get(figure.look, Look(("#1e88e5",))), width, measure, self.size
        )
        self.spaceBefore = body_size * 0.5
        self.spaceAfter = body_size * 0.5

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.drawing.width, self.drawing.height

    def _shaper(self, size: float) -> Shaper:
        found = self.shapers.get(size)
        if found is None:
            found = self.shapers[size] = Shaper(self.font_name, size)
        return found

    def draw(self) -> None:
        from meetingdesk.exports.pdf_writer import actual_text

        canvas: Any = self.canv
        height = self.drawing.height
        for b in self.drawing.boxes:
            canvas.setFillColor(colors.HexColor(b.colour))
            canvas.rect(b.x, height - b.y - b.h, b.w, b.h, stroke=0, fill=1)
        for t in self.drawing.texts:
            text = digits(t.text, self.thai)
            shaper = self._shaper(t.size)
            glyphs = shaper.shape(text)
            x = t.x - {"start": 0.0, "end": 1.0, "middle": 0.5}[t.anchor] * shaper.width(glyphs)
            canvas.setFillColor(colors.HexColor(t.colour))
            canvas._code.append(actual_text(text))
            show(canvas, shaper, x, height - t.y, glyphs)
            canvas._code.append("EMC")
        canvas.setFillColor(colors.black)
