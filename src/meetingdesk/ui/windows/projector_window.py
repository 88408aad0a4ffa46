"""The projector: what the room sees. The stage, its prompt and the countdown in large Thai text that scales
with the window, and under them the board (``ProjectorBoard``): cards in columns by group, fitted to show whole,
or the ranked shortlist. It shows only the ``Board`` the console hands it, which already leaves out hidden votes
and, in an anonymous session, who said what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from meetingdesk.techniques.board import Board
from meetingdesk.ui.widgets.projector_board import ProjectorBoard, board_family
from meetingdesk.ui.widgets.qr_code import QrCode


class ProjectorWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("MeetingDesk — จอภาพสำหรับที่ประชุม"))
        self.setStyleSheet("background: #fdfdf8; color: #1b1b1b;")
        self.stage = QLabel()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.board = ProjectorBoard()
        self.join = QWidget()  # the room joins in: the QR code, the short address and the join code
        self.join_title = QLabel(self.tr("ร่วมจากโทรศัพท์"))
        self.qr = QrCode()
        self.join_address = QLabel()
        self.join_code = QLabel()
        for label in (self.join_title, self.join_address, self.join_code):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        side = QVBoxLayout(self.join)
        side.setContentsMargins(0, 0, 0, 0)
        for widget in (self.join_title, self.qr, self.join_address, self.join_code):
            side.addWidget(widget)
        side.addStretch(1)
        self.join.hide()
        top = QHBoxLayout()
        top.addWidget(self.stage, 1)
        top.addWidget(self.timer)
        self._layout = layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.board, 1)
        outer = QHBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(self.join)
        self.resize(1280, 720)
        self._scale_text()

    def show_on_second_screen(self) -> None:
        """Full screen on a second screen when there is one; otherwise a window the facilitator can drag."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()

    def show_state(self, *, stage: str, prompt: str, timer: str, warning: bool, clustering: bool = False) -> None:
        """The stage's heading; ``clustering`` is no longer needed (the board shows its groups itself). Only what
        changed is set: a style sheet set again restyles and repaints the whole window (on every card)."""
        for label, text in ((self.stage, stage), (self.prompt, prompt), (self.timer, timer)):
            if label.text() != text:
                label.setText(text)
        style = "color: #b00020;" if warning else ""
        if self.timer.styleSheet() != style:
            self.timer.setStyleSheet(style)

    def show_join(self, matrix: tuple[tuple[bool, ...], ...], address: str, code: str) -> None:
        """Joining is on: the QR code of the join address, and the short address with its join code."""
        self.qr.set_matrix(matrix)
        self.join_address.setText(address)
        self.join_code.setText(self.tr("รหัส %1").replace("%1", code))
        self.join.show()
        self._scale_text()

    def hide_join(self) -> None:
        self.join.hide()

    def show_board(self, board: Board) -> None:
        """The cards, groups and votes as the room may see them now (repainted only when they changed)."""
        self.board.set_board(board)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_text()

    def _scale_text(self) -> None:
        """Readable from the back of a room: the headings grow with the window (the board fits itself)."""
        base = max(14, self.height() // 24)
        self._layout.setSpacing(base // 3)  # the board stands apart from the prompt
        for widget, factor, bold in ((self.stage, 1.1, True), (self.prompt, 1.3, False), (self.timer, 1.6, True)):
            font = QFont(board_family())
            font.setPixelSize(int(base * factor))
            font.setBold(bold)
            widget.setFont(font)
        for widget, factor, bold in ((self.join_title, 0.8, True), (self.join_address, 0.7, False),
                                     (self.join_code, 1.2, True)):  # fmt: skip
            font = QFont(board_family())
            font.setPixelSize(int(base * factor))
            font.setBold(bold)
            widget.setFont(font)
        qr_side = max(160, self.height() // 3)
        self.qr.setFixedSize(qr_side, qr_side)
        self.join.setFixedWidth(qr_side + 24)
