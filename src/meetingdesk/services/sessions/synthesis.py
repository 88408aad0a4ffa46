"""Synthesis: project findings and other sessions' cards brought in as inputs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from meetingdesk.domain.enums import CardKind, Phase
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import get
from meetingdesk.services.sessions._common import _now, _session
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Cluster, Finding, Project


def _same(text: str) -> str:
    return " ".join(text.split())


def pull_findings(
    db: Database,
    session_id: int,
    *,
    project_id: int | None = None,
    phase: Phase | None = None,
    fiscal_year: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Bring project findings in as cards (filtered by project, phase and fiscal year), one transaction; a
    finding already here, or worded the same as one here (the same finding written up twice), is not added
    again. Returns how many were added."""
    with db.writing() as s:
        session = _session(s, session_id)
        query = select(Finding).join(Project, Project.id == Finding.project_id)
        if project_id is not None:
            query = query.where(Finding.project_id == project_id)
        if phase is not None:
            query = query.where(Finding.phase == phase)
        if fiscal_year is not None:
            query = query.where(Project.fiscal_year == fiscal_year)
        here = list(s.scalars(select(Card).where(Card.session_id == session_id, Card.deleted_at.is_(None))))
        have = {c.finding_id for c in here if c.finding_id}
        wordings = {_same(c.text) for c in here if c.kind is CardKind.FINDING}
        added = 0
        for finding in s.scalars(query.order_by(Project.name, Finding.phase, Finding.id)):
            if finding.id in have or _same(finding.text) in wordings:
                continue
            wordings.add(_same(finding.text))
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=CardKind.FINDING, text=finding.text,
                       position=10_000 + finding.id, finding_id=finding.id, created_at=_now(now)))  # fmt: skip
        return added


def pull_cards(
    db: Database, session_id: int, from_session_id: int, *, tagged_only: bool = False, now: dt.datetime | None = None
) -> int:
    """Bring another session's cards (a brainstorm's ideas, a focus group's tagged responses) in as inputs, in
    one transaction. A card that was in a cluster there comes into a cluster of the same name here (made when
    missing); an anonymous session's cards come without codes. Returns how many were added."""
    with db.writing() as s:
        session = _session(s, session_id)
        source = _session(s, from_session_id, editing=False)
        if from_session_id == session_id:
            raise InvalidInput("เลือกกิจกรรมอื่นที่จะดึงการ์ดมา", "Choose another session to bring cards from.")
        have = set(s.scalars(select(Card.source_card_id).where(Card.session_id == session_id)))
        clusters = {c.name: c for c in s.scalars(select(Cluster).where(Cluster.session_id == session_id))}
        added = 0
        for card in s.scalars(
            select(Card).where(Card.session_id == from_session_id, Card.deleted_at.is_(None)).order_by(Card.position)
        ):
            if card.id in have or (tagged_only and not card.tags):
                continue
            cluster = None
            if card.cluster_id is not None:
                name = get(s, Cluster, card.cluster_id).name
                cluster = clusters.get(name)
                if cluster is None:
                    cluster = clusters[name] = Cluster(session_id=session_id, name=name, position=len(clusters) + 1)
                    s.add(cluster)
                    s.flush()
            added += 1
            s.add(Card(session_id=session_id, stage=session.stage, kind=card.kind, text=card.text,
                       position=20_000 + card.id, source_card_id=card.id, finding_id=card.finding_id,
                       participant_code="" if source.anonymous else card.participant_code, tags=card.tags,
                       cluster_id=cluster.id if cluster else None, created_at=_now(now)))  # fmt: skip
        return added
