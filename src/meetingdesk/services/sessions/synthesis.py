"""Synthesis: project findings and other sessions' cards brought in as inputs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from meetingdesk.domain.enums import (
    CardKind,
    Phase,
)
from meetingdesk.services.sessions._common import _now, _session
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Card,
    Finding,
    Project,
)


def pull_findings(
    db: Database,
    session_id: int,
    *,
    phase: Phase | None = None,
    fiscal_year: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Bring project findings in as cards (filtered by phase and fiscal year); returns how many."""
    with db.writing() as s:
        session = _session(s, session_id)
        query = select(Finding).join(Project, Project.id == Finding.project_id)
        if phase is not None:
            query = query.where(Finding.phase == phase)
        if fiscal_year is not None:
            query = query.where(Project.fiscal_year == fiscal_year)
        have = set(
            s.scalars(select(Card.finding_id).where(Card.session_id == session_id, Card.finding_id.is_not(None)))
        )
        added = 0
        for finding in s.scalars(query.order_by(Finding.id)):
            if finding.id in have:
                continue
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=CardKind.FINDING, text=finding.text,
                       position=10_000 + finding.id, finding_id=finding.id, created_at=_now(now)))  # fmt: skip
        return added


def pull_cards(
    db: Database, session_id: int, from_session_id: int, *, tagged_only: bool = False, now: dt.datetime | None = None
) -> int:
    """Bring another session's cards (a brainstorm's ideas, a focus group's tagged responses) in as inputs."""
    with db.writing() as s:
        session = _session(s, session_id)
        _session(s, from_session_id, editing=False)
        have = set(s.scalars(select(Card.source_card_id).where(Card.session_id == session_id)))
        added = 0
        for card in s.scalars(select(Card).where(Card.session_id == from_session_id, Card.deleted_at.is_(None))):
            if card.id in have or (tagged_only and not card.tags):
                continue
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=card.kind, text=card.text,
                       position=20_000 + card.id, source_card_id=card.id, finding_id=card.finding_id,
                       participant_code=card.participant_code, tags=card.tags, created_at=_now(now)))  # fmt: skip
        return added
