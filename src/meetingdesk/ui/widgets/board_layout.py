"""Where the projector's board puts everything: the font size at which the whole board shows, groups in
columns, and pages once the font would drop below what the back row reads. Text is ``board_text``'s; painting is
``projector_board``'s. Tests read the plan (rectangles, lines, size, page), not pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QRectF

from meetingdesk.techniques.board import Board, BoardCard, BoardColumn
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.widgets.board_flow import Block, Flowed, PageOf, Pour, slot_of
from meetingdesk.ui.widgets.board_text import Measurer, Wrapped

# Sizes are fractions of the projected image's height (the projector window), so they hold at any resolution.
# The floor, readable from 5 m: ANSI/HFES 100 asks characters of at least 16 arc-minutes, 23 mm at 5 m. A room
# whose back row is 5 m away projects an image about 1.5 m high (the back row within 3-4 image heights), so the
# Thai letter body (ก is 0.586 em in Sarabun) needs 23/1500 of the image: an em of 1/38 of its height (19 px at
# 720p, 28 px at 1080p), and never under 18 px.
FLOOR_FRACTION = 38
FLOOR_MIN_PX = 18
CAP_FRACTION = 18  # the largest card text: a dozen short cards need no more (40 px at 720p)
SHORTLIST_CAP_FRACTION = 12
MAX_LINES = 3
HEADER_LINES = 2
MIN_SLOT_EM = 9  # a column narrower than 9 em holds a dozen Thai letters a line: too few to read a card by
PAD, CARD_GAP, SLOT_GAP, GROUP_GAP = 0.3, 0.25, 0.5, 0.6  # in em; PAD holds the marks above and below a line
HEAD_TOP, HEAD_RULE = 0.25, 0.35  # em above a group's name (its marks) and between the name and the cards
CODE_SCALE = 0.6  # the speaker's code, small before the text
PAGE_SCALE = 0.9  # the page number: a little under the cards' text, still read from the back

WORDS = {
    "th": {"ungrouped": "ยังไม่จัดกลุ่ม", "continued": " (ต่อ)", "page": "หน้า {0}/{1}", "dots": "{0} คะแนน"},
    "en": {"ungrouped": "Not grouped", "continued": " (cont.)", "page": "Page {0}/{1}", "dots": "{0} dots"},
}


@dataclass(frozen=True)
class CardBox:
    card_id: int
    rect: QRectF  # the note
    text_rect: QRectF  # the lines; the first starts code_width in
    code: str
    code_width: float
    lines: tuple[str, ...]
    offsets: tuple[float, ...]  # each line's baseline below the first's (the first is ascent below text_rect's top)
    elided: bool
    dots: str  # "● 7" once revealed (and any), else ""
    dots_rect: QRectF  # inside rect, beside the text, never over it; empty without dots


@dataclass(frozen=True)
class HeaderBox:
    cluster_id: int | None
    rect: QRectF
    lines: tuple[str, ...]  # empty for a column's continuation on the same page (the rule carries on)
    offsets: tuple[float, ...]  # the last line sits on rect's bottom
    continued: bool
    dots: str
    dots_rect: QRectF


@dataclass(frozen=True)
class RankBox:
    rank: int
    rect: QRectF
    rank_width: float
    lines: tuple[str, ...]
    offsets: tuple[float, ...]
    dots: str  # "7 คะแนน"
    dots_rect: QRectF


@dataclass(frozen=True)
class BoardPlan:
    px: int  # card text size
    floor_px: int
    cap_px: int
    line_height: float
    ascent: float
    slots: int = 0  # columns across the page
    slot_width: float = 0.0
    page: int = 0  # shown, counted from 0
    pages: int = 1
    headers: tuple[HeaderBox, ...] = ()
    cards: tuple[CardBox, ...] = ()
    ranks: tuple[RankBox, ...] = ()
    hidden_ranks: int = 0  # shortlist items past the floor's room
    page_label: str = ""
    page_rect: QRectF = field(default_factory=QRectF)
    page_of_card: Mapping[int, int] = field(default_factory=dict)


def _largest(fits: Callable[[int], bool], lo: int, hi: int, hint: int | None) -> int | None:
    """The largest size in [lo, hi] that fits (taken as monotone), or None. It starts from the last answer, so a
    new card mostly costs two checks, and a board past the floor one."""
    if hint is not None and lo <= hint <= hi and fits(hint):
        if hint == hi or not fits(hint + 1):
            return hint
        good, lo = hint + 1, hint + 2
    else:
        if hint is not None and lo <= hint <= hi:
            hi = hint - 1
        if not fits(lo):
            return None
        good, lo = lo, lo + 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if fits(mid):
            good, lo = mid, mid + 1
        else:
            hi = mid - 1
    return good


def _ranks(dots: Sequence[int]) -> list[int]:
    """Competition ranking of counts in descending order: 7, 5, 5, 2 are ranked 1, 2, 2, 4."""
    return [1 + sum(1 for other in dots if other > d) for d in dots]


class Arranger:
    """Plans the board for a widget's size; remembers the sizes last found, where the next search starts."""

    def __init__(self, measurer: Measurer) -> None:
        self.m = measurer
        self.words = WORDS[ui_lang()]
        self._hint: dict[str, int] = {}
        self._w = self._h = 1.0
        self._card_badges, self._card_digits = False, 1
        self._count = 0  # cards on the board
        self._band_lines = 1  # lines of the longest group name, in the last flow
        self._sized: dict[tuple[int, float], dict[tuple[str, str], tuple[float, Wrapped]]] = {}
        self._kept: Pour | None = None  # the last flow past the floor, where the next card goes on

    def arrange(self, board: Board, width: float, height: float, screen_height: float) -> BoardPlan:
        self._w, self._h = max(1.0, width), max(1.0, height)
        floor = max(FLOOR_MIN_PX, round(screen_height / FLOOR_FRACTION))
        if board.shortlist:
            return self._shortlist(board, floor, max(floor, round(screen_height / SHORTLIST_CAP_FRACTION)))
        cap = max(floor, round(screen_height / CAP_FRACTION))
        columns = board.columns
        most = max((card.dots for column in columns for card in column.cards), default=0)
        self._card_badges, self._card_digits = most > 0, len(str(most))
        self._count = sum(len(column.cards) for column in columns)
        # Every card whole first (a smaller size, or groups stacked, rather than "…" while there is room), one
        # group a column if it can be; then up to three lines a card.
        modes = (("strict whole", False, True), ("stacked whole", True, True), ("strict", False, False),
                 ("stacked", True, False))  # fmt: skip
        for mode, stack, whole in modes:
            px = _largest(partial(self._fits, columns, stack, whole), floor, cap, self._hint.get(mode))
            if px is not None:
                self._hint[mode] = px
                fitted = self._fit(columns, px, stack)
                assert fitted is not None
                return self._plan(board, px, *fitted, floor, cap)
        # Past the floor: pages of as many columns as fit, at the floor's size, groups stacked to fill them.
        slots = self._max_slots(floor)
        flowed = self._flow(columns, floor, self._slot_width(slots, floor), self._h - self._page_strip(floor), True)
        assert flowed is not None
        return self._plan(board, floor, slots, flowed, floor, cap)

    # --- measuring the board at a size ---------------------------------------------------------------------

    def _max_slots(self, px: int) -> int:
        return max(1, int((self._w + SLOT_GAP * px) // ((MIN_SLOT_EM + SLOT_GAP) * px)))

    def _slot_width(self, slots: int, px: int) -> float:
        return (self._w - (slots - 1) * SLOT_GAP * px) / slots

    def _page_strip(self, px: int) -> float:
        return self.m.metrics(px * PAGE_SCALE).lineSpacing()

    def _fits(self, columns: Sequence[BoardColumn], stack: bool, whole: bool, px: int) -> bool:
        fitted = self._fit(columns, px, stack)
        if fitted is None or not whole:
            return fitted is not None
        return not any(wrapped.elided for slot in fitted[1] for block in slot for *_card, wrapped in block.cards)

    def _fit(self, columns: Sequence[BoardColumn], px: int, stack: bool) -> tuple[int, Flowed] | None:
        """The fewest slots (the widest columns) in which every card shows at ``px``, or None."""
        if self._count * (2 * PAD * px + self.m.metrics(px).lineSpacing()) > self._max_slots(px) * self._h:
            return None  # even one line a card would not fit: a board past the floor costs no search
        for slots in range(1 if stack else max(1, len(columns)), self._max_slots(px) + 1):
            flowed = self._flow(columns, px, self._slot_width(slots, px), self._h, stack, limit=slots)
            if flowed is not None:
                return slots, flowed
        return None

    def _badge_width(self, px: float, dots: int | None = None) -> float:
        """A dot and its count; without ``dots``, room for the board's largest card count."""
        digits = len(str(dots)) if dots is not None else self._card_digits
        return 0.75 * px + self.m.width("8" * digits, px * 0.85, True)

    def _name(self, column: BoardColumn) -> str:
        return column.name or self.words["ungrouped"]

    def _header_room(self, px: int, width: float, dots: int) -> float:
        return width - (self._badge_width(px, dots) + 0.3 * px if dots else 0.0)

    def _header(self, name: str, px: int, width: float, dots: int) -> Wrapped:
        return self.m.wrap(name, px, self._header_room(px, width, dots), max_lines=HEADER_LINES, bold=True)

    def _continued(self, column: BoardColumn, px: int, width: float, lines: int) -> Wrapped:
        """A group going on from the page before: its name and "(ต่อ)" in the name's lines (the name elided)."""
        whole = self._header(self._name(column) + self.words["continued"], px, width, column.dots)
        if len(whole.lines) <= lines:
            return whole
        room = self._header_room(px, width, column.dots) - self.m.width(self.words["continued"], px, True)
        name = self.m.wrap(self._name(column), px, room, max_lines=lines, bold=True)
        return Wrapped((*name.lines[:-1], name.lines[-1] + self.words["continued"]), True, name.offsets, name.height)

    def _header_band(self, columns: Sequence[BoardColumn], px: int, width: float) -> float:
        """One height for every group's header (names sit on their rules, so the columns line up): room for the
        longest name in up to two lines; none while there are no groups."""
        if len(columns) == 1 and columns[0].cluster_id is None:
            return 0.0  # no group yet: nothing to tell the cards apart from, so no header at all
        tallest, self._band_lines = self.m.metrics(px, True).lineSpacing(), 1
        for column in columns:
            name = self._header(self._name(column), px, width, column.dots)
            tallest, self._band_lines = max(tallest, name.height), max(self._band_lines, len(name.lines))
        return (HEAD_TOP + HEAD_RULE) * px + tallest

    def _text_width(self, px: int, slot_width: float) -> float:
        badge = self._badge_width(px) + 0.25 * px if self._card_badges else 0.0
        return slot_width - 2 * PAD * px - badge

    def _code_width(self, code: str, px: int) -> float:
        return self.m.width(code, px * CODE_SCALE) + 0.3 * px if code else 0.0

    def _sizes(self, px: int, text_width: float) -> dict[tuple[str, str], tuple[float, Wrapped]]:
        """Cards' heights and lines at a size and width, by (text, code): a flow over 1,000 cards looks each up."""
        key = (px, round(text_width, 1))
        if key not in self._sized and len(self._sized) > 64:
            self._sized.clear()
        return self._sized.setdefault(key, {})

    def _card(self, card: BoardCard, px: int, text_width: float) -> tuple[float, Wrapped]:
        wrapped = self.m.wrap(card.text, px, text_width, self._code_width(card.code, px), MAX_LINES)
        return 2 * PAD * px + wrapped.height, wrapped

    def _flow(
        self, columns: Sequence[BoardColumn], px: int, slot_width: float, height: float, stack: bool, limit: int = 0
    ) -> Flowed | None:
        """Groups poured into slots ``height`` high: a group that runs over goes on in the next slot (continued);
        with ``stack`` a group starts under the previous one when its header and first card fit there. None as
        soon as more than ``limit`` slots are needed. Without a limit (a board past the floor, the one flow that
        grows with the board) a board that only gained cards at its end goes on from the last flow: a card typed
        on a 2,000-card board costs the same as on a small one."""
        text_width = self._text_width(px, slot_width)
        header = self._header_band(columns, px, slot_width)
        sizes, gap = self._sizes(px, text_width), CARD_GAP * px
        key = (px, slot_width, height, stack, header, text_width)
        kept = self._kept if not limit else None
        if kept is not None and kept.key == key and kept.extends(columns):
            pour, start, skip = kept, len(columns) - 1, len(kept.columns[-1].cards)
        else:
            pour, start, skip = Pour(key, (), [[]], {}), 0, 0
        slots, y = pour.slots, pour.y
        for index in range(start, len(columns)):
            column = columns[index]
            if skip:  # the last column goes on: its last block is the last one poured
                block = slots[-1][-1]
            else:
                first = self._card(column.cards[0], px, text_width)[0] if column.cards else 0.0
                if slots[-1] and (not stack or y + header + first > height):
                    slots.append([])
                    y = 0.0
                block = Block(index, False, y, header)
                slots[-1].append(block)
                y += header
            for card in column.cards[skip:] if skip else column.cards:
                sized = sizes.get((card.text, card.code))
                if sized is None:
                    sized = sizes[card.text, card.code] = self._card(card, px, text_width)
                card_height, wrapped = sized
                if block.cards and y + card_height > height:
                    block = Block(index, True, 0.0, header)
                    slots.append([block])
                    y = block.header
                    if limit and len(slots) > limit:
                        return None
                block.cards.append((card, y, card_height, wrapped))
                if not limit:
                    pour.slot_of[card.id] = (len(slots) - 1, len(pour.slot_of))
                y += card_height + gap
            skip = 0
            pour.y = y  # below the last card, before the gap after its group (where the next card goes)
            y += GROUP_GAP * px - CARD_GAP * px
            if limit and len(slots) > limit:
                return None
        if not limit:
            pour.columns, self._kept = tuple(columns), pour
        return slots

    # --- the page shown ------------------------------------------------------------------------------------

    def _plan(self, board: Board, px: int, slots: int, flowed: Flowed, floor: int, cap: int) -> BoardPlan:
        slot_width = self._slot_width(slots, px)
        pages = [flowed[n : n + slots] for n in range(0, len(flowed), slots)]
        kept = self._kept if self._kept is not None and self._kept.slots is flowed else None
        page_of_card = PageOf(kept.slot_of if kept is not None else slot_of(flowed), slots)
        page = page_of_card.get(board.newest_card_id, 0) if board.newest_card_id is not None else 0
        metrics = self.m.metrics(px)
        line = metrics.lineSpacing()
        text_width = self._text_width(px, slot_width)
        headers: list[HeaderBox] = []
        cards: list[CardBox] = []
        named: set[int] = set()
        for n, slot in enumerate(pages[page]):
            x = n * (slot_width + SLOT_GAP * px)
            for block in slot:
                column = board.columns[block.column]
                if block.header:  # no header while there are no groups
                    # a group going on in the next column says so: its name and (ต่อ), never a bare rule
                    repeat = block.column in named and not block.continued
                    headers.append(self._header_box(column, block, x, slot_width, px, named=repeat))
                    named.add(block.column)
                for card, top, height, wrapped in block.cards:
                    note = QRectF(x, top, slot_width, height)
                    text = QRectF(x + PAD * px, top + PAD * px, text_width, height - 2 * PAD * px)
                    card_dots = f"● {card.dots}" if card.dots else ""
                    badge = self._badge_width(px)
                    dots_rect = (
                        QRectF(note.right() - PAD * px - badge, text.top(), badge, line) if card_dots else QRectF()
                    )
                    code_width = self._code_width(card.code, px)
                    cards.append(CardBox(card.id, note, text, card.code, code_width, wrapped.lines, wrapped.offsets,
                                         wrapped.elided, card_dots, dots_rect))  # fmt: skip
        label = self.words["page"].format(page + 1, len(pages)) if len(pages) > 1 else ""
        label_width, strip = self.m.width(label, px * PAGE_SCALE), self._page_strip(px)
        return BoardPlan(
            px, floor, cap, line, metrics.ascent(), slots, slot_width, page, len(pages), tuple(headers), tuple(cards),
            page_label=label, page_of_card=page_of_card,
            page_rect=QRectF(self._w - label_width, self._h - strip, label_width, strip) if label else QRectF(),
        )  # fmt: skip

    def _header_box(self, column: BoardColumn, block: Block, x: float, width: float, px: int, named: bool) -> HeaderBox:
        """A group's name on its rule, with its dots beside the last line; a continuation on a page the name is
        already on keeps the rule only, and one at the top of a page says (ต่อ)."""
        rect = QRectF(x, block.top + HEAD_TOP * px, width, block.header - (HEAD_TOP + HEAD_RULE) * px)
        if named:
            return HeaderBox(column.cluster_id, rect, (), (), block.continued, "", QRectF())
        name = self._header(self._name(column), px, width, column.dots)
        if block.continued:
            name = self._continued(column, px, width, self._band_lines)
        dots, dots_rect = "", QRectF()
        if column.dots:
            line = self.m.metrics(px, True).lineSpacing()
            badge = self._badge_width(px, column.dots)
            dots, dots_rect = f"● {column.dots}", QRectF(rect.right() - badge, rect.bottom() - line, badge, line)
        return HeaderBox(column.cluster_id, rect, name.lines, name.offsets, block.continued, dots, dots_rect)

    # --- the shortlist -------------------------------------------------------------------------------------

    def _shortlist(self, board: Board, floor: int, cap: int) -> BoardPlan:
        """The ranked list instead of the board: "1. name — 7 dots", most dots first, fitted like the board."""
        items = sorted(board.shortlist, key=lambda item: -item.dots)  # ties keep the console's order
        ranks = _ranks([item.dots for item in items])
        labels = [self.words["dots"].format(item.dots) for item in items]
        labels = ["1 dot" if label == "1 dots" else label for label in labels]

        def rows(px: int) -> tuple[float, float, list[tuple[float, Wrapped]]]:
            rank_width = max(self.m.width(f"{r}.", px, True) for r in ranks) + 0.4 * px
            dots_width = max(self.m.width(label, px, True) for label in labels)
            room = self._w - 2 * PAD * px - rank_width - dots_width - 0.6 * px
            out = []
            for item in items:
                wrapped = self.m.wrap(item.text, px, room, max_lines=2)
                out.append((2 * PAD * px + wrapped.height, wrapped))
            return rank_width, dots_width, out

        def fits(px: int) -> bool:
            return sum(h for h, _w in rows(px)[2]) + (len(items) - 1) * 2 * CARD_GAP * px <= self._h

        px = _largest(fits, floor, cap, self._hint.get("shortlist")) or floor
        self._hint["shortlist"] = px
        rank_width, dots_width, measured = rows(px)
        boxes: list[RankBox] = []
        y = 0.0
        for rank, label, (height, wrapped) in zip(ranks, labels, measured, strict=True):
            if y + height > self._h:
                break
            rect = QRectF(0, y, self._w, height)
            dots_rect = QRectF(rect.right() - PAD * px - dots_width, y + PAD * px, dots_width, height - 2 * PAD * px)
            boxes.append(RankBox(rank, rect, rank_width, wrapped.lines, wrapped.offsets, label, dots_rect))
            y += height + 2 * CARD_GAP * px
        metrics = self.m.metrics(px)
        return BoardPlan(px, floor, cap, metrics.lineSpacing(), metrics.ascent(), ranks=tuple(boxes),
                         hidden_ranks=len(items) - len(boxes))  # fmt: skip
