"""Restoring an office server's backup (``pg_dump``'s custom format) with the server's own ``pg_restore``, after
checking that the two fit: the ``pg_restore`` here reads archives of its own major version and older, and a
dump taken from a newer server than the target may hold what the target cannot run.

A restore goes into an empty database only (the office's administrator makes one with ``createdb``) and runs
in one transaction: it stops at the first error and leaves the database as empty as it found it.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.storage.postgres import tool, tool_env, without_password

DUMP_MAGIC = b"PGDMP"


def is_dump(path: Path) -> bool:
    """A ``pg_dump`` archive in the custom format (its first bytes say so)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


@dataclass(frozen=True)
class DumpInfo:
    dumped_from: int  # the server's major version
    dumped_by: int  # pg_dump's major version


def _major(version_text: str) -> int:
    found = re.search(r"(\d+)(?:\.\d+)?", version_text)
    return int(found.group(1)) if found else 0


def _pg_restore() -> Path:
    found = tool("pg_restore")
    if found is None:
        raise DatabaseProblem(
            "การกู้คืนไฟล์สำรองของเครื่องแม่ข่ายต้องใช้โปรแกรม pg_restore (ติดตั้ง postgresql-client)",
            "Restoring a server backup needs pg_restore (install postgresql-client).",
        )
    return found


def tool_major(program: Path) -> int:
    done = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=False)
    return _major(done.stdout.split(")", 1)[-1])


def read_dump(path: Path) -> DumpInfo:
    """The versions an archive names in its header (``pg_restore --list``); a file that is not one is refused."""
    done = subprocess.run([str(_pg_restore()), "--list", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DatabaseProblem(
            f"ไฟล์ {path} ไม่ใช่ไฟล์สำรองของ pg_dump ที่อ่านได้ ({done.stderr.strip()})",
            f"{path} is not a pg_dump backup that can be read ({done.stderr.strip()}).",
        )
    found = {
        key: _major(value)
        for key, value in re.findall(r"^;\s+Dumped (from database|by pg_dump) version: (.+)$", done.stdout, re.M)
    }
    return DumpInfo(dumped_from=found.get("from database", 0), dumped_by=found.get("by pg_dump", 0))


def check_fits(info: DumpInfo, restorer: int, server: int) -> None:
    """Refuse a pair that does not fit, before anything is written."""
    if info.dumped_by > restorer:
        raise DatabaseProblem(
            f"ไฟล์สำรองเขียนโดย pg_dump รุ่น {info.dumped_by} แต่ pg_restore ในเครื่องนี้เป็นรุ่น {restorer} "
            f"(ติดตั้ง postgresql-client รุ่น {info.dumped_by} ขึ้นไป)",
            f"The backup was written by pg_dump {info.dumped_by} but this computer's pg_restore is {restorer}"
            f" (install postgresql-client {info.dumped_by} or newer).",
        )
    if info.dumped_from > server:
        raise DatabaseProblem(
            f"ไฟล์สำรองมาจากเครื่องแม่ข่าย PostgreSQL รุ่น {info.dumped_from} ซึ่งใหม่กว่าเครื่องปลายทาง (รุ่น {server}) "
            "ใช้ meetingdesk transfer ผ่านไฟล์ SQLite แทน",
            f"The backup comes from PostgreSQL {info.dumped_from}, newer than the target server ({server});"
            " move the office through a SQLite file with meetingdesk transfer instead.",
        )


def restore_dump(url: str, path: Path, server_major: int) -> DumpInfo:
    """``pg_restore`` the archive into the (empty) database at ``url``, in one transaction."""
    restorer = _pg_restore()
    info = read_dump(path)
    check_fits(info, tool_major(restorer), server_major)
    done = subprocess.run(
        [
            str(restorer),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={without_password(url)}",
            str(path),
        ],
        capture_output=True,
        text=True,
        env=tool_env(url),
        check=False,
    )
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "pg_restore failed"
        raise DatabaseProblem(
            f"กู้คืนไฟล์สำรองไม่สำเร็จ ฐานข้อมูลปลายทางยังว่างเหมือนเดิม ({said})",
            f"The restore failed; the target database is still empty ({said}).",
        )
    return info
