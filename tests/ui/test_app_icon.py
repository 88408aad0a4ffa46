"""The MeetingDesk icon is every window's icon (title bar, task bar), in the sizes the desktop asks for."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from meetingdesk.app import set_app_icon


def test_the_app_icon_is_the_window_icon(qapp: QApplication) -> None:
    set_app_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(48, 48), QSize(256, 256)} <= set(icon.availableSizes())
    assert qapp.desktopFileName() == "meetingdesk"
