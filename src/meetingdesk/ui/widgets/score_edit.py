"""A field for the scores of one paper form, typed as a row of digits: ``1``–``5`` a score, ``0`` or a space a
blank (shown as ``0``); Thai digits count as digits. Any other key, or a digit past the last item, is refused
(``refused`` says which and why, for the hint beside the field); the last digit of the row moves on
(``filled``)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from meetingdesk.domain.satisfaction import read_key, score_key


class ScoreEdit(QLineEdit):
    refused = Signal(str, bool)  # the key refused; True when it was a digit with no item left for it
    filled = Signal()  # a score (or blank) for every item
    up = Signal()  # ↑ in an empty field: to the forms above

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = 0
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.setFont(font)

    def set_items(self, items: int) -> None:
        """How many digits a form has; pasted text is held to the same rule as typed keys."""
        self.items = items
        self.setMaxLength(max(items, 1))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-5]{{0,{items}}}"), self))
        digits = self.fontMetrics().horizontalAdvance("5" * max(items, 1)) + 4 * max(items, 1)
        self.setFixedWidth(digits + 24)  # as wide as a full row: the typist sees where the row ends

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if event.key() == Qt.Key.Key_Up and not self.text():
            self.up.emit()
            return
        if not (plain and len(key) == 1 and key.isprintable()):
            super().keyPressEvent(event)  # Backspace, arrows, Enter, Tab, shortcuts
            return
        try:
            shown = score_key(read_key(key))
        except ValueError:
            self.refused.emit(key, False)
            return
        if len(self.text()) >= self.items and not self.hasSelectedText():
            self.refused.emit(key, True)
            return
        self.insert(shown)
        if len(self.text()) == self.items and self.cursorPosition() == self.items:
            self.filled.emit()
