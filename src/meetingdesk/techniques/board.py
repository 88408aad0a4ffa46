"""What the projector shows of a session's board, as plain data (no Qt, no database).

The console builds a ``Board`` from what it holds and hands it to the projector; the projector only lays it
out and paints it. Anonymity and hidden votes are applied here, before anything reaches the room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from meetingdesk.domain.enums import CardKind, QuestionStatus, Technique
from meetingdesk.techniques.catalog import Stage


@dataclass(frozen=True, slots=True)
class BoardCard:
    id: int
    text: str
    code: str  # the speaker's code ("P3"), "" when anonymous or not given
    dots: int  # 0 unless the votes are revealed


@dataclass(frozen=True, slots=True)
class BoardColumn:
    cluster_id: int | None  # None: the cards not yet in a group
    name: str  # the group's name; "" for the ungrouped column (the projector names it in its language)
    dots: int  # 0 unless the votes are revealed
    cards: tuple[BoardCard, ...]


@dataclass(frozen=True, slots=True)
class RankedItem:
    text: str
    dots: int


@dataclass(frozen=True, slots=True)
class Board:
    columns: tuple[BoardColumn, ...]
    newest_card_id: int | None = None  # the page shown follows this card when the board needs paging
    revealed: bool = False  # votes are shown beside cards and groups
    shortlist: tuple[RankedItem, ...] = ()  # when not empty, the projector shows this ranked list instead


def build_board(
    cards: list[tuple[int, str, str, int | None]],
    clusters: list[tuple[int, str]],
    *,
    card_dots: dict[int, int] | None = None,
    cluster_dots: dict[int, int] | None = None,
    anonymous: bool = False,
    revealed: bool = False,
    newest_card_id: int | None = None,
    shortlist: list[tuple[str, int]] | None = None,
    cache: dict[tuple[int, str, str, int], BoardCard] | None = None,
) -> Board:
    """The board from ``cards`` (id, text, code, cluster id) in capture order and ``clusters`` (id, name) in
    their order. An ungrouped column comes first when any card is ungrouped (or no group exists yet); codes are
    dropped when the session is anonymous; dots are dropped until revealed."""
    card_dots = card_dots or {}
    if cache is not None and len(cache) > 2 * len(cards) + 100:
        cache.clear()  # cards edited or gone: start again rather than grow
    cluster_dots = cluster_dots or {}
    by_cluster: dict[int | None, list[BoardCard]] = {None: []}
    by_cluster.update({cluster_id: [] for cluster_id, _name in clusters})
    for card_id, text, code, cluster_id in cards:
        target = cluster_id if cluster_id in by_cluster else None
        key = (card_id, text, "" if anonymous else code, card_dots.get(card_id, 0) if revealed else 0)
        card = cache.get(key) if cache is not None else None
        if card is None:
            card = BoardCard(*key)
            if cache is not None:
                cache[key] = card
        by_cluster[target].append(card)
    columns = []
    if by_cluster[None] or not clusters:
        columns.append(BoardColumn(None, "", 0, tuple(by_cluster[None])))
    columns += [
        BoardColumn(cluster_id, name, cluster_dots.get(cluster_id, 0) if revealed else 0, tuple(by_cluster[cluster_id]))
        for cluster_id, name in clusters
    ]
    ranked = tuple(RankedItem(text, dots) for text, dots in (shortlist or []))
    return Board(tuple(columns), newest_card_id, revealed, ranked if revealed else ())


class _Shown(Protocol):
    @property
    def kind(self) -> CardKind | None: ...

    @property
    def question_id(self) -> int | None: ...


C = TypeVar("C", bound=_Shown)


def in_the_room(technique: Technique, stage: Stage, cards: Sequence[C], *, question_id: int | None = None) -> list[C]:
    """The cards the room sees at ``stage``: in a focus group's discussion the responses to the question being
    discussed, at its other stages the group's conclusions; in su-ji-pu-li the current step's own (key points,
    reflections, questions, or the write-up with its lessons); in the other techniques all of them."""
    if technique is Technique.FOCUS_GROUP:
        if stage.key == "discuss":
            return [c for c in cards if c.question_id == question_id and c.kind is not CardKind.CONCLUSION]
        return [c for c in cards if c.kind is CardKind.CONCLUSION]
    if technique is Technique.SUJIPULI and stage.input is not None:
        wanted = {stage.input, CardKind.LESSON} if stage.input is CardKind.CONCLUSION else {stage.input}
        return [c for c in cards if c.kind in wanted]
    return list(cards)


# A question's state at a glance, the same on the console's queue and the projector.
QUESTION_MARKS = {QuestionStatus.OPEN: "?", QuestionStatus.ANSWERED: "✓", QuestionStatus.DEFERRED: "→"}


def as_asked(text: str, status: QuestionStatus | None, asked_to: str, lang: str) -> str:
    """A su-ji-pu-li question as the room sees it in the ask step: whether it was answered or carried over (first,
    so it shows however short the card), and whom it was put to — the queue's state at a glance."""
    mark = ""
    if status is not None and status is not QuestionStatus.OPEN:
        mark = f"{QUESTION_MARKS[status]} {status.label(lang)}: "
    to = (f" (ถึง {asked_to})" if lang != "en" else f" (to {asked_to})") if asked_to else ""
    return f"{mark}{text}{to}"
