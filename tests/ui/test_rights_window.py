"""The main window on an office server names who is signed in; a reader's window disables editing up front,
and a change the server refuses (rights taken back while a window was open) is a Thai message, nothing saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingdesk.services.context import AppContext, Paths
from meetingdesk.services.meeting_view import meeting_details
from meetingdesk.services.rights import revoke
from meetingdesk.storage.database import open_database
from meetingdesk.ui.windows.main_window import MainWindow
from tests.conftest import ServerOffice

BOARD, HEADS = 1, 6
BOARD_MEETING, HEADS_MEETING = 11, 12


def _window(qtbot: QtBot, office: ServerOffice, user: str, tmp_path: Path) -> tuple[MainWindow, AppContext]:
    ctx = AppContext(paths=Paths.resolve(tmp_path, office.url(user)))
    ctx.open(write=True, or_read_only=True)  # as the app opens it
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    # load() queues the reminders (a query); run them now, while the database is open: run after the test has
    # closed it, they would open a connection on the disposed engine that nobody closes (a ResourceWarning in
    # a later test)
    QApplication.processEvents()
    return window, ctx


def test_a_readers_window_only_reads(qtbot: QtBot, server_office: ServerOffice, tmp_path: Path) -> None:
    reader = server_office.login("reader")
    window, ctx = _window(qtbot, server_office, reader, tmp_path)
    try:
        signed_in = window.statusBar().findChild(object, "signed_in")
        assert signed_in is not None and signed_in.text() == f"ผู้ใช้ {reader} · ผู้อ่านอย่างเดียว"
        assert window.banner.isVisibleTo(window) and "ผู้อ่านอย่างเดียว" in window.banner.text()
        new_meeting = next(a for a in window.actions() if a.text() == "การประชุมครั้งใหม่…")
        assert not new_meeting.isEnabled() and not window.meetings_page.new_button.isEnabled()
        window.page("sessions")
        assert not window.new_session_button.isEnabled()
        window.show()
        tracker: Any = window.show_page("tracker")  # its first look runs the query
        qtbot.waitUntil(lambda: tracker.model.rowCount() > 0)
        tracker.table.selectRow(0)  # an action: its progress could be reported, but not by a reader
        assert tracker.table.selectionModel().hasSelection() and not tracker.update_button.isEnabled()
        assert not window.page("people").add_person_button.isEnabled()  # type: ignore[attr-defined]
        from meetingdesk.services.settings import SETTINGS
        from meetingdesk.ui.windows.settings_dialog import SettingsDialog

        settings = SettingsDialog(ctx, window)
        office_fields = [f for key, f in settings.fields.items() if key in SETTINGS]  # the office's, not the PC's
        assert office_fields and not any(f.isEnabled() for f in office_fields)
        settings.close()
        meeting = window.open_meeting(BOARD_MEETING)
        assert meeting.frozen and "ไม่มีสิทธิ์แก้ไข" in meeting.frozen_note.text()
        assert not meeting.details.save_button.isEnabled()
        assert meeting_details(ctx.db, BOARD_MEETING).place  # it reads everything
    finally:
        window.close()
        ctx.close()


def test_a_secretary_sees_their_bodies_and_a_refusal_in_thai(
    qtbot: QtBot, server_office: ServerOffice, tmp_path: Path, messages: list[str]
) -> None:
    secretary = server_office.login("secretary", (BOARD, HEADS))
    window, ctx = _window(qtbot, server_office, secretary, tmp_path)
    try:
        signed_in = window.statusBar().findChild(object, "signed_in")
        assert signed_in.text().startswith(f"ผู้ใช้ {secretary} · ฝ่ายเลขานุการ (")
        assert not window.banner.isVisibleTo(window) and window.meetings_page.new_button.isEnabled()
        meeting = window.open_meeting(HEADS_MEETING)
        assert not meeting.frozen
        place = meeting_details(ctx.db, HEADS_MEETING).place
        owner = open_database(server_office.url())  # the administrator takes body 6 back meanwhile
        revoke(owner, secretary, [str(HEADS)])
        owner.close()
        meeting.details.place.setText("ห้องประชุมใหม่")
        meeting.details.save_button.click()
        assert messages == ["คุณไม่มีสิทธิ์แก้ไขการประชุมขององค์คณะนี้ การเปลี่ยนแปลงยังไม่ได้บันทึก ขอสิทธิ์จากผู้ดูแลระบบ"]
        assert meeting_details(ctx.db, HEADS_MEETING).place == place
    finally:
        window.close()
        ctx.close()
