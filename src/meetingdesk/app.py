"""The desktop app's entry point: ``meetingdesk`` with no command, or ``make run``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def gui() -> int:
    """``meetingdesk-gui`` (the desktop entry, the Windows shortcut): the window, with the same options as
    ``meetingdesk`` (``--data-dir``, ``--db``, ``--lang`` …), parsed by the command line's own parser."""
    from meetingdesk.cli import build_parser

    return main(build_parser().parse_args(sys.argv[1:]))


def start_room(db, session_id: int, **options):  # type: ignore[no-untyped-def]
    """The room joins in: the phones' server for a session, started (``meetingdesk.room`` is imported here, when
    the facilitator turns joining on, never at start-up)."""
    from meetingdesk.room.server import Room

    return Room(db, session_id, **options).start()


def _connect_room() -> None:
    from meetingdesk.ui.windows import console_room

    console_room.starter = start_room  # the console reaches the room's server through this, only when asked


def main(args: argparse.Namespace | None = None) -> int:
    if args is not None and getattr(args, "screenshots", None):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering to files needs no screen
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from meetingdesk.domain.errors import UserError
    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.storage import is_server_url

    if QApplication.instance() is None:  # 125 % and 150 % screens scale exactly, not rounded to 100 % or 200 %
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("MeetingDesk")
    app.setOrganizationName("MeetingDesk")
    set_app_icon(app)
    settings = QSettings()
    lang = getattr(args, "lang", None) or str(settings.value("ui/lang", "th"))
    install_translation(app, lang)
    data_dir, db = getattr(args, "data_dir", None), getattr(args, "db", None)
    last = settings.value("db/last")
    remembered_server = data_dir is None and db is None and bool(last) and is_server_url(str(last))
    if remembered_server:
        db = str(last)  # the office server opened last time (remembered without a password)
    elif data_dir is None and db is None and last and Path(str(last)).exists():
        db = Path(str(last))  # later starts open the last database
    ctx = AppContext(paths=Paths.resolve(data_dir, db), lang=lang)
    _report_unexpected_errors(ctx)
    from meetingdesk.ui.interaction import interaction
    from meetingdesk.ui.windows.main_window import MainWindow

    screenshots = getattr(args, "screenshots", None)
    if not ctx.paths.db_url and not ctx.paths.db_path.exists():
        try:
            if not _first_start(ctx, QMessageBox, QInputDialog):
                return 0
        except UserError as exc:
            interaction().error(None, exc.message(ctx.lang))
            return 2
    window = MainWindow(ctx, deferred=True)  # the frame paints first; the database opens right after
    bench = os.environ.get("MEETINGDESK_BENCH_EXIT_WHEN_PAINTED", "")
    if bench == "frame":
        _exit_when_painted(window)
    outcome: dict[str, int] = {}

    def load() -> None:
        """Open the database (a server's off the screen's thread: it may take seconds to answer), then fill in
        the window."""
        if not ctx.paths.db_url:
            try:
                ctx.open(write=True, or_read_only=True)
            except UserError as exc:
                opened(exc)
                return
            opened(None)
            return
        from PySide6.QtGui import QGuiApplication

        from meetingdesk.domain.errors import DatabaseProblem
        from meetingdesk.ui.workers import Worker

        refused: list[UserError] = []

        def attempt() -> None:
            try:
                ctx.open(write=True, or_read_only=True)
            except UserError as exc:
                refused.append(exc)

        def answered(problem: UserError | None) -> None:
            QGuiApplication.restoreOverrideCursor()
            opened(problem)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        job = Worker(attempt, str)
        job.signals.done.connect(lambda _r: answered(refused[0] if refused else None))
        job.signals.failed.connect(lambda message: answered(DatabaseProblem(message, message)))
        window._opening = job  # type: ignore[attr-defined]  # kept until it has answered
        job.start()

    def opened(problem: UserError | None) -> None:
        fell_back = False
        try:
            if problem is not None:
                if not remembered_server:
                    raise problem
                # the server is down or refuses: this computer's own file (or the first-start choice) instead
                fell_back = _fall_back_from_server(ctx, problem, window, QMessageBox, QInputDialog)
                if not fell_back:
                    app.quit()
                    return
            window.load()
        except UserError as exc:
            interaction().error(window, exc.message(ctx.lang))
            outcome["code"] = 2
            app.quit()
            return
        if not screenshots and not fell_back:  # after a fall-back, the next start tries the server again
            # a server's URL is remembered without any password (libpq reads it from .pgpass or PGPASSWORD)
            settings.setValue("db/last", ctx.paths.shown if ctx.paths.db_url else str(ctx.paths.db_path.resolve()))
        if not ctx.db.read_only:
            window.in_background(lambda: _backup_on_open(ctx), "backup on open")  # without holding up the start
        # The console reaches the room's server through console_room.starter; set once the list is on screen, since
        # importing console_room loads the sessions services (it cost ~0.4 s before the first paint).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(200, _connect_room)
        if bench == "list":
            _exit_when_painted(window.table.viewport())
        if screenshots:
            from meetingdesk.ui.screenshots import take_screenshots

            for path in take_screenshots(window, screenshots):
                print(path)
            app.quit()

    _when_painted(window, load)
    window.show()
    code = int(app.exec())
    from PySide6.QtCore import QThreadPool

    from meetingdesk.ui.windows.main_file import OPEN_WINDOWS

    QThreadPool.globalInstance().waitForDone()  # a backup or an export still reading ends before the file closes

    for shown in (window, *OPEN_WINDOWS):  # the database file alone is complete after quitting (no -wal left)
        getattr(shown, "ctx", ctx).close()
    return outcome.get("code", code)


def _report_unexpected_errors(ctx) -> None:  # type: ignore[no-untyped-def]
    """A bug must not end in a traceback on a console nobody sees: it becomes a message (the transaction it
    interrupted was rolled back, so nothing shown as saved is lost) and a line in ``DATA_DIR/logs/errors.log``."""
    import datetime as dt
    import traceback

    def show(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        text = "".join(traceback.format_exception(kind, value, tb))
        log = ctx.paths.data_dir / "logs" / "errors.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as f:
                f.write(f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S}\n{text}")
        except OSError:
            pass
        if sys.__stderr__ is not None:
            sys.__stderr__.write(text)
        if QApplication.instance() is not None:
            from meetingdesk.ui.interaction import interaction

            th = "เกิดข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย รายละเอียดอยู่ในไฟล์"
            en = "Something unexpected went wrong. Nothing that was saved is lost. Details are in"
            interaction().error(None, f"{en if ctx.lang == 'en' else th} {log}\n\n{value}")

    sys.excepthook = show


def _when_painted(widget, then) -> None:  # type: ignore[no-untyped-def]
    """Run ``then`` once, as soon as the widget has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Painted(QObject):
        def eventFilter(self, _obj, event) -> bool:  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    widget._first_paint = Painted(widget)
    widget.installEventFilter(widget._first_paint)


def set_app_icon(app) -> None:  # type: ignore[no-untyped-def]
    """The MeetingDesk icon on every window (title bar, task bar): ``ui/icons.py`` names it."""
    from meetingdesk.ui.icons import set_app_icon

    set_app_icon(app)


def install_translation(app, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """The English interface: Qt's translation of every ``tr()`` string (``resources/i18n/meetingdesk_en.qm``).
    The Thai interface: our Thai for Qt's own standard buttons, file dialog and text menus (``qtbase_th.qm``;
    Qt ships none)."""
    from PySide6.QtCore import QTranslator

    from meetingdesk.resources import resource_path
    from meetingdesk.ui.language import set_ui_lang

    set_ui_lang(lang)  # for the labels tr() cannot translate: enum names, refusals, dates
    translator = QTranslator(app)
    name = "meetingdesk_en.qm" if lang == "en" else "qtbase_th.qm"
    if translator.load(str(resource_path("i18n", name))):
        app.installTranslator(translator)
        app._meetingdesk_translator = translator  # kept alive with the app
        return True
    return False


def _exit_when_painted(widget) -> None:  # type: ignore[no-untyped-def]
    """Print the wall-clock time of the widget's first paint and leave at once (used by benchmarks/gui_bench.py)."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, _obj, event) -> bool:  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.time():.6f}", flush=True)
                os._exit(0)
            return False

    widget._bench_filter = Painted(widget)
    widget.installEventFilter(widget._bench_filter)


def _backup_on_open(ctx) -> None:  # type: ignore[no-untyped-def]
    """A rotating copy on every start, so a bad day can always be undone."""
    from meetingdesk.services import settings
    from meetingdesk.services.backups import automatic_backup

    automatic_backup(ctx.paths, "open", keep=settings.get(ctx.db, settings.BACKUP_KEEP))


def _fall_back_from_server(ctx, problem, window, QMessageBox, QInputDialog) -> bool:  # type: ignore[no-untyped-def]
    """The office server remembered from last time cannot be opened (down, unreachable, the password changed):
    say so, then open this computer's own database file, or offer the first start's choice; False when the
    person chose neither."""
    from meetingdesk.services.context import Paths
    from meetingdesk.ui.interaction import interaction

    shown = ctx.paths.shown
    ctx.paths = Paths.resolve(None, None)
    local = ctx.paths.db_path.exists()
    if ctx.lang == "en":
        then = "This computer's own database opens instead." if local else "Choose how to start instead."
        text = f"The office server {shown} cannot be opened now.\n{problem.message('en')}\n\n{then}"
        text += " (File ▸ Open another database ▸ the office's server tries again.)"
    else:
        then = "จึงเปิดฐานข้อมูลในเครื่องนี้แทน" if local else "กรุณาเลือกวิธีเริ่มต้นแทน"
        text = f"ขณะนี้เปิดฐานข้อมูลของสำนักงาน {shown} ไม่ได้\n{problem.message('th')}\n\n{then}"
        text += " (ลองใหม่ได้จากเมนู แฟ้ม ▸ เปิดฐานข้อมูลอื่น ▸ ฐานข้อมูลของสำนักงาน)"
    interaction().warn(window, text)
    if local:
        ctx.open(write=True, or_read_only=True)
        return True
    return bool(_first_start(ctx, QMessageBox, QInputDialog))


def _first_start(ctx, QMessageBox, QInputDialog) -> bool:  # type: ignore[no-untyped-def]
    """Ask whether to start with the demo office or a new, empty one."""
    from meetingdesk.demo import build_demo
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
