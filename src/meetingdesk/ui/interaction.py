"""Questions and notices to the person at the keyboard, through one seam.

Widgets never call ``QMessageBox`` themselves: they ask ``interaction()`` to warn, inform, report an error or
confirm. The app answers with Qt's message boxes (``Interaction``); a test installs its own answers with
``use(...)`` (tests/ui/conftest.py) instead of patching Qt's classes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

TITLE = "MeetingDesk"


class Interaction:
    """The app's answers: Qt's message boxes (in Thai or English through the installed translators)."""

    def warn(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, TITLE, text)

    def inform(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, TITLE, text)

    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.critical(parent, TITLE, text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        """Yes or no; no unless the person says yes (Enter answers no: every question here guards something
        that cannot be taken back, such as throwing typed text away)."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, TITLE, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


_current: Interaction = Interaction()


def interaction() -> Interaction:
    return _current


def use(new: Interaction) -> Interaction:
    """Install ``new`` (a test's scripted answers); returns the one it replaces, to put back."""
    global _current
    previous, _current = _current, new
    return previous
