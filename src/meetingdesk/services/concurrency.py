"""Optimistic concurrency for several people on one office server: an edit carries the version of the row it
was made on; if someone else has since changed one of the same fields, the edit is refused with their change
spelled out (who, when, what it now says) and nothing is overwritten. Changes to other fields of the row are
not conflicts: the edit applies on top of them, so neither person's work is lost.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import ActionStatus, DecisionKind, MeetingStatus
from meetingdesk.domain.errors import EditConflict
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.storage.audit import plain
from meetingdesk.storage.models import AuditEntry

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "title": ("ชื่อเรื่อง", "the title"),
    "background": ("เรื่องที่เสนอ / ข้อเท็จจริง", "the matter and facts"),
    "discussion": ("การอภิปราย", "the discussion"),
    "summary": ("สรุป", "the summary"),
    "presenter_text": ("ผู้เสนอ", "the presenter"),
    "confidential": ("การเป็นวาระลับ", "whether it is confidential"),
    "place": ("สถานที่", "the place"),
    "opening": ("ข้อความเปิดประชุม", "the opening"),
    "date": ("วันที่ประชุม", "the date"),
    "start_time": ("เวลาเริ่มประชุม", "the start time"),
    "end_time": ("เวลาเลิกประชุม", "the end time"),
    "text": ("ข้อความมติ", "the decision's text"),
    "kind": ("ประเภทมติ", "the kind of decision"),
    "status": ("สถานะ", "the status"),
    "due_date": ("กำหนดเสร็จ", "the due date"),
}
WHAT: dict[str, tuple[str, str]] = {
    "meeting": ("การประชุม", "meeting"),
    "agenda_item": ("ระเบียบวาระ", "agenda item"),
    "decision": ("มติ", "decision"),
    "action": ("การดำเนินการตามมติ", "action"),
}
PREVIEW = 400  # characters of the other person's text shown whole; a longer one keeps its start and its end
LABELLED: dict[tuple[str, str], Any] = {  # stored as an enumeration's value, shown by its label
    ("decision", "kind"): DecisionKind,
    ("action", "status"): ActionStatus,
    ("meeting", "status"): MeetingStatus,
}


def _preview(table: str, field: str, value: Any, lang: str) -> str:
    labelled = LABELLED.get((table, field))
    if labelled is not None and value is not None:
        value = labelled(value).label(lang)
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if len(text) <= PREVIEW:
        return text
    return f"{text[: PREVIEW // 3]} … {text[-(PREVIEW - PREVIEW // 3) :]}"  # an addition at the end still shows


def check_version(s: Session, row: Any, expected: int | None, changes: Mapping[str, Any]) -> None:
    """Refuse ``changes`` to ``row`` when another person changed one of those fields after ``expected`` (the
    version the edit was made on) to something other than what this edit writes. ``None``: no check (a caller
    that read and writes in this one transaction)."""
    if expected is None or row.version == expected:
        return
    entries = s.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == row.__tablename__, AuditEntry.row_id == row.id, AuditEntry.version > expected)
        .order_by(AuditEntry.version)
    ).all()
    theirs: dict[str, tuple[AuditEntry, Any]] = {}
    for entry in entries:
        for field, (_old, new) in json.loads(entry.fields).items():
            theirs[field] = (entry, new)
    clashes = [
        (field, *theirs[field])
        for field, value in changes.items()
        if field in theirs and plain(value) != plain(getattr(row, field))
    ]
    if clashes:
        raise _conflict(row.__tablename__, clashes)
    if not entries:  # changed without a trail (by a tool outside MeetingDesk): say so rather than guess
        raise _conflict(row.__tablename__, [])


def _conflict(table: str, clashes: list[tuple[str, AuditEntry, Any]]) -> EditConflict:
    """The message: who changed which of the same fields, when, and what each reads now."""
    what_th, what_en = WHAT.get(table, (table, table))
    keep_th = "การแก้ไขของคุณยังไม่ได้บันทึก และไม่มีข้อมูลใดถูกเขียนทับ กรุณาตรวจสอบแล้วแก้ไขอีกครั้ง"
    keep_en = "Your edit was not saved and nothing was overwritten; check it and edit again."
    if not clashes:
        return EditConflict(
            f"{what_th}นี้ถูกแก้ไขจากที่อื่นหลังจากที่คุณเปิดอ่าน {keep_th}",
            f"This {what_en} was changed elsewhere after you opened it. {keep_en}",
        )
    latest = max((entry for _f, entry, _v in clashes), key=lambda e: e.version)
    at: dt.datetime = latest.at
    # One line for who and when, one for each field as it reads now, one for what became of this edit.
    fields_th = "\n".join(
        f"{FIELD_NAMES.get(f, (f, f))[0]}ตอนนี้เป็น “{_preview(table, f, v, 'th')}”" for f, _e, v in clashes
    )
    fields_en = "\n".join(
        f"{FIELD_NAMES.get(f, (f, f))[1].capitalize()} now reads “{_preview(table, f, v, 'en')}”"
        for f, _e, v in clashes
    )
    when_th = f"{short_date_text(at.date(), 'th')} เวลา {at:%H:%M} น."
    when_en = f"{short_date_text(at.date(), 'en')} at {at:%H:%M}"
    return EditConflict(
        f"{latest.who} แก้ไข{what_th}นี้เมื่อ {when_th}\n{fields_th}\n{keep_th}",
        f"{latest.who} changed this {what_en} on {when_en}.\n{fields_en}\n{keep_en}",
    )
