"""One language on screen at a time. Every window is built in Thai and in English and its own words — labels,
buttons, group and tab titles, placeholders, column headers, window titles — are read off the widget tree: the
English interface shows no Thai and the Thai interface no English words, outside the office's own data (names of
bodies, people, meetings …, read from the database and taken out of the text first). Qt's standard buttons are
Thai in the Thai interface (Qt ships no Thai: ours is resources/i18n/qtbase_th.ts)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.app import install_translation
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Body, Meeting, Office, Person, Project, WorkGroup
from meetingdesk.ui.language import set_ui_lang

THAI = re.compile(r"[\u0e00-\u0e7f]+")
# Words the Thai interface keeps in English: file formats, the program's name, keys, technique names, codes.
ENGLISH_ALLOWED = {"PDF", "DOCX", "CSV", "XLSX", "UTF", "MeetingDesk", "Ctrl", "Enter", "Alt", "Shift", "Esc",
                   "Focus", "Group", "PLC", "HH", "mm", "TH", "SarabunIT", "Sarabun", "New", "PSK", "Tab",
                   "Del"}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    lang = request.param
    app = QApplication.instance()
    assert install_translation(app, lang)
    yield lang
    app.removeTranslator(app._meetingdesk_translator)
    set_ui_lang("th")


def user_data(db: Database) -> list[str]:
    """Everything the office typed: it may be shown in either language."""
    with db.reading() as s:
        texts = [*s.scalars(select(Body.name)), *s.scalars(select(Office.name)), *s.scalars(select(WorkGroup.name))]
        texts += [
            *s.scalars(select(Meeting.title)),
            *s.scalars(select(Meeting.place)),
            *s.scalars(select(Project.name)),
        ]
        texts += list(s.scalars(select(AgendaItem.title)))
        for p in s.scalars(select(Person)):
            texts += [p.full_name, p.position, p.organisation]
    return sorted({t for t in texts if t}, key=len, reverse=True)


def chrome(widget: QWidget) -> list[str]:
    """The texts a widget tree shows of its own (not the items of lists and tables, which are data)."""
    found = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            found.append(w.text())
        elif isinstance(w, QAbstractButton):
            found += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            found += [w.tabText(n) for n in range(w.count())]
        headed = not isinstance(w, QTableView) or not w.horizontalHeader().isHidden()  # a hidden header says nothing
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None and headed:
            model = w.model()
            columns = model.columnCount(QModelIndex())
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    return [t for t in found if t]


def strays(texts: list[str], lang: str, data: list[str]) -> list[str]:
    out = []
    for text in texts:
        rest = text
        for known in data:
            rest = rest.replace(known, " ")
        if lang == "en":
            if THAI.search(rest):
                out.append(text)
        elif [w for w in ENGLISH_WORD.findall(rest) if w not in ENGLISH_ALLOWED]:
            out.append(text)
    return sorted(set(out))


@pytest.mark.parametrize("translated", ["th", "en"], indirect=True)
def test_every_window_shows_one_language(qtbot: QtBot, demo_db: Database, tmp_path: Path, translated: str) -> None:
    from meetingdesk.ui.windows.main_window import PAGES, MainWindow
    from meetingdesk.ui.windows.settings_dialog import SettingsDialog

    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path), lang=translated)
    ctx._db = demo_db
    data = user_data(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    shown: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        shown[f"page {key}"] = strays(chrome(window), translated, data)
    shown["dashboard charts"] = strays(window.page("dashboard").texts(), translated, data)  # type: ignore[attr-defined]
    model = window.model  # the meetings list: the number, date and status columns are the program's words
    shown["meetings list"] = strays(
        [str(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in (1, 3)], translated, data
    )
    tracker = window.show_page("tracker")  # dates, statuses (the rows the page has loaded)
    tm = tracker.model
    shown["tracker"] = strays(
        [str(tm.data(tm.index(r, c))) for r in range(min(tm.rowCount(), 50)) for c in (2, 7, 8)], translated, data
    )
    window.show_page("sessions")
    sessions = window._session_model  # technique and status
    shown["sessions list"] = strays(
        [str(sessions.data(sessions.index(r, c))) for r in range(sessions.rowCount()) for c in (0, 1)], translated, data
    )
    meeting = window.open_meeting(window.model.row_id(0))
    qtbot.addWidget(meeting)
    for n in range(meeting.tabs.count()):
        meeting.tabs.setCurrentIndex(n)
        shown[f"meeting tab {n + 1}"] = strays(chrome(meeting), translated, data)
    settings = SettingsDialog(ctx, window)
    qtbot.addWidget(settings)
    shown["settings"] = strays(chrome(settings), translated, data)
    from meetingdesk.services.sessions import list_sessions
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
    from meetingdesk.ui.windows.new_session_dialog import NewSessionDialog

    for row in list_sessions(demo_db):  # the facilitator's console of every technique, and its projector
        console = FacilitatorConsole(demo_db, row["id"])
        qtbot.addWidget(console)
        shown[f"console {row['technique']}"] = strays(chrome(console), translated, data)
        projector = console.open_projector()
        qtbot.addWidget(projector)
        shown[f"projector {row['technique']}"] = strays(chrome(projector), translated, data)
    new_session = NewSessionDialog(demo_db, window)
    qtbot.addWidget(new_session)
    shown["new session"] = strays(chrome(new_session), translated, data)
    stray = {where: texts for where, texts in shown.items() if texts}
    assert stray == {}, "\n".join(f"{where}: {texts}" for where, texts in stray.items())


@pytest.mark.parametrize("translated", ["th"], indirect=True)
def test_qts_own_buttons_and_file_dialog_are_thai(qtbot: QtBot, translated: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "MeetingDesk", "ลบหรือไม่?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"ใช่", "ไม่ใช่"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"ตกลง", "ยกเลิก"}
    dialog = QFileDialog(None, "บันทึกเอกสาร")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
    assert {"ค้นหาใน:", "ชื่อไฟล์:", "ชนิดของไฟล์:"} <= labels
    assert {"บันทึก", "ยกเลิก"} <= {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
