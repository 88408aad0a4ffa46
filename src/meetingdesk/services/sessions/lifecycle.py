"""A session's life: started, stepped through its stages, paused, closed or reopened, and its countdown."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from meetingdesk.domain.enums import (
    SessionStatus,
    Technique,
)
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.services.sessions._common import _now, _session, stage_of
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Card,
    TechniqueSession,
)
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.techniques.countdown import remaining_seconds


def start_session(
    db: Database,
    technique: Technique,
    *,
    agenda_item_id: int | None = None,
    title: str = "",
    anonymous: bool = False,
    now: dt.datetime | None = None,
) -> int:
    """Begin a session of ``technique`` on an agenda item (or on its own, as a workshop); returns its id."""
    spec = CATALOG[technique]
    with db.writing() as s:
        if agenda_item_id is not None:
            item = get(s, AgendaItem, agenda_item_id)
            ensure_editable(s, item.meeting_id)
            title = title or item.title
        session = TechniqueSession(
            technique=technique,
            agenda_item_id=agenda_item_id,
            title=title.strip(),
            anonymous=anonymous,
            stage=spec.stages[0].key,
            created_at=_now(now),
            timer_seconds=spec.stages[0].seconds,
        )
        s.add(session)
        s.flush()
        return session.id


def step(db: Database, session_id: int, delta: int = 1) -> str:
    """Move forward (or back, with -1) a stage; the countdown resets to the new stage's default."""
    with db.writing() as s:
        session = _session(s, session_id)
        stage = CATALOG[session.technique].step(session.stage, delta)
        session.stage = stage.key
        session.timer_seconds = stage.seconds
        session.timer_started_at = None
        return stage.key


def set_anonymous(db: Database, session_id: int, anonymous: bool) -> None:
    """Anonymity on: no speaker's code reaches the projector or an export (those typed from now on are not
    stored; those typed before are kept but never shown). Off: codes typed from now on are kept and shown."""
    with db.writing() as s:
        _session(s, session_id).anonymous = anonymous


def set_status(db: Database, session_id: int, status: SessionStatus, *, now: dt.datetime | None = None) -> None:
    """Pause (capture stops; resume another day), resume, close (no more capture, the outcome is frozen, the cards
    deleted in it are purged), or reopen a closed session (``ACTIVE``)."""
    with db.writing() as s:
        session = _session(s, session_id, editing=False)  # a paused or closed session can be resumed or reopened
        if session.agenda_item is not None:
            ensure_editable(s, session.agenda_item.meeting_id)
        if status is SessionStatus.PAUSED and session.timer_started_at is not None:
            session.timer_seconds = remaining_seconds(session, _now(now))
            session.timer_started_at = None
        session.status = status
        if status is SessionStatus.CLOSED:
            for card in s.scalars(select(Card).where(Card.session_id == session_id, Card.deleted_at.is_not(None))):
                s.delete(card)


def timer(
    db: Database, session_id: int, action: str, *, seconds: int | None = None, now: dt.datetime | None = None
) -> int:
    """``start`` (optionally with ``seconds``), ``pause``, ``add_minute``, or ``set`` (``seconds`` ready, not
    running); returns the seconds left.

    Start after a pause goes on with the time that was left (``seconds``, a question's allowance, counts only
    when nothing is left or the countdown is running); a minute added after time ran out gives a minute."""
    moment = _now(now)
    with db.writing() as s:
        session = _session(s, session_id)
        left = remaining_seconds(session, moment)
        if action == "start":
            paused_with_time_left = session.timer_started_at is None and left > 0
            allowance = seconds if seconds is not None else (stage_of(session).seconds or 300)
            session.timer_seconds = left if paused_with_time_left else allowance
            session.timer_started_at = moment
        elif action == "pause":
            session.timer_seconds, session.timer_started_at = left, None
        elif action == "set":  # another question chosen: its allowance, not yet running
            session.timer_seconds = seconds if seconds is not None else (stage_of(session).seconds or 300)
            session.timer_started_at = None
        elif action == "add_minute":
            session.timer_seconds = left + 60  # counted from now: what ran out is not owed back
            if session.timer_started_at is not None:
                session.timer_started_at = moment
        else:
            raise ValueError(action)
        return remaining_seconds(session, moment)
