"""The desktop app's entry point: ``meetingdesk`` with no command, or ``make run``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(args: argparse.Namespace | None = None) -> int:
    if args is not None and getattr(args, "screenshots", None):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering to files needs no screen
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from meetingdesk.domain.errors import UserError
    from meetingdesk.services.context import AppContext, Paths

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("MeetingDesk")
    app.setOrganizationName("MeetingDesk")
    settings = QSettings()
    lang = getattr(args, "lang", None) or str(settings.value("ui/lang", "th"))
    install_translation(app, lang)
    data_dir, db = getattr(args, "data_dir", None), getattr(args, "db", None)
    last = settings.value("db/last")
    if data_dir is None and db is None and last and Path(str(last)).exists():
        db = Path(str(last))  # later starts open the last database
    ctx = AppContext(paths=Paths.resolve(data_dir, db), lang=lang)
    from meetingdesk.ui.windows.main_window import MainWindow

    try:
        if not ctx.paths.db_path.exists() and not _first_start(ctx, QMessageBox, QInputDialog):
            return 0
        database = ctx.open(write=True, or_read_only=True)
        if not database.read_only:
            _backup_on_open(ctx)
        if not getattr(args, "screenshots", None):
            settings.setValue("db/last", str(ctx.paths.db_path.resolve()))
        window = MainWindow(ctx)
    except UserError as exc:
        QMessageBox.critical(None, "MeetingDesk", exc.message(ctx.lang))
        return 2
    window.show()
    if args is not None and getattr(args, "screenshots", None):
        from meetingdesk.ui.screenshots import take_screenshots

        for path in take_screenshots(window, args.screenshots):
            print(path)
        return 0
    return int(app.exec())


def install_translation(app, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """The English interface: Qt's translation of every ``tr()`` string (``resources/i18n/meetingdesk_en.qm``)."""
    if lang != "en":
        return False
    from PySide6.QtCore import QTranslator

    from meetingdesk.resources import resource_path

    translator = QTranslator(app)
    if translator.load(str(resource_path("i18n", "meetingdesk_en.qm"))):
        app.installTranslator(translator)
        app._meetingdesk_translator = translator  # kept alive with the app
        return True
    return False


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
