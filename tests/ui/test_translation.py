"""The English interface through Qt's translation system: every string the UI shows has its English, and a
window built with the English translation installed reads in English (labels, menus, headers, enum words)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingdesk.app import install_translation
from meetingdesk.resources import resource_path
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database
from meetingdesk.ui.language import set_ui_lang

ROOT = Path(__file__).resolve().parents[2]


def test_every_interface_string_has_its_english(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n
    finally:
        sys.path.remove(str(ROOT / "tools"))
    fresh = tmp_path / "fresh.ts"
    i18n.lupdate(fresh)  # what the code shows today
    sources = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    assert len(sources) > 200
    assert sorted(s for s in sources if s not in i18n.EN) == []
    committed = {m.findtext("source") for m in ET.parse(i18n.TS).getroot().iter("message")}
    assert sources == committed, "run `python tools/i18n.py` to bring resources/i18n/meetingdesk_en.ts up to date"
    unfinished = [m.findtext("source") for m in ET.parse(i18n.TS).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # fmt: skip
    assert unfinished == []


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    assert resource_path("i18n", "meetingdesk_en.qm").exists(), "make builds the .qm (tools/i18n.py --qm)"
    assert install_translation(app, "en")
    yield
    app.removeTranslator(app._meetingdesk_translator)
    set_ui_lang("th")


def test_the_main_window_in_english(qtbot: QtBot, demo_db: Database, tmp_path: Path, english: None) -> None:
    from meetingdesk.ui.pages.tracker_page import TrackerPage
    from meetingdesk.ui.windows.main_window import MainWindow

    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path), lang="en")
    ctx._db = demo_db
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(n).text() for n in range(window.nav.count())] == [
        "Meetings", "Group sessions", "Projects and findings", "Decisions and follow-up", "Bodies and people",
        "Dashboard", "Search results",
    ]  # fmt: skip
    assert [a.text() for a in window.menuBar().actions()] == ["File", "View"]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "No."
    tracker = window.show_page("tracker")
    assert isinstance(tracker, TrackerPage)
    assert (
        tracker.model.headerData(5, Qt.Orientation.Horizontal) == "Action"
        and tracker.status.itemText(1) == "Not started"
    )
    assert tracker.count.text().endswith(" rows")


def test_the_app_starts_in_english_from_the_command_line(demo_file: Path, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(demo_file, data / "meetingdesk.sqlite3")
    shots = tmp_path / "shots"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "--data-dir", str(data), "--lang", "en", "--screenshots", str(shots)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (shots / "main-meetings.png").stat().st_size > 10_000
