"""File ▸ Open another database ▸ the office's database (server): where it is (a host or a socket folder, the
port, the database, the user name), the password, and whether to remember it — in libpq's own password file
(``.pgpass``, readable by this user only), never in MeetingDesk's settings.

The server is reached on a worker thread (a server may take seconds to answer, or none: libpq gives up after
``CONNECT_TIMEOUT_S``), with a busy cursor; a refusal is shown in the dialog, which stays open to correct it,
and the database open in the window behind stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import UserError
from meetingdesk.services import servers
from meetingdesk.services.context import AppContext
from meetingdesk.ui.common import run
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.workers import Worker


def describe(exc: Exception) -> str:
    """A refusal in the interface's language; anything else as Python says it (it is still not a crash)."""
    return exc.message(ui_lang()) if isinstance(exc, UserError) else str(exc)


class ServerDialog(QDialog):
    """Ask for a server database and open it; ``opened`` is the office's context once it has."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        url: str | None = None,
        problem: str | None = None,
        restoring: Path | None = None,
    ) -> None:
        """``restoring``: a backup to restore into the (empty) database named here, then opened."""
        super().__init__(parent)
        self.restoring = restoring
        if restoring is None:
            self.setWindowTitle(self.tr("ฐานข้อมูลของสำนักงาน (เครื่องแม่ข่าย)"))
        else:
            self.setWindowTitle(self.tr("กู้คืน %1 ลงฐานข้อมูลว่างบนเครื่องแม่ข่าย").replace("%1", restoring.name))
        self.opened: AppContext | None = None
        self.job: Worker | None = None
        self.cancelled = False  # closed while the server was still answering
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("เช่น 192.168.1.10 หรือโฟลเดอร์ซ็อกเก็ต /var/run/postgresql"))
        self.port = QLineEdit()
        self.port.setPlaceholderText("5432")
        self.port.setMaximumWidth(90)
        self.database = QLineEdit()
        self.database.setPlaceholderText("meetingdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("จำรหัสผ่าน (ในไฟล์ .pgpass ของผู้ใช้นี้ ซึ่งผู้อื่นอ่านไม่ได้)"))
        self.remember.setToolTip(str(servers.password_file()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("เครื่องแม่ข่าย"), self.host)
        form.addRow(self.tr("พอร์ต"), self.port)
        form.addRow(self.tr("ชื่อฐานข้อมูล"), self.database)
        form.addRow(self.tr("ชื่อผู้ใช้"), self.user)
        form.addRow(self.tr("รหัสผ่าน"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setText(
            self.tr("เปิด") if restoring is None else self.tr("กู้คืนแล้วเปิด")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        if url:
            self.fill(servers.ServerAddress.parse(url))
        if problem:
            self.show_problem(problem)

    def fill(self, server: servers.ServerAddress) -> None:
        self.host.setText(server.host)
        self.port.setText(str(server.port or ""))
        self.database.setText(server.database)
        self.user.setText(server.user)
        if servers.has_remembered_password(server):
            self.password.setPlaceholderText(self.tr("บันทึกไว้แล้วในไฟล์ .pgpass"))
        self.password.setFocus()

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet("color: #b02a37;")
        self.status.setText(text)

    def connect_to_server(self) -> Worker | None:
        """Check the fields, then reach the server on a worker thread; returns the job (tests wait on it)."""
        server, ok = run(
            self, servers.address, self.host.text(), self.port.text(), self.database.text(), self.user.text()
        )
        if not ok or server is None or self.job is not None:
            return None
        password, remember = self.password.text(), self.remember.isChecked()
        lang = ui_lang()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("กำลังติดต่อเครื่องแม่ข่าย %1 …").replace("%1", server.shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        backup = self.restoring
        if backup is not None:
            self.status.setText(self.tr("กำลังกู้คืนลงเครื่องแม่ข่าย %1 …").replace("%1", server.shown))

            def work() -> AppContext:
                return servers.restore_office(backup, server, password, remember=remember, lang=lang)

        else:

            def work() -> AppContext:
                return servers.open_office(server, password, remember=remember, lang=lang)

        self.job = Worker(work, describe)
        self.job.signals.done.connect(self._opened)
        self.job.signals.failed.connect(self._refused)
        return self.job.start()

    def _finished(self) -> None:
        self.job = None
        QGuiApplication.restoreOverrideCursor()
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(True)

    def _opened(self, ctx: AppContext) -> None:
        self._finished()
        if self.cancelled:
            ctx.close()  # cancelled while the server was answering: nothing is kept open
            return
        self.opened = ctx
        self.password.clear()
        self.accept()

    def reject(self) -> None:
        self.cancelled = self.job is not None
        super().reject()

    def _refused(self, message: str) -> None:
        self._finished()
        self.show_problem(message)
        self.password.selectAll()
        self.password.setFocus()
