"""The desktop app's entry point: ``meetingdesk`` with no command, or ``make run``."""

from __future__ import annotations

import argparse
import os
import sys


def main(args: argparse.Namespace | None = None) -> int:
    if args is not None and getattr(args, "screenshots", None):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering to files needs no screen
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from meetingdesk.domain.errors import UserError
    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.ui.windows.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("MeetingDesk")
    ctx = AppContext(
        paths=Paths.resolve(getattr(args, "data_dir", None), getattr(args, "db", None)),
        lang=getattr(args, "lang", None) or "th",
    )
    try:
        if not ctx.paths.db_path.exists() and not _first_start(ctx, QMessageBox, QInputDialog):
            return 0
        db = ctx.open(write=True, or_read_only=True)
        if not db.read_only:
            _backup_on_open(ctx)
        window = MainWindow(ctx)
    except UserError as exc:
        QMessageBox.critical(None, "MeetingDesk", exc.message(ctx.lang))
        return 2
    window.show()
    if args is not None and getattr(args, "screenshots", None):
        args.screenshots.mkdir(parents=True, exist_ok=True)
        app.processEvents()
        window.grab().save(str(args.screenshots / "meetings.png"))
        return 0
    return int(app.exec())


def _backup_on_open(ctx) -> None:  # type: ignore[no-untyped-def]
    """A rotating copy on every start, so a bad day can always be undone."""
    from meetingdesk.services import settings
    from meetingdesk.services.backups import automatic_backup

    automatic_backup(ctx.paths, "open", keep=int(settings.get(ctx.db, "backup.keep")))  # type: ignore[call-overload]


def _first_start(ctx, QMessageBox, QInputDialog) -> bool:  # type: ignore[no-untyped-def]
    """Ask whether to start with the demo office or a new, empty one."""
    from meetingdesk.services.demo import build_demo
    from meetingdesk.services.office import create_office

    box = QMessageBox()
    box.setWindowTitle("MeetingDesk")
    box.setText("ยินดีต้อนรับสู่ MeetingDesk\nเริ่มต้นด้วยสำนักงานตัวอย่าง หรือสร้างสำนักงานใหม่?")
    demo = box.addButton("สำนักงานตัวอย่าง", QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton("สำนักงานใหม่", QMessageBox.ButtonRole.ActionRole)
    box.addButton("ยกเลิก", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        build_demo(ctx.open(create=True, write=True))
        return True
    if box.clickedButton() is new:
        name, ok = QInputDialog.getText(None, "สำนักงานใหม่", "ชื่อสำนักงานเขตพื้นที่การศึกษา:")
        if ok and name.strip():
            create_office(ctx.open(create=True, write=True), name)
            return True
    return False
