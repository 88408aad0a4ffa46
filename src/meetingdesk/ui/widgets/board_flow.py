"""The projector board's flow: groups poured into columns ("slots") a page high, and what a flow keeps so that
a card added at the board's end goes on from where the last flow stopped (``board_layout.Arranger`` pours).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice

from meetingdesk.techniques.board import BoardCard, BoardColumn
from meetingdesk.ui.widgets.board_text import Wrapped


@dataclass
class Block:
    """A group's run of cards within one slot; tops are from the slot's top."""

    column: int
    continued: bool
    top: float
    header: float
    cards: list[tuple[BoardCard, float, float, Wrapped]] = field(default_factory=list)  # card, top, height, lines


Flowed = list[list[Block]]


@dataclass
class Pour:
    """A flow past the floor, kept so that cards added at the board's end go on from where it stopped."""

    key: tuple[object, ...]  # the size, the slot, the header band: any change starts again
    columns: tuple[BoardColumn, ...]
    slots: Flowed
    slot_of: dict[int, tuple[int, int]]  # card id → (its slot, the order it was poured in)
    y: float = 0.0  # in the last slot, where the last group's next card goes

    def extends(self, columns: Sequence[BoardColumn]) -> bool:
        """``columns`` are these with cards added at the end of the last group only."""
        old = self.columns
        if len(columns) != len(old) or not old or tuple(columns[:-1]) != old[:-1]:
            return False
        was, now = old[-1], columns[-1]
        return (now.cluster_id, now.name, now.dots) == (was.cluster_id, was.name, was.dots) and (
            now.cards[: len(was.cards)] == was.cards
        )


def slot_of(flowed: Flowed) -> dict[int, tuple[int, int]]:
    cards = (card.id for slot in flowed for block in slot for card, *_rest in block.cards)
    slot = (n for n, slot in enumerate(flowed) for block in slot for _card in block.cards)
    return {card_id: (n, order) for order, (card_id, n) in enumerate(zip(cards, slot, strict=True))}


class PageOf(Mapping[int, int]):
    """Each card's page, read from a flow's slots without copying them (a later flow may add cards to the same
    table: those are not this plan's)."""

    def __init__(self, slot_of: dict[int, tuple[int, int]], slots: int) -> None:
        self._slot_of, self._slots, self._count = slot_of, max(1, slots), len(slot_of)

    def __getitem__(self, card_id: int) -> int:
        slot, order = self._slot_of[card_id]
        if order >= self._count:
            raise KeyError(card_id)
        return slot // self._slots

    def __iter__(self) -> Iterator[int]:
        return islice(self._slot_of, self._count)

    def __len__(self) -> int:
        return self._count
