"""Shared by the session services: the clock, and a session fetched for reading or editing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    SessionStatus,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import ensure_editable
from meetingdesk.storage.models import AgendaItem, Certification, TechniqueSession
from meetingdesk.techniques.catalog import CATALOG, Stage


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now()


def _session(s: Session, session_id: int, *, editing: bool = True) -> TechniqueSession:
    """The session; ``editing``: refused when closed, paused or its meeting's minutes are certified — the
    session and its meeting's certification read in one query (one round trip on a server, on every Enter)."""
    certified: int | None = None
    if editing:
        row = s.execute(
            select(TechniqueSession, Certification.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == TechniqueSession.agenda_item_id)
            .outerjoin(Certification, Certification.meeting_id == AgendaItem.meeting_id)
            .where(TechniqueSession.id == session_id)
        ).first()
        session, certified = row if row is not None else (None, None)
    else:
        session = s.get(TechniqueSession, session_id)
    if session is None:
        from meetingdesk.domain.errors import NotFound

        raise NotFound(f"ไม่พบกิจกรรมรหัส {session_id}", f"No session with id {session_id}.")
    if editing:
        if session.status is SessionStatus.CLOSED:
            raise InvalidInput(
                "กิจกรรมนี้ปิดแล้ว ผลของกิจกรรมจึงแก้ไม่ได้ (เปิดกิจกรรมอีกครั้งก่อน)",
                "This session is closed, so its outcome cannot change (reopen it first).",
            )
        if session.status is SessionStatus.PAUSED:
            raise InvalidInput(
                "กิจกรรมพักอยู่ จึงยังแก้ไขไม่ได้ (กด “ทำกิจกรรมต่อ” ก่อน)",
                "The session is paused, so nothing in it changes (press “Resume” first).",
            )
        if certified is not None:
            ensure_editable(s, certified)  # refuses, naming the meeting
    return session


def stage_of(session: TechniqueSession) -> Stage:
    return CATALOG[session.technique].stage(session.stage)
