"""The projector: what the room sees. Large Thai text that scales with the window, the stage's prompt, the
countdown, and the cards or groups. It never shows hidden vote results (it has its own group model, whose dots
the console fills only once they are revealed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.ui.models.board_models import CardBoardModel, ClusterModel


class _CardWall(QListView):
    """The cards as a wall of same-size notes; it lays itself out again whenever its width changes."""

    def __init__(self, relayout: Callable[[], None]) -> None:
        super().__init__()
        self._relayout = relayout
        self.setItemDelegate(_NoteDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()


class _NoteDelegate(QStyledItemDelegate):
    """Every note fills its grid cell (less a margin), so a row of notes lines up."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        grid = view.gridSize() if isinstance(view, QListView) else QSize()
        return grid - QSize(8, 8) if grid.isValid() else super().sizeHint(option, index)


class ProjectorWindow(QWidget):
    def __init__(self, cards: CardBoardModel, clusters: ClusterModel) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("MeetingDesk — จอภาพสำหรับที่ประชุม"))
        self.setStyleSheet("background: #fdfdf8; color: #1b1b1b;")
        self.stage = QLabel()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cards = _CardWall(self._lay_out_cards)
        self.cards.setModel(cards)
        self.cards.setWordWrap(True)
        self.cards.setFlow(QListView.Flow.LeftToRight)
        self.cards.setWrapping(True)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setSpacing(0)
        self.cards.setStyleSheet(
            "QListView::item { border: 1px solid #d8d2b8; background: #fff8d6; border-radius: 6px; margin: 4px;"
            " padding: 4px; }"
        )
        self.cards.setUniformItemSizes(True)
        self.cards.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cards.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._long = False
        cards.modelReset.connect(self._cards_reset)
        cards.rowsInserted.connect(self._cards_inserted)
        self.cards.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.cards.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clusters = QListView()
        self.clusters.setModel(clusters)
        self.clusters.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.clusters.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.stage, 1)
        top.addWidget(self.timer)
        board = QHBoxLayout()
        board.addWidget(self.cards, 3)
        board.addWidget(self.clusters, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addLayout(board, 1)
        self.resize(1280, 720)
        self._scale_text()
        self._cards_reset()

    def show_on_second_screen(self) -> None:
        """Full screen on a second screen when there is one; otherwise a window the facilitator can drag."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()

    def show_state(self, *, stage: str, prompt: str, timer: str, warning: bool, clustering: bool) -> None:
        self.stage.setText(stage)
        self.prompt.setText(prompt)
        self.timer.setText(timer)
        self.timer.setStyleSheet("color: #b00020;" if warning else "")
        self.clusters.setVisible(clustering)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_text()

    LONG = 48  # characters: a card longer than this gets a whole row to itself

    def _cards_reset(self) -> None:
        model = self.cards.model()
        self._long = any(len(str(model.index(r, 0).data() or "")) > self.LONG for r in range(model.rowCount()))
        self._lay_out_cards()

    def _cards_inserted(self, _parent: object, first: int, last: int) -> None:
        if self._long:
            self.cards.scrollToBottom()
            return
        model = self.cards.model()
        if any(len(str(model.index(r, 0).data() or "")) > self.LONG for r in range(first, last + 1)):
            self._long = True
            self._lay_out_cards()
        self.cards.scrollToBottom()  # the newest card is always in view

    def _lay_out_cards(self) -> None:
        """Short cards in columns, two lines each; when the room says longer things, one card a row, up to two
        lines, the rest elided (the console has the whole text)."""
        if not hasattr(self, "_long"):
            return  # still being built
        line = self.cards.fontMetrics().lineSpacing()
        width = self.cards.viewport().width() - 4
        columns = 1 if self._long else max(1, width // (line * 14))
        lines = 2
        self.cards.setFlow(QListView.Flow.TopToBottom if columns == 1 else QListView.Flow.LeftToRight)
        self.cards.setWrapping(columns > 1)
        self.cards.setGridSize(QSize(max(80, width // columns), line * lines + 12))
        self.cards.scrollToBottom()

    def _scale_text(self) -> None:
        """Readable from the back of a room: text grows with the window (about 22 lines of cards high)."""
        base = max(14, self.height() // 24)
        for widget, factor, bold in (
            (self.stage, 1.1, True), (self.prompt, 1.3, False), (self.timer, 1.6, True),
            (self.cards, 1.0, False), (self.clusters, 1.0, True),
        ):  # fmt: skip
            font = QFont(widget.font())
            font.setPixelSize(int(base * factor))
            font.setBold(bold)
            widget.setFont(font)
