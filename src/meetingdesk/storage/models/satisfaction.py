"""Satisfaction of those served (ความพึงพอใจของผู้รับบริการ): the office's item set, and per meeting the items its
survey was run with, the forms typed in from paper and their scores.

A meeting's survey keeps its own copy of the items (``SurveyItem``), made when its first form is entered, so an
edit of the office's set later never changes what old forms answered.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from meetingdesk.storage.models.base import Base


class SatisfactionItem(Base):
    """One item of the office's satisfaction form (five-point), in the form's order."""

    __tablename__ = "satisfaction_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    text: Mapped[str]


class SurveyItem(Base):
    """One item of a meeting's survey: the office's wording as it was when the survey began."""

    __tablename__ = "survey_item"
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str]


class SatisfactionResponse(Base):
    """One paper form of a meeting's survey: its number in the pile, its scores and a comment."""

    __tablename__ = "satisfaction_response"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    number: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    scores: Mapped[list[SatisfactionScore]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class SatisfactionScore(Base):
    """The score (1–5) a form gave one item; an item left blank has no row."""

    __tablename__ = "satisfaction_score"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
        # the scores of some items counted from the index alone (a fiscal year's summary of a decade: ~3 ms)
        Index("ix_satisfaction_score_item_score", "survey_item_id", "score"),
    )
    response_id: Mapped[int] = mapped_column(
        ForeignKey("satisfaction_response.id", ondelete="CASCADE"), primary_key=True
    )
    survey_item_id: Mapped[int] = mapped_column(ForeignKey("survey_item.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[int]

    response: Mapped[SatisfactionResponse] = relationship(back_populates="scores")
