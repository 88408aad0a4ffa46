"""UI tests: a message box nobody expected fails the test at once instead of waiting for a click forever."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox


class UnexpectedMessage(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *args: object) -> None:
        shown.append(text)
        raise UnexpectedMessage(f"message box: {text}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    yield shown
