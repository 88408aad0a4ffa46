"""Opening a MeetingDesk database: checks before any write, migrations after a backup, one engine.

Order matters for "leaves every file as it was": the file is identified read-only (header, application id,
schema revision) before a connection that could switch it to WAL or write to it is opened. An office server
(a ``postgresql://`` URL) is opened the same way: identified first, backed up with ``pg_dump`` before a
migration, one ``Database`` either way; what differs lives in ``storage/sqlite.py`` and ``storage/postgres.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meetingdesk.domain.errors import DatabaseProblem, EditConflict, InvalidInput, NotAllowed, ServerUnreachable
from meetingdesk.storage import (
    DB_FILENAME,  # noqa: F401  (re-exported)
    postgres,
    schema,
    sqlite,
)


@dataclass(frozen=True)
class Opened:
    """What ``open_database`` did on the way in (for the UI and tests)."""

    created: bool
    migrated_from: str | None
    backup: Path | None


class _FairLock:
    """Writers of one process take turns in the order they came (SQLite has one writer; its busy handler polls
    in sleeps of up to 100 ms and favours whoever asks at the right moment, so a window's Enter could wait
    behind a stream of phones' commits). A thread that holds it may take it again (nested ``writing()``)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._next = 0  # the next ticket to hand out
        self._serving = 0  # the ticket whose turn it is
        self._owner: int | None = None
        self._depth = 0

    @contextmanager
    def held(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
            else:
                ticket, self._next = self._next, self._next + 1
                self._cond.wait_for(lambda: self._serving == ticket)
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._serving += 1
                    self._cond.notify_all()


class Database:
    """The engine and the two ways to use it: ``reading()`` and ``writing()``, each one transaction.

    ``path`` is the SQLite file, or None on a server, whose URL (without any password) is in ``url``."""

    def __init__(
        self, path: Path | None, engine: Engine, *, read_only: bool, opened: Opened, url: str | None = None
    ) -> None:
        self.path = path
        self.url = url
        self._user: str | None = None
        self.engine = engine
        self.read_only = read_only
        self.opened = opened
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._turns = _FairLock()
        self.client_id = uuid.uuid4().hex[:12]  # names this client's changes to the others (storage/live_notes.py)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; its transaction ends (rolls back) when the block ends."""
        with _translated_errors(), Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection for reads that need no ORM (lists, reports): no mapper configuration, less work."""
        with _translated_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One user action: commits when the block ends (and the data is on disk), rolls back on error."""
        if self.read_only:
            raise DatabaseProblem(
                "ฐานข้อมูลเปิดแบบอ่านอย่างเดียว จึงบันทึกการเปลี่ยนแปลงไม่ได้",
                "The database is open read-only; changes cannot be saved.",
            )
        import meetingdesk.storage.audit  # noqa: F401  (its flush hook writes the audit trail; loads the models)

        with self._turns.held(), _translated_errors(), Session(self._writer, expire_on_commit=False) as s, s.begin():
            s.info["who"] = self.user
            if not self.on_server:
                yield s
                return
            from meetingdesk.storage import live_notes  # its flush hook notes what changed, for the other users

            s.info[live_notes.NOTES] = {}
            yield s
            live_notes.send(s, self.client_id, self.user)  # delivered by the server only if the commit succeeds

    @property
    def user(self) -> str:
        """Who writes, as the audit trail names them: the server's sign-in (``session_user``), or on a file the
        computer's account."""
        if self._user is None:
            if self.on_server:
                with self.engine.connect() as conn:
                    self._user = str(conn.exec_driver_sql("SELECT session_user").scalar())
            else:
                import getpass

                try:
                    self._user = getpass.getuser()
                except (KeyError, OSError):  # no account name to be had (a container without one)
                    self._user = "?"
        return self._user

    @property
    def on_server(self) -> bool:
        """True on PostgreSQL (several users at once), False on the embedded SQLite file."""
        return self.url is not None

    @property
    def location(self) -> str:
        """What to show a user: the file's path or the server's URL."""
        return self.url if self.url is not None else str(self.path)

    def close(self) -> None:
        """Give the database up; a writer first folds the write-ahead log into the file and empties it, so the
        ``.sqlite3`` file alone holds everything (a user copies that one file)."""
        if not self.read_only and not self.on_server:
            checkpoint(self.engine)
        self.engine.dispose()


def checkpoint(engine: Engine) -> None:
    """``PRAGMA wal_checkpoint(TRUNCATE)``: every committed page into the main file, the ``-wal`` file emptied.

    Best effort: when another connection (a second copy reading) keeps the log busy, the data is still safe in
    the log and SQLite checkpoints it on the next open; closing must not fail for that."""
    try:
        raw = engine.raw_connection()  # outside any transaction: a checkpoint cannot run inside one
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
        finally:
            raw.close()
    except (sqlite3.Error, SQLAlchemyError):
        pass  # closing never fails for a checkpoint it could not finish


_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


@event.listens_for(Session, "before_flush")
def _refuse_unstorable_text(s: Session, _context: object, _instances: object) -> None:
    """Text with a lone surrogate (half of a character, from a broken paste or file name) cannot be stored as
    UTF-8, and SQLite's text functions and the search index stop reading at a NUL; refuse both with a message
    before anything is written, instead of failing inside the driver or storing text search cannot see."""
    for obj in (*s.new, *s.dirty):
        for value in vars(obj).values():
            if isinstance(value, str) and _UNSTORABLE.search(value):
                raise InvalidInput(
                    "ข้อความมีอักขระที่ไม่สมบูรณ์ (ครึ่งตัวอักษร) กรุณาพิมพ์ใหม่หรือคัดลอกจากต้นฉบับอีกครั้ง",
                    "The text contains a broken character (half of a surrogate pair); please type or paste it again.",
                )


def _clash() -> EditConflict:
    return EditConflict(
        "มีผู้อื่นแก้ไขรายการเดียวกันในขณะเดียวกัน การแก้ไขของคุณยังไม่ได้บันทึก และไม่มีข้อมูลใดถูกเขียนทับ กรุณาลองอีกครั้ง",
        "Someone else changed the same entry at the same moment; your edit was not saved and nothing was"
        " overwritten. Please try again.",
    )


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Errors from the disk or a second writer become messages a user can act on."""
    try:
        yield
    except StaleDataError as exc:  # another person's change was committed between our read and our write
        raise _clash() from exc
    except DBAPIError as exc:
        if postgres.concurrent_clash(exc):  # the same row inserted by two desks at once, a deadlock: one won
            raise _clash() from exc
        if postgres.connection_lost(exc):  # an office server down or restarting: the action may be tried again
            raise ServerUnreachable(
                "ติดต่อเครื่องแม่ข่ายฐานข้อมูลไม่ได้ในขณะนี้ รายการนี้ยังไม่ได้บันทึก กรุณาลองอีกครั้ง",
                "The database server cannot be reached just now; this was not saved. Please try again.",
            ) from exc
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:  # the server refused this user (0008)
            raise not_allowed(str(exc.orig)) from exc
        if not isinstance(exc, OperationalError):
            raise
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(
                "ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น กรุณาลองใหม่อีกครั้ง",
                "The database is busy in another program; please try again.",
            ) from exc
        if "full" in text:  # SQLITE_FULL: the disk, or the database's size limit
            raise DatabaseProblem(
                "พื้นที่ดิสก์เต็ม บันทึกไม่ได้ ข้อมูลที่บันทึกแล้วยังอยู่ครบ",
                "The disk is full; nothing new was saved, and what was saved before is intact.",
            ) from exc
        if "disk i/o error" in text:
            raise DatabaseProblem(
                "เขียนข้อมูลลงดิสก์ไม่สำเร็จ (ไฟล์ถูกล็อกหรือดิสก์มีปัญหา) ข้อมูลที่บันทึกแล้วยังอยู่ครบ",
                "Writing to the disk failed (the file is locked or the disk has a problem); what was saved is intact.",
            ) from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseProblem(
                "ไฟล์ฐานข้อมูลเขียนไม่ได้ (อ่านอย่างเดียว) จึงบันทึกไม่ได้",
                "The database file cannot be written (read-only); nothing was saved.",
            ) from exc
        raise


INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of a refused GRANT-level or guard-trigger check (migration 0008)


def not_allowed(server_message: str) -> NotAllowed:
    """The server's refusal (``permission denied for table …``, or a guard trigger's ``may not …``) as a
    message a person can act on."""
    text = server_message.lower()
    if "certif" in text or "amendment" in text:
        return NotAllowed(
            "คุณไม่มีสิทธิ์รับรองรายงานการประชุม การเปลี่ยนแปลงยังไม่ได้บันทึก ขอสิทธิ์ผู้รับรองรายงานการประชุมจากผู้ดูแลระบบ",
            "You may not certify minutes; nothing was saved. Ask the administrator for the certifier's right.",
        )
    if " role" in text:  # CREATE/DROP ROLE, GRANT a group: ``meetingdesk users`` by someone without CREATEROLE
        return NotAllowed(
            "คุณไม่มีสิทธิ์จัดการผู้ใช้ ใช้บัญชีเจ้าของฐานข้อมูลที่มีสิทธิ์ CREATEROLE (createuser --createrole)",
            "You may not manage users; use the database owner's sign-in, which has CREATEROLE"
            " (createuser --createrole).",
        )
    if "of body" in text:
        return NotAllowed(
            "คุณไม่มีสิทธิ์แก้ไขการประชุมขององค์คณะนี้ การเปลี่ยนแปลงยังไม่ได้บันทึก ขอสิทธิ์จากผู้ดูแลระบบ",
            "You may not change this body's meetings; nothing was saved. Ask the administrator for the right.",
        )
    return NotAllowed(
        "คุณไม่มีสิทธิ์แก้ไขรายการนี้ การเปลี่ยนแปลงยังไม่ได้บันทึก ขอสิทธิ์จากผู้ดูแลระบบ",
        "You may not change this; nothing was saved. Ask the administrator for the right.",
    )


def _problem_not_ours(path: Path) -> DatabaseProblem:
    return DatabaseProblem(
        f"ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ MeetingDesk",
        f"{path} is not a MeetingDesk database.",
    )


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseProblem(f"ไม่พบโฟลเดอร์ {folder}", f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseProblem(
            f"โฟลเดอร์ {folder} เขียนไม่ได้ (สิทธิ์อ่านอย่างเดียว) กรุณาเลือกโฟลเดอร์อื่นด้วย --data-dir",
            f"The folder {folder} is read-only; choose another with --data-dir.",
        )


def identify(path: Path) -> str | None:
    """The schema revision of an existing MeetingDesk file, refusing anything else without writing to it."""
    if path.is_dir():
        raise DatabaseProblem(f"{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล", f"{path} is a folder, not a database file.")
    if not sqlite.looks_like_sqlite(path):
        raise _problem_not_ours(path)
    try:
        app_id, revision = sqlite.read_identity(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(
            f"เปิดไฟล์ {path} ไม่ได้: ไฟล์เสียหายหรือไม่ใช่ฐานข้อมูลของ MeetingDesk",
            f"Cannot open {path}: it is damaged or not a MeetingDesk database.",
        ) from exc
    if app_id != sqlite.APPLICATION_ID:
        raise _problem_not_ours(path)
    if revision not in schema.REVISIONS:
        raise DatabaseProblem(
            f"ฐานข้อมูล {path} สร้างโดย MeetingDesk รุ่นที่ใหม่กว่านี้ กรุณาปรับรุ่นโปรแกรมก่อนเปิด",
            f"{path} was made by a newer version of MeetingDesk; update the program to open it.",
        )
    return revision


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": sqlite.BUSY_TIMEOUT_MS / 1000})
    sqlite.install_connection_events(engine, read_only=read_only)
    return engine


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    read_only: bool = False,
) -> Database:
    """Open (or, with ``create``, make) the database at ``path`` (a file, or a ``postgresql://`` URL),
    migrating it to this version's schema.

    Raises ``DatabaseProblem`` for a missing file, a folder that cannot be written, a file that is not ours
    or comes from a newer version; in each case no file has been touched.
    """
    if postgres.is_url(path):
        from meetingdesk.storage.server import open_server

        return open_server(str(path), create=create, backup_dir=backup_dir, read_only=read_only)
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise DatabaseProblem(
            f"ยังไม่มีฐานข้อมูลที่ {path} (สร้างสำนักงานตัวอย่างได้ด้วยคำสั่ง meetingdesk demo)",
            f"There is no database at {path} yet (make the demo office with: meetingdesk demo).",
        )
    revision = identify(path) if exists else None
    if not read_only:
        _check_writable(path)
    backup = None
    migrated_from = None
    if exists and revision != schema.HEAD:
        if read_only:
            raise DatabaseProblem(
                "ฐานข้อมูลนี้ต้องปรับรุ่นก่อนใช้งาน แต่เปิดได้แบบอ่านอย่างเดียว",
                "This database needs an upgrade but is open read-only.",
            )
        folder = backup_dir or path.parent / "backups"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = folder / f"{path.stem}-before-{schema.HEAD}-{stamp}.sqlite3"
        sqlite.backup_to(path, backup)
        migrated_from = revision
    engine = make_engine(path, read_only=read_only)
    if not exists or revision != schema.HEAD:
        from meetingdesk.storage.migrate import upgrade

        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            if not exists:
                for leftover in (
                    path,
                    path.with_name(path.name + "-wal"),
                    path.with_name(path.name + "-shm"),
                ):
                    leftover.unlink(missing_ok=True)
            raise
    return Database(
        path,
        engine,
        read_only=read_only,
        opened=Opened(created=not exists, migrated_from=migrated_from, backup=backup),
    )
