"""The MeetingDesk icon is every window's icon (title bar, task bar), in the sizes the desktop asks for; the icon
the desktop entry names is the one ``ui/icons.py`` names, and its files are there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingdesk.app import set_app_icon
from meetingdesk.services.context import AppContext
from meetingdesk.ui import icons

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_icon_is_the_window_icon(qapp: QApplication) -> None:
    set_app_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(48, 48), QSize(256, 256)} <= set(icon.availableSizes())
    assert qapp.desktopFileName() == icons.APP


def test_the_desktop_entry_names_an_icon_that_exists() -> None:
    entry = (ROOT / "packaging" / "meetingdesk.desktop").read_text(encoding="utf-8").splitlines()
    assert f"Icon={icons.APP}" in entry
    folder = ROOT / "resources" / "icons"
    for name in (f"{icons.APP}.svg", f"{icons.APP}.ico", *(f"{icons.APP}-{size}.png" for size in icons.APP_SIZES)):
        assert (folder / name).is_file(), name
    assert len(icons.app_icon().availableSizes()) == len(icons.APP_SIZES)


def test_the_main_window_and_dialogs_show_it(qapp: QApplication, qtbot: QtBot, ctx: AppContext) -> None:
    from meetingdesk.ui.windows.main_window import MainWindow
    from meetingdesk.ui.windows.new_session_dialog import NewSessionDialog
    from meetingdesk.ui.windows.settings_dialog import SettingsDialog

    set_app_icon(qapp)
    app_key = qapp.windowIcon().cacheKey()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for shown in (window, SettingsDialog(ctx, window), NewSessionDialog(ctx.db, window)):
        assert not shown.windowIcon().isNull() and shown.windowIcon().cacheKey() == app_key, type(shown).__name__
