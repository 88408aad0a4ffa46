"""Qt item models of a session's board: the cards, and the clusters they are dragged into.

Both wrap plain rows; the console owns them and both windows (console and projector) show the same models,
so a card appears on both with one insert.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from meetingdesk.domain.enums import CardKind, QuestionStatus

CARD_MIME = "application/x-meetingdesk-card"
Index = QModelIndex | QPersistentModelIndex

CardIdRole = Qt.ItemDataRole.UserRole + 1
ClusterIdRole = Qt.ItemDataRole.UserRole + 2
DotsRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class CardRow:
    id: int
    text: str
    participant: str
    cluster_id: int | None
    tags: tuple[str, ...] = ()
    question: int = 0  # a focus-group response: the number of the question it answers
    project: str = ""  # a finding brought in: its project
    quote: bool = False  # a focus-group response marked quotable
    kind: CardKind | None = None
    question_id: int | None = None
    question_status: QuestionStatus | None = None  # a su-ji-pu-li question: answered, carried over or waiting
    asked_to: str = ""
    from_room: bool = False  # sent from a participant's phone
    hidden: bool = False  # hidden from the room by the facilitator


@dataclass(frozen=True)
class ClusterRow:
    id: int
    name: str
    cards: int
    dots: int


class _RowsModel(QAbstractListModel):
    """A flat list model over plain rows."""

    _rows: list[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]  # cards are dragged out of the board and dropped on groups

    def _row_at(self, index: Index) -> Any:
        return self._rows[index.row()] if index.isValid() and 0 <= index.row() < len(self._rows) else None


class CardBoardModel(_RowsModel):
    """The cards of a session, in the order they were typed."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CardRow] = []
        self._row_of: dict[int, int] = {}
        self.cluster_names: dict[int, str] = {}
        self.question_label = "ข้อ %1 · "  # how a response's question is named ("Q%1 · " in English)
        self.hidden_label = "(ซ่อน) "  # a card hidden from the room ("(hidden) " in English)
        self.phone_label = "(โทรศัพท์) "  # sent from a phone: words, not a symbol the interface's font may lack

    def set_rows(self, rows: list[CardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def append(self, row: CardRow) -> None:
        self.extend([row])

    def extend(self, rows: list[CardRow]) -> None:
        """Rows added at the end in one insertion (the views lay out once for a group of phones' cards)."""
        if not rows:
            return
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        for n, row in enumerate(rows, start=at):
            self._rows.append(row)
            self._row_of[row.id] = n
        self.endInsertRows()

    def remove(self, card_id: int) -> CardRow | None:
        at = self._row_of.get(card_id)
        if at is None:
            return None
        self.beginRemoveRows(QModelIndex(), at, at)
        row = self._rows.pop(at)
        self.endRemoveRows()
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        return row

    def set_cluster(self, card_id: int, cluster_id: int | None) -> None:
        at = self._row_of[card_id]
        self._rows[at] = replace(self._rows[at], cluster_id=cluster_id)
        index = self.index(at)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, ClusterIdRole])

    def update(self, card_id: int, **changes: Any) -> None:
        """One card's row changed in place (its text, codes …): selection and scroll position stay."""
        at = self._row_of[card_id]
        self._rows[at] = replace(self._rows[at], **changes)
        index = self.index(at)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def set_text(self, card_id: int, text: str) -> None:
        self.update(card_id, text=text)

    def row(self, card_id: int) -> CardRow:
        return self._rows[self._row_of[card_id]]

    def rows(self) -> list[CardRow]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            question = self.question_label.replace("%1", str(row.question)) if row.question else ""
            who = f"{row.participant}: " if row.participant else ""
            project = f"  ({row.project})" if row.project else ""
            group = f"  [{self.cluster_names.get(row.cluster_id, '')}]" if row.cluster_id else ""
            tags = "  " + " ".join(f"#{tag}" for tag in row.tags) if row.tags else ""
            quote = "  ❝" if row.quote else ""
            phone = self.phone_label if row.from_room else ""  # from a phone: the facilitator sees where it came from
            hidden = self.hidden_label if row.hidden else ""
            return f"{hidden}{phone}{question}{who}{row.text}{project}{group}{tags}{quote}"
        if role == Qt.ItemDataRole.ForegroundRole and row.hidden:
            return QColor("#8a8a8a")
        if role == CardIdRole:
            return row.id
        if role == ClusterIdRole:
            return row.cluster_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = ",".join(str(self._rows[i.row()].id) for i in indexes if i.isValid())
        data.setData(CARD_MIME, ids.encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class ClusterModel(_RowsModel):
    """The groups of a board; dropping cards on one asks (by signal) to move them there."""

    cardsDropped = Signal(list, int)  # card ids, cluster id

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ClusterRow] = []
        self.show_dots = True

    def set_rows(self, rows: list[ClusterRow]) -> None:
        """New rows; when the groups are the same ones, only their counts change (selection is kept)."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = list(rows)
            for i in changed:
                self.dataChanged.emit(self.index(i), self.index(i), [Qt.ItemDataRole.DisplayRole, DotsRole])
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh(self) -> None:
        """Redisplay every row (after ``show_dots`` changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.DisplayRole])

    def rows(self) -> list[ClusterRow]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            dots = f"  ● {row.dots}" if self.show_dots and row.dots else ""
            return f"{row.name} ({row.cards}){dots}"
        if role == ClusterIdRole:
            return row.id
        if role == DotsRole:
            return row.dots
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(CARD_MIME) and parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(CARD_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        self.cardsDropped.emit(ids, self._rows[parent.row()].id)
        return False  # the console moves the cards; the view must not remove anything itself
