"""The office's data as SQLAlchemy 2 typed mappings.

Portable SQL only: anything SQLite-specific (pragmas, FTS5, triggers, the backup API) lives in
``storage/sqlite.py``. Enumerations are stored as their string values (``native_enum=False`` with a CHECK
constraint) so PostgreSQL can hold the same schema.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from meetingdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    BodyKind,
    CardKind,
    CertificationMethod,
    DecisionKind,
    FindingKind,
    MeetingStatus,
    MemberRole,
    Phase,
    QuestionStatus,
    RecordingStyle,
    RouteQuestionKind,
    SessionStatus,
    Technique,
)
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.names import person_name

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        BodyKind: _enum(BodyKind, "body_kind"),
        MemberRole: _enum(MemberRole, "member_role"),
        Phase: _enum(Phase, "phase"),
        FindingKind: _enum(FindingKind, "finding_kind"),
        MeetingStatus: _enum(MeetingStatus, "meeting_status"),
        RecordingStyle: _enum(RecordingStyle, "recording_style"),
        AttendanceStatus: _enum(AttendanceStatus, "attendance_status"),
        DecisionKind: _enum(DecisionKind, "decision_kind"),
        ActionStatus: _enum(ActionStatus, "action_status"),
        CertificationMethod: _enum(CertificationMethod, "certification_method"),
        Technique: _enum(Technique, "technique"),
        SessionStatus: _enum(SessionStatus, "session_status"),
        CardKind: _enum(CardKind, "card_kind"),
        QuestionStatus: _enum(QuestionStatus, "question_status"),
        RouteQuestionKind: _enum(RouteQuestionKind, "route_question_kind"),
        str: String(500),
    }


# Many-to-many links between the record and the findings/projects it answers.
agenda_item_finding = Table(
    "agenda_item_finding",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("finding_id", ForeignKey("finding.id", ondelete="CASCADE"), primary_key=True, index=True),
)
decision_finding = Table(
    "decision_finding",
    Base.metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column("finding_id", ForeignKey("finding.id", ondelete="CASCADE"), primary_key=True, index=True),
)
matter_arising = Table(
    "matter_arising",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), nullable=False, index=True),
)
decision_project = Table(
    "decision_project",
    Base.metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column("project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Setting(Base):
    """An office-wide setting (declared in ``services/settings.py``), stored as text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Office(Base):
    """The Educational Service Area Office that owns this database."""

    __tablename__ = "office"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    short_name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(default="")


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    @property
    def full_name(self) -> str:
        """Prefix joined to the first name as Thai writes it (``นายสมชาย ใจดี``)."""
        return person_name(self.prefix, self.first_name, self.last_name)


class WorkGroup(Base):
    """A group within the office (กลุ่มงาน), responsible for projects or actions."""

    __tablename__ = "work_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    name: Mapped[str]
    head_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class Body(Base):
    """A standing group that meets (องค์คณะ)."""

    __tablename__ = "body"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    kind: Mapped[BodyKind]
    name: Mapped[str]
    short_name: Mapped[str] = mapped_column(String(100), default="")
    default_place: Mapped[str] = mapped_column(default="")
    confidential_by_default: Mapped[bool] = mapped_column(Boolean, default=False)

    memberships: Mapped[list[Membership]] = relationship(back_populates="body", cascade="all, delete-orphan")
    template: Mapped[list[AgendaTemplateSection]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="AgendaTemplateSection.section"
    )


class AgendaTemplateSection(Base):
    """One section of a body's agenda template (the six customary ones unless the body edits them)."""

    __tablename__ = "agenda_template_section"
    __table_args__ = (UniqueConstraint("body_id", "section"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    section: Mapped[int]
    title: Mapped[str]
    standing_items: Mapped[str] = mapped_column(Text, default="")  # one item title a line

    body: Mapped[Body] = relationship(back_populates="template")


class Membership(Base):
    """A person's role in a body for a term."""

    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[MemberRole]
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    order: Mapped[int] = mapped_column(default=0)

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()


class Project(Base):
    """A project or activity of a fiscal year (โครงการ/กิจกรรม)."""

    __tablename__ = "project"
    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(index=True)  # B.E.
    code: Mapped[str] = mapped_column(String(50), default="")
    name: Mapped[str]
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_group_id: Mapped[int | None] = mapped_column(ForeignKey("work_group.id"))
    budget: Mapped[int | None]  # baht

    findings: Mapped[list[Finding]] = relationship(back_populates="project", cascade="all, delete-orphan")
    responsible_group: Mapped[WorkGroup | None] = relationship()


class Finding(Base):
    """A result, problem, obstacle, need or recommendation about a project in one phase."""

    __tablename__ = "finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    phase: Mapped[Phase]
    kind: Mapped[FindingKind]
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(default="")
    found_on: Mapped[dt.date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="findings")


class Meeting(Base):
    """One meeting of a body, numbered ``n/ปี`` within the Buddhist-era year."""

    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("body_id", "year_be", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        Index("ix_meeting_date", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
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
    new_status: Mapped[ActionStatus | None]
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


class Vote(Base):
    """Dots on a card or a cluster: one participant's, or a hand count (no participant)."""

    __tablename__ = "vote"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("technique_session.id", ondelete="CASCADE"), index=True)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    participant_code: Mapped[str] = mapped_column(String(20), default="")
    dots: Mapped[int] = mapped_column(default=1)
