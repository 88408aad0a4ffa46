"""An office server's backups and their restore.

Backup: ``pg_dump`` (custom format) reads the snapshot a transaction of ours exported, and in that same
transaction every table's count and hash (the ones ``transfer`` compares) go into a manifest beside the dump
(``office.pgdump.manifest.json``): what the dump holds, exactly. Or the office is copied into a new SQLite file
(``transfer``, counts and hashes compared on both sides).

Restore (``meetingdesk restore --from FILE --to URL``; File ▸ Restore into an office server): into an EMPTY
database only (nothing is ever merged or overwritten) — a dump through ``pg_restore`` (versions checked first,
one transaction), a SQLite file through ``transfer``; then verified: each table's count and hash against the
manifest or the file, and ``check`` (certified minutes' hashes still valid, the schema current).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services.check import check
from meetingdesk.services.transfer import TableCopy, table_hash, tables, transfer
from meetingdesk.storage import pgdump, postgres, schema
from meetingdesk.storage.database import open_database
from meetingdesk.storage.server import make_server_engine, refusal

MANIFEST_SUFFIX = ".manifest.json"


def manifest_of(dump: Path) -> Path:
    return dump.with_name(dump.name + MANIFEST_SUFFIX)


def dump_office(url: str, target: Path) -> Path:
    """The server's own dump of the office and its manifest, both of one snapshot."""
    engine = make_server_engine(url, read_only=True)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
                postgres.dump_to(url, target, snapshot=str(snapshot))
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                hashes = {t.name: table_hash(conn, t) for t in tables()}
    except OperationalError as exc:
        raise refusal(postgres.without_password(url), exc) from exc
    finally:
        engine.dispose()
    manifest = {
        "revision": revision,
        "tables": {name: {"rows": rows, "sha256": digest} for name, (rows, digest) in hashes.items()},
    }
    manifest_of(target).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return target


@dataclass
class RestoreReport:
    source: Path
    target: str
    kind: str  # "pg_dump" or "sqlite"
    tables: list[TableCopy] = field(default_factory=list)
    verified: bool = False  # counts and hashes compared (a dump without its manifest: only check)
    problems: list[str] = field(default_factory=list)  # check's findings on the restored office

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _server_state(url: str) -> tuple[bool, int]:
    """(whether the database has any table, the server's major version)."""
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            _app_id, _revision, has_tables = postgres.read_identity(conn)
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    except OperationalError as exc:
        raise refusal(postgres.without_password(url), exc) from exc
    finally:
        engine.dispose()
    return has_tables, version // 10000


def _refuse_not_empty(url: str) -> None:
    raise DatabaseProblem(
        f"ฐานข้อมูล {postgres.without_password(url)} ไม่ว่าง การกู้คืนต้องใช้ฐานข้อมูลว่างที่เพิ่งสร้าง (createdb) ข้อมูลที่มีอยู่จึงไม่ถูกแตะต้อง",
        f"{postgres.without_password(url)} is not empty; a restore needs a new, empty database (createdb)."
        " Nothing in it was touched.",
    )


def restore_to_server(source: Path, url: str) -> RestoreReport:
    """Restore ``source`` (a ``pg_dump`` archive or a SQLite backup) into the empty database at ``url``."""
    source = Path(source)
    if not source.is_file():
        raise DatabaseProblem(f"ไม่พบไฟล์ {source}", f"There is no file {source}.")
    has_tables, server_major = _server_state(url)
    if not pgdump.is_dump(source):
        from meetingdesk.services.backups import check_restorable

        check_restorable(source)  # ours, sound, not from a newer MeetingDesk
        if has_tables:
            _refuse_not_empty(url)
        copied = transfer(source, url)  # refuses an office already there; compares counts and hashes
        report = RestoreReport(source, copied.target, "sqlite", copied.tables, verified=True)
    else:
        if has_tables:
            _refuse_not_empty(url)
        pgdump.restore_dump(url, source, server_major)
        report = RestoreReport(source, postgres.without_password(url), "pg_dump")
    database = open_database(url)  # migrates a backup of an older MeetingDesk
    try:
        if report.kind == "pg_dump":
            _compare_with_manifest(database.engine, source, report)
        report.problems = check(database).problems
    finally:
        database.close()
    return report


def _compare_with_manifest(engine: Engine, dump: Path, report: RestoreReport) -> None:
    """Each table's count and hash against the manifest written with the dump (when it is beside it, and of
    this schema: a backup migrated on the way in is checked by ``check`` alone)."""
    path = manifest_of(dump)
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    expected = manifest.get("tables") if manifest.get("revision") == schema.HEAD else None
    with engine.connect() as conn:
        for table in tables():
            rows, digest = table_hash(conn, table)
            wanted = expected.get(table.name, {}) if expected is not None else {"sha256": digest}
            report.tables.append(TableCopy(table.name, rows, str(wanted.get("sha256")), digest))
    report.verified = expected is not None
    unequal = [t.name for t in report.tables if not t.equal]
    if unequal:
        raise DatabaseProblem(
            f"ข้อมูลที่กู้คืนไม่ตรงกับไฟล์สำรอง (ตาราง {', '.join(unequal)}) กรุณาตรวจสอบไฟล์สำรอง",
            f"The restored data differs from the backup (tables {', '.join(unequal)}); check the backup file.",
        )
