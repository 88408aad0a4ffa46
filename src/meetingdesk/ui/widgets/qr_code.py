"""A QR code painted from its modules: crisp at any size on a projector, with the quiet zone the standard asks."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4  # modules of light margin on each side (ISO/IEC 18004)


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_matrix(self, matrix: tuple[tuple[bool, ...], ...]) -> None:
        self.matrix = matrix
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(0, 0, side, side, QColor("#ffffff"))
        if not self.matrix:
            return
        count = len(self.matrix) + 2 * QUIET
        module = side // count  # whole pixels per module: no blurred edges for a camera to misread
        origin = (side - module * len(self.matrix)) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(origin + x * module, origin + y * module, module, module))
