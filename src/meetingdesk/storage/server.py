"""Opening an office server's database (a ``postgresql://`` URL): reach it, identify it, back it up with
``pg_dump`` before a migration, migrate, hand back the one ``Database`` type.

Imported only when a URL is opened, so the SQLite path never loads it (nor the driver).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.storage import pgdialect, postgres, schema
from meetingdesk.storage.database import Database, Opened


def make_server_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine on the server (psycopg 3, with ``storage/pgdialect.py``'s savings); nothing is connected until
    first used. A server restarted since the last use: its pooled connections are replaced on checkout
    (``pgdialect.alive``, no ``SELECT 1`` per checkout as ``pool_pre_ping`` would send)."""
    engine = create_engine(
        postgres.engine_url(url).set(drivername=f"postgresql+{pgdialect.DRIVER}"),
        connect_args=postgres.connect_args(read_only=read_only),
    )
    event.listen(engine, "checkout", pgdialect.alive)
    return engine


def refusal(shown: str, exc: OperationalError) -> DatabaseProblem:
    """libpq's refusal as one message a person can act on (the server's words kept for the administrator)."""
    reason = str(exc.orig).strip() if exc.orig else str(exc)
    said = reason.splitlines()[0].rsplit("failed: ", 1)[-1].replace("FATAL:  ", "").strip()
    if "no password supplied" in reason:
        return DatabaseProblem(
            f"เครื่องแม่ข่าย {shown} ต้องการรหัสผ่าน กรุณาใส่รหัสผ่าน (หรือบันทึกไว้ในไฟล์ .pgpass)",
            f"The server {shown} asks for a password; enter it (or keep it in .pgpass).",
        )
    if "password authentication failed" in reason or "authentication failed" in reason:
        return DatabaseProblem(
            f"เข้าสู่ฐานข้อมูล {shown} ไม่ได้: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
            f"Cannot sign in to {shown}: wrong user name or password.",
        )
    if "role" in reason and "does not exist" in reason:
        return DatabaseProblem(
            f"เข้าสู่ฐานข้อมูล {shown} ไม่ได้: เครื่องแม่ข่ายไม่มีผู้ใช้ชื่อนี้ ({said})",
            f"Cannot sign in to {shown}: the server has no such user ({said}).",
        )
    if "database" in reason and "does not exist" in reason:
        name = re.search(r'database "([^"]+)"', reason)
        named = f" “{name.group(1)}”" if name else ""
        return DatabaseProblem(
            f"เครื่องแม่ข่ายไม่มีฐานข้อมูลชื่อ{named} ผู้ดูแลต้องสร้างก่อนด้วย createdb",
            f"The server has no database{named}; its administrator creates it first (createdb).",
        )
    return DatabaseProblem(
        f"ติดต่อเครื่องแม่ข่ายฐานข้อมูล {shown} ไม่ได้ ({said})",
        f"Cannot reach the database server {shown} ({said}).",
    )


def _is_no_right(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "42501"  # insufficient_privilege


def _no_right(shown: str, exc: DBAPIError) -> DatabaseProblem:
    """The server refused this sign-in the reading or the upgrade (a user without MeetingDesk rights, or a new
    version's migration run by someone other than the owner): say so, and who may do it."""
    reason = str(exc.orig).strip().splitlines()[0]
    return DatabaseProblem(
        f"เปิดฐานข้อมูล {shown} ไม่ได้: ผู้ใช้นี้ไม่มีสิทธิ์ ({reason}) ถ้าเป็นการปรับรุ่นโปรแกรม ให้เจ้าของฐานข้อมูลเปิดก่อนหนึ่งครั้ง"
        " หรือขอสิทธิ์จากผู้ดูแลระบบ",
        f"Cannot open {shown}: this user has no right to ({reason}). After a program update the database owner"
        " opens it once first; otherwise ask the administrator for a role.",
    )


def open_server(url: str, *, create: bool = False, backup_dir: Path | None = None, read_only: bool = False) -> Database:
    """Open the MeetingDesk database at ``url``; with ``create``, set up an empty database the office made.

    Refused, with nothing written: a server that cannot be reached or refuses the user, a database holding
    something else, one made by a newer MeetingDesk, an empty one without ``create``."""
    shown = postgres.without_password(url)
    engine = make_server_engine(url, read_only=read_only)
    try:
        with engine.connect() as conn:
            app_id, revision, has_tables = postgres.read_identity(conn)
    except OperationalError as exc:
        engine.dispose()
        raise refusal(shown, exc) from exc
    except DBAPIError as exc:
        engine.dispose()
        if _is_no_right(exc):
            raise _no_right(shown, exc) from exc
        raise
    try:
        _check_identity(shown, app_id, revision, has_tables, create=create)
        exists = app_id is not None
        backup = None
        if exists and revision != schema.HEAD:
            if read_only:
                raise DatabaseProblem(
                    "ฐานข้อมูลนี้ต้องปรับรุ่นก่อนใช้งาน แต่เปิดได้แบบอ่านอย่างเดียว",
                    "This database needs an upgrade but is open read-only.",
                )
            backup = _backup_before_upgrade(url, backup_dir)
        if revision != schema.HEAD:
            from meetingdesk.storage.migrate import upgrade

            try:
                upgrade(engine)  # each migration in its own transaction: a failed one leaves the database as it was
            except DBAPIError as exc:
                if _is_no_right(exc):
                    raise _no_right(shown, exc) from exc
                raise
    except BaseException:
        engine.dispose()
        raise
    opened = Opened(
        created=not exists, migrated_from=revision if exists and revision != schema.HEAD else None, backup=backup
    )
    return Database(None, engine, read_only=read_only, opened=opened, url=shown)


def _check_identity(shown: str, app_id: int | None, revision: str | None, has_tables: bool, *, create: bool) -> None:
    if app_id is None and has_tables:
        raise DatabaseProblem(
            f"ฐานข้อมูล {shown} มีข้อมูลของโปรแกรมอื่นอยู่ ไม่ใช่ฐานข้อมูลของ MeetingDesk",
            f"{shown} holds another program's tables; it is not a MeetingDesk database.",
        )
    if app_id is not None and app_id != postgres.APPLICATION_ID:
        raise DatabaseProblem(f"{shown} ไม่ใช่ฐานข้อมูลของ MeetingDesk", f"{shown} is not a MeetingDesk database.")
    if app_id is None and not create:
        raise DatabaseProblem(
            f"ฐานข้อมูล {shown} ยังว่างอยู่ (ตั้งค่าด้วยคำสั่ง meetingdesk --db URL demo หรือสร้างสำนักงานใหม่)",
            f"{shown} is empty (set it up with: meetingdesk --db URL demo, or create a new office).",
        )
    if revision is not None and revision not in schema.REVISIONS:
        raise DatabaseProblem(
            f"ฐานข้อมูล {shown} สร้างโดย MeetingDesk รุ่นที่ใหม่กว่านี้ กรุณาปรับรุ่นโปรแกรมก่อนเปิด",
            f"{shown} was made by a newer version of MeetingDesk; update the program to open it.",
        )


def _backup_before_upgrade(url: str, backup_dir: Path | None) -> Path | None:
    """A ``pg_dump`` of the database before it is migrated, when the program is installed here; without it the
    migrations are still safe (each runs in one transaction on the server)."""
    if backup_dir is None or postgres.tool("pg_dump") is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        return postgres.dump_to(url, backup_dir / f"server-before-{schema.HEAD}-{stamp}.pgdump")
    except OSError as exc:
        raise DatabaseProblem(
            f"สำรองฐานข้อมูลก่อนปรับรุ่นไม่สำเร็จ ({exc}) จึงยังไม่ปรับรุ่น",
            f"The backup before the upgrade failed ({exc}); the database was not upgraded.",
        ) from exc
