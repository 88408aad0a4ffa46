"""The declarative base, the naming convention, enumerations stored as strings, and the many-to-many links.

Portable SQL only: anything SQLite-specific lives in ``storage/sqlite.py``. Enumerations are stored as their
string values (``native_enum=False`` with a CHECK constraint) so PostgreSQL can hold the same schema.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar

from sqlalchemy import (
    Column,
    Enum,
    ForeignKey,
    MetaData,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase

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

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_type(cls: type[enum.Enum], name: str) -> Enum:
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
        BodyKind: enum_type(BodyKind, "body_kind"),
        MemberRole: enum_type(MemberRole, "member_role"),
        Phase: enum_type(Phase, "phase"),
        FindingKind: enum_type(FindingKind, "finding_kind"),
        MeetingStatus: enum_type(MeetingStatus, "meeting_status"),
        RecordingStyle: enum_type(RecordingStyle, "recording_style"),
        AttendanceStatus: enum_type(AttendanceStatus, "attendance_status"),
        DecisionKind: enum_type(DecisionKind, "decision_kind"),
        ActionStatus: enum_type(ActionStatus, "action_status"),
        CertificationMethod: enum_type(CertificationMethod, "certification_method"),
        Technique: enum_type(Technique, "technique"),
        SessionStatus: enum_type(SessionStatus, "session_status"),
        CardKind: enum_type(CardKind, "card_kind"),
        QuestionStatus: enum_type(QuestionStatus, "question_status"),
        RouteQuestionKind: enum_type(RouteQuestionKind, "route_question_kind"),
        str: String(500),
    }


def _link(left: str, right: str) -> Table:
    """A many-to-many link ``<left>_<right>``: both keys make the primary key, the right one is indexed too, and
    deleting either side deletes the link."""
    return Table(
        f"{left}_{right}",
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


# Many-to-many links between the record and the findings/projects it answers.
agenda_item_finding = _link("agenda_item", "finding")
decision_finding = _link("decision", "finding")
decision_project = _link("decision", "project")
# A matter arising: an agenda item that follows up one earlier decision.
matter_arising = Table(
    "matter_arising",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), nullable=False, index=True),
)
