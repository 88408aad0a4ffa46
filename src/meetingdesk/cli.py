"""The ``meetingdesk`` command: headless commands, or the desktop app when none is given.

Never imports Qt for a headless command (a test checks ``sys.modules``). Imports are deferred to the command
that needs them, so ``meetingdesk list meetings --json`` pays only for what it uses.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from meetingdesk import __version__
from meetingdesk.cli_reports import REPORTS, add_framework_command, cmd_framework, export_report
from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.server_commands import add_users_command, users

EXIT_USER_ERROR = 2


def _lang() -> str:
    lang = os.environ.get("MEETINGDESK_LANG") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") and os.environ.get("MEETINGDESK_LANG") else "th"


def _location(text: str) -> Path | str:
    """``--db``: a file, or a server's URL (``postgresql://user@host/db``, ``postgresql:///db?host=/socket``)."""
    from meetingdesk.storage import is_server_url

    return text if is_server_url(text) else Path(text)


def _add_common(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--data-dir", type=Path, default=default, help="folder for the database and backups")
    parser.add_argument(
        "--db",
        type=_location,
        default=default,
        help="database file (default: DATA_DIR/meetingdesk.sqlite3) or an office server's postgresql:// URL",
    )
    parser.add_argument("--lang", choices=("th", "en"), default=default, help="language of messages (default: Thai)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meetingdesk",
        description="MeetingDesk: การประชุมที่ตัดสินใจได้ และติดตามมติจนเสร็จ / meetings that decide, followed through",
    )
    _add_common(parser, None)
    # The options work before or after the command; SUPPRESS keeps a subcommand from resetting what came before.
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"MeetingDesk {__version__}")
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="render each main view to PNG and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="build the demo office")
    demo.add_argument("--scale", choices=("year", "decade"), default="year")
    demo.add_argument("--replace", action="store_true", help="replace an existing database (a backup is kept)")

    lst = sub.add_parser("list", parents=[common], help="list meetings, decisions or actions")
    lst.add_argument("what", choices=("meetings", "decisions", "actions", "sessions"))
    lst.add_argument("--json", action="store_true")

    search = sub.add_parser("search", parents=[common], help="search Thai text everywhere")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=50)

    sub.add_parser("check", parents=[common], help="check integrity, schema and certified minutes")

    setting = sub.add_parser("setting", parents=[common], help="show or change an office setting")
    setting.add_argument("key", nargs="?", help="e.g. backup.keep")
    setting.add_argument("value", nargs="?")

    restore = sub.add_parser("restore", parents=[common], help="replace the database with a backup FILE")
    restore.add_argument("file", type=Path, nargs="?")
    restore.add_argument("--from", dest="source", type=Path, metavar="DUMP|FILE", help="a server's backup, or a file")
    restore.add_argument("--to", dest="target", metavar="URL", help="an empty database on a server to restore into")

    export = sub.add_parser("export", parents=[common], help="write a meeting's documents, a report or the calendar")
    export.add_argument("document", choices=("minutes", "agenda", "signin", "focus-group", *REPORTS))
    export.add_argument(
        "meeting_id", type=int, nargs="?", metavar="ID", help="the meeting's id (a session's for focus-group)"
    )
    export.add_argument("--format", choices=("docx", "pdf", "xlsx"), help="docx (default for a meeting), pdf, xlsx")
    export.add_argument("--fy", type=int, metavar="YEAR_BE", help="fiscal year (B.E.) of a report")
    export.add_argument("--body", type=int, metavar="ID", help="one body's follow-up report (default: every body)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--style", choices=("detailed", "summary", "resolutions"))
    export.add_argument("--thai-digits", action="store_true", help="print Thai digits (๐-๙) throughout")
    export.add_argument("--include-confidential", action="store_true")
    export.add_argument("--draft", action=argparse.BooleanOptionalAction, default=None, help="mark as draft")
    export.add_argument("--font", help="Thai font named in the DOCX (default: TH Sarabun New)")
    export.add_argument("--template", type=Path, help="the office's own DOCX template (letterhead, margins)")
    export.add_argument("--pdf-font", type=Path, metavar="TTF", help="a TH Sarabun TTF for the PDF (used at 16 pt)")

    backup = sub.add_parser("backup", parents=[common], help="copy the database to FILE")
    backup.add_argument("file", type=Path)
    add_framework_command(sub, common)

    transfer = sub.add_parser(
        "transfer", help="copy an office between a SQLite file and a PostgreSQL server (into a new, empty database)"
    )
    transfer.add_argument("--from", dest="source", type=_location, required=True, metavar="FILE|URL")
    transfer.add_argument("--to", dest="target", type=_location, required=True, metavar="FILE|URL")
    transfer.add_argument("--lang", choices=("th", "en"), default=None, help="language of messages")
    add_users_command(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = args.lang or _lang()
    if args.command is None:
        from meetingdesk.app import main as gui_main

        return gui_main(args)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except UserError as exc:
        _release_locks()
        print(f"meetingdesk: {exc.message(lang)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours. Python's documented recipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


_contexts: list[Any] = []


def _context(args: argparse.Namespace) -> Any:
    from meetingdesk.services.context import AppContext, Paths

    ctx = AppContext(paths=Paths.resolve(args.data_dir, args.db), lang=args.lang or _lang())
    _contexts.append(ctx)
    return ctx


def _release_locks() -> None:
    """A refused command gives back the writer lock at once (the OS would too, but the file would stay)."""
    for ctx in _contexts:
        if ctx.lock is not None:
            ctx.lock.release()
            ctx.lock = None


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from meetingdesk.demo import build_demo
    from meetingdesk.domain.errors import DatabaseProblem
    from meetingdesk.storage import sqlite

    ctx = _context(args)
    path = ctx.paths.db_path
    if ctx.paths.db_url:
        from meetingdesk.server_commands import demo_on_server

        return demo_on_server(ctx, args)
    if path.exists():
        if not args.replace:
            raise DatabaseProblem(
                f"มีฐานข้อมูลอยู่แล้วที่ {path} (ใช้ --replace เพื่อแทนที่ โดยจะสำรองไฟล์เดิมไว้)",
                f"A database already exists at {path} (use --replace to replace it; the old one is backed up).",
            )
        ctx.take_lock(or_read_only=False)  # nobody else may be writing what we replace
        from meetingdesk.storage.database import identify

        identify(path)  # never replace a file that is not ours
        saved = ctx.paths.backup_dir / f"{path.stem}-replaced-{time.strftime('%Y%m%d-%H%M%S')}.sqlite3"
        sqlite.backup_to(path, saved)
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        print(f"backup: {saved}", file=sys.stderr)
    db = ctx.open(create=True)
    started = time.perf_counter()
    last = [0.0]

    def progress(what: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.2 or done == total):
            last[0] = now
            print(f"\r{what}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    try:
        build_demo(db, scale=args.scale, progress=progress)
    except BaseException:
        ctx.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)  # a half-built demo is worth nothing
        raise
    ctx.close()
    print(f"{path} ({args.scale}, {time.perf_counter() - started:.1f} s)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    db = _context(args).open()
    if args.what == "sessions":
        from meetingdesk.services.sessions import list_sessions

        rows = list_sessions(db)
    elif args.what == "meetings":
        # the rows of ``listing.list_meetings`` without loading the ORM models (~100 ms of the command's time)
        from meetingdesk.services.first_view import meetings

        rows = meetings(db)
    else:
        from meetingdesk.services import listing

        rows = {
            "decisions": listing.list_decisions,
            "actions": listing.list_actions,
        }[args.what](db)
    if args.json:
        _print_json(rows)
        return 0
    line = {
        "meetings": "{id:>6}  {date}  {number}/{year_be:<6} {status:<16} {body}",
        "decisions": "{id:>6}  {date}  {meeting:<8} {item_number:<5} {kind:<9} {text}",
        "actions": "{id:>6}  {due:<10}  {status:<12} {late:<7} {owner}: {title}",
        "sessions": "{id:>6}  {technique:<13} {status:<7} {cards:>5} cards {clusters:>3} groups  {title}",
    }[args.what]
    for row in rows:
        if args.what == "actions":
            row = {**row, "due": row["due_date"] or "-", "late": "overdue" if row["overdue"] else ""}
        print(line.format(**row))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from meetingdesk.services.search import search

    hits = search(_context(args).open(), args.text, limit=args.limit)
    if args.json:
        _print_json([hit.as_dict() for hit in hits])
        return 0
    for hit in hits:
        print(f"{hit.kind:<12} {hit.id:>6}  {hit.title}\n             {hit.snippet}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meetingdesk.services.check import check

    ctx = _context(args)
    report = check(ctx.open())
    if report.ok:
        print(f"ok: {ctx.paths.shown} (schema {report.revision})")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from meetingdesk.domain.errors import DatabaseProblem
    from meetingdesk.services.backups import backup_to_file

    ctx = _context(args)
    ctx.open()  # refuses what is not a sound MeetingDesk database
    target: Path = args.file
    if not ctx.paths.db_url and target.resolve() == ctx.paths.db_path.resolve():
        raise DatabaseProblem("ไฟล์สำรองต้องไม่ใช่ไฟล์ฐานข้อมูลเดิม", "The backup cannot overwrite the database itself.")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise DatabaseProblem(
            f"เขียนไฟล์สำรองที่ {target} ไม่ได้ (ไม่มีโฟลเดอร์หรือไม่มีสิทธิ์เขียน)",
            f"Cannot write the backup to {target} (no such folder, or it is read-only).",
        )
    backup_to_file(ctx.paths, target)
    print(target)
    return 0


def cmd_setting(args: argparse.Namespace) -> int:
    from meetingdesk.domain.errors import InvalidInput
    from meetingdesk.services import settings

    ctx = _context(args)
    if args.key is None:
        db = ctx.open()
        for key, shown in settings.values(db).items():
            print(f"{key} = {shown}  ({settings.SETTINGS[key].label(ctx.lang)})")
        return 0
    if args.key not in settings.SETTINGS:
        known = ", ".join(settings.SETTINGS)
        raise InvalidInput(f"ไม่มีการตั้งค่า {args.key} (มี: {known})", f"No setting {args.key} (there are: {known}).")
    if args.value is None:
        print(settings.get(ctx.open(), args.key))
        return 0
    declared = settings.SETTINGS[args.key]
    try:
        value: object = declared.parse(args.value)
    except ValueError as exc:
        raise InvalidInput(
            f"ค่า {args.value} ใช้กับ {args.key} ไม่ได้", f"{args.value} is not a value for {args.key}."
        ) from exc
    settings.set_value(ctx.open(write=True), args.key, value)
    ctx.close()
    print(f"{args.key} = {value}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from meetingdesk.services.backups import check_restorable, restore
    from meetingdesk.storage.lock import WriterLock

    if args.source or args.target or (args.db and not isinstance(args.db, Path)):
        from meetingdesk.server_commands import restore_office

        return restore_office(args)
    ctx = _context(args)
    if args.file is None:
        raise InvalidInput("ระบุไฟล์สำรองที่จะกู้คืน", "Name the backup FILE to restore.")
    check_restorable(args.file)  # before touching anything
    ctx.paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(ctx.paths.db_path)
    if not lock.acquire():
        who = lock.holder()
        from meetingdesk.domain.errors import DatabaseProblem

        raise DatabaseProblem(
            f"ฐานข้อมูลกำลังใช้งานอยู่โดย {who.describe('th') if who else 'โปรแกรมอื่น'} กรุณาปิดก่อนกู้คืน",
            f"The database is in use by {who.describe('en') if who else 'another program'}; close it before restoring.",
        )
    try:
        kept = restore(ctx.paths, args.file)
    finally:
        lock.release()
    ctx.open().close()  # opens (and migrates, when the backup is older) the restored database
    print(f"{ctx.paths.db_path} (the replaced database is kept as {kept})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from meetingdesk.exports.compose import ExportOptions
    from meetingdesk.services.documents import export_document

    if args.document in REPORTS:
        print(export_report(args, _context(args)))
        return 0
    if args.meeting_id is None or args.fy is not None or args.body is not None or args.format == "xlsx":
        raise InvalidInput(
            f"{args.document} ต้องระบุหมายเลขการประชุม และเขียนได้เป็น docx หรือ pdf (ไม่ใช้ --fy หรือ --body)",
            f"{args.document} takes a meeting id and is written as docx or pdf (not --fy or --body).",
        )
    args.format = args.format or "docx"

    options = ExportOptions(
        style=args.style, thai_digits=args.thai_digits, include_confidential=args.include_confidential, draft=args.draft
    )
    path = export_document(
        _context(args).open(),
        args.document,
        args.meeting_id,
        args.format,
        args.output,
        options,
        font=args.font,
        template=args.template,
        pdf_font=args.pdf_font,
    )
    print(path)
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from meetingdesk.server_commands import transfer_office

    return transfer_office(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "setting": cmd_setting,
    "export": cmd_export,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "list": cmd_list,
    "search": cmd_search,
    "check": cmd_check,
    "backup": cmd_backup,
    "framework": lambda args: cmd_framework(args, _context(args)),
    "transfer": cmd_transfer,
    "users": lambda args: users(_context(args), args),
}
