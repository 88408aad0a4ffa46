"""Checks shared by the services: the thing exists, the record is not frozen, the text is usable."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

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
    """The agenda item with its meeting and whether the minutes are certified, in one query (one round trip on
    a server, where ``get``, ``ensure_editable`` and then the meeting take three); refused as ``ensure_editable``
    refuses. The meeting is held by the item (``item.meeting`` then asks nothing)."""
    row = s.execute(
        select(AgendaItem, Meeting, Certification.id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Certification, Certification.meeting_id == Meeting.id)
        .where(AgendaItem.id == item_id)
    ).first()
    if row is None:  # no such item (NotFound, naming it); or, were its meeting missing, the checks one by one
        found = get(s, AgendaItem, item_id)
        ensure_editable(s, found.meeting_id)
        return found
    item, meeting = row[0], row[1]
    certified: int | None = row[2]  # the certification's id; None (outer join) when there is none
    if certified is not None:
        raise _frozen(meeting_number_text(meeting.number, meeting.year_be))
    set_committed_value(item, "meeting", meeting)
    return item


def editable_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting and whether its minutes are certified, in one query (``get`` and ``ensure_editable`` take
    two); refused as ``ensure_editable`` refuses."""
    row = s.execute(
        select(Meeting, Certification.id)
        .outerjoin(Certification, Certification.meeting_id == Meeting.id)
        .where(Meeting.id == meeting_id)
    ).first()
    if row is None:
        return get(s, Meeting, meeting_id)  # raises NotFound, naming it
    meeting = row[0]
    certified: int | None = row[1]  # the certification's id; None (outer join) when there is none
    if certified is not None:
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
