"""The command line's office-server commands (``meetingdesk transfer``, ``restore`` onto a server, the demo office on a
server, ``meetingdesk users``), kept apart from ``cli.py``: what they import is loaded only when one of them runs
(the ``users`` parser is argparse alone). Never imports Qt."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

ROLES = ("reader", "secretary", "certifier", "admin")


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


def restore_office(args: argparse.Namespace) -> int:
    """``meetingdesk restore --from DUMP_OR_FILE --to URL``: into an empty database on a server, then verified
    (each table's count and hash, and ``check``)."""
    from meetingdesk.domain.errors import InvalidInput
    from meetingdesk.services.server_backup import restore_to_server
    from meetingdesk.storage import is_server_url

    source = args.source or args.file
    target = args.target or (args.db if isinstance(args.db, str) else None)
    if source is None or target is None or not is_server_url(target):
        raise InvalidInput(
            "การกู้คืนลงเครื่องแม่ข่าย: meetingdesk restore --from ไฟล์สำรอง --to postgresql://… (ฐานข้อมูลว่าง)",
            "Restoring onto a server: meetingdesk restore --from BACKUP --to postgresql://… (an empty database).",
        )
    report = restore_to_server(source, target)
    for table in report.tables:
        mark = ("=" if table.equal else "≠") if report.verified else " "
        print(f"{table.name:<26} {table.rows:>8}  {table.target_hash[:16]}  {mark}")
    for problem in report.problems:
        print(f"problem: {problem}")
    how = "counts and hashes equal" if report.verified else "no manifest beside the dump: checked only"
    print(f"{report.source} → {report.target} ({report.kind}): {len(report.tables)} tables, {report.rows} rows, {how}")
    return 0 if not report.problems else 1


def add_users_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """``meetingdesk users add|list|remove|grant|revoke`` (an office server's people and their rights)."""
    users = sub.add_parser("users", help="people and rights on an office server (--db postgresql://…)")
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="a person signs in as NAME with ROLE (password asked)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--body", action="append", default=[], metavar="ID_OR_SHORT_NAME", help="(repeatable)")
    lst = actions.add_parser("list", parents=[common], help="every user, role and body")
    lst.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", parents=[common], help="take back NAME's rights and drop the sign-in")
    remove.add_argument("name")
    for verb, what in (("grant", "may edit these bodies' meetings too"), ("revoke", "no longer edits them")):
        change = actions.add_parser(verb, parents=[common], help=f"NAME {what}")
        change.add_argument("name")
        change.add_argument("--body", action="append", required=True, metavar="ID_OR_SHORT_NAME")


def ask_password(name: str) -> str:
    """The new user's password: typed twice at a terminal (never echoed), or one line on standard input (a
    script: ``printf '%s\\n' "$PW" | meetingdesk users add …``); never an argument, never stored."""
    from meetingdesk.domain.errors import InvalidInput

    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"รหัสผ่านของ {name} / password for {name}: ")
        if getpass.getpass("อีกครั้ง / again: ") != first:
            raise InvalidInput("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ.")
        password = first
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise InvalidInput("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร", "The password needs at least 8 characters.")
    return password


def users(ctx: Any, args: argparse.Namespace) -> int:
    """``meetingdesk users …``: each change one transaction on the server, refused (exit 2) on a file."""
    import json

    from meetingdesk.services import rights

    db = ctx.open()
    try:
        if args.action == "add":
            exists = rights.check_user(db, args.name, args.role, args.body)
            password = None if exists else ask_password(args.name)
            rights.add_user(db, args.name, args.role, password=password, bodies=args.body)
            print(f"{args.name}: {args.role}" + (f" ({', '.join(args.body)})" if args.body else ""))
        elif args.action == "list":
            rows = rights.list_users(db)
            if args.json:
                listed = [{"name": r.name, "role": r.role, "bodies": list(r.bodies)} for r in rows]
                print(json.dumps(listed, ensure_ascii=False, indent=1))
            else:
                for row in rows:
                    print(f"{row.name:<24} {row.role:<10} {', '.join(row.bodies)}")
        elif args.action == "remove":
            rights.remove_user(db, args.name)
            print(f"{args.name}: removed")
        else:
            (rights.grant if args.action == "grant" else rights.revoke)(db, args.name, args.body)
            print(f"{args.name}: {args.action} {', '.join(args.body)}")
    finally:
        ctx.close()
    return 0
