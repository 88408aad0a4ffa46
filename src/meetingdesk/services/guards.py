"""Checks shared by the services: the thing exists, the record is not frozen, the text is usable."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import InvalidInput, NotFound, RecordFrozen
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.storage.models import Base, Certification, Meeting

T = TypeVar("T", bound=Base)

_WHAT = {
    "Meeting": ("การประชุม", "meeting"),
    "AgendaItem": ("ระเบียบวาระ", "agenda item"),
    "Decision": ("มติ", "decision"),
    "Action": ("การดำเนินการตามมติ", "action"),
    "Body": ("องค์คณะ", "body"),
    "Person": ("บุคคล", "person"),
    "Project": ("โครงการ", "project"),
    "Finding": ("ผลการดำเนินงาน", "finding"),
    "WorkGroup": ("กลุ่มงาน", "work group"),
}


def get(s: Session, model: type[T], ident: int) -> T:
    """The row with this id, or a ``NotFound`` that names what was looked for."""
    row = s.get(model, ident)
    if row is None:
        th, en = _WHAT.get(model.__name__, (model.__name__, model.__name__))
        raise NotFound(f"ไม่พบ{th}รหัส {ident}", f"No {en} with id {ident}.")
    return row


def ensure_editable(s: Session, meeting_id: int) -> None:
    """Refuse to change the record of a meeting whose minutes are certified."""
    cert = s.scalar(select(Certification).where(Certification.meeting_id == meeting_id))
    if cert is not None:
        meeting = s.get(Meeting, meeting_id)
        number = meeting_number_text(meeting.number, meeting.year_be) if meeting else str(meeting_id)
        raise RecordFrozen(
            f"รายงานการประชุมครั้งที่ {number} รับรองแล้ว แก้ไขโดยตรงไม่ได้ ให้บันทึกเป็นการแก้ไขรายงานการประชุม",
            f"The minutes of meeting {number} are certified; record the change as an amendment instead.",
        )


def required_text(value: str, th_name: str, en_name: str) -> str:
    """The text stripped of surrounding blanks; an empty one is refused."""
    text = value.strip()
    if not text:
        raise InvalidInput(f"กรุณากรอก{th_name}", f"Please enter the {en_name}.")
    return text
