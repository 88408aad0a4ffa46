"""The dashboard page: its figures are the service's, a click on a bar opens the rows behind it in the tracker,
and nothing of it is loaded until it is opened."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingdesk.domain.progress import DecisionProgress
from meetingdesk.services import dashboard
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.services.progress import decision_ids
from meetingdesk.storage.database import Database
from meetingdesk.ui.pages.dashboard_page import DashboardPage
from meetingdesk.ui.windows.main_window import MainWindow
from tests.services.counted_office import FY, Counted, counted_office


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    ctx = AppContext(paths=Paths.resolve(tmp_path, db.path))
    ctx._db = db
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    return window


def _choose_year(page: DashboardPage, year: int) -> None:
    page.year.setCurrentIndex(page.year.findData(year))


def test_the_page_shows_the_services_figures(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    c = counted_office(db)
    window = _window(qtbot, db, tmp_path)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Ctrl+6 is the dashboard
    assert window.stack.currentWidget() is page
    _choose_year(page, FY)
    figures = dashboard.dashboard(db, fiscal_year=FY)
    for name in ("decisions_by_body", "decisions_by_quarter", "overdue_by_owner", "findings_by_project"):
        assert page.charts[name].chart == getattr(figures, name)
    assert page.tiles["decisions"].value.text() == "7"  # D1–D7 (counted_office.py)
    assert "3 ครั้ง" in page.tiles["decisions"].caption.text()
    assert page.tiles["carried_out"].value.text() == "20%"  # D1 of the five with something to carry out
    assert page.tiles["on_time"].value.text() == "50%"  # a1 on time, a2 late
    page.body.setCurrentIndex(page.body.findData(c.o.staff_body))
    assert [b.label for b in page.charts["decisions_by_body"].chart.bars] == ["ประชุมบุคลากร"]
    assert page.tiles["on_time"].value.text() == "—"  # nothing done with a due date: no rate
    assert [b.values for b in page.charts["satisfaction"].chart.bars] == [(3.0,)]
    shot = page.grab()
    assert not shot.isNull() and shot.height() > 600


def test_the_on_time_tile_names_its_denominator(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """The rate's denominator is the DONE actions that had a due date, not every action with one: in 2569 the
    counted office has ten actions (a1–a10), two cancelled (a7, a8), six with a due date (a1–a5, a9), three done
    (a1, a2, a10) of which two had a due date (a1 on time, a2 late) — "1 of 2", said as done and due."""
    from PySide6.QtWidgets import QApplication

    from meetingdesk.app import install_translation
    from meetingdesk.ui.language import set_ui_lang

    counted_office(db)
    window = _window(qtbot, db, tmp_path)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    _choose_year(page, FY)
    h = dashboard.dashboard(db, fiscal_year=FY).headline
    assert (h.done_on_time, h.done_with_due) == (1, 2)
    assert page.tiles["on_time"].caption.text() == "เสร็จตามกำหนด (1 จาก 2 รายการที่ดำเนินการแล้วและมีกำหนดเสร็จ)"
    app = QApplication.instance()
    assert install_translation(app, "en")
    try:
        page.refresh()
        assert page.tiles["on_time"].caption.text() == "done on time (1 of 2 done actions that had a due date)"
    finally:
        app.removeTranslator(app._meetingdesk_translator)  # type: ignore[attr-defined]
        set_ui_lang("th")


def _click(qtbot: QtBot, page: DashboardPage, chart: str, bar: int, series: int | None) -> None:
    widget = page.charts[chart]
    widget.grab()  # painted: its bars have their places
    part = next(p for p in widget.parts if p.bar == bar and p.series == series)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=part.rect.center().toPoint())


def test_clicking_a_bar_opens_its_rows_in_the_tracker(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    c: Counted = counted_office(db)
    window = _window(qtbot, db, tmp_path)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    _choose_year(page, FY)
    _click(qtbot, page, "decisions_by_body", 0, 3)  # the board's overdue decisions
    tracker = window.page("tracker")
    assert window.stack.currentWidget() is tracker
    shown = {tracker.model.row(n).decision_id for n in range(tracker.model.rowCount())}
    expected = decision_ids(
        db, DecisionProgress.OVERDUE, fiscal_year=FY, body_id=c.o.board, today=dt.date.today()
    )  # the page counts as of today
    assert c.decisions["D4"] in expected and shown == expected
    assert tracker.body.currentData() == c.o.board and tracker.year.currentData() == FY
    assert tracker.drill_bar.isVisible() and "เกินกำหนด" in tracker.drill_bar.label.text()

    window.show_page("dashboard")
    owners = [b.label for b in page.charts["overdue_by_owner"].chart.bars]
    _click(qtbot, page, "overdue_by_owner", owners.index("กลุ่มส่งเสริมการจัดการศึกษา"), 0)  # the group's overdue action
    assert tracker.overdue.isChecked() and "กลุ่มงาน" in tracker.drill_bar.label.text()
    rows = [tracker.model.row(n) for n in range(tracker.model.rowCount())]
    assert [(r.decision_id, r.action_id) for r in rows if r] == [(c.decisions["D7"], c.actions["a9"])]

    tracker.drill_bar.clear_button.click()  # back to the tracker's own filters
    assert not tracker.drill_bar.isVisible()
    assert tracker.model.rowCount() > 1


def test_start_up_loads_nothing_of_the_dashboard(demo_file: Path, tmp_path: Path) -> None:
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.ui.windows.main_window import MainWindow
app = QApplication([])
ctx = AppContext(paths=Paths.resolve({str(tmp_path)!r}, {str(demo_file)!r}))
ctx.open(write=False)
window = MainWindow(ctx)
window.show()
app.processEvents()
ours = ("meetingdesk.ui.pages.dashboard_page", "meetingdesk.ui.widgets.bar_chart", "meetingdesk.services.dashboard")
print(sorted(m for m in ours if m in sys.modules))
window.show_page("dashboard")
print(sorted(m for m in ours if m in sys.modules))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.strip().splitlines()
    assert before == "[]"
    assert after.count("meetingdesk") == 3
