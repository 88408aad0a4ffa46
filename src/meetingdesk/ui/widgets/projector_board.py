"""The projector's board: a ``Board`` painted for a room to read from the back. Groups in columns, cards as
notes wrapped between Thai words (three lines at most), the font as large as lets the whole board show, pages
past the floor's size, votes beside cards and groups once revealed, and the ranked shortlist. Where everything
goes is ``board_layout``'s plan, which tests read; this widget only paints it.

Lines are painted as ``QStaticText``, kept by (text, size, weight): a card's lines are shaped once, not on every
paint (a drop or an Enter moves cards, seldom changes their lines). The pixels are ``drawText``'s (identical at a
device pixel ratio of 1); a page of 35 cards paints in 1.6 ms instead of 2.2 ms."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent, QPen, QResizeEvent, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget

from meetingdesk.techniques.board import Board
from meetingdesk.ui.widgets.board_layout import CODE_SCALE, PAD, PAGE_SCALE, Arranger, BoardPlan
from meetingdesk.ui.widgets.board_text import Measurer

_family: str | None = None


def board_family() -> str:
    """Sarabun, which the app ships for its PDFs: Thai on every projector, measured alike on every machine."""
    global _family
    if _family is None:
        from meetingdesk.exports.fonts import sarabun_file

        families: list[str] = []
        for weight in ("Regular", "Bold"):
            try:
                font_id = QFontDatabase.addApplicationFont(str(sarabun_file(weight)))
            except ImportError:  # a build without the font: the system's own
                font_id = -1
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else QFont().family()
    return _family


class ProjectorBoard(QWidget):
    BACKGROUND = QColor("#fdfdf8")
    NOTE = QColor("#fff8d6")
    EDGE = QColor("#d8d2b8")
    INK = QColor("#1b1b1b")
    MUTED = QColor("#6b6b6b")
    RULE = QColor("#b9a85a")
    DOT = QColor("#d9480f")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measurer = Measurer(board_family())
        self.arranger = Arranger(self.measurer)
        self.board = Board(())
        self.plan: BoardPlan = self.arranger.arrange(self.board, 1, 1, 720)
        self.paint_count = 0  # paints so far (the benchmark checks a change was painted)
        self._static: dict[tuple[str, float, bool], QStaticText] = {}  # shaped lines (_line)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_board(self, board: Board) -> None:
        if board != self.board:  # the console sends the board every second, mostly unchanged
            self.board = board
            self.rearrange()

    def rearrange(self) -> None:
        """Plan again for the board and the widget's size; sizes are reckoned on the whole projected image."""
        self.plan = self.arranger.arrange(self.board, self.width(), self.height(), self.window().height())
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rearrange()

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.BACKGROUND)
        plan = self.plan
        if plan.ranks:
            self._paint_ranks(painter, plan)
        else:
            self._paint_board(painter, plan)
        if plan.page_label:
            painter.setFont(self.measurer.font(plan.px * PAGE_SCALE))
            painter.setPen(self.MUTED)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(plan.page_rect, align, plan.page_label)
        painter.end()

    def _line(self, painter: QPainter, x: float, baseline: float, text: str, px: float, bold: bool = False) -> None:
        """``painter.drawText(QPointF(x, baseline), text)`` in the painter's font (the board's at ``px``), with
        the line shaped once and kept."""
        key = (text, px, bold)
        static = self._static.get(key)
        if static is None:
            if len(self._static) > 8192:  # a long session's edits and sizes: start again rather than grow
                self._static.clear()
            static = self._static[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
        painter.drawStaticText(QPointF(x, baseline - self.measurer.metrics(px, bold).ascent()), static)

    def _paint_board(self, painter: QPainter, plan: BoardPlan) -> None:
        px = plan.px
        bold = self.measurer.metrics(px, True)
        for header in plan.headers:
            rule = header.rect.bottom() + 0.1 * px
            painter.setPen(QPen(self.RULE, max(2.0, 0.08 * px)))
            painter.drawLine(QPointF(header.rect.left(), rule), QPointF(header.rect.right(), rule))
            painter.setFont(self.measurer.font(px, True))
            painter.setPen(self.MUTED if header.continued else self.INK)
            if header.lines:  # the last line sits on the rule
                first = header.rect.bottom() - bold.descent() - header.offsets[-1]
                for line, offset in zip(header.lines, header.offsets, strict=True):
                    self._line(painter, header.rect.left(), first + offset, line, px, True)
            if header.dots:
                self._paint_dots(painter, header.dots_rect, header.dots, px, header.dots_rect.height() - bold.descent())
        font, code_font = self.measurer.font(px), self.measurer.font(px * CODE_SCALE)
        radius = 0.18 * px
        for card in plan.cards:
            painter.setPen(QPen(self.EDGE, 1.0))
            painter.setBrush(self.NOTE)
            painter.drawRoundedRect(card.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            baseline = card.text_rect.top() + plan.ascent
            if card.code:
                painter.setFont(code_font)
                painter.setPen(self.MUTED)
                self._line(painter, card.text_rect.left(), baseline, card.code, px * CODE_SCALE)
            painter.setFont(font)
            painter.setPen(self.INK)
            for n, (line, offset) in enumerate(zip(card.lines, card.offsets, strict=True)):
                x = card.text_rect.left() + (card.code_width if n == 0 else 0.0)
                self._line(painter, x, baseline + offset, line, px)
            if card.dots:
                self._paint_dots(painter, card.dots_rect, card.dots, px, plan.ascent)

    def _paint_dots(self, painter: QPainter, rect: QRectF, dots: str, px: int, ascent: float) -> None:
        """A round sticky dot and the count beside it, on the first line's baseline."""
        diameter = 0.55 * px
        baseline = rect.top() + ascent
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.DOT)
        painter.drawEllipse(QRectF(rect.left() + 0.05 * px, baseline - 0.35 * px - diameter / 2, diameter, diameter))
        painter.setFont(self.measurer.font(px * 0.85, True))
        painter.setPen(self.INK)
        painter.drawText(QPointF(rect.left() + 0.75 * px, baseline), dots.split()[-1])

    def _paint_ranks(self, painter: QPainter, plan: BoardPlan) -> None:
        px = plan.px
        font, bold = self.measurer.font(px), self.measurer.font(px, True)
        radius = 0.18 * px
        for row in plan.ranks:
            painter.setPen(QPen(self.EDGE, 1.0))
            painter.setBrush(self.NOTE)
            painter.drawRoundedRect(row.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            left = row.rect.left() + PAD * px
            baseline = row.rect.top() + PAD * px + plan.ascent
            painter.setPen(self.INK)
            painter.setFont(bold)
            painter.drawText(QPointF(left, baseline), f"{row.rank}.")
            painter.drawText(
                QPointF(row.dots_rect.right() - self.measurer.width(row.dots, px, True), baseline), row.dots
            )
            painter.setFont(font)
            for line, offset in zip(row.lines, row.offsets, strict=True):
                painter.drawText(QPointF(left + row.rank_width, baseline + offset), line)
        if plan.hidden_ranks and plan.ranks:
            painter.setPen(self.MUTED)
            painter.setFont(self.measurer.font(px * PAGE_SCALE))
            last = plan.ranks[-1].rect
            painter.drawText(
                QPointF(last.left(), min(self.height() - 2.0, last.bottom() + plan.line_height * 0.6)), "…"
            )
