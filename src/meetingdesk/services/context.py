"""The application context: where the data lives, the open database, the user's language.

Built once at start-up (by the CLI or the GUI) and passed in; importing this module sets nothing up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from meetingdesk.storage.database import DB_FILENAME, Database, open_database

APP_NAME = "MeetingDesk"


def default_data_dir() -> Path:
    """The user's data folder (``~/.local/share/MeetingDesk`` on Linux, ``%LOCALAPPDATA%`` on Windows)."""
    env = os.environ.get("MEETINGDESK_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Paths:
    """Where a MeetingDesk installation keeps its files."""

    data_dir: Path
    db_path: Path

    @classmethod
    def resolve(cls, data_dir: Path | None = None, db: Path | None = None) -> Paths:
        if data_dir:
            folder = Path(data_dir)
        elif db:
            folder = Path(db).resolve().parent  # a database chosen by path keeps its backups beside it
        else:
            folder = default_data_dir()
        return cls(data_dir=folder, db_path=Path(db) if db else folder / DB_FILENAME)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


@dataclass
class AppContext:
    """Everything a use case needs from its surroundings."""

    paths: Paths
    lang: str = "th"
    _db: Database | None = field(default=None, repr=False)

    def open(self, *, create: bool = False, read_only: bool = False) -> Database:
        if self._db is None:
            if create:
                self.paths.data_dir.mkdir(parents=True, exist_ok=True)
            self._db = open_database(
                self.paths.db_path, create=create, backup_dir=self.paths.backup_dir, read_only=read_only
            )
        return self._db

    @property
    def db(self) -> Database:
        return self.open()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
