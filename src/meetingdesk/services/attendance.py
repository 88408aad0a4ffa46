"""Who attended a meeting, and in what capacity: members present or absent (with a reason, or represented by a
substitute), and attendees who are not members — from the directory or added by name on the spot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import AttendanceStatus
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import editable_meeting, ensure_editable, get, required_text
from meetingdesk.services.numbering import move_on
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Attendance, Meeting, Membership, Person


@dataclass(frozen=True)
class Seats:
    """One meeting's attendance as the reports count it (``seats``)."""

    body_id: int
    appointed: int  # the people holding a membership of the body on the meeting's date, each once
    present: int  # those seats filled: the member present, or a substitute sitting for them
    others: int  # everyone else who attended: non-members attending, or marked present without a seat


def seats(conn: Connection, meeting_ids: list[int]) -> dict[int, Seats]:
    """The one rule for attendance figures (the evidence report's table and the dashboard's chart): appointed are
    the memberships in force on the meeting's date, a person with two roles (the chair who is also a member)
    counted once; a seat is filled when its member is present or a substitute sits for them. Only meetings that
    took attendance are counted."""
    m, a, ms = Meeting.__table__.c, Attendance.__table__.c, Membership.__table__.c
    meetings = {
        r.id: r
        for r in conn.execute(
            select(m.id, m.body_id, m.date).where(m.id.in_(meeting_ids), m.id.in_(select(a.meeting_id)))
        )
    }
    members: dict[int, set[int]] = {mid: set() for mid in meetings}
    in_force = conn.execute(select(ms.body_id, ms.person_id, ms.start_date, ms.end_date)).all()
    for mid, r in meetings.items():
        members[mid] = {
            x.person_id
            for x in in_force
            if x.body_id == r.body_id
            and (x.start_date is None or x.start_date <= r.date)
            and (x.end_date is None or x.end_date >= r.date)
        }
    filled: dict[int, set[int]] = {mid: set() for mid in meetings}
    others: dict[int, int] = dict.fromkeys(meetings, 0)
    for mark in conn.execute(
        select(a.meeting_id, a.person_id, a.status, a.substitute_for_id).where(a.meeting_id.in_(meetings))
    ):
        seat = members[mark.meeting_id]
        if mark.status is AttendanceStatus.PRESENT and mark.person_id in seat:
            filled[mark.meeting_id].add(mark.person_id)
        elif mark.status is AttendanceStatus.PRESENT and mark.substitute_for_id in seat:
            filled[mark.meeting_id].add(mark.substitute_for_id)
        elif mark.status is not AttendanceStatus.ABSENT:
            others[mark.meeting_id] += 1
    return {mid: Seats(r.body_id, len(members[mid]), len(filled[mid]), others[mid]) for mid, r in meetings.items()}


def roster(s: Session, body_id: int, on: dt.date) -> list[Membership]:
    """The body's members on a date, in roster order."""
    return list(
        s.scalars(
            select(Membership)
            .where(Membership.body_id == body_id)
            .where((Membership.start_date.is_(None)) | (Membership.start_date <= on))
            .where((Membership.end_date.is_(None)) | (Membership.end_date >= on))
            .order_by(Membership.order, Membership.id)
        )
    )


def mark_attendance(
    db: Database,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    reason: str = "",
    substitute_for_id: int | None = None,
    signed_in_at: dt.time | None = None,
    role_text: str = "",
) -> int:
    """Record one person's attendance (replacing what was recorded for them before). A substitute
    (``substitute_for_id``) sits as the member they replace, and that member is marked absent, represented —
    both in this one transaction."""
    with db.writing() as s:
        return record_attendance(
            s, meeting_id, person_id, status, reason=reason, substitute_for_id=substitute_for_id,
            signed_in_at=signed_in_at, role_text=role_text,
        )  # fmt: skip


def mark_all_present(db: Database, meeting_id: int) -> list[int]:
    """ "Everyone present": the members not yet recorded are marked present (the usual start of taking attendance),
    all in one transaction. Returns the people marked."""
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        recorded = set(s.scalars(select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)))
        marked = [m.person_id for m in roster(s, meeting.body_id, meeting.date) if m.person_id not in recorded]
        for person_id in marked:
            record_attendance(s, meeting_id, person_id, AttendanceStatus.PRESENT)
        return marked


def represented_reason(substitute: Person) -> str:
    """What the minutes say of a member who sent someone in their place (when no other reason was given)."""
    return f"มอบหมายให้ {substitute.full_name} มาประชุมแทน"


def record_attendance(
    s: Session,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    reason: str = "",
    substitute_for_id: int | None = None,
    signed_in_at: dt.time | None = None,
    role_text: str = "",
) -> int:
    """``mark_attendance`` inside a transaction the caller holds."""
    meeting = editable_meeting(s, meeting_id)
    person = get(s, Person, person_id)
    members = {m.person_id: m for m in roster(s, meeting.body_id, meeting.date)}
    rows = {a.person_id: a for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))}
    if substitute_for_id is not None:
        replaced = get(s, Person, substitute_for_id)
        if substitute_for_id == person_id:
            raise InvalidInput("ผู้มาประชุมแทนต้องไม่ใช่คนเดียวกับกรรมการ", "A substitute cannot replace themself.")
        if substitute_for_id not in members:
            raise InvalidInput(
                f"{replaced.full_name} ไม่ใช่กรรมการขององค์คณะนี้ จึงมีผู้มาประชุมแทนไม่ได้",
                f"{replaced.full_name} is not a member of this body, so nobody can attend in their place.",
            )
        if status is AttendanceStatus.ABSENT:
            raise InvalidInput(
                "ผู้มาประชุมแทนต้องมาประชุม กรุณาเลือก “ผู้มาประชุม”",
                "A substitute must be present; choose “Present”.",
            )
        other = next((a for a in rows.values() if a.substitute_for_id == substitute_for_id), None)
        if other is not None and other.person_id != person_id:
            raise InvalidInput(
                f"{other.person.full_name} มาประชุมแทน {replaced.full_name} อยู่แล้ว",
                f"{other.person.full_name} already attends in place of {replaced.full_name}.",
            )
        status = AttendanceStatus.PRESENT  # a substitute sits as the member
    elif status is AttendanceStatus.PRESENT:
        stand_in = next((a for a in rows.values() if a.substitute_for_id == person_id), None)
        if stand_in is not None:
            raise InvalidInput(
                f"{stand_in.person.full_name} มาประชุมแทน {person.full_name} อยู่ กรุณายกเลิกการมาแทนก่อน",
                f"{stand_in.person.full_name} attends in place of {person.full_name}; undo that first.",
            )
    row = rows.get(person_id)
    if row is None:
        row = Attendance(meeting_id=meeting_id, person_id=person_id, order=len(rows) + 1, status=status)
        s.add(row)
    previous = row.substitute_for_id
    if not role_text:
        member = members.get(substitute_for_id) if substitute_for_id is not None else members.get(person_id)
        role_text = member.role.label_th if member else row.role_text
    row.status = status
    row.absence_reason = reason.strip() if status is AttendanceStatus.ABSENT else ""
    row.substitute_for_id = substitute_for_id
    row.signed_in_at = signed_in_at
    row.role_text = role_text
    if previous is not None and previous != substitute_for_id:
        was = rows.get(previous)  # the member no longer represented: back to not recorded, if we marked them
        if was is not None and was.absence_reason == represented_reason(person):
            s.delete(was)
    if substitute_for_id is not None:
        absent = rows.get(substitute_for_id)
        if absent is None:
            absent = Attendance(meeting_id=meeting_id, person_id=substitute_for_id, order=len(rows) + 2,
                                status=AttendanceStatus.ABSENT)  # fmt: skip
            s.add(absent)
        absent.status = AttendanceStatus.ABSENT
        absent.absence_reason = absent.absence_reason or represented_reason(person)
        absent.substitute_for_id = None
        absent.signed_in_at = None
        absent.role_text = members[substitute_for_id].role.label_th
        row.order = absent.order  # the minutes list the substitute where the member they replace would stand
    s.flush()
    move_on(s, meeting)  # attendance taken: the meeting is held
    return row.id


# --- attendees who are not in the directory ----------------------------------------------------------------

PREFIXES = (
    "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "นางสาว", "นาย", "นาง", "น.ส.", "ดร.", "ผศ.ดร.", "รศ.ดร.",
    "ผศ.", "รศ.", "ศ.", "Mr.", "Mrs.", "Ms.", "Dr.",
)  # fmt: skip


def split_name(text: str) -> tuple[str, str, str]:
    """``นางสาวรัตนา ศรีสุข`` → (``นางสาว``, ``รัตนา``, ``ศรีสุข``): a known title, the first name, the rest."""
    name = " ".join(text.split())
    prefix = ""
    for known in sorted(PREFIXES, key=len, reverse=True):
        if name.startswith(known) and len(name) > len(known):
            prefix, name = known, name[len(known) :].strip()
            break
    first, _, last = name.partition(" ")
    return prefix, first, last.strip()


def add_outside_attendee(
    db: Database,
    meeting_id: int,
    name: str,
    position: str = "",
    *,
    substitute_for_id: int | None = None,
    signed_in_at: dt.time | None = None,
) -> int:
    """Someone not in the directory attends: the person is found by name or created (with their position), and
    recorded as an attendee — or, with ``substitute_for_id``, as present in a member's place. One transaction;
    returns the person's id."""
    name = required_text(name, "ชื่อผู้เข้าประชุม", "attendee's name")
    prefix, first, last = split_name(name)
    if not first:
        raise InvalidInput("กรุณากรอกชื่อผู้เข้าประชุม", "Please enter the attendee's name.")
    position = position.strip()
    with db.writing() as s:
        get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        person = s.scalars(
            select(Person)
            .where(Person.prefix == prefix, Person.first_name == first, Person.last_name == last)
            .order_by(Person.id)
            .limit(1)
        ).first()
        if person is None:
            person = Person(prefix=prefix, first_name=first, last_name=last, position=position)
            s.add(person)
            s.flush()
        elif position and not person.position:
            person.position = position
        status = AttendanceStatus.PRESENT if substitute_for_id is not None else AttendanceStatus.ATTENDING
        record_attendance(
            s, meeting_id, person.id, status, substitute_for_id=substitute_for_id, signed_in_at=signed_in_at,
            role_text="" if substitute_for_id is not None else position or person.position,
        )  # fmt: skip
        return person.id
