"""Checks shared by the services: the thing exists, the record is not frozen, the text is usable."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from meetingdesk.domain.errors import InvalidInput, NotFound, RecordFrozen
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.storage.models import AgendaItem, Base, Certification, Meeting

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
        raise _frozen(meeting_number_text(meeting.number, meeting.year_be) if meeting else str(meeting_id))


def editable_item(s: Session, item_id: int) -> AgendaItem:
    """The agenda item with its meeting and the meeting's certification, in one query (one round trip on a
    server, where ``get`` and ``ensure_editable`` and then the meeting take three); refused as
    ``ensure_editable`` refuses when the minutes are certified."""
    item = s.scalars(
        select(AgendaItem)
        .options(joinedload(AgendaItem.meeting).joinedload(Meeting.certification))
        .where(AgendaItem.id == item_id)
    ).first()
    if item is None:
        return get(s, AgendaItem, item_id)  # raises NotFound, naming it
    if item.meeting.certification is not None:
        raise _frozen(meeting_number_text(item.meeting.number, item.meeting.year_be))
    return item


def editable_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting with its certification in one query (``get`` and ``ensure_editable`` take two); refused as
    ``ensure_editable`` refuses when the minutes are certified."""
    meeting = s.scalars(
        select(Meeting).options(joinedload(Meeting.certification)).where(Meeting.id == meeting_id)
    ).first()
    if meeting is None:
        return get(s, Meeting, meeting_id)  # raises NotFound, naming it
    if meeting.certification is not None:
        raise _frozen(meeting_number_text(meeting.number, meeting.year_be))
    return meeting


def _frozen(number: str) -> RecordFrozen:
    return RecordFrozen(
        f"รายงานการประชุมครั้งที่ {number} รับรองแล้ว แก้ไขโดยตรงไม่ได้ ให้บันทึกเป็นการแก้ไขรายงานการประชุม",
        f"The minutes of meeting {number} are certified; record the change as an amendment instead.",
    )


def required_text(value: str, th_name: str, en_name: str) -> str:
    """The text stripped of surrounding blanks; an empty one is refused."""
    text = value.strip()
    if not text:
        raise InvalidInput(f"กรุณากรอก{th_name}", f"Please enter the {en_name}.")
    return text
