"""The desktop app's start, filter and memory, with the real widgets offscreen (called by ``benchmarks/run.py``).

    gui_bench.py bare                 a bare PySide6 window with one label, until painted
    gui_bench.py floor DB             that window + ``import sqlalchemy.orm`` + the meetings list query through
                                      the standard sqlite3 module, shown in the label, until painted
    gui_bench.py tracker DB           filter the decisions table of DB keystroke by keystroke (JSON timings)
    gui_bench.py memory DB            the app on DB with every page opened and the tracker scrolled; peak RSS

The start cases print ``painted <wall-clock time>`` and leave at once; the parent subtracts the time it
spawned them. The app itself is started as users start it (``python -m meetingdesk``), see ``run.py``.
"""

from __future__ import annotations

import json
import sys
import time


def painted_then_exit(widget) -> None:  # type: ignore[no-untyped-def]
    from meetingdesk.app import _exit_when_painted  # the very hook the app's own start uses

    _exit_when_painted(widget)


def bare(db: str | None) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    text = "MeetingDesk"
    if db is not None:
        import sqlite3

        import sqlalchemy.orm  # noqa: F401  - the import every SQLAlchemy program pays

        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        rows = con.execute(
            "SELECT m.id, b.name, m.body_id, m.number, m.year_be, m.date, m.status, m.title, m.place "
            "FROM meeting m JOIN body b ON b.id = m.body_id ORDER BY m.date DESC, m.id DESC"
        ).fetchall()
        text = f"{len(rows)} meetings"
    label = QLabel(text)
    label.resize(1200, 760)
    painted_then_exit(label)
    label.show()
    app.exec()


def _type(widget, ch: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def tracker(db: str) -> None:
    """Each keystroke: from the key to the filtered table repainted (the coalescing timer included)."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.ui.pages.tracker_page import TrackerPage

    app = QApplication(sys.argv)
    ctx = AppContext(paths=Paths.resolve(None, Path(db)))
    ctx.open()
    page = TrackerPage(ctx)
    page.resize(1200, 760)
    page.show()
    app.processEvents()
    total = page.model.rowCount()
    times = []
    for word in ("การอ่าน", "คู่มือ", "นิเทศ"):
        page.text.clear()
        app.processEvents()
        for ch in word:
            start = time.perf_counter()
            _type(page.text, ch)
            while page._coalesce.isActive():
                app.processEvents()
            page.table.viewport().repaint()
            times.append(time.perf_counter() - start)
    page.table.scrollToBottom()  # the lazy model fetches only the pages shown
    app.processEvents()
    print(json.dumps({"rows": total, "keystrokes": times}))


def memory(db: str) -> None:
    import resource
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.ui.windows.main_window import MainWindow

    app = QApplication(sys.argv)
    ctx = AppContext(paths=Paths.resolve(None, Path(db)))
    ctx.open()
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    for key in ("sessions", "projects", "tracker", "people", "meetings"):
        window.show_page(key)
        app.processEvents()
    page = window.page("tracker")
    for row in range(0, page.model.rowCount(), 2000):  # scroll through the whole table
        page.table.scrollTo(page.model.index(row, 0))
        app.processEvents()
    window.search_box.setText("การ")
    window.run_search()
    app.processEvents()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_mb": peak_kib / 1024}))


if __name__ == "__main__":
    mode = sys.argv[1]
    arg = sys.argv[2] if len(sys.argv) > 2 else None
    if mode == "bare":
        bare(None)
    elif mode == "floor":
        bare(arg)
    elif mode == "tracker":
        tracker(str(arg))
    elif mode == "memory":
        memory(str(arg))
    else:
        raise SystemExit(f"unknown mode {mode}")
