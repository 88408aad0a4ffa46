"""The office and what it is made of: settings, people, work groups, bodies and their members, projects and
their findings.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from meetingdesk.domain.enums import (
    BodyKind,
    FindingKind,
    MemberRole,
    Phase,
)
from meetingdesk.domain.thai.names import person_name
from meetingdesk.storage.models.base import Base


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
