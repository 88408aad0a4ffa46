"""Drawing one line of Thai in a PDF: shaped by HarfBuzz, written with reportlab's font subsets.

reportlab can shape (its Paragraph with ``shaping=1``), but through a per-glyph Python loop and its markup
parser, which made a 60-item minutes three times slower than it needs to be. Our lines are already broken
between words (``thai_text.break_lines``), so each is shaped here with uharfbuzz and its glyphs written
straight into the page: runs of glyphs in ``TJ`` arrays, with the offsets HarfBuzz gives (stacked tone marks,
marks moved off tall consonants) as horizontal adjustments and text rise. Glyphs with no code point of their
own are registered the way reportlab's shaper registers them (``TTFont.hbAddPrivate``), so the embedded subset
and its widths stay reportlab's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Glyph:
    char: str  # the code (real or private) reportlab's subset knows the glyph by
    advance: float  # thousandths of an em, as HarfBuzz placed it
    x_offset: float
    y_offset: float
    width: float  # the advance the PDF viewer will apply by itself (the font's width for ``char``)


class Shaper:
    """One registered TTF at one size."""

    def __init__(self, font_name: str, size: float) -> None:
        self.font_name = font_name
        self.size = size
        self.ttf: Any = pdfmetrics.getFont(font_name)
        self.hb_font = self.ttf.hbFont(size)  # also makes ttf.hbAddPrivate available
        self._scale = self.ttf.pdfScale(1000) / 1000
        self._cache: dict[str, list[Glyph]] = {}

    def shape(self, text: str) -> list[Glyph]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if not text:
            return []
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(self.hb_font, buf, FEATURES)
        face = self.ttf.face
        glyph_to_char = face.glyphToChar
        widths = face.charWidths
        scale = self._scale
        glyphs = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            chars = glyph_to_char.get(gid)
            code = chars[0] if chars else self.ttf.hbAddPrivate(self.hb_font.glyph_to_string(gid), gid, pos.x_advance)
            glyphs.append(
                Glyph(chr(code), pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale, widths.get(code, 0))
            )
        if len(self._cache) < 4096:
            self._cache[text] = glyphs
        return glyphs

    def width(self, glyphs: list[Glyph]) -> float:
        """Points."""
        return sum(g.advance for g in glyphs) * self.size / 1000


def _pdf_string(data: bytes) -> str:
    out = []
    for b in data:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


class _TextOps:
    """PDF text operators for one line: glyph codes gathered into ``TJ`` arrays with numeric adjustments."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.array: list[str] = []
        self.run = bytearray()

    def flush_run(self) -> None:
        if self.run:
            self.array.append(_pdf_string(bytes(self.run)))
            self.run.clear()

    def flush_array(self) -> None:
        self.flush_run()
        if self.array:
            self.ops.append("[" + " ".join(self.array) + "] TJ")
            self.array.clear()

    def adjust(self, thousandths: float) -> None:
        self.flush_run()
        self.array.append(fp_str(thousandths))


def show(canvas: Any, shaper: Shaper, x: float, y: float, glyphs: list[Glyph]) -> None:
    """Write ``glyphs`` with the baseline starting at (x, y), as one text object."""
    if not glyphs:
        return
    doc = canvas._doc
    size = shaper.size
    ttf = shaper.ttf
    text = _TextOps()
    text.ops.append(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
    index = 0
    rise = 0.0
    for subset, data in ttf.splitString("".join(g.char for g in glyphs), doc):
        text.flush_array()
        text.ops.append(f"{ttf.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
        for byte in data:
            glyph = glyphs[index]
            index += 1
            if glyph.y_offset != rise:
                text.flush_array()
                rise = glyph.y_offset
                text.ops.append(f"{fp_str(rise * size / 1000)} Ts")
            if glyph.x_offset:
                text.adjust(-glyph.x_offset)
            text.run.append(byte)
            # after the glyph: undo its offset, and move by HarfBuzz's advance instead of the font's width
            correction = glyph.width - glyph.advance + glyph.x_offset
            if correction:
                text.adjust(correction)
        text.flush_array()
    if rise:
        text.ops.append("0 Ts")
    text.ops.append("ET")
    canvas._code.append(" ".join(text.ops))
