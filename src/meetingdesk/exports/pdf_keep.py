"""What the PDF keeps together across a page break: a table with the headings that introduce it (unless its
first rows fit under them), and the end of a record — เลิกประชุมเวลา, the signatures and the notes after them.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table

from meetingdesk.exports import document as d


def closing_kept_together(made: list[tuple[d.Block | None, Any]]) -> list[Any]:
    """The signatures stand together on one page, with the line just before them (เลิกประชุมเวลา) and the notes
    right after them (รับรองในการประชุมครั้งที่ …): a checker's signature or a certification line alone at the
    top of a page is not a record a secretary would sign."""

    def role(k: int) -> d.Role | None:
        block = made[k][0] if 0 <= k < len(made) else None
        return block.role if isinstance(block, d.Para) else None

    def signs(k: int) -> bool:
        return k < len(made) and isinstance(made[k][0], d.Signature)

    flow: list[Any] = []
    n = 0
    while n < len(made):
        if not signs(n):
            flow.append(made[n][1])
            n += 1
            continue
        group = [flow.pop()] if flow and isinstance(made[n - 1][0], d.Para) else []
        while signs(n):
            group.append(made[n][1])
            n += 1
        while role(n) is d.Role.NOTE:
            group.append(made[n][1])
            n += 1
        flow.append(KeepTogether(group))
    return flow


HEAD_ROLES = {d.Role.TITLE, d.Role.CENTER, d.Role.LABEL, d.Role.SECTION, d.Role.ITEM}
FIRST_ROWS = 2  # a table's heading goes to the next page unless this many of its rows fit under it


def headings_with_their_tables(made: list[tuple[d.Block | None, Any]]) -> list[tuple[d.Block | None, Any]]:
    """A table and what introduces it (the paragraph just before it, and the headings before that) become one
    flowable that starts a page only where the table's header and first rows fit too: a heading, or a decision's
    มติที่ประชุม line, alone at the foot of a page with its table on the next is a defect of the report."""
    out: list[tuple[d.Block | None, Any]] = []
    for block, flowable in made:
        if not isinstance(block, d.Table) or not out or not isinstance(out[-1][0], d.Para):
            out.append((block, flowable))
            continue
        heads = [out.pop()[1]]
        while out and isinstance(out[-1][0], d.Para) and out[-1][0].role in HEAD_ROLES:
            heads.insert(0, out.pop()[1])
        out.append((block, _HeadedTable(heads, flowable)))
    return out


class _HeadedTable(Flowable):  # type: ignore[misc]
    """Headings and a table: placed here when the headings, the table's header row and its first rows fit in
    the space left, else all moved to the next page; the table then splits between pages as usual."""

    def __init__(self, heads: list[Flowable], table: Table) -> None:
        super().__init__()
        self.heads = heads
        self.table = table

    def _heights(self, available_width: float, available_height: float) -> tuple[float, float]:
        """(the whole height, the height of the headings with the table's header and first rows)."""
        heads = 0.0
        for f in self.heads:
            heads += f.wrap(available_width, available_height)[1] + f.getSpaceBefore()
        whole = heads + self.table.wrap(available_width, available_height)[1]
        rows = self.table._rowHeights[: 1 + FIRST_ROWS]
        return whole, heads + sum(rows)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self._heights(available_width, available_height)[0]
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.heads[0].getSpaceBefore())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        start = self._heights(available_width, available_height)[1]
        frame = getattr(self, "_frame", None)
        if start > available_height and not (frame is not None and getattr(frame, "_atTop", False)):
            from reportlab.platypus.doctemplate import FrameBreak

            return [FrameBreak(), *self.heads, self.table]
        return [*self.heads, self.table]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        y += self.height  # the whole fitted on the page: draw each part from the top down
        for f in [*self.heads, self.table]:
            _, h = f.wrap(self.width, self.height)
            y -= f.getSpaceBefore() if f is not self.heads[0] else 0
            y -= h
            f.drawOn(canvas, x, y, _sW)
