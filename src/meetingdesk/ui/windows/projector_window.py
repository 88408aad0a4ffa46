"""The projector: what the room sees. Large Thai text that scales with the window, the stage's prompt, the
countdown, and the cards or groups. It never shows hidden vote results (it has its own group model, whose dots
the console fills only once they are revealed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from meetingdesk.ui.models.board_models import CardBoardModel, ClusterModel


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
        self.cards = QListView()
        self.cards.setModel(cards)
        self.cards.setWordWrap(True)
        self.cards.setFlow(QListView.Flow.LeftToRight)
        self.cards.setWrapping(True)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setSpacing(8)
        self.cards.setUniformItemSizes(True)
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
