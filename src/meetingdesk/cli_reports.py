"""The report commands of ``meetingdesk`` (headless; never loads Qt):

    meetingdesk export followup [--body ID] --fy YEAR_BE --format docx|pdf|xlsx -o FILE
    meetingdesk export evidence --fy YEAR_BE --format docx|pdf -o FILE
    meetingdesk export ics [--fy YEAR_BE] -o FILE
    meetingdesk framework export -o FILE | framework import FILE

``cli.py`` registers them; a mistake is a ``UserError`` (one Thai line, exit code 2) and leaves no file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from meetingdesk.domain.errors import InvalidInput

REPORTS = ("followup", "evidence", "ics")


def add_framework_command(sub: Any, common: argparse.ArgumentParser) -> None:
    framework = sub.add_parser(
        "framework", parents=[common], help="export or import the quality indicator framework (JSON)"
    )
    framework.add_argument("action", choices=("export", "import"))
    framework.add_argument("file", nargs="?", type=Path, help="the file to import")
    framework.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to export it")


def export_report(args: argparse.Namespace, context: Any) -> Path:
    """``export followup|evidence|ics``: check the arguments before opening anything, then write the file."""
    what = args.document
    if args.meeting_id is not None:
        raise InvalidInput(
            f"รายงาน {what} ไม่ต้องระบุหมายเลขการประชุม ({args.meeting_id})",
            f"The {what} report takes no meeting id ({args.meeting_id}).",
        )
    if what == "ics":
        if args.format is not None:
            raise InvalidInput("ไฟล์ปฏิทิน (ics) ไม่ต้องระบุ --format", "The calendar (ics) takes no --format.")
        if args.body is not None:
            raise InvalidInput("ไฟล์ปฏิทิน (ics) ไม่รับ --body", "The calendar (ics) takes no --body.")
    else:
        if args.fy is None:
            raise InvalidInput(f"กรุณาระบุปีงบประมาณ เช่น --fy {2569}", "Give the fiscal year (B.E.), e.g. --fy 2569.")
        if args.format is None:
            raise InvalidInput("กรุณาระบุรูปแบบไฟล์ด้วย --format (docx, pdf หรือ xlsx)", "Give the format with --format.")
    from meetingdesk.services import reports

    db = context.open()
    if what == "followup":
        return reports.export_followup(
            db,
            args.output,
            fiscal_year=args.fy,
            fmt=str(args.format),
            body_id=args.body,
            include_confidential=args.include_confidential,
        )
    if what == "evidence":
        if args.body is not None:
            raise InvalidInput("รายงานหลักฐานครอบคลุมทุกองค์คณะ ไม่รับ --body", "The evidence report takes no --body.")
        return reports.export_evidence(db, args.output, fiscal_year=args.fy, fmt=str(args.format))
    return reports.export_calendar(db, args.output, fiscal_year=args.fy)


def cmd_framework(args: argparse.Namespace, context: Any) -> int:
    """Export the office's indicator framework to edit it, or import an edited one (checked first)."""
    from meetingdesk.services import framework

    if args.action == "export":
        if args.output is None:
            raise InvalidInput("กรุณาระบุไฟล์ที่จะบันทึกด้วย -o", "Give the file to write with -o.")
        print(framework.export_framework(context.open(), args.output))
        return 0
    if args.file is None:
        raise InvalidInput("กรุณาระบุไฟล์กรอบตัวบ่งชี้ที่จะนำเข้า", "Give the framework file to import.")
    loaded = framework.import_framework(context.open(write=True), args.file)
    context.close()
    print(f"{loaded.title}: {loaded.count_points()} ประเด็นการพิจารณา")
    return 0
