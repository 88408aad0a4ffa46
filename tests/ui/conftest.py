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


@pytest.fixture(autouse=True, scope="session")
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window layout, last database, language) go to a private folder, not the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("MeetingDesk-tests")
    QCoreApplication.setApplicationName("MeetingDesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
