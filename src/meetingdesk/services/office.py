"""The office itself: a new, empty office database."""

from __future__ import annotations

from meetingdesk.domain.enums import BodyKind
from meetingdesk.services.guards import required_text
from meetingdesk.services.meetings import set_default_template
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Body, Office


def create_office(db: Database, name: str, short_name: str = "") -> int:
    """Start an empty office: its name and an executive board with the customary agenda."""
    name = required_text(name, "ชื่อสำนักงาน", "office name")
    with db.writing() as s:
        office = Office(name=name, short_name=short_name.strip())
        s.add(office)
        s.flush()
        board = Body(office_id=office.id, kind=BodyKind.EXECUTIVE_BOARD, name=f"คณะกรรมการบริหาร{name}")
        set_default_template(board)
        s.add(board)
        return office.id
