"""Every file dialog of the app: it starts in the folder the user chose last (remembered in QSettings), or in
the user's Documents folder the first time — never in the program's or the data's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    """The last folder a file was chosen in, if it still exists; else Documents; else home."""
    last = QSettings().value(LAST_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(chosen: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))


def open_file(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not name:
        return None
    remember(name)
    return Path(name)


def save_file(parent: QWidget | None, title: str, file_name: str, filters: str = "") -> Path | None:
    """``file_name`` is the suggested name, placed in the start folder."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / file_name), filters)
    if not name:
        return None
    remember(name)
    return Path(name)
