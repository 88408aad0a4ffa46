"""Card text for the projector: lines that end only between Thai words, at most three, the rest elided with
"…" at a word, and lines spaced so that one line's marks never touch the next's.

Thai has no spaces between words; ``thai_text.units`` (the same segmenter as the PDFs) says where a line may end.
Thai also stacks marks: a tone over an upper vowel (ที่, นี้) rises 1.25 em in Sarabun, above the font's ascent
(1.07 em), and a lower vowel (ชุ, ฎุ) sinks up to 0.5 em, below its descent (0.23 em). Where such a pair meets
between two lines, the text's lines move apart; elsewhere they keep the font's spacing. Everything is cached.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath

from meetingdesk.exports import thai_text

MARK_GAP = 0.05  # em kept between a mark and the one under it on the next line


@dataclass(frozen=True)
class Wrapped:
    lines: tuple[str, ...]
    elided: bool  # the last line ends with "…": the rest is on the console
    offsets: tuple[float, ...]  # each line's baseline below the first line's
    height: float  # from the first line's ascent to the last line's descent


Ink = tuple[float, float, float, float, float]  # advance, ink left, ink right, above the baseline, below it


class Measurer:
    """Text in the board's family at a pixel size, measured once: a card is wrapped once per (text, size, width),
    so a new card on a board of 500 measures one card."""

    LIMIT = 200_000  # cached entries of each kind; past it the cache starts again

    def __init__(self, family: str) -> None:
        self.family = family
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._inks: dict[tuple[str, float, bool], Ink] = {}
        self._units: dict[str, list[thai_text.Unit]] = {}
        self._wraps: dict[tuple[str, float, float, float, int, bool], Wrapped] = {}
        self.wrapped = 0  # wraps computed rather than found in the cache

    def font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        return font

    def metrics(self, px: float, bold: bool = False) -> QFontMetricsF:
        key = (px, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(self.font(px, bold))
        return self._metrics[key]

    def width(self, text: str, px: float, bold: bool = False) -> float:
        key = (text, px, bold)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = self.metrics(px, bold).horizontalAdvance(text)
        return found

    def wrap(
        self, text: str, px: float, width: float, first: float = 0.0, max_lines: int = 3, bold: bool = False
    ) -> Wrapped:
        """``text`` in lines ``width`` wide, the first ``first`` shorter (the speaker's code goes before it)."""
        key = (text, px, round(width, 1), round(first, 1), max_lines, bold)
        found = self._wraps.get(key)
        if found is None:
            if max(len(self._wraps), len(self._widths), len(self._inks)) > self.LIMIT:
                self._wraps.clear()
                self._widths.clear()
                self._inks.clear()
            self.wrapped += 1
            lines, elided = self._lines(text, px, max(1.0, width), first, max_lines, bold)
            offsets = self._offsets(lines, px, bold)
            metrics = self.metrics(px, bold)
            found = Wrapped(lines, elided, offsets, metrics.ascent() + offsets[-1] + metrics.descent())
            self._wraps[key] = found
        return found

    def _lines(
        self, text: str, px: float, width: float, first: float, max_lines: int, bold: bool
    ) -> tuple[tuple[str, ...], bool]:
        """Greedy lines that end only between units (a word with its punctuation, a number with its word); a unit
        wider than a line is cut between its pieces, and a piece wider than a line between letters."""
        if text not in self._units:
            self._units[text] = thai_text.units(" ".join(text.split()))
        atoms: list[tuple[str, float, bool]] = []  # (text, width, is a space)
        for unit in self._units[text]:
            widths = [self.width(piece, px, bold) for piece in unit]
            if unit[0].isspace() or sum(widths) <= width:
                atoms.append(("".join(unit), sum(widths), unit[0].isspace()))
                continue
            for piece, piece_width in zip(unit, widths, strict=True):
                if piece.isspace() or piece_width <= width:
                    atoms.append((piece, piece_width, piece.isspace()))
                else:
                    atoms += [(c, self.width(c, px, bold), False) for c in thai_text.clusters(piece)]
        lines: list[list[tuple[str, float]]] = [[]]
        used, room, space = 0.0, width - first, 0.0
        for atom, atom_width, is_space in atoms:
            if is_space:
                space = atom_width if lines[-1] else 0.0
                continue
            # A word too wide for what the code leaves of the first line starts the second (never cut for it).
            if used + space + atom_width > room and (lines[-1] or (len(lines) == 1 and first > 0)):
                if len(lines) == max_lines:
                    return self._elide(lines, px, width, first, bold), True
                lines.append([])
                used, room, space = 0.0, width, 0.0
            lines[-1].append((" " + atom if space else atom, space + atom_width))
            used += space + atom_width
            space = 0.0
        return tuple("".join(a for a, _w in line) for line in lines), False

    def _elide(
        self, lines: list[list[tuple[str, float]]], px: float, width: float, first: float, bold: bool
    ) -> tuple[str, ...]:
        """The last line cut at a word so that "…" fits after it."""
        room = (width - first if len(lines) == 1 else width) - self.width("…", px, bold)
        last = lines[-1]
        dropped: list[tuple[str, float]] = []
        while last and sum(w for _a, w in last) > room:
            dropped.append(last.pop())
        if not last and dropped:  # one word filled the line: keep what fits of it, letter by letter
            kept, used = "", 0.0
            for cluster in thai_text.clusters(dropped[-1][0].lstrip()):
                used += self.width(cluster, px, bold)
                if used > room:
                    break
                kept += cluster
            last.append((kept, used))
        text = ["".join(a for a, _w in line) for line in lines]
        return (*text[:-1], text[-1].rstrip() + "…")

    # --- marks between lines -----------------------------------------------------------------------------

    def _ink(self, cluster: str, px: float, bold: bool) -> Ink:
        key = (cluster, px, bold)
        found = self._inks.get(key)
        if found is None:
            outline = QPainterPath()  # the shaped outline: QFontMetricsF.tightBoundingRect leaves marks out (6.11)
            outline.addText(0.0, 0.0, self.font(px, bold), cluster)
            box = outline.boundingRect()
            advance = self.metrics(px, bold).horizontalAdvance(cluster)
            found = self._inks[key] = (advance, box.left(), box.right(), -box.top(), box.bottom())
        return found

    def _offsets(self, lines: tuple[str, ...], px: float, bold: bool) -> tuple[float, ...]:
        """Baselines: the font's line spacing, or, where a mark of one line would meet one of the next, as much
        more as that needs, for all the lines of the text."""
        if len(lines) < 2:
            return (0.0,)
        step = self.metrics(px, bold).lineSpacing()
        deep_enough, tall_enough = step - 1.3 * px, step - 0.55 * px  # marks that cannot meet are left out
        inks: list[tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]] = []
        for line in lines:
            tall, deep, x = [], [], 0.0
            for cluster in thai_text.clusters(line):
                advance, left, right, above, below = self._ink(cluster, px, bold)
                if not cluster.isspace():
                    if above > tall_enough:
                        tall.append((x + left, x + right, above))
                    if below > deep_enough:
                        deep.append((x + left, x + right, below))
                x += advance
            inks.append((tall, deep))
        need = step
        for (_tall, deep), (tall, _deep) in itertools.pairwise(inks):
            for left, right, below in deep:
                for other_left, other_right, above in tall:
                    if other_left < right and left < other_right:
                        need = max(need, below + above + MARK_GAP * px)
        return tuple(n * need for n in range(len(lines)))  # evenly: one wider gap alone looks like a mistake
