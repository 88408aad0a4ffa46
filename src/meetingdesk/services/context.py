"""The application context: where the data lives, the open database, the user's language.

Built once at start-up (by the CLI or the GUI) and passed in; importing this module sets nothing up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.storage import DB_FILENAME, is_server_url
from meetingdesk.storage.lock import Holder, WriterLock

if TYPE_CHECKING:
    from meetingdesk.storage.database import Database

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
    """Where a MeetingDesk installation keeps its files, and its database: a file, or an office server's URL
    (``db_url``; then ``data_dir`` still holds the backups and attachments of this computer)."""

    data_dir: Path
    db_path: Path
    db_url: str | None = None

    @classmethod
    def resolve(cls, data_dir: Path | None = None, db: Path | str | None = None) -> Paths:
        url = str(db) if is_server_url(db) else None
        if data_dir:
            folder = Path(data_dir)
        elif db and not url:
            folder = Path(db).resolve().parent  # a database chosen by path keeps its backups beside it
        else:
            folder = default_data_dir()
        path = Path(db) if db and not url else folder / DB_FILENAME
        return cls(data_dir=folder, db_path=path, db_url=url)

    @property
    def location(self) -> Path | str:
        """What ``open_database`` takes: the server's URL, else the file."""
        return self.db_url if self.db_url else self.db_path

    @property
    def shown(self) -> str:
        """The location as a user may see it (a password typed into the URL left out)."""
        if self.db_url:
            from meetingdesk.storage.postgres import without_password

            return without_password(self.db_url)
        return str(self.db_path)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


@dataclass
class AppContext:
    """Everything a use case needs from its surroundings."""

    paths: Paths
    lang: str = "th"
    _db: Database | None = field(default=None, repr=False)
    lock: WriterLock | None = field(default=None, repr=False)
    locked_by: Holder | None = None  # another copy writes this database; we opened it read-only

    def open(
        self, *, create: bool = False, read_only: bool = False, write: bool = False, or_read_only: bool = False
    ) -> Database:
        """Open the database. ``write``: as its one writer (the lock beside it), or — with ``or_read_only`` —
        read-only when another copy of MeetingDesk is writing it; without that, a clear refusal."""
        if self._db is None:
            from meetingdesk.storage.database import identify, open_database  # SQLAlchemy loads here

            if create:
                self.paths.data_dir.mkdir(parents=True, exist_ok=True)
            path = self.paths.db_path
            if self.paths.db_url:  # a server: several writers are normal, no lock file
                self._db = open_database(
                    self.paths.db_url, create=create, backup_dir=self.paths.backup_dir, read_only=read_only
                )
                return self._db
            if write and not read_only and (create or path.exists()):
                if path.exists():
                    identify(path)  # a file that is not ours is refused before a lock file appears beside it
                read_only = not self.take_lock(or_read_only)
            try:
                self._db = open_database(path, create=create, backup_dir=self.paths.backup_dir, read_only=read_only)
            except BaseException:
                if self.lock is not None:  # nothing opened: nothing left beside the file
                    self.lock.release()
                    self.lock = None
                raise
        return self._db

    def take_lock(self, or_read_only: bool) -> bool:
        if not self.paths.db_path.parent.is_dir():
            return True  # nothing to lock yet; open_database gives the message
        lock = WriterLock(self.paths.db_path)
        try:
            taken = lock.acquire()
        except OSError:
            return True  # a read-only folder: open_database says so
        if taken:
            self.lock = lock
            return True
        self.locked_by = lock.holder()
        if or_read_only:
            return False
        who = self.locked_by
        raise DatabaseProblem(
            f"ฐานข้อมูลกำลังถูกแก้ไขโดย {who.describe('th') if who else 'โปรแกรมอื่น'} จึงทำรายการนี้ไม่ได้ในขณะนี้",
            f"The database is being changed by {who.describe('en') if who else 'another program'}; try again later.",
        )

    @property
    def db(self) -> Database:
        return self.open()

    def reopen(self) -> Database:
        """Close and open the database again, keeping the writer lock (after a restore)."""
        from meetingdesk.storage.database import open_database

        read_only = self._db.read_only if self._db is not None else False
        if self._db is not None:
            self._db.close()
            self._db = None
        self._db = open_database(self.paths.location, backup_dir=self.paths.backup_dir, read_only=read_only)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_reader(location: Path | str) -> Database:
    """The database at ``location`` (a file, or a server's URL) opened for reading only, by a second process of
    this program (the room's server, ``meetingdesk.room.child``) while the first keeps writing."""
    from meetingdesk.storage.database import open_database

    return open_database(location, read_only=True)
