"""PDF with reportlab: fonts embedded, Thai shaped with HarfBuzz, lines broken between Thai words.

reportlab cannot find Thai word boundaries (it would cut words anywhere), so every paragraph is broken into
lines here (``thai_text.break_lines``, measured with the real font) and handed over with explicit line ends;
that also keeps shaped paragraphs splittable across pages (``shared/domain/thai-text-facts.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from meetingdesk.domain.thai.digits import digits
from meetingdesk.exports import document as d
from meetingdesk.exports.fonts import PdfFont
from meetingdesk.exports.pdf_keep import closing_kept_together, headings_with_their_tables
from meetingdesk.exports.pdf_text import Shaper, show
from meetingdesk.exports.thai_text import break_lines

MARGINS = {"left": 3.0 * cm, "right": 2.0 * cm, "top": 2.5 * cm, "bottom": 2.0 * cm}
INDENT = 1.25 * cm
PERSON_COLUMNS = (1.2 * cm, 7.0 * cm)
SIGNATURE_INDENT = 5.0 * cm
SIGNATURE_DOTS = "." * 30
FRAME_PADDING = 6  # platypus frames pad each side by 6 pt
TEXT_WIDTH = A4[0] - MARGINS["left"] - MARGINS["right"] - 2 * FRAME_PADDING
CELL_PADDING = 3


class _Fonts:
    """The registered regular and bold faces, and width measurement in them."""

    def __init__(self, font: PdfFont, drawn: list[str] | None = None, keep: tuple[str, ...] = ()) -> None:
        self.font = font
        self.drawn = drawn
        self.keep = keep  # the document's names: a line never breaks inside one
        self.regular = f"MD-{font.regular.stem}"
        self.bold = f"MD-{font.bold.stem}"
        for name, path in ((self.regular, font.regular), (self.bold, font.bold)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(self.regular, normal=self.regular, bold=self.bold)
        self.shapers = {False: Shaper(self.regular, font.size), True: Shaper(self.bold, font.size)}

    def measure(self, bold: bool) -> Callable[[str], float]:
        face = self.bold if bold else self.regular
        size = self.font.size

        def width(text: str) -> float:
            return float(pdfmetrics.stringWidth(text, face, size))

        return width


def _paragraph(
    fonts: _Fonts,
    text: str,
    width: float,
    *,
    bold: bool = False,
    align: int = TA_LEFT,
    indent: float = 0.0,
    first_indent: float = 0.0,
    prefix: str = "",
    space_before: float = 0.0,
    keep_with_next: bool = False,
) -> _Lines:
    """A paragraph broken into lines here, between Thai words, to fit ``width`` (minus its indents)."""
    sep = "  " if prefix and text else ""
    lead = first_indent + (fonts.measure(True)(prefix + sep) if prefix else 0.0)
    lines = break_lines(text, width - indent, fonts.measure(bold), first_offset=lead, keep=fonts.keep) if text else [""]
    shaper, bold_shaper = fonts.shapers[bold], fonts.shapers[True]
    out: list[_Line] = []
    for n, line in enumerate(lines):
        segments = [(shaper, line.rstrip())]
        plain = line
        if n == 0 and prefix:
            segments.insert(0, (bold_shaper, prefix + sep))
            plain = prefix + sep + line
        out.append(_Line(segments, plain, indent + (first_indent if n == 0 else 0.0)))
    return _Lines(out, fonts, align, space_before=space_before, keep=keep_with_next)


def actual_text(text: str) -> str:
    """The PDF operator that opens a span whose text, for copying and extraction, is ``text``."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


@dataclass(frozen=True)
class _Line:
    segments: list[tuple[Shaper, str]]  # (font, text) runs drawn one after another
    plain: str  # the text as written (what ActualText gives back)
    indent: float


class _Lines(Flowable):  # type: ignore[misc]
    """A paragraph's lines, already broken between Thai words, shaped and drawn inside one ``/ActualText`` span.

    Shaping replaces some Thai marks with glyphs that have no code point of their own and splits ำ into ํ + า,
    so text taken back out of the PDF would differ from what was written. ActualText tells PDF readers
    (poppler's pdftotext, Acrobat, browsers) the exact text. A long paragraph splits between pages at any line.
    """

    def __init__(
        self, lines: list[_Line], fonts: _Fonts, align: int, *, space_before: float, keep: bool, last: bool = True
    ) -> None:
        super().__init__()
        self.lines = lines
        self.last = last  # the paragraph's last part (a paragraph split between pages has two)
        self.fonts = fonts
        self.align = align
        self.leading = fonts.font.leading
        self.spaceBefore = space_before
        self.keepWithNext = keep

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.leading)
        if fits <= 0 or fits >= len(self.lines):
            return []
        return [
            _Lines(self.lines[:fits], self.fonts, self.align, space_before=self.spaceBefore, keep=False, last=False),
            _Lines(self.lines[fits:], self.fonts, self.align, space_before=0, keep=self.keepWithNext),
        ]

    def draw(self) -> None:
        canvas = self.canv
        size = self.fonts.font.size
        canvas._code.append(actual_text("".join(line.plain for line in self.lines)))
        baseline = self.height - size  # as reportlab's paragraphs place their first line
        for line in self.lines:
            shaped = [(shaper, shaper.shape(text)) for shaper, text in line.segments]
            x = line.indent
            if self.align != TA_LEFT:
                free = self.width - line.indent - sum(shaper.width(glyphs) for shaper, glyphs in shaped)
                x += free / 2 if self.align == TA_CENTER else free
            for shaper, glyphs in shaped:
                show(canvas, shaper, x, baseline, glyphs)
                x += shaper.width(glyphs)
            baseline -= self.leading
        canvas._code.append("EMC")
        if self.fonts.drawn is not None:  # each line as written, then "" where the paragraph ends
            self.fonts.drawn.extend(line.plain for line in self.lines)
            if self.last:
                self.fonts.drawn.append("")


ROLE_LOOK: dict[d.Role, dict[str, Any]] = {
    d.Role.TITLE: {"bold": True, "align": TA_CENTER, "keep_with_next": True},
    d.Role.CENTER: {"align": TA_CENTER, "keep_with_next": True},
    d.Role.RULE: {"align": TA_CENTER},
    d.Role.LABEL: {"bold": True, "space_before": 6, "keep_with_next": True},
    d.Role.SECTION: {"bold": True, "space_before": 6, "keep_with_next": True},
    d.Role.ITEM: {"bold": True, "keep_with_next": True},
    d.Role.BODY: {"first_indent": INDENT},
    d.Role.RESOLUTION: {},
    d.Role.LIST: {},
    d.Role.NOTE: {"space_before": 12},
}


def write_pdf(document: d.Document, path: Path, *, font: PdfFont | None = None, drawn: list[str] | None = None) -> None:
    """Write ``document`` as a PDF; ``drawn``, when given, receives every line of text as it is drawn (with the
    spaces it ends with), and an empty string where a paragraph ends."""
    fonts = _Fonts(font or PdfFont.choose(), drawn, document.keep)
    made: list[tuple[d.Block | None, Any]] = []  # each flowable with the block it came from
    people: list[d.PersonRow] = []
    for block in [*document.blocks, None]:
        if people and not isinstance(block, d.PersonRow):
            made.append((None, _people(fonts, people)))
            people = []
        if block is None:
            break
        if isinstance(block, d.Para):
            look = ROLE_LOOK[block.role]
            made.append(
                (
                    block,
                    _paragraph(
                        fonts, block.text, TEXT_WIDTH, indent=block.indent * INDENT, prefix=block.bold_prefix, **look
                    ),
                )
            )
        elif isinstance(block, d.PersonRow):
            people.append(block)
        elif isinstance(block, d.Signature):
            made.append((block, _signature(fonts, block)))
        elif isinstance(block, d.Figure):
            from meetingdesk.exports.pdf_chart import ChartFlowable

            chart = ChartFlowable(block, fonts.regular, fonts.font.size, TEXT_WIDTH, document.thai_digits)
            made.append((block, chart))
        else:
            made.append((block, _table(fonts, block)))
    flow = closing_kept_together(headings_with_their_tables(made))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = A4[1] - 1.2 * cm - fonts.font.size
        if doc.page > 1:
            canvas.setFont(fonts.regular, fonts.font.size)
            canvas.drawCentredString(A4[0] / 2, top, f"- {digits(str(doc.page), document.thai_digits)} -")
        if document.mark:
            canvas.setFont(fonts.bold, fonts.font.size)
            canvas.drawRightString(A4[0] - MARGINS["right"], top, document.mark)
        canvas.restoreState()

    template = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=document.title,
        author="MeetingDesk",
        lang="th-TH",
        # Start every page in our font: reportlab's default (Helvetica) would be referenced, unembedded.
        initialFontName=fonts.regular,
        initialFontSize=fonts.font.size,
    )
    template.build(flow, onFirstPage=page, onLaterPages=page)


def _people(fonts: _Fonts, rows: list[d.PersonRow]) -> Table:
    role_width = TEXT_WIDTH - INDENT - sum(PERSON_COLUMNS)
    widths = [*PERSON_COLUMNS, role_width]
    data = [
        [
            _paragraph(fonts, text, w - 2 * CELL_PADDING)
            for text, w in zip((r.number, r.name, r.role), widths, strict=True)
        ]
        for r in rows
    ]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),  # else cells set Helvetica, unembedded
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING * 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    table.hAlign = "LEFT"
    return _Indented(table, INDENT)


def _signature(fonts: _Fonts, block: d.Signature) -> KeepTogether:
    width = TEXT_WIDTH
    lines = [
        f"(ลงชื่อ) {SIGNATURE_DOTS} {block.label}",
        f"({block.name})" if block.name else f"({SIGNATURE_DOTS})",
        block.position,
    ]
    paras = [_paragraph(fonts, line, width, align=TA_CENTER, indent=SIGNATURE_INDENT) for line in lines]
    return KeepTogether([Spacer(1, fonts.font.leading), *paras])


def _table(fonts: _Fonts, block: d.Table) -> Table:
    widths = [TEXT_WIDTH * f for f in block.widths]
    header = [
        _paragraph(fonts, text, w - 2 * CELL_PADDING, bold=True, align=TA_CENTER)
        for text, w in zip(block.header, widths, strict=True)
    ]
    body = [
        [
            _paragraph(fonts, text, w - 2 * CELL_PADDING, align=_ALIGN[block.alignment(i)])
            for i, (text, w) in enumerate(zip(row, widths, strict=True))
        ]
        for row in block.rows
    ]
    least = block.row_height_cm
    heights = [None] + [_row_height(row, least * cm) if least else None for row in body]
    table = Table([header, *body], colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


_ALIGN = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT}


def _row_height(cells: list[_Lines], least: float) -> float:
    """At least ``least``, and tall enough for the cell with the most lines (a fixed height would overflow)."""
    lines = max(len(cell.lines) for cell in cells)
    return max(least, lines * cells[0].leading + 2 * CELL_PADDING)


class _Indented(Table):  # type: ignore[misc]
    """A table shifted right by ``indent`` (platypus tables have no left indent of their own)."""

    def __init__(self, table: Table, indent: float) -> None:
        self.__dict__.update(table.__dict__)
        self._md_indent = indent

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x + self._md_indent, y, _sW)
