"""Every icon the interface shows, named in one place.

The application's icon is ``resources/icons/meetingdesk*`` (the SVG, its PNG sizes for the hicolor theme, and the
Windows ``.ico``; ``packaging/make_icons.sh`` renders them). ``packaging/meetingdesk.desktop`` names it by
``Icon=meetingdesk`` and ``install-linux.sh`` installs it under that name; set on the application, it is the icon
of every window and dialog (title bar, task bar). Qt's own standard icons need no entry here.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from meetingdesk.resources import resource_path

APP = "meetingdesk"  # the icon's name: the .desktop file's Icon=, the files' stem
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the PNGs in resources/icons (meetingdesk-<size>.png)


def app_icon() -> QIcon:
    """The MeetingDesk icon in every size the desktop may ask for."""
    icon = QIcon()
    for size in APP_SIZES:
        icon.addFile(str(resource_path("icons", f"{APP}-{size}.png")))
    return icon


def set_app_icon(app: QGuiApplication) -> None:
    """The MeetingDesk icon on every window and dialog; the desktop matches the windows to ``meetingdesk.desktop``."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP)  # Wayland/X11: the .desktop file of the same name
