"""Backups: automatic and rotating (on open, daily, before restores), by hand to a file, and restoring one.

Copies are taken with SQLite's online backup API, so they are consistent even while the database is in use. An
office server is backed up by its own ``pg_dump`` (one snapshot, while others write; ``server_backup.py``) or
copied into a SQLite file (``transfer``) when asked; its automatic
backups are the server's administrator's (each desk copying the whole office at every start would not do).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services.context import Paths
from meetingdesk.storage import sqlite
from meetingdesk.storage.database import identify

AUTO_PREFIX = "auto-"
MAX_RESTORE_BYTES = 2 * 1024**3  # far beyond any office's database; anything bigger is not one of ours


def backup_to_file(paths: Paths, target: Path) -> Path:
    """A copy of the database where the user chose (File → Backup, ``meetingdesk backup``); a disk's refusal
    becomes a message."""
    try:
        if paths.db_url and target.suffix in (".sqlite3", ".db"):
            return _server_to_file(paths.db_url, target)
        if paths.db_url:
            from meetingdesk.services.server_backup import dump_office

            dump_office(paths.db_url, target)  # with its manifest of counts and hashes, of the same snapshot
        else:
            sqlite.backup_to(paths.db_path, target)
    except FileNotFoundError as exc:
        raise DatabaseProblem(
            "สำรองฐานข้อมูลบนเครื่องแม่ข่ายต้องใช้โปรแกรม pg_dump (ติดตั้ง postgresql-client) หรือใช้ meetingdesk transfer ลงไฟล์",
            "Backing up a server database needs pg_dump (install postgresql-client),"
            " or use meetingdesk transfer to a file.",
        ) from exc
    except OSError as exc:
        raise DatabaseProblem(f"สำรองข้อมูลไม่สำเร็จ: {exc.strerror}", f"Backup failed: {exc.strerror}") from exc
    return target


def _server_to_file(url: str, target: Path) -> Path:
    """A server's office copied into a new SQLite file (``transfer``: counts and hashes compared), written
    beside the target first so a file it replaces stays whole until the copy is."""
    from meetingdesk.services.transfer import transfer

    part = target.with_name(target.name + ".part")
    for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
        leftover.unlink(missing_ok=True)
    transfer(url, part)
    os.replace(part, target)
    return target


def automatic_backup(paths: Paths, reason: str, *, keep: int = 10, now: dt.datetime | None = None) -> Path | None:
    """Copy the database into the backup folder and keep only the newest ``keep`` automatic copies (none for a
    server's database)."""
    if paths.db_url:
        return None
    moment = now or dt.datetime.now()
    target = paths.backup_dir / f"{AUTO_PREFIX}{moment:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    sqlite.backup_to(paths.db_path, target)
    for old in automatic_backups(paths)[keep:]:
        old.unlink(missing_ok=True)
    return target


def automatic_backups(paths: Paths) -> list[Path]:
    """Newest first."""
    if not paths.backup_dir.is_dir():
        return []
    return sorted(paths.backup_dir.glob(f"{AUTO_PREFIX}*.sqlite3"), reverse=True)


def daily_backup(paths: Paths, *, keep: int = 10, now: dt.datetime | None = None) -> Path | None:
    """An automatic copy unless one was already made today."""
    today = (now or dt.datetime.now()).strftime("%Y%m%d")
    if any(p.name.startswith(f"{AUTO_PREFIX}{today}") for p in automatic_backups(paths)):
        return None
    return automatic_backup(paths, "daily", keep=keep, now=now)


def check_restorable(file: Path) -> str | None:
    """Refuse a file that is missing, huge, truncated, damaged, not ours or too new; return its schema revision."""
    file = Path(file)
    if not file.is_file():
        raise DatabaseProblem(f"ไม่พบไฟล์ {file}", f"There is no file {file}.")
    if file.stat().st_size > MAX_RESTORE_BYTES:
        raise DatabaseProblem(
            f"ไฟล์ {file} ใหญ่เกินกว่าจะเป็นฐานข้อมูลของ MeetingDesk", f"{file} is too large to be a MeetingDesk database."
        )
    revision = identify(file)
    try:
        con = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"ไฟล์ {file} เสียหาย", f"{file} is damaged.") from exc
    if result != ["ok"]:
        raise DatabaseProblem(
            f"ไฟล์ {file} เสียหาย (ตรวจความถูกต้องไม่ผ่าน) จึงไม่นำมาใช้แทนฐานข้อมูลปัจจุบัน",
            f"{file} is damaged (integrity check failed); the current database was left as it is.",
        )
    return revision


def restore(paths: Paths, file: Path, *, now: dt.datetime | None = None) -> Path:
    """Replace the database with ``file`` after checking it, keeping the replaced one; returns that copy.

    The caller holds the writer lock (no other copy is writing).
    """
    check_restorable(file)
    kept = None
    if paths.db_path.exists():  # kept outside the rotation: a restore is never undone by a later clean-up
        kept = paths.backup_dir / f"replaced-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.sqlite3"
        sqlite.backup_to(paths.db_path, kept)
    incoming = paths.db_path.with_name(paths.db_path.name + ".restoring")
    sqlite.backup_to(Path(file), incoming)
    for leftover in (paths.db_path.with_name(paths.db_path.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(incoming, paths.db_path)
    return kept or paths.db_path
