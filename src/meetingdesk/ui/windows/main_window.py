"""The main window: navigation between meetings, group sessions, projects and findings, decisions and their
follow-up, and bodies and people; a global search; the File menu (backup, restore, another database, settings).

Only the meetings page is built at start (the first thing a user sees); the others are built the first time
they are opened, so the window paints fast even on a decade of data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.context import AppContext
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.table_models import MeetingListModel, SessionListModel
from meetingdesk.ui.windows.main_search import SearchActions

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting import MeetingWindow

__all__ = ["MainWindow", "MeetingListModel", "SessionListModel"]

PAGES = ("meetings", "sessions", "projects", "tracker", "people", "dashboard", "search")


class MainWindow(SearchActions):
    """Built in two steps so the window paints before the database and SQLAlchemy load: the frame (navigation,
    search box, menus) at once, then ``load()`` fills in the office's meetings. ``deferred=False`` (the
    default) does both at once; the app defers ``load`` until the frame has been painted."""

    def __init__(self, ctx: AppContext, *, deferred: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.loaded = False
        self.setWindowTitle("MeetingDesk")
        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setMaximumWidth(210)
        self.nav.setMinimumWidth(170)
        self.nav.setSpacing(2)
        labels = {
            "meetings": self.tr("การประชุม"),
            "sessions": self.tr("กิจกรรมกลุ่ม"),
            "projects": self.tr("โครงการและผลการดำเนินงาน"),
            "tracker": self.tr("มติและการติดตาม"),
            "people": self.tr("องค์คณะและบุคลากร"),
            "dashboard": self.tr("ภาพรวมผลการดำเนินงาน"),
            "search": self.tr("ผลการค้นหา"),
        }
        for n, key in enumerate(PAGES):
            entry = QListWidgetItem(labels[key])
            entry.setToolTip(f"Ctrl+{n + 1}" if key != "search" else "Ctrl+F")
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(entry)
            self.stack.addWidget(QLabel(self.tr("กำลังเปิดฐานข้อมูล…")) if key == "meetings" else QWidget())
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("ค้นหาทุกเรื่อง (Ctrl+F) เช่น การอ่าน"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 8px; border: 1px solid #ffe69c;")
        self.banner.setVisible(False)
        self.office_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.office_label, 1)
        top.addWidget(self.search_box, 1)
        self.split = QSplitter()
        self.split.addWidget(self.nav)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.consoles: list[QWidget] = []
        self.meeting_windows: dict[int, MeetingWindow] = {}
        self.resize(1200, 760)
        self._restore_layout()
        if not deferred:
            self.load()

    def load(self) -> None:
        """The office's data: the meetings page, the title, the read-only banner, menus and shortcuts."""
        from meetingdesk.services.first_view import office_name
        from meetingdesk.ui.pages.meetings_page import MeetingsPage

        ctx = self.ctx
        name = office_name(ctx.db)
        self.setWindowTitle(office_title(ctx, name))
        self.office_label.setText(name)
        self.meetings_page = MeetingsPage(ctx)
        self.meetings_page.openMeeting.connect(self.open_meeting)
        self.table = self.meetings_page.table
        self.model = self.meetings_page.model
        self.pages["meetings"] = self.meetings_page
        placeholder = self.stack.widget(0)
        self.stack.insertWidget(0, self.meetings_page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if ctx.db.read_only:
            who = ctx.locked_by.describe(ui_lang()) if ctx.locked_by else self.tr("โปรแกรมอื่น")
            self.banner.setText(
                self.tr("เปิดแบบอ่านอย่างเดียว: ฐานข้อมูลนี้กำลังถูกแก้ไขโดย %1 การเปลี่ยนแปลงจะบันทึกไม่ได้").replace("%1", who)
            )
        self.banner.setVisible(ctx.db.read_only)
        from meetingdesk.ui.windows.main_rights import show_signed_in  # the services: after the first paint

        self.rights = show_signed_in(self, ctx, self.meetings_page, self.banner)  # the user and role, on a server
        self.nav.currentRowChanged.connect(self._go)
        self.nav.setCurrentRow(0)
        self.stack.setCurrentWidget(self.meetings_page)
        self._menus()
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        self._sessions_refresh = QTimer(self)  # the sessions list follows the consoles, off the capture path:
        self._sessions_refresh.setSingleShot(True)  # once a second at most
        self._sessions_refresh.setInterval(1000)
        self._sessions_refresh.timeout.connect(self.refresh_sessions)
        self._daily = QTimer(self)
        self._daily.setInterval(60 * 60 * 1000)  # once an hour: a day without a backup gets one
        self._daily.timeout.connect(self.daily_backup)
        self._daily.start()
        from meetingdesk.ui import live  # on an office server: other users' changes reach the open windows

        self.live = live.attach(self)
        self.loaded = True
        QTimer.singleShot(150, self._reminders)  # once the meetings list is on screen and interactive
        QTimer.singleShot(200, _warm_up)  # the ORM models, once the list is on screen and the window interactive

    def _reminders(self) -> None:
        if self.property("closed"):  # closed before the event loop came round: its database may be closed too
            return
        from meetingdesk.ui.windows import reminders_on_start

        self.reminders = reminders_on_start.attach(self)

    # --- pages ----------------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page, built the first time it is needed."""
        if key not in self.pages:
            built = self._build_page(key)
            self.pages[key] = built
            at = PAGES.index(key)
            placeholder = self.stack.widget(at)
            self.stack.insertWidget(at, built)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        return self.pages[key]

    def _build_page(self, key: str) -> QWidget:
        if key == "sessions":
            return self._sessions_page()
        if key == "projects":
            from meetingdesk.ui.pages.projects_page import ProjectsPage

            projects = ProjectsPage(self.ctx)
            projects.openMeeting.connect(self.open_meeting)
            return projects
        if key == "tracker":
            from meetingdesk.ui.pages.tracker_page import TrackerPage

            tracker = TrackerPage(self.ctx)
            tracker.openMeeting.connect(self.open_meeting)
            return tracker
        if key == "people":
            from meetingdesk.ui.pages.people_page import PeoplePage

            return PeoplePage(self.ctx)
        if key == "search":
            return self._search_page()
        if key == "dashboard":  # the page and its charts are imported the first time it is opened
            from meetingdesk.ui.pages.dashboard_page import DashboardPage

            dashboard = DashboardPage(self.ctx)
            dashboard.drill.connect(lambda drill: self.show_page("tracker").apply_drill(drill))  # type: ignore[attr-defined]
            return dashboard
        raise KeyError(key)

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(PAGES.index(key))
        return self.page(key)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row])
        self.stack.setCurrentWidget(page)

    def _sessions_page(self) -> QWidget:
        from meetingdesk.services.sessions import list_sessions

        self._session_model = SessionListModel(list_sessions(self.ctx.db))
        self.sessions = QTableView()
        self.sessions.setModel(self._session_model)
        self.sessions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.resizeColumnsToContents()
        self.sessions.verticalHeader().hide()
        self.sessions.doubleClicked.connect(lambda index: self.open_session(self.session_model.session_id(index.row())))
        page = QWidget()
        layout = QVBoxLayout(page)
        self.new_session_button = QPushButton(self.tr("เริ่มกิจกรรมกลุ่มใหม่…"))
        self.new_session_button.setEnabled(not self.ctx.db.read_only and self.rights.may_write)
        self.new_session_button.clicked.connect(self.ask_new_session)
        row = QHBoxLayout()
        row.addWidget(self.new_session_button)
        row.addWidget(QLabel(self.tr("ดับเบิลคลิกกิจกรรมเพื่อเปิดแผงผู้ดำเนินกิจกรรม")), 1)
        layout.addLayout(row)
        layout.addWidget(self.sessions)
        return page

    @property
    def session_model(self) -> SessionListModel:
        self.page("sessions")
        return self._session_model

    # --- windows -------------------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> MeetingWindow:
        """The meeting's own window (one per meeting; opening it again brings it to the front)."""
        from meetingdesk.ui.windows.meeting import MeetingWindow

        window = self.meeting_windows.get(meeting_id)
        if window is None:
            window = MeetingWindow(self.ctx, meeting_id)
            window.changed.connect(self.meetings_page.refresh)
            window.destroyed.connect(lambda *_a, mid=meeting_id: self.meeting_windows.pop(mid, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.meeting_windows[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_session(self, session_id: int) -> QWidget:
        """The facilitator's console for a session, in its own window."""
        from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

        console = FacilitatorConsole(self.ctx.db, session_id)
        self.consoles.append(console)
        console.changed.connect(self._sessions_changed)  # the list's counts follow the room, a moment later
        console.show()
        return console

    def _sessions_changed(self) -> None:
        self._sessions_refresh.start()

    def refresh_sessions(self) -> None:
        from meetingdesk.services.sessions import list_sessions

        if "sessions" in self.pages:
            self._session_model.set_rows(list_sessions(self.ctx.db))

    def ask_new_session(self) -> QWidget | None:
        """Choose a technique and an agenda item; the new session opens in the facilitator's console."""
        from meetingdesk.services.sessions import list_sessions
        from meetingdesk.ui.windows.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.ctx.db, self)
        if dialog.exec() != NewSessionDialog.DialogCode.Accepted or dialog.session_id is None:
            return None
        self.page("sessions")
        self.session_model.set_rows(list_sessions(self.ctx.db))
        return self.open_session(dialog.session_id)

    def _menus(self) -> None:
        writable = not self.ctx.db.read_only and self.rights.may_write
        menu = self.menuBar().addMenu(self.tr("แฟ้ม"))
        new_meeting = QAction(self.tr("การประชุมครั้งใหม่…"), self)
        new_meeting.setShortcut(QKeySequence.StandardKey.New)
        new_meeting.triggered.connect(self.meetings_page.ask_new)
        new_meeting.setEnabled(writable)
        open_db = self.open_database_menu().menuAction()  # a file, the office's server, recent servers
        backup = QAction(self.tr("สำรองข้อมูล…"), self)
        backup.triggered.connect(self._ask_backup)
        restore = QAction(self.tr("กู้คืนข้อมูลจากไฟล์สำรอง…"), self)
        restore.triggered.connect(self._ask_restore)
        restore.setEnabled(writable)
        settings = QAction(self.tr("ตั้งค่า…"), self)
        # Ctrl+, everywhere: the platform's Preferences key is empty on Linux and Windows
        settings.setShortcuts([QKeySequence("Ctrl+,"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)])
        settings.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        settings.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("ออก"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (new_meeting, open_db, None, backup, restore, None, settings, None, quit_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
                self.addAction(action)  # its shortcut works in this window whether or not the menu bar is shown
        view = self.menuBar().addMenu(self.tr("มุมมอง"))
        for n in range(PAGES.index("search")):
            entry = self.nav.item(n)
            go = QAction(entry.text(), self)
            go.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))  # one binding each, in this window only: a meeting
            go.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # window's own Ctrl+1…5 switch its tabs
            go.triggered.connect(lambda _c=False, n=n: self.nav.setCurrentRow(n))
            view.addAction(go)
            self.addAction(go)

    def open_settings(self) -> None:
        from meetingdesk.ui.windows.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    # --- layout memory ----------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        split = settings.value("main/split")
        if split is not None:
            self.split.restoreState(split)

    def closeEvent(self, event: Any) -> None:
        self.setProperty("closed", True)
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/split", self.split.saveState())
        for window in [*self.meeting_windows.values(), *self.consoles]:
            window.close()  # each saves what was typed
        follower = getattr(self, "live", None)
        if follower is not None:
            follower.stop()
        super().closeEvent(event)


def office_title(ctx: AppContext, name: str) -> str:
    """``MeetingDesk — office``; on a server also which database where (a file office, the server's and a
    restored copy would otherwise have one title)."""
    if not ctx.paths.db_url:
        return f"MeetingDesk — {name}"
    from meetingdesk.services.servers import ServerAddress

    where = ServerAddress.parse(ctx.paths.shown)
    host = "" if where.socket else f"@{where.host}"
    return f"MeetingDesk — {name} — {where.database}{host}"


def _warm_up() -> None:
    from meetingdesk.services.first_view import warm_up

    warm_up()
