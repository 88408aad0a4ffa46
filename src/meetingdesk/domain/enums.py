"""The office's vocabulary as enumerations; names follow ``shared/domain/glossary.md``.

Each enum's values are stable strings stored in the database; ``label_th``/``label_en`` give the words a
user reads.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt


class _Labelled(enum.StrEnum):
    """A string enum whose members carry a Thai and an English label."""

    label_th: str
    label_en: str

    def __new__(cls, value: str, label_th: str = "", label_en: str = "") -> _Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_th = label_th
        member.label_en = label_en
        return member

    def label(self, lang: str = "th") -> str:
        return self.label_en if lang == "en" else self.label_th


class BodyKind(_Labelled):
    EXECUTIVE_BOARD = "executive_board", "คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษา", "Executive board"
    STATUTORY = "statutory", "องค์คณะบุคคลตามกฎหมาย", "Statutory body"
    NETWORK_CHAIRS = "network_chairs", "ประชุมประธานเครือข่าย", "School-network chairs"
    SCHOOL_DIRECTORS = "school_directors", "ประชุมผู้บริหารสถานศึกษา", "School directors"
    OFFICE_STAFF = "office_staff", "ประชุมบุคลากรในสำนักงาน", "All-staff meeting"
    AD_HOC = "ad_hoc", "กลุ่มเฉพาะกิจ (Focus Group)", "Ad-hoc group"


class MemberRole(_Labelled):
    CHAIR = "chair", "ประธานกรรมการ", "Chair"
    VICE_CHAIR = "vice_chair", "รองประธานกรรมการ", "Vice-chair"
    MEMBER = "member", "กรรมการ", "Member"
    SECRETARY = "secretary", "กรรมการและเลขานุการ", "Member and secretary"
    ASSISTANT_SECRETARY = "assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ", "Assistant secretary"


class Phase(_Labelled):
    BEFORE = "before", "ระยะก่อนดำเนินการพัฒนา", "Before development"
    DURING = "during", "ระยะระหว่างดำเนินการพัฒนา", "During development"
    AFTER = "after", "ระยะหลังดำเนินการพัฒนา", "After development"


class FindingKind(_Labelled):
    RESULT = "result", "ผลการดำเนินงาน", "Result"
    PROBLEM = "problem", "ปัญหา", "Problem"
    OBSTACLE = "obstacle", "อุปสรรค", "Obstacle"
    NEED = "need", "ความต้องการ", "Need"
    RECOMMENDATION = "recommendation", "ข้อเสนอแนะ", "Recommendation"


class MeetingStatus(_Labelled):
    PLANNED = "planned", "กำหนดการ", "Planned"
    IN_PROGRESS = "in_progress", "กำลังประชุม", "In progress"
    HELD = "held", "ประชุมแล้ว", "Held"
    MINUTES_DRAFTED = "minutes_drafted", "ร่างรายงานการประชุมแล้ว", "Minutes drafted"
    CERTIFIED = "certified", "รับรองรายงานการประชุมแล้ว", "Minutes certified"


class RecordingStyle(_Labelled):
    DETAILED = "detailed", "จดละเอียด", "Detailed"
    SUMMARY = "summary", "จดย่อ", "Summary"
    RESOLUTIONS = "resolutions", "จดแต่เหตุผลกับมติ", "Resolutions only"


class AttendanceStatus(_Labelled):
    PRESENT = "present", "ผู้มาประชุม", "Present"
    ABSENT = "absent", "ผู้ไม่มาประชุม", "Absent"
    ATTENDING = "attending", "ผู้เข้าร่วมประชุม", "Attending (not a member)"


class AgendaSection(enum.IntEnum):
    """The six customary sections of ระเบียบวาระการประชุม."""

    CHAIR_ANNOUNCEMENTS = 1
    CERTIFY_MINUTES = 2
    MATTERS_ARISING = 3
    FOR_INFORMATION = 4
    FOR_CONSIDERATION = 5
    OTHER = 6


DEFAULT_SECTION_TITLES: dict[AgendaSection, tuple[str, str]] = {
    AgendaSection.CHAIR_ANNOUNCEMENTS: ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "Announcements from the chair"),
    AgendaSection.CERTIFY_MINUTES: ("เรื่องรับรองรายงานการประชุม", "Certifying the minutes"),
    AgendaSection.MATTERS_ARISING: ("เรื่องสืบเนื่อง", "Matters arising"),
    AgendaSection.FOR_INFORMATION: ("เรื่องเสนอเพื่อทราบ", "For information"),
    AgendaSection.FOR_CONSIDERATION: ("เรื่องเสนอเพื่อพิจารณา", "For consideration"),
    AgendaSection.OTHER: ("เรื่องอื่น ๆ (ถ้ามี)", "Other matters (if any)"),
}


class DecisionKind(_Labelled):
    NOTED = "noted", "รับทราบ", "Noted"
    ENDORSED = "endorsed", "เห็นชอบ", "Endorsed"
    APPROVED = "approved", "อนุมัติ", "Approved"
    REJECTED = "rejected", "ไม่อนุมัติ", "Rejected"
    ASSIGNED = "assigned", "มอบหมาย", "Assigned"


class ActionStatus(_Labelled):
    NOT_STARTED = "not_started", "ยังไม่ดำเนินการ", "Not started"
    IN_PROGRESS = "in_progress", "อยู่ระหว่างดำเนินการ", "In progress"
    DONE = "done", "ดำเนินการแล้ว", "Done"
    CANCELLED = "cancelled", "ยกเลิก", "Cancelled"

    @property
    def is_open(self) -> bool:
        """Still to be carried out (``OPEN_ACTION_STATUSES``)."""
        return self in OPEN_ACTION_STATUSES


OPEN_ACTION_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
"""What "open" means, once: an action not yet done or cancelled. ``services.actions.open_clause`` and
``overdue_clause`` are the same rule for a query."""


def overdue(status: ActionStatus | None, due: dt.date | None, today: dt.date) -> bool:
    """Open and past its due date (derived, never stored)."""
    return status is not None and status.is_open and due is not None and due < today


class CertificationMethod(_Labelled):
    AT_MEETING = "at_meeting", "รับรองในที่ประชุม", "At a later meeting"
    CIRCULATION = "circulation", "รับรองโดยการเวียน", "By circulation"


class Technique(_Labelled):
    FOCUS_GROUP = "focus_group", "การสนทนากลุ่ม (Focus Group)", "Focus group"
    BRAINSTORM = "brainstorm", "การระดมสมอง", "Brainstorming"
    SYNTHESIS = "synthesis", "การสังเคราะห์ผล", "Synthesis"
    SUJIPULI = "sujipuli", "เทคนิค สุ จิ ปุ ลิ", "Su-ji-pu-li"
    GROUP_PROCESS = "group_process", "กระบวนการกลุ่ม", "Group process"


class SessionStatus(_Labelled):
    ACTIVE = "active", "กำลังดำเนินการ", "Running"
    PAUSED = "paused", "พักไว้", "Paused"
    CLOSED = "closed", "ปิดแล้ว", "Closed"


class CardKind(_Labelled):
    IDEA = "idea", "ความคิดเห็น", "Idea"
    RESPONSE = "response", "คำตอบ", "Response"
    KEY_POINT = "key_point", "ประเด็นสำคัญ", "Key point"
    REFLECTION = "reflection", "ข้อคิด", "Reflection"
    QUESTION = "question", "คำถาม", "Question"
    CONCLUSION = "conclusion", "ข้อสรุป", "Conclusion"
    LESSON = "lesson", "บทเรียนที่ได้รับ", "Lesson learned"
    FINDING = "finding", "ผลการดำเนินงาน", "Finding"


class QuestionStatus(_Labelled):
    OPEN = "open", "รอตอบ", "Waiting"
    ANSWERED = "answered", "ตอบแล้ว", "Answered"
    DEFERRED = "deferred", "ยกไปติดตาม", "Deferred"


class RouteQuestionKind(_Labelled):
    OPENING = "opening", "คำถามเปิด", "Opening"
    INTRODUCTORY = "introductory", "คำถามนำ", "Introductory"
    TRANSITION = "transition", "คำถามเชื่อมโยง", "Transition"
    KEY = "key", "คำถามหลัก", "Key"
    ENDING = "ending", "คำถามปิด", "Ending"
