"""A chart (``domain.figures.Chart``) on paper: horizontal bars with their labels, a legend, an axis and notes.

One layout (boxes and texts in points, measured with the document's font) drawn two ways: as vectors in the PDF
(labels shaped by HarfBuzz through ``pdf_text``, like every other line: reportlab's own chart strings are not
shaped, so Thai tone marks would collide) and as a PNG for the DOCX (Pillow with its Raqm layout engine, which
shapes Thai; Word has no vector format both it and LibreOffice read from python-docx). Bars are horizontal because
the labels are long Thai names (bodies, projects), which wrap between words beside the bar.

The colours and which series stack together follow the dashboard's (``ui/pages/dashboard_page.py``), so the
paper reads like the screen.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.domain.figures import Chart
from meetingdesk.exports.thai_text import break_lines

STATES = ("#2e7d32", "#1e88e5", "#b0b7bf", "#c62828")  # done, in progress, not started, overdue


@dataclass(frozen=True)
class Look:
    colours: tuple[str, ...]
    groups: tuple[tuple[int, ...], ...] = ((0,),)  # series drawn as one strip, stacked; strips one under another
    scale_max: float | None = None  # the axis's end (5 for a five-point mean); None: from the largest bar


LOOKS: dict[str, Look] = {
    "decisions_by_body": Look(STATES, ((0, 1, 2, 3),)),
    "decisions_by_quarter": Look(STATES, ((0, 1, 2, 3),)),
    "overdue_by_owner": Look(("#c62828",)),
    "findings_by_project": Look(("#90caf9", "#42a5f5", "#1565c0", "#2e7d32"), ((0, 1, 2), (3,))),
    "participation": Look(("#b0b7bf", "#2e7d32", "#ef6c00"), ((0,), (1, 2))),
    "satisfaction": Look(("#6a1b9a",), scale_max=5.0),
}
INK, GREY, GRID = "#1f2328", "#59636e", "#d0d7de"
EMPTY = "ยังไม่มีข้อมูลในปีงบประมาณนี้"
MAX_BARS = 20


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # from the top
    w: float
    h: float
    colour: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline, from the top
    text: str
    size: float
    colour: str = INK
    anchor: str = "start"  # start | end | middle


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    boxes: list[Box]
    texts: list[Text]


def nice_max(value: float) -> float:
    """The axis's end: 1, 2, 2.5 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return float(next(k * power for k in (1, 2, 2.5, 5, 10) if k * power >= value))


def number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def layout(chart: Chart, look: Look, width: float, measure: Callable[[str, float], float], size: float) -> Drawing:
    """Where every box and text goes, ``width`` points wide; ``measure(text, size)`` is the font's width."""
    line = size * 1.45
    boxes: list[Box] = []
    texts: list[Text] = []
    y = 0.0
    if len(chart.series) > 1:  # the legend, wrapped across the width
        x = 0.0
        y += line
        for n, name in enumerate(chart.series):
            item = size * 1.2 + measure(name, size) + size
            if x and x + item > width:
                x, y = 0.0, y + line
            boxes.append(Box(x, y - size * 0.75, size * 0.8, size * 0.8, look.colours[n % len(look.colours)]))
            texts.append(Text(x + size * 1.1, y, name, size))
            x += item
        y += size * 0.6
    if chart.empty:
        texts.append(Text(width / 2, y + line, EMPTY, size, GREY, "middle"))
        return Drawing(width, y + line * 1.6, boxes, texts)
    bars, notes = chart.bars, chart.notes
    if len(bars) > MAX_BARS:  # a chart stays on one page: the first bars (the dashboard puts the largest first)
        bars = bars[:MAX_BARS]
        notes = (*notes, f"แสดง {MAX_BARS} รายการแรกจากทั้งหมด {len(chart.bars)} รายการ")
    totals = [sum(bar.values[s] for s in group) for bar in bars for group in look.groups]
    top = look.scale_max or nice_max(max(totals))
    label_w = width * 0.36
    value_w = measure("000.00 ", size) + measure(chart.unit, size)
    x0, x1 = label_w + size * 0.5, width - value_w
    scale = (x1 - x0) / top
    strip = size * 1.25
    plot_top = y + size * 0.4
    y = plot_top
    for bar in bars:
        lines = [t.strip() for t in break_lines(bar.label, label_w, lambda t: measure(t, size))][:3]
        height = max(len(lines) * line, len(look.groups) * (strip + 2)) + size * 0.5
        for n, text in enumerate(lines):
            texts.append(Text(0, y + size + n * line, text, size))
        sy = y + (height - len(look.groups) * (strip + 2)) / 2
        for group in look.groups:
            x = x0
            for s in group:
                w = bar.values[s] * scale
                if w > 0:
                    boxes.append(Box(x, sy, w, strip, look.colours[s % len(look.colours)]))
                x += w
            total = sum(bar.values[s] for s in group)
            texts.append(Text(x + size * 0.3, sy + strip * 0.8, chart.text(total), size * 0.9, GREY))
            sy += strip + 2
        y += height
    steps = 5 if top in (5, 10, 50, 100) else 4
    counts = all(float(v).is_integer() for bar in bars for v in bar.values)
    if counts and top < steps:  # whole things counted: no ticks at 0.5
        steps = int(top)
    for k in range(steps + 1):  # the axis: grid lines through the plot, values beneath
        gx = x0 + (x1 - x0) * k / steps
        boxes.append(Box(gx, plot_top, 0.5, y - plot_top, GRID))
        texts.append(Text(gx, y + size * 1.1, number(top * k / steps), size * 0.85, GREY, "middle"))
    if chart.unit:  # after the last value, clear of it
        last = measure(number(top), size * 0.85) / 2
        texts.append(Text(x1 + last + size * 0.4, y + size * 1.1, chart.unit, size * 0.85, GREY))
    y += size * 1.6
    for note in notes:
        for text in break_lines(note, width, lambda t: measure(t, size * 0.85)):
            y += line * 0.9
            texts.append(Text(0, y, text.strip(), size * 0.85, GREY))
    return Drawing(width, y + size * 0.5, boxes, texts)


# --- PNG for the DOCX -------------------------------------------------------------------------------------------

DPI = 200


def chart_png(drawing: Drawing, font: Path) -> bytes:
    """The drawing as a PNG at ``DPI`` (Pillow; Thai shaped by Raqm when Pillow has it)."""
    from PIL import Image, ImageDraw, ImageFont, features

    k = DPI / 72
    image = Image.new("RGB", (math.ceil(drawing.width * k), math.ceil(drawing.height * k)), "white")
    draw = ImageDraw.Draw(image)
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    fonts: dict[float, ImageFont.FreeTypeFont] = {}
    for b in drawing.boxes:
        draw.rectangle([b.x * k, b.y * k, (b.x + b.w) * k, (b.y + b.h) * k], fill=b.colour)
    for t in drawing.texts:
        face = fonts.get(t.size) or fonts.setdefault(
            t.size, ImageFont.truetype(str(font), t.size * k, layout_engine=engine)
        )
        anchor = {"start": "ls", "end": "rs", "middle": "ms"}[t.anchor]
        draw.text((t.x * k, t.y * k), t.text, fill=t.colour, font=face, anchor=anchor)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
