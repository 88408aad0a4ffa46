"""The office's data as SQLAlchemy 2 typed mappings, one module per part of the office:
``base`` (the declarative base and the many-to-many links), ``office`` (people, bodies, projects and findings),
``record`` (meetings, their agenda, decisions and actions), ``sessions`` (structured sessions in the room) and
``satisfaction`` (the satisfaction survey of a meeting) and ``audit`` (who changed what, when).
"""

from __future__ import annotations

from meetingdesk.storage.models.audit import AuditEntry
from meetingdesk.storage.models.base import (
    NAMING,
    Base,
    agenda_item_finding,
    decision_finding,
    decision_project,
    matter_arising,
)
from meetingdesk.storage.models.office import (
    AgendaTemplateSection,
    Body,
    Finding,
    Membership,
    Office,
    Person,
    Project,
    Setting,
    WorkGroup,
)
from meetingdesk.storage.models.record import (
    Action,
    ActionUpdate,
    AgendaItem,
    Amendment,
    Attachment,
    Attendance,
    Certification,
    Decision,
    Meeting,
)
from meetingdesk.storage.models.satisfaction import (
    SatisfactionItem,
    SatisfactionResponse,
    SatisfactionScore,
    SurveyItem,
)
from meetingdesk.storage.models.sessions import Card, Cluster, Participant, RouteQuestion, TechniqueSession, Vote

__all__ = [
    "NAMING",
    "Action",
    "ActionUpdate",
    "AgendaItem",
    "AgendaTemplateSection",
    "Amendment",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Base",
    "Body",
    "Card",
    "Certification",
    "Cluster",
    "Decision",
    "Finding",
    "Meeting",
    "Membership",
    "Office",
    "Participant",
    "Person",
    "Project",
    "RouteQuestion",
    "SatisfactionItem",
    "SatisfactionResponse",
    "SatisfactionScore",
    "Setting",
    "SurveyItem",
    "TechniqueSession",
    "Vote",
    "WorkGroup",
    "agenda_item_finding",
    "decision_finding",
    "decision_project",
    "matter_arising",
]
