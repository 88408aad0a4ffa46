"""Other users' changes on an office server reach the open windows (``services/live.py`` hears them).

The listener's thread hands each commit it heard to an ``Inbox`` (ui/inbox.py), which wakes the GUI thread once
for all that came; ``LiveFollower`` then tells each open
window, and each updates only what the changes touch: the meetings list and the tracker their changed rows, a
meeting window the tabs showing the changed things (never what its user is typing), a facilitator's console the
cards, groups and dots of its session. On a SQLite file nothing is listened to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from meetingdesk.services import live
from meetingdesk.services.live import Heard
from meetingdesk.ui.inbox import Inbox

if TYPE_CHECKING:
    from meetingdesk.ui.windows.main_window import MainWindow


def merged(heard: list[Heard]) -> Heard:
    """Several commits as one: every note, and "everything" if any said so."""
    notes = tuple(dict.fromkeys(n for h in heard for n in h.notes))
    return Heard(notes, any(h.everything for h in heard), heard[-1].client if heard else "")


class LiveFollower(QObject):
    """The main window's ear on the server: started when a server database is opened, stopped on close."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge: Inbox[Heard] = Inbox()
        self.bridge.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.listener = live.listen(window.ctx.db, self.bridge.put)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _arrived(self) -> None:
        self.follow(merged(self.bridge.take()))

    def follow(self, heard: Heard) -> None:
        """Each open window updates what the changes touch."""
        window = self.window
        tables = heard.tables()
        if heard.everything or tables & LISTED_MEETING:
            window.meetings_page.follow()
        tracker: Any = window.pages.get("tracker")
        if tracker is not None:
            tracker.follow(heard)
        for meeting_id, meeting_window in list(window.meeting_windows.items()):
            if heard.touches_meeting(meeting_id):
                meeting_window.follow(heard)
        if window.consoles:
            from meetingdesk.ui.windows import console_live

            for console in list(window.consoles):
                if console.isVisible():
                    console_live.follow(console, heard)  # type: ignore[arg-type]
        if heard.everything or tables & SESSION_LIST:
            window._sessions_changed()  # the sessions list's counts, a moment later (once a second at most)


# What the meetings list shows (number, date, body, status) and what the sessions list counts.
LISTED_MEETING = frozenset({"meeting", "body", "certification"})
SESSION_LIST = frozenset({"technique_session", "card", "cluster", "agenda_item"})


def attach(window: MainWindow) -> LiveFollower | None:
    """Follow the server's changes in ``window`` (None on a file: one writer, nothing to hear)."""
    if not window.ctx.db.on_server:
        return None
    return LiveFollower(window)
