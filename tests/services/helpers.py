"""A small office built through the services, for rule tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.domain.enums import BodyKind, MemberRole
from meetingdesk.services import meetings, office, people
from meetingdesk.storage.database import Database


@dataclass
class SmallOffice:
    board: int
    staff_body: int
    chair: int
    secretary: int
    member: int
    guest: int


def small_office(db: Database) -> SmallOffice:
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1")
    board = people.add_body(db, "คณะกรรมการบริหาร สพป.ทดสอบ เขต 1", BodyKind.EXECUTIVE_BOARD)
    staff_body = people.add_body(db, "ประชุมบุคลากร", BodyKind.OFFICE_STAFF)
    chair = people.add_person(db, "สมชาย", "ใจดี", prefix="นาย", position="ผู้อำนวยการ")
    secretary = people.add_person(db, "สุภาพร", "ศรีสุข", prefix="นาง", position="ผู้อำนวยการกลุ่มนโยบายและแผน")
    member = people.add_person(db, "วิชัย", "ทองคำ", prefix="นาย", position="รองผู้อำนวยการ")
    guest = people.add_person(db, "กัลยา", "บุญมา", prefix="นางสาว", position="นักวิเคราะห์นโยบายและแผน")
    people.add_member(db, board, chair, MemberRole.CHAIR)
    people.add_member(db, board, member, MemberRole.MEMBER)
    people.add_member(db, board, secretary, MemberRole.SECRETARY)
    return SmallOffice(board, staff_body, chair, secretary, member, guest)


def new_meeting(db: Database, body_id: int, day: dt.date, *, confirmed: bool = False) -> int:
    new = meetings.NewMeeting(body_id=body_id, date=day, start_time=dt.time(9, 0))
    return meetings.create_meeting(db, new, confirmed=confirmed)


def table_hashes(location: Path | str) -> dict[str, tuple[int, str]]:
    """Every table's count and hash (as ``transfer`` compares them), of an office file or server."""
    from meetingdesk.services.transfer import table_hash, tables
    from meetingdesk.storage.database import open_database

    db = open_database(location, read_only=True)
    try:
        with db.engine.connect() as conn:
            return {t.name: table_hash(conn, t) for t in tables()}
    finally:
        db.close()
