"""DOCX on real Word styles, so the secretary can go on editing it in Word or LibreOffice.

python-docx sets only the Latin font slots; Thai is a complex script, which Word and LibreOffice take from
``w:rFonts/@w:cs`` and ``w:szCs`` (and bold from ``w:bCs``). We set those on every style we use, and on the
document defaults, and remove the theme attributes that would otherwise win (``shared/domain/thai-text-facts.md``).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from meetingdesk.exports.document import Document, Figure, Para, PersonRow, Role, Signature, Table

DEFAULT_FONT = "TH Sarabun New"
FONT_CHOICES = ("TH Sarabun New", "TH SarabunIT๙", "TH SarabunPSK")
SIZE_PT = 16
INDENT_CM = 1.25
MARGINS_CM = {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.0}
SIGNATURE_INDENT_CM = 5.0
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# Word style names per block role: (name, bold, alignment, first-line indent in cm)
STYLES: dict[Role, tuple[str, bool, WD_ALIGN_PARAGRAPH, float]] = {
    Role.TITLE: ("MD Title", True, WD_ALIGN_PARAGRAPH.CENTER, 0),
    Role.CENTER: ("MD Centred", False, WD_ALIGN_PARAGRAPH.CENTER, 0),
    Role.RULE: ("MD Rule", False, WD_ALIGN_PARAGRAPH.CENTER, 0),
    Role.LABEL: ("MD Label", True, WD_ALIGN_PARAGRAPH.LEFT, 0),
    Role.SECTION: ("MD Agenda Section", True, WD_ALIGN_PARAGRAPH.LEFT, 0),
    Role.ITEM: ("MD Agenda Item", True, WD_ALIGN_PARAGRAPH.LEFT, 0),
    Role.BODY: ("MD Body", False, WD_ALIGN_PARAGRAPH.THAI_JUSTIFY, INDENT_CM),
    Role.RESOLUTION: ("MD Resolution", False, WD_ALIGN_PARAGRAPH.THAI_JUSTIFY, 0),
    Role.LIST: ("MD List", False, WD_ALIGN_PARAGRAPH.LEFT, 0),
    Role.NOTE: ("MD Note", False, WD_ALIGN_PARAGRAPH.LEFT, 0),
}
# Headings stay with what they head (as the PDF's roles do); a heading alone at the foot of a page is a defect.
KEEP_WITH_NEXT = {Role.TITLE, Role.CENTER, Role.LABEL, Role.SECTION, Role.ITEM}
PERSON_COLUMNS_CM = (1.2, 7.0)  # number, name; the role takes the rest of the line
SIGNATURE_STYLE = "MD Signature"
SIGNATURE_DOTS = "." * 30


def thai_font(element: object, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Set the Thai (complex-script) font, size and bold on a style's or run's ``w:rPr``."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), font)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            node = rpr.find(qn(tag))
            if node is None:
                node = OxmlElement(tag)
                rpr.append(node)
            node.set(qn("w:val"), str(int(size_pt * 2)))
    if bold is not None:
        for tag in ("w:b", "w:bCs"):
            node = rpr.find(qn(tag))
            if bold and node is None:
                rpr.append(OxmlElement(tag))
            elif not bold and node is not None:
                rpr.remove(node)


def _prepare(doc: object, font: str) -> None:
    styles = doc.styles  # type: ignore[attr-defined]
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            fonts = rpr_default.find(qn("w:rPr")).find(qn("w:rFonts"))
            if fonts is not None:
                for attr in _THEME_ATTRS:
                    fonts.attrib.pop(qn(attr), None)
                for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    fonts.set(qn(slot), font)
    normal = styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(SIZE_PT)
    thai_font(normal.element, font, SIZE_PT, bold=False)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    for name, bold, align, first in STYLES.values():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.bold = bold
        thai_font(style.element, font, SIZE_PT, bold=bold)
        style.paragraph_format.alignment = align
        style.paragraph_format.first_line_indent = Cm(first) if first else None
    for role in KEEP_WITH_NEXT:
        styles[STYLES[role][0]].paragraph_format.keep_with_next = True
    styles[STYLES[Role.SECTION][0]].paragraph_format.space_before = Pt(6)
    styles[STYLES[Role.LABEL][0]].paragraph_format.space_before = Pt(6)
    styles[STYLES[Role.NOTE][0]].paragraph_format.space_before = Pt(12)
    signature = styles.add_style(SIGNATURE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    signature.base_style = normal
    thai_font(signature.element, font, SIZE_PT, bold=False)
    signature.paragraph_format.left_indent = Cm(SIGNATURE_INDENT_CM)
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The signatures keep together and with the certification line after them (เลิกประชุมเวลา, a label, keeps with
    # the first); a lone signature at the top of a page is not a record anyone signs.
    signature.paragraph_format.keep_with_next = True


def _page(doc: object, document: Document, font: str) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(MARGINS_CM["left"]), Cm(MARGINS_CM["right"])
    section.top_margin, section.bottom_margin = Cm(MARGINS_CM["top"]), Cm(MARGINS_CM["bottom"])
    section.header_distance = Cm(1.2)
    # Page numbers from page 2 on, centred at the top: "- 2 -". The first page has its own (empty) header.
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(header, "- ", font)
    _page_field(header, font, thai=document.thai_digits)
    _run(header, " -", font)
    if document.mark:
        for part in (section.header, section.first_page_header):
            para = part.add_paragraph() if part is section.header else part.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(para, document.mark, font, bold=True)


def _run(paragraph: object, text: str, font: str, *, bold: bool = False) -> object:
    run = paragraph.add_run(text)  # type: ignore[attr-defined]
    if bold:
        run.bold = True
    thai_font(run._r, font, None, bold=True if bold else None)
    return run


def _page_field(paragraph: object, font: str, *, thai: bool) -> None:
    """A PAGE field; ``\\* ThaiArabic`` asks Word for Thai digits."""
    instruction = " PAGE \\* ThaiArabic " if thai else " PAGE "
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", "2"), ("end", None)):
        run = paragraph.add_run()  # type: ignore[attr-defined]
        thai_font(run._r, font)
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        elif kind == "text":
            node = OxmlElement("w:t")
            node.text = text
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)


def write_docx(document: Document, path: Path, *, font: str = DEFAULT_FONT, template: Path | None = None) -> None:
    """Write ``document`` to ``path`` (optionally on the office's own template: letterhead, margins)."""
    doc = new_docx(str(template)) if template else new_docx()
    if template:  # the template's own body text is an example, not ours to keep
        body = doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    _prepare(doc, font)
    if not template:
        _page(doc, document, font)
    doc.core_properties.title = document.title
    doc.core_properties.author = "MeetingDesk"
    doc.core_properties.language = "th-TH"
    rows: list[PersonRow] = []  # consecutive person lines become one borderless table
    for block, before in zip([*document.blocks, None], [None, *document.blocks], strict=True):
        if rows and not isinstance(block, PersonRow):
            _people(doc, rows, font)
            rows = []
        if block is None:
            break
        if isinstance(block, Para):
            name = STYLES[block.role][0]
            para = doc.add_paragraph(style=name)
            if block.indent:
                para.paragraph_format.left_indent = Cm(INDENT_CM * block.indent)
            if block.bold_prefix:
                _run(para, block.bold_prefix, font, bold=True)
                if block.text:
                    _run(para, "  " + block.text, font)
            else:
                _run(para, block.text, font)
        elif isinstance(block, PersonRow):
            rows.append(block)
            continue
        elif isinstance(block, Signature):
            if isinstance(before, Para):  # the signature stands with the line before it
                doc.paragraphs[-1].paragraph_format.keep_with_next = True
            doc.add_paragraph(style=SIGNATURE_STYLE)
            for line in (
                f"(ลงชื่อ) {SIGNATURE_DOTS} {block.label}",
                f"({block.name})" if block.name else f"({SIGNATURE_DOTS})",
                block.position,
            ):
                _run(doc.add_paragraph(style=SIGNATURE_STYLE), line, font)
        elif isinstance(block, Table):
            if isinstance(before, Para):  # what introduces a table (มติที่ประชุม …) stands with its first rows
                doc.paragraphs[-1].paragraph_format.keep_with_next = True
            _table(doc, block, font)
        elif isinstance(block, Figure):
            _figure(doc, block, document.thai_digits)
    doc.save(str(path))


def _figure(doc: object, block: Figure, thai_digits: bool) -> None:
    """A chart as a picture across the text width, under its title (drawn with the bundled Sarabun: a picture
    cannot use the TH Sarabun the reader's Word has)."""
    import io
    from dataclasses import replace

    from PIL import ImageFont

    from meetingdesk.domain.thai.digits import digits
    from meetingdesk.exports.charts import LOOKS, Look, chart_png, layout
    from meetingdesk.exports.fonts import PdfFont

    font = PdfFont.choose()
    faces: dict[float, object] = {}

    def measure(text: str, size: float) -> float:
        face = faces.get(size) or faces.setdefault(size, ImageFont.truetype(str(font.regular), size * 10))
        return float(face.getlength(text)) / 10  # type: ignore[attr-defined]

    width_pt = (21.0 - MARGINS_CM["left"] - MARGINS_CM["right"]) / 2.54 * 72
    drawing = layout(block.chart, LOOKS.get(block.look, Look(("#1e88e5",))), width_pt, measure, font.size * 0.82)
    drawing = replace(drawing, texts=[replace(t, text=digits(t.text, thai_digits)) for t in drawing.texts])
    # In the paragraph of its title (the one just written), after a line break: LibreOffice does not keep a
    # title with the picture paragraph after it (keepNext ignored), and a title alone at a page's foot reads wrong.
    para = doc.paragraphs[-1]  # type: ignore[attr-defined]
    para.add_run().add_break()
    para.add_run().add_picture(io.BytesIO(chart_png(drawing, font.regular)), width=Cm(width_pt / 72 * 2.54))


def _fix_widths(table: object, widths_cm: list[float]) -> None:
    """Fixed column widths: Word reads the cells' widths, LibreOffice the table grid; set both."""
    table.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(table.columns, widths_cm, strict=True):  # type: ignore[attr-defined]
        column.width = Cm(width)


def _people(doc: object, rows: list[PersonRow], font: str) -> None:
    """Numbered people with their roles, aligned in columns that wrap cleanly (a table without borders)."""
    table = doc.add_table(rows=0, cols=3)  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    text_width = 21.0 - MARGINS_CM["left"] - MARGINS_CM["right"]
    widths = [*PERSON_COLUMNS_CM, text_width - INDENT_CM - sum(PERSON_COLUMNS_CM)]
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(int(INDENT_CM * 567)))  # twentieths of a point per cm
    indent.set(qn("w:type"), "dxa")
    table._tbl.tblPr.append(indent)
    _fix_widths(table, widths)
    for person in rows:
        cells = table.add_row().cells
        for cell, text, width in zip(cells, (person.number, person.name, person.role), widths, strict=True):
            cell.width = Cm(width)
            _run(cell.paragraphs[0], text, font)


def _row_flags(row: object, *tags: str) -> None:
    """Set on/off flags of a row's ``w:trPr`` (``w:tblHeader``, ``w:cantSplit``)."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    for tag in tags:
        if properties.find(qn(tag)) is None:
            properties.append(OxmlElement(tag))


def _table(doc: object, block: Table, font: str) -> None:
    table = doc.add_table(rows=1, cols=len(block.header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = 21.0 - MARGINS_CM["left"] - MARGINS_CM["right"]
    _fix_widths(table, [width * f for f in block.widths])
    for cell, text, fraction in zip(table.rows[0].cells, block.header, block.widths, strict=True):
        cell.width = Cm(width * fraction)
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.keep_with_next = True  # the header row stays with the first row under it
        _run(para, text, font, bold=True)
    _row_flags(table.rows[0], "w:tblHeader", "w:cantSplit")  # repeated on every page the table runs onto
    for values in block.rows:
        row = table.add_row()
        _row_flags(row, "w:cantSplit")  # a row is read whole: never half on one page, half on the next
        if block.row_height_cm:
            row.height = Cm(block.row_height_cm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for index, (cell, text, fraction) in enumerate(zip(row.cells, values, block.widths, strict=True)):
            cell.width = Cm(width * fraction)
            para = cell.paragraphs[0]
            para.alignment = _CELL_ALIGN[block.alignment(index)]
            _run(para, text, font)


_CELL_ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}
