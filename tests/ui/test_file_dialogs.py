"""Every file dialog starts in the user's Documents folder the first time, then in the folder last used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import BodyKind
from meetingdesk.services import meetings
from meetingdesk.services.context import AppContext
from meetingdesk.storage.models import Body
from meetingdesk.ui.file_dialogs import LAST_FOLDER_KEY
from meetingdesk.ui.windows.main_window import MainWindow
from meetingdesk.ui.windows.meeting import MeetingWindow


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home with a Documents folder; no folder remembered yet."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder / "Documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    QSettings().remove(LAST_FOLDER_KEY)
    return folder


def _dialogs(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Qt's dialogs answer from ``answers``; the folders they were asked to start in are collected."""
    started: list[str] = []

    def ask(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        started.append(start)
        return (answers.pop(0) if answers else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return started


def test_dialogs_start_in_documents_then_in_the_folder_last_used(
    qtbot: QtBot, ctx: AppContext, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert documents == home / "Documents"
    elsewhere = tmp_path / "ที่เก็บเอกสาร"
    elsewhere.mkdir()
    attachment = elsewhere / "แผน.txt"
    attachment.write_text("แผนงาน", encoding="utf-8")
    with ctx.db.reading() as s:
        body_id = s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()
    mid = meetings.create_meeting(ctx.db, meetings.NewMeeting(body_id=body_id, date=dt.date(2026, 12, 15)))
    window = MeetingWindow(ctx, mid)
    qtbot.addWidget(window)
    started = _dialogs(monkeypatch, [])
    window.export.ask_export("minutes", "pdf")  # cancelled
    assert Path(started[-1]).parent == documents and started[-1].endswith(".pdf")

    started = _dialogs(monkeypatch, [str(attachment)])
    window.agenda.reload()
    window.agenda.tree.setCurrentItem(window.agenda.tree.topLevelItem(0).child(0))
    window.agenda.ask_attach()
    assert Path(started[-1]) == documents

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    started = _dialogs(monkeypatch, [])
    main._ask_restore()
    window.export.ask_export("agenda", "docx")
    main._ask_backup()
    assert Path(started[0]) == elsewhere  # the folder the attachment came from
    assert Path(started[1]).parent == elsewhere and Path(started[2]).parent == elsewhere
