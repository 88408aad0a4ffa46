"""PDF with reportlab: fonts embedded, Thai shaped with HarfBuzz, lines broken between Thai words.

reportlab cannot find Thai word boundaries (it would cut words anywhere), so every paragraph is broken into
lines here (``thai_text.break_lines``, measured with the real font) and handed over with explicit line ends;
that also keeps shaped paragraphs splittable across pages (``shared/domain/thai-text-facts.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from meetingdesk.domain.thai.digits import digits
from meetingdesk.exports import document as d
from meetingdesk.exports.fonts import PdfFont
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

    def __init__(self, font: PdfFont) -> None:
        self.font = font
        self._styles: dict[tuple[str, bool, int, float], ParagraphStyle] = {}
        self.regular = f"MD-{font.regular.stem}"
        self.bold = f"MD-{font.bold.stem}"
        for name, path in ((self.regular, font.regular), (self.bold, font.bold)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(self.regular, normal=self.regular, bold=self.bold)

    def measure(self, bold: bool, prefix: str = "") -> Callable[[str], float]:
        face = self.bold if bold else self.regular
        size = self.font.size
        prefix_width = pdfmetrics.stringWidth(prefix, self.bold, size) if prefix else 0.0

        def width(text: str) -> float:
            return prefix_width + float(pdfmetrics.stringWidth(text, face, size))

        return width

    def style(self, name: str, *, bold: bool = False, align: int = TA_LEFT, indent: float = 0.0) -> ParagraphStyle:
        key = (name, bold, align, indent)
        if key not in self._styles:
            self._styles[key] = self._new_style(name, bold=bold, align=align, indent=indent)
        return self._styles[key]

    def _new_style(self, name: str, *, bold: bool, align: int, indent: float) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=self.bold if bold else self.regular,
            fontSize=self.font.size,
            leading=self.font.leading,
            alignment=align,
            leftIndent=indent,
            shaping=1,
            splitLongWords=0,
            allowWidows=1,
            allowOrphans=1,
        )


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
    available = width - indent
    lines = break_lines(text, available - first_indent, fonts.measure(bold, prefix + sep)) if text else [""]
    if len(lines) > 1 and first_indent:  # only the first line is indented further
        rest = text[len(lines[0]) :].lstrip(" ")
        lines = [lines[0], *break_lines(rest, available, fonts.measure(bold))]
    first = fonts.style("first", bold=bold, align=align, indent=indent + first_indent)
    other = fonts.style("other", bold=bold, align=align, indent=indent)
    out = []
    for n, line in enumerate(lines):
        markup, plain = escape(line), line
        if n == 0 and prefix:
            markup = f"<b>{escape(prefix)}</b>{sep}{markup}"
            plain = f"{prefix}{sep}{line}"
        out.append((markup, plain, first if n == 0 else other))
    return _Lines(out, fonts.font.leading, space_before=space_before, keep=keep_with_next)


def actual_text(text: str) -> str:
    """The PDF operator that opens a span whose text, for copying and extraction, is ``text``."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class _Lines(Flowable):  # type: ignore[misc]
    """Lines already broken between Thai words; each is drawn shaped, inside an ``/ActualText`` span.

    Shaping replaces some Thai marks with glyphs that have no code point of their own (reportlab gives them
    private-use codes) and splits ำ into ํ + า, so text taken back out of the PDF would differ from what was
    written. ActualText tells PDF readers (poppler's pdftotext, Acrobat, browsers) the exact text of each
    line. Drawing line by line also lets a long paragraph flow across pages wherever a line ends.
    """

    def __init__(
        self, lines: list[tuple[str, str, ParagraphStyle]], leading: float, *, space_before: float, keep: bool
    ) -> None:
        super().__init__()
        self.lines = lines  # (markup, plain text, style) a line
        self.leading = leading
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
            _Lines(self.lines[:fits], self.leading, space_before=self.spaceBefore, keep=False),
            _Lines(self.lines[fits:], self.leading, space_before=0, keep=self.keepWithNext),
        ]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for markup, plain, style in self.lines:
            y -= self.leading
            line = Paragraph(markup, style)
            line.wrap(self.width, self.leading)
            canvas._code.append(actual_text(plain))
            line.drawOn(canvas, 0, y)
            canvas._code.append("EMC")


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


def write_pdf(document: d.Document, path: Path, *, font: PdfFont | None = None) -> None:
    fonts = _Fonts(font or PdfFont.choose())
    flow: list[Any] = []
    people: list[d.PersonRow] = []
    for block in [*document.blocks, None]:
        if people and not isinstance(block, d.PersonRow):
            flow.append(_people(fonts, people))
            people = []
        if block is None:
            break
        if isinstance(block, d.Para):
            look = ROLE_LOOK[block.role]
            flow.append(
                _paragraph(
                    fonts, block.text, TEXT_WIDTH, indent=block.indent * INDENT, prefix=block.bold_prefix, **look
                )
            )
        elif isinstance(block, d.PersonRow):
            people.append(block)
        elif isinstance(block, d.Signature):
            flow.append(_signature(fonts, block))
        else:
            flow.append(_table(fonts, block))

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
            _paragraph(fonts, text, w - 2 * CELL_PADDING, align=TA_CENTER if i == 0 else TA_LEFT)
            for i, (text, w) in enumerate(zip(row, widths, strict=True))
        ]
        for row in block.rows
    ]
    heights = [None] + [block.row_height_cm * cm] * len(body)
    table = Table([header, *body], colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


class _Indented(Table):  # type: ignore[misc]
    """A table shifted right by ``indent`` (platypus tables have no left indent of their own)."""

    def __init__(self, table: Table, indent: float) -> None:
        self.__dict__.update(table.__dict__)
        self._md_indent = indent

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x + self._md_indent, y, _sW)
