"""Who signs the minutes: the chair (ประธานในที่ประชุม), the minutes taker (ผู้จดรายงานการประชุม) and the checker
(ผู้ตรวจรายงานการประชุม). Each meeting stores its own; a new meeting takes them from the body's roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from meetingdesk.domain.enums import MemberRole
from meetingdesk.services.attendance import roster
from meetingdesk.storage.models import Meeting


@dataclass(frozen=True)
class Signatories:
    chair_id: int | None
    minute_taker_id: int | None
    minutes_checker_id: int | None


def signature_defaults(s: Session, body_id: int, on: dt.date) -> Signatories:
    """From the body's roster on the day: the chair chairs (the vice-chair when there is no chair); the assistant
    secretary takes the minutes (the secretary when there is none) and the secretary checks them."""
    first: dict[MemberRole, int] = {}
    for member in roster(s, body_id, on):
        first.setdefault(member.role, member.person_id)
    chair = first.get(MemberRole.CHAIR, first.get(MemberRole.VICE_CHAIR))
    secretary = first.get(MemberRole.SECRETARY)
    taker = first.get(MemberRole.ASSISTANT_SECRETARY, secretary)
    return Signatories(chair_id=chair, minute_taker_id=taker, minutes_checker_id=secretary)


def apply_signature_defaults(s: Session, meeting: Meeting) -> None:
    """Fill in whichever of the three the meeting does not have yet."""
    defaults = signature_defaults(s, meeting.body_id, meeting.date)
    meeting.chair_id = meeting.chair_id or defaults.chair_id
    meeting.minute_taker_id = meeting.minute_taker_id or defaults.minute_taker_id
    meeting.minutes_checker_id = meeting.minutes_checker_id or defaults.minutes_checker_id
