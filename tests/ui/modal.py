"""Answering the modal dialog an action opens, as a person would, from inside its event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def answer_modal(handle: Callable[[QWidget], None], *, tries: int = 100) -> list[QWidget]:
    """Call ``handle`` with the next modal dialog once it shows (polled every 20 ms, ``tries`` times); returns
    the list the dialog is put in, so a test can check that one appeared."""
    seen: list[QWidget] = []

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen
