"""UI tests: a message box nobody expected fails the test at once instead of waiting for a click forever."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database


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


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings and notices a test expects, collected (in order) instead of shown."""
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _parent, _title, text, *_a: shown.append(text)))
    return shown


@pytest.fixture
def ctx(demo_db: Database, tmp_path: Path) -> AppContext:
    """The app's context on a private copy of the demo office (its backups and files under tmp_path)."""
    context = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    context._db = demo_db
    return context
