"""Structured sessions in the room (กิจกรรมกลุ่ม): the session, its groups of cards, participants, a focus
group's route questions, cards and dot votes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from meetingdesk.domain.enums import (
    CardKind,
    QuestionStatus,
    RouteQuestionKind,
    SessionStatus,
    Technique,
)
from meetingdesk.storage.models.base import Base

if TYPE_CHECKING:
    from meetingdesk.storage.models.record import AgendaItem


class TechniqueSession(Base):
    """A structured session (brainstorm, focus group, synthesis, su-ji-pu-li) on an agenda item or alone."""

    __tablename__ = "technique_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    technique: Mapped[Technique]
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(40))
    status: Mapped[SessionStatus] = mapped_column(default=SessionStatus.ACTIVE)
    dots_per_participant: Mapped[int] = mapped_column(default=3)
    max_dots_per_item: Mapped[int] = mapped_column(default=3)
    votes_revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    # no speaker's code or name reaches the projector or any export (codes typed are not even stored)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The countdown survives a crash: seconds left when last paused, and when it was (re)started.
    timer_seconds: Mapped[int | None]
    timer_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    agenda_item: Mapped[AgendaItem | None] = relationship()


class Cluster(Base):
    """A named group of cards (affinity grouping), or a theme with its conclusion in a synthesis."""

    __tablename__ = "cluster"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    # the decision made from this theme ("make a decision" a second time opens it)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"), index=True)


class Participant(Base):
    """A participant's code in a session (P1, P2 …); the real person and consent stay here, not in reports."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("session_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)


class RouteQuestion(Base):
    """A question of a focus group's route, with its time allowance."""

    __tablename__ = "route_question"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RouteQuestionKind]
    text: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(default=5)
    position: Mapped[int] = mapped_column(default=0)


class Card(Base):
    """Anything typed in a session: an idea, a response, a key point, a question, a conclusion …"""

    __tablename__ = "card"
    __table_args__ = (Index("ix_card_session_order", "session_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(40))
    kind: Mapped[CardKind]
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    participant_code: Mapped[str] = mapped_column(String(20), default="")
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="SET NULL"), index=True)
    route_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("route_question.id", ondelete="SET NULL"), index=True
    )
    quote: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[str] = mapped_column(Text, default="")  # codes (themes), one a line
    # su-ji-pu-li questions: who asked whom, and what became of it
    asked_to: Mapped[str] = mapped_column(default="")
    question_status: Mapped[QuestionStatus | None]
    answer: Mapped[str] = mapped_column(Text, default="")
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="SET NULL"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"), index=True)
    # synthesis inputs: the finding or the card (of another session) this card brings in
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id", ondelete="SET NULL"), index=True)
    source_card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # sent from a participant's phone (the room joins in), not typed by the facilitator
    from_room: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # hidden by the facilitator: kept in the record, shown on the console only (not the projector, not phones)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Vote(Base):
    """Dots on a card or a cluster: one participant's, or a hand count (no participant)."""

    __tablename__ = "vote"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"), index=True)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    participant_code: Mapped[str] = mapped_column(String(20), default="")
    dots: Mapped[int] = mapped_column(default=1)
