"""The record of a meeting: the meeting, attendance, agenda items, attachments, decisions, their actions and
progress, certification and amendments.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from meetingdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CertificationMethod,
    DecisionKind,
    MeetingStatus,
    RecordingStyle,
)
from meetingdesk.domain.numbering import item_number
from meetingdesk.storage.models.base import (
    Base,
    agenda_item_finding,
    decision_finding,
    decision_project,
    enum_type,
)

if TYPE_CHECKING:
    from meetingdesk.storage.models.office import Body, Finding, Person, Project, WorkGroup


class Meeting(Base):
    """One meeting of a body, numbered ``n/ปี`` within the Buddhist-era year."""

    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("body_id", "year_be", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        Index("ix_meeting_date", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: every ORM update checks and raises the version (``storage/audit.py``).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    number: Mapped[int]
    year_be: Mapped[int]
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(default="")
    title: Mapped[str] = mapped_column(default="")  # for ad-hoc meetings and workshops
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    minute_taker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    minutes_checker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.PLANNED)
    recording_style: Mapped[RecordingStyle] = mapped_column(default=RecordingStyle.SUMMARY)
    opening: Mapped[str] = mapped_column(Text, default="")  # how the chair opened the meeting

    body: Mapped[Body] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    minute_taker: Mapped[Person | None] = relationship(foreign_keys=[minute_taker_id])
    minutes_checker: Mapped[Person | None] = relationship(foreign_keys=[minutes_checker_id])
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="(AgendaItem.section, AgendaItem.position)",
        foreign_keys="AgendaItem.meeting_id",
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.order"
    )
    certification: Mapped[Certification | None] = relationship(
        back_populates="meeting", foreign_keys="Certification.meeting_id", uselist=False
    )


class Attendance(Base):
    """Who was there (or not) and in what capacity."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    status: Mapped[AttendanceStatus]
    role_text: Mapped[str] = mapped_column(default="")  # position in the body, as the minutes print it
    absence_reason: Mapped[str] = mapped_column(default="")
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    signed_in_at: Mapped[dt.time | None] = mapped_column(Time)
    order: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute_for: Mapped[Person | None] = relationship(foreign_keys=[substitute_for_id])


class AgendaItem(Base):
    """An item of the agenda; its number (``4.2``) is derived from section and position."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("section BETWEEN 1 AND 6", name="section_range"),
        Index("ix_agenda_item_meeting_order", "meeting_id", "section", "position"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: every ORM update checks and raises the version (``storage/audit.py``).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    section: Mapped[int]
    position: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(Text)
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    presenter_text: Mapped[str] = mapped_column(default="")
    background: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # Section 2 items point at the minutes they certify; section 3 items at the decision they follow up
    # (through ``matter_arising``, which keeps agenda_item and decision free of a foreign-key cycle).
    certifies_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items", foreign_keys=[meeting_id])
    presenter: Mapped[Person | None] = relationship()
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item",
        cascade="all, delete-orphan",
        order_by="Decision.id",
        foreign_keys="Decision.agenda_item_id",
    )
    findings: Mapped[list[Finding]] = relationship(secondary=agenda_item_finding)
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    source_decision: Mapped[Decision | None] = relationship(secondary="matter_arising", uselist=False, viewonly=False)
    certifies_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[certifies_meeting_id])

    @property
    def number(self) -> str:
        return item_number(self.section, self.position)


class Attachment(Base):
    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(default="")

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attachments")


class Decision(Base):
    """A resolution of the meeting on one agenda item (มติที่ประชุม)."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: every ORM update checks and raises the version (``storage/audit.py``).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DecisionKind]
    text: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstain: Mapped[int | None]

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions", foreign_keys=[agenda_item_id])
    actions: Mapped[list[Action]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="Action.id"
    )
    findings: Mapped[list[Finding]] = relationship(secondary=decision_finding)
    projects: Mapped[list[Project]] = relationship(secondary=decision_project)


class Action(Base):
    """Carrying a decision out: an owner (person or group), a due date, a status with history."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_status_due", "status", "due_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # Optimistic concurrency: every ORM update checks and raises the version (``storage/audit.py``).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    owner_group_id: Mapped[int | None] = mapped_column(ForeignKey("work_group.id"), index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.NOT_STARTED)
    created_on: Mapped[dt.date] = mapped_column(Date)

    decision: Mapped[Decision] = relationship(back_populates="actions")
    owner_person: Mapped[Person | None] = relationship()
    owner_group: Mapped[WorkGroup | None] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionUpdate.id"
    )


class ActionUpdate(Base):
    """A dated progress note; when the status changed, the old and new status (the action's history)."""

    __tablename__ = "action_update"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    old_status: Mapped[ActionStatus | None]
    # Its own CHECK name: PostgreSQL wants the two status checks of one table named apart (migration 0001).
    new_status: Mapped[ActionStatus | None] = mapped_column(enum_type(ActionStatus, "new_action_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_path: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="updates")


class Certification(Base):
    """The minutes of ``meeting`` certified: when, how, and the hash of the record as certified."""

    __tablename__ = "certification"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), unique=True)
    method: Mapped[CertificationMethod]
    at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    certified_on: Mapped[dt.date] = mapped_column(Date)
    with_amendments: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64))
    record_json: Mapped[str] = mapped_column(Text)  # the canonical record the hash was taken of

    meeting: Mapped[Meeting] = relationship(back_populates="certification", foreign_keys=[meeting_id])
    at_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[at_meeting_id])


class Amendment(Base):
    """A change to a meeting's record: at certification (applied, then hashed) or after it (shown beside)."""

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    made_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    made_on: Mapped[dt.date] = mapped_column(Date)
    after_certification: Mapped[bool] = mapped_column(Boolean, default=False)
    # What changed: a field of one agenda item (``discussion``, ``summary`` ...) or of a decision (``text``).
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), index=True)
    field: Mapped[str] = mapped_column(String(50))
    old_text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


# --- structured sessions (techniques) --------------------------------------------------------------------
