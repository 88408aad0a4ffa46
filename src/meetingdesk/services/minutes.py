"""Certifying minutes, amendments, and the hash that shows a certified record is unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.domain.enums import CertificationMethod, MeetingStatus
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import meeting_number_text
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Amendment, Certification, Decision, Meeting

AMENDABLE_ITEM_FIELDS = ("title", "background", "discussion", "summary")


@dataclass(frozen=True)
class Change:
    """One amendment: a field of an agenda item, or the text of a decision, and its new text."""

    new_text: str
    agenda_item_id: int | None = None
    decision_id: int | None = None
    field: str = "text"
    reason: str = ""


def record_of(s: Session, meeting_id: int) -> dict[str, Any]:
    """The meeting's record as plain data in a fixed order: what certification freezes and hashes.

    Actions are left out on purpose: their progress goes on after the minutes are certified.
    """
    meeting = s.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.attendance),
            selectinload(Meeting.agenda_items).selectinload(AgendaItem.decisions),
        )
    ).one()
    return record_from(meeting)


def record_from(meeting: Meeting) -> dict[str, Any]:
    """``record_of`` for a meeting already loaded (with its attendance, items and decisions)."""

    def t(value: dt.time | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "meeting": {
            "id": meeting.id,
            "body_id": meeting.body_id,
            "number": meeting.number,
            "year_be": meeting.year_be,
            "date": meeting.date.isoformat(),
            "start_time": t(meeting.start_time),
            "end_time": t(meeting.end_time),
            "place": meeting.place,
            "title": meeting.title,
            "opening": meeting.opening,
            "chair_id": meeting.chair_id,
            "minute_taker_id": meeting.minute_taker_id,
            "minutes_checker_id": meeting.minutes_checker_id,
            "recording_style": meeting.recording_style.value,
        },
        "attendance": [
            {
                "person_id": a.person_id,
                "status": a.status.value,
                "role_text": a.role_text,
                "absence_reason": a.absence_reason,
                "substitute_for_id": a.substitute_for_id,
            }
            for a in sorted(meeting.attendance, key=lambda a: a.id)
        ],
        "agenda_items": [
            {
                "id": item.id,
                "number": item.number,
                "title": item.title,
                "presenter_text": item.presenter_text,
                "background": item.background,
                "discussion": item.discussion,
                "summary": item.summary,
                "confidential": item.confidential,
                "decisions": [
                    {
                        "id": d.id,
                        "kind": d.kind.value,
                        "text": d.text,
                        "votes": [d.votes_for, d.votes_against, d.votes_abstain],
                    }
                    for d in item.decisions
                ],
            }
            for item in meeting.agenda_items
        ],
    }


def canonical_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def certify(
    db: Database,
    meeting_id: int,
    *,
    method: CertificationMethod,
    on: dt.date,
    at_meeting_id: int | None = None,
    changes: list[Change] | None = None,
) -> int:
    """Certify a meeting's minutes, applying the amendments the certifying meeting made, then freeze them."""
    changes = changes or []
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)  # certified once only
        if method is CertificationMethod.AT_MEETING:
            if at_meeting_id is None:
                raise InvalidInput("กรุณาระบุการประชุมที่รับรอง", "Name the meeting that certifies these minutes.")
            at = get(s, Meeting, at_meeting_id)
            if at.id == meeting.id or at.body_id != meeting.body_id or at.date < meeting.date:
                raise InvalidInput(
                    "รายงานการประชุมต้องรับรองในการประชุมครั้งถัดไปขององค์คณะเดียวกัน",
                    "Minutes are certified at a later meeting of the same body.",
                )
        elif at_meeting_id is not None:
            raise InvalidInput("การรับรองโดยการเวียนไม่มีการประชุมที่รับรอง", "Certification by circulation has no meeting.")
        for change in changes:
            _apply(s, meeting_id, change, on=on, made_at=at_meeting_id, after=False)
        s.flush()
        record = record_of(s, meeting_id)
        cert = Certification(
            meeting_id=meeting_id,
            method=method,
            at_meeting_id=at_meeting_id,
            certified_on=on,
            with_amendments=bool(changes),
            content_hash=record_hash(record),
            record_json=canonical_json(record),
        )
        s.add(cert)
        meeting.status = MeetingStatus.CERTIFIED
        s.flush()
        return cert.id


def amend_after_certification(
    db: Database, meeting_id: int, change: Change, *, on: dt.date, made_at_meeting_id: int | None = None
) -> int:
    """Record a change to certified minutes as an amendment; the certified text itself stays as it was."""
    with db.writing() as s:
        cert = s.scalar(select(Certification).where(Certification.meeting_id == meeting_id))
        if cert is None:
            meeting = get(s, Meeting, meeting_id)
            raise InvalidInput(
                f"รายงานการประชุมครั้งที่ {meeting_number_text(meeting.number, meeting.year_be)} ยังไม่รับรอง แก้ไขได้โดยตรง",
                "These minutes are not certified yet; edit them directly.",
            )
        return _apply(s, meeting_id, change, on=on, made_at=made_at_meeting_id, after=True)


def _apply(s: Session, meeting_id: int, change: Change, *, on: dt.date, made_at: int | None, after: bool) -> int:
    if change.agenda_item_id is not None:
        if change.field not in AMENDABLE_ITEM_FIELDS:
            raise InvalidInput(f"แก้ไขช่อง {change.field} ไม่ได้", f"The field {change.field} cannot be amended.")
        item = get(s, AgendaItem, change.agenda_item_id)
        target: AgendaItem | Decision = item
        owner_meeting = item.meeting_id
    elif change.decision_id is not None:
        decision = get(s, Decision, change.decision_id)
        target = decision
        owner_meeting = decision.agenda_item.meeting_id
        if change.field != "text":
            raise InvalidInput("แก้ไขได้เฉพาะข้อความมติ", "Only a decision's text can be amended.")
    else:
        raise InvalidInput("กรุณาระบุเรื่องที่แก้ไข", "Say which item or decision the amendment changes.")
    if owner_meeting != meeting_id:
        raise InvalidInput("เรื่องที่แก้ไขไม่อยู่ในการประชุมนี้", "That item is not part of this meeting.")
    old = str(getattr(target, change.field))
    if not after:
        setattr(target, change.field, change.new_text)
    amendment = Amendment(
        meeting_id=meeting_id,
        made_at_meeting_id=made_at,
        made_on=on,
        after_certification=after,
        agenda_item_id=change.agenda_item_id,
        decision_id=change.decision_id,
        field=change.field,
        old_text=old,
        new_text=change.new_text,
        reason=change.reason,
    )
    s.add(amendment)
    s.flush()
    return amendment.id


@dataclass(frozen=True)
class TamperReport:
    meeting_id: int
    number: str
    body_id: int


def verify_certified(db: Database) -> list[TamperReport]:
    """Every certified meeting whose record no longer hashes to what was certified."""
    changed = []
    with db.reading() as s:
        for cert in s.scalars(select(Certification).options(selectinload(Certification.meeting))):
            if record_hash(record_of(s, cert.meeting_id)) != cert.content_hash:
                m = cert.meeting
                changed.append(TamperReport(m.id, meeting_number_text(m.number, m.year_be), m.body_id))
    return changed


@dataclass(frozen=True)
class AmendTarget:
    """A text of a meeting's record that certification may amend, with what it says now."""

    label: str  # 5.1 การอภิปราย, 5.1 มติ …
    text: str
    agenda_item_id: int | None = None
    decision_id: int | None = None
    field: str = "text"

    def change(self, new_text: str) -> Change:
        return Change(new_text, agenda_item_id=self.agenda_item_id, decision_id=self.decision_id, field=self.field)


FIELD_LABELS = {"title": "ชื่อเรื่อง", "background": "เรื่องที่เสนอ", "discussion": "การอภิปราย", "summary": "สรุป"}


def amendable(db: Database, meeting_id: int) -> list[AmendTarget]:
    """Every text of the meeting's record a certifying meeting may amend, in the order of the minutes."""
    with db.reading() as s:
        items = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.section, AgendaItem.position)
            .options(selectinload(AgendaItem.decisions))
        ).all()
        targets: list[AmendTarget] = []
        for item in items:
            for name in AMENDABLE_ITEM_FIELDS:
                text = getattr(item, name)
                if text or name == "title":
                    label = f"{item.number} {FIELD_LABELS[name]}"
                    targets.append(AmendTarget(label, text, agenda_item_id=item.id, field=name))
            for n, decision in enumerate(item.decisions, start=1):
                suffix = f" ({n})" if len(item.decisions) > 1 else ""
                targets.append(AmendTarget(f"{item.number} มติที่ประชุม{suffix}", decision.text, decision_id=decision.id))
        return targets
