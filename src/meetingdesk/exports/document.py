"""A document as a list of blocks: composed once (``compose.py``), written as DOCX or PDF.

Blocks carry the text and its role; each writer decides how a role looks in its format (Word styles in DOCX,
paragraph styles in PDF), so both formats say exactly the same words in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from meetingdesk.domain.figures import Chart


class Role(StrEnum):
    TITLE = "title"  # centred, bold: รายงานการประชุม…
    CENTER = "center"  # centred lines under the title: ครั้งที่, เมื่อ, ณ
    RULE = "rule"  # the short line under the heading
    LABEL = "label"  # bold run-in heading: ผู้มาประชุม, เริ่มประชุมเวลา
    SECTION = "section"  # bold: ระเบียบวาระที่ 1 …
    ITEM = "item"  # bold, indented: 1.1 …
    BODY = "body"  # justified text, first line indented
    RESOLUTION = "resolution"  # มติที่ประชุม … (the label bold)
    LIST = "list"  # an indented line of a list (actions, amendments)
    NOTE = "note"  # small print: draft marking, confidentiality


@dataclass(frozen=True)
class Para:
    text: str
    role: Role = Role.BODY
    indent: int = 0  # in steps (1.25 cm)
    bold_prefix: str = ""  # bold words before the text (มติที่ประชุม)


@dataclass(frozen=True)
class PersonRow:
    """A numbered person line: ``1. นายสมชาย ใจดี ⇥ ประธานกรรมการ``."""

    number: str
    name: str
    role: str


@dataclass(frozen=True)
class Signature:
    label: str  # ผู้จดรายงานการประชุม
    name: str
    position: str


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width
    row_height_cm: float | None = 1.0  # the least height of a body row; None: as tall as its text
    align: str = ""  # one letter a column, l c r; "" = the first column centred, the others left

    def alignment(self, column: int) -> str:
        if self.align:
            return self.align[column]
        return "c" if column == 0 else "l"


@dataclass(frozen=True)
class Figure:
    """A chart, drawn by ``exports/charts.py`` across the text width (its title is a paragraph before it)."""

    chart: Chart
    look: str  # a key of ``charts.LOOKS``: colours and how the series stack


Block = Para | PersonRow | Signature | Table | Figure


@dataclass
class Document:
    title: str  # for the file's metadata
    blocks: list[Block] = field(default_factory=list)
    mark: str = ""  # "ร่าง" on every page, top right, for a draft
    thai_digits: bool = False  # page numbers in Thai digits too
    keep: tuple[str, ...] = ()  # spans a line never breaks inside: people's names (title, first name, surname)
