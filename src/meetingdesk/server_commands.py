"""The command line's office-server commands (``meetingdesk transfer``, the demo office on a server), kept apart
from ``cli.py`` and loaded only when one of them runs. Never imports Qt."""

from __future__ import annotations

import argparse
import time
from typing import Any


def demo_on_server(ctx: Any, args: argparse.Namespace) -> int:
    """The demo office in an empty database on a server (the office's administrator made it)."""
    from meetingdesk.demo import build_demo
    from meetingdesk.domain.errors import DatabaseProblem
    from meetingdesk.services.first_view import office_name

    started = time.perf_counter()
    db = ctx.open(create=True)
    if office_name(db):
        ctx.close()
        raise DatabaseProblem(
            f"ฐานข้อมูล {ctx.paths.shown} มีสำนักงานอยู่แล้ว สำนักงานตัวอย่างต้องสร้างในฐานข้อมูลว่าง",
            f"{ctx.paths.shown} already holds an office; the demo office goes into an empty database.",
        )
    try:
        build_demo(db, scale=args.scale)
    finally:
        ctx.close()
    print(f"{ctx.paths.shown} ({args.scale}, {time.perf_counter() - started:.1f} s)")
    return 0


def transfer_office(args: argparse.Namespace) -> int:
    """``meetingdesk transfer``: each table's count and hash, then ``check`` on the copy."""
    from meetingdesk.services.check import check
    from meetingdesk.services.transfer import transfer
    from meetingdesk.storage.database import open_database

    report = transfer(args.source, args.target)
    for table in report.tables:
        print(f"{table.name:<26} {table.rows:>8}  {table.target_hash[:16]}  {'=' if table.equal else '≠'}")
    target = open_database(args.target)
    try:
        checked = check(target)
    finally:
        target.close()
    for problem in checked.problems:
        print(f"problem: {problem}")
    print(f"{report.source} → {report.target}: {len(report.tables)} tables, {report.rows} rows")
    return 0 if checked.ok else 1
