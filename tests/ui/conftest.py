"""UI tests: a message box nobody expected fails the test at once instead of waiting for a click forever."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database
from meetingdesk.ui.interaction import Interaction, use
from meetingdesk.ui.language import set_ui_lang


class UnexpectedMessage(AssertionError):
    pass


class Scripted(Interaction):
    """The test's side of the seam (``ui/interaction.py``): every notice is recorded; a notice the test does not
    expect, or a question it gave no answer for, fails the test at once instead of waiting for a click."""

    def __init__(self) -> None:
        self.shown: list[str] = []  # warnings, notices and errors, in order
        self.asked: list[str] = []  # questions, in order
        self.answers: list[bool] = []  # the answers to give, in order
        self.expect_notices = False

    def _notice(self, text: str) -> None:
        self.shown.append(text)
        if not self.expect_notices:
            raise UnexpectedMessage(f"message box: {text}")

    def warn(self, parent: QWidget | None, text: str) -> None:
        self._notice(text)

    def inform(self, parent: QWidget | None, text: str) -> None:
        self._notice(text)

    def error(self, parent: QWidget | None, text: str) -> None:
        self._notice(text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        self.asked.append(text)
        if not self.answers:
            raise UnexpectedMessage(f"question: {text}")
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def scripted() -> Iterator[Scripted]:
    """Every UI test answers through the seam; answers are given with ``scripted.answers.append(True)``."""
    answers = Scripted()
    previous = use(answers)
    yield answers
    use(previous)


@pytest.fixture
def english() -> Iterator[None]:
    """The interface in English for one test (labels, refusals and dates; the .qm translation is not loaded)."""
    previous = set_ui_lang("en")
    yield
    set_ui_lang(previous)


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
def messages(scripted: Scripted) -> list[str]:
    """Warnings and notices a test expects, collected (in order) instead of shown."""
    scripted.expect_notices = True
    return scripted.shown


@pytest.fixture
def ctx(demo_db: Database, tmp_path: Path) -> AppContext:
    """The app's context on a private copy of the demo office (its backups and files under tmp_path)."""
    context = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    context._db = demo_db
    return context
