"""Keys a secretary reaches for: Ctrl+, for Settings, Ctrl+1…5 for the main window's pages and, in a meeting
window, for its tabs — never ambiguous (pytest-qt fails the test on Qt's "Ambiguous shortcut overload").

Keys go to the window (its QWindow), as the keyboard's do, so Qt's shortcut map decides who gets them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from meetingdesk.services.context import AppContext
from meetingdesk.ui.windows.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def press(window: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(window.windowHandle(), key, CTRL)


def test_ctrl_comma_opens_settings(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(300, close_it)
    press(window, Qt.Key.Key_Comma)
    assert seen == ["SettingsDialog"]


def test_ctrl_numbers_switch_pages_and_a_meeting_windows_tabs_apart(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    press(window, Qt.Key.Key_3)
    assert window.nav.currentRow() == 2
    meeting = window.open_meeting(window.model.row_id(0))
    qtbot.addWidget(meeting)
    qtbot.waitExposed(meeting)
    for n in (2, 4, 1):
        press(meeting, getattr(Qt.Key, f"Key_{n}"))
        assert meeting.tabs.currentIndex() == n - 1
    assert window.nav.currentRow() == 2  # the main window's page stayed
    window.windowHandle().requestActivate()  # the user clicks the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(window, Qt.Key.Key_5)
    assert window.nav.currentRow() == 4 and meeting.tabs.currentIndex() == 0
