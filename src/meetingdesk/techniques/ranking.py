"""Dot-vote ranking, as a pure function: groups and the ungrouped cards that got dots, most dots first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Ranked:
    kind: str  # card | cluster
    id: int
    text: str
    dots: int


def rank(
    groups: Iterable[tuple[int, str]],
    loose_cards: Iterable[tuple[int, str]],
    dots: Mapping[tuple[str, int], int],
) -> list[Ranked]:
    """Every group (with or without dots) and each ungrouped card that has dots, by dots (most first); ties keep
    groups before cards and the earlier one first. ``dots`` is keyed ("cluster" | "card", id)."""
    rows = [Ranked("cluster", gid, name, dots.get(("cluster", gid), 0)) for gid, name in groups]
    rows += [
        Ranked("card", cid, text, dots.get(("card", cid), 0)) for cid, text in loose_cards if dots.get(("card", cid))
    ]
    return sorted(rows, key=lambda r: (-r.dots, r.kind, r.id))
