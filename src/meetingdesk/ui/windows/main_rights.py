"""Who is signed in, shown in the main window: on an office server, the status bar names the user and their
role (and bodies); a reader's window says up front that it only reads and disables what would be refused.

The server enforces the rights whatever the window shows (``services/rights.py``); disabling is a courtesy,
done where it is cheap — the rest is refused by the server with a Thai message (``ui.common.run``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow

from meetingdesk.services.rights import MyRights, what_i_may
from meetingdesk.ui.language import ui_lang

if TYPE_CHECKING:
    from meetingdesk.services.context import AppContext
    from meetingdesk.ui.pages.meetings_page import MeetingsPage


class SignedInLabel(QLabel):
    """``ผู้ใช้ somchai · ฝ่ายเลขานุการ (บอร์ดบริหาร)`` in the status bar."""

    def __init__(self, rights: MyRights, body_names: list[str]) -> None:
        super().__init__()
        text = self.tr("ผู้ใช้ %1 · %2").replace("%1", rights.user).replace("%2", rights.role_label(ui_lang()))
        if rights.body_ids is not None and rights.may_write:
            text += f" ({', '.join(body_names)})" if body_names else self.tr(" (ยังไม่มีองค์คณะที่แก้ไขได้)")
        self.setText(text)
        self.setToolTip(self.tr("สิทธิ์กำหนดโดยเครื่องแม่ข่ายของสำนักงาน ขอเปลี่ยนสิทธิ์ได้จากผู้ดูแลระบบ"))

    def reader_note(self) -> str:
        return self.tr("คุณเข้าใช้ในฐานะผู้อ่านอย่างเดียว: ดูได้ทุกเรื่อง แต่แก้ไขไม่ได้ (ขอสิทธิ์แก้ไขจากผู้ดูแลระบบ)")


def show_signed_in(window: QMainWindow, ctx: AppContext, meetings_page: MeetingsPage, banner: QLabel) -> MyRights:
    """The rights of the person signed in, shown in ``window``; what a reader may not do disabled."""
    rights = what_i_may(ctx.db)
    if not rights.on_server:
        return rights  # one person's file: nothing to say
    from meetingdesk.services.first_view import bodies

    names = [name for body_id, name in bodies(ctx.db) if rights.body_ids and body_id in rights.body_ids]
    label = SignedInLabel(rights, names)
    label.setObjectName("signed_in")
    window.statusBar().addPermanentWidget(label)
    if not rights.may_write:
        meetings_page.new_button.setEnabled(False)
        if not ctx.db.read_only:  # the read-only banner of a second copy says more
            banner.setText(label.reader_note())
            banner.setVisible(True)
    return rights
