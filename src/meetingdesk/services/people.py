"""People, bodies and their rosters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import BodyKind, MemberRole
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.names import person_name
from meetingdesk.services.guards import get, required_text
from meetingdesk.services.meetings import set_default_template
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Body, Membership, Office, Person, WorkGroup


def add_person(
    db: Database, first_name: str, last_name: str = "", *, prefix: str = "", position: str = "", organisation: str = ""
) -> int:
    first_name = required_text(first_name, "ชื่อ", "first name")
    with db.writing() as s:
        person = Person(
            prefix=prefix.strip(),
            first_name=first_name,
            last_name=last_name.strip(),
            position=position.strip(),
            organisation=organisation.strip(),
        )
        s.add(person)
        s.flush()
        return person.id


def add_body(db: Database, name: str, kind: BodyKind, *, short_name: str = "", default_place: str = "") -> int:
    """A new body with the customary six-section agenda template."""
    name = required_text(name, "ชื่อองค์คณะ", "body name")
    with db.writing() as s:
        office_id = s.scalar(select(Office.id).order_by(Office.id).limit(1))
        if office_id is None:
            raise InvalidInput("ยังไม่ได้ตั้งชื่อสำนักงาน", "The office has not been set up yet.")
        body = Body(office_id=office_id, kind=kind, name=name, short_name=short_name, default_place=default_place)
        set_default_template(body)
        s.add(body)
        s.flush()
        return body.id


def add_member(
    db: Database,
    body_id: int,
    person_id: int,
    role: MemberRole,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> int:
    if start and end and end < start:
        raise InvalidInput("วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ", "A term cannot end before it starts.")
    with db.writing() as s:
        get(s, Body, body_id)
        get(s, Person, person_id)
        order = s.scalar(select(func.count()).select_from(Membership).where(Membership.body_id == body_id)) or 0
        member = Membership(
            body_id=body_id, person_id=person_id, role=role, start_date=start, end_date=end, order=order + 1
        )
        s.add(member)
        s.flush()
        return member.id


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    kind: BodyKind


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str  # as Thai writes it (``domain.thai.names.person_name``)
    position: str
    organisation: str


@dataclass(frozen=True)
class MemberRow:
    """One line of a body's roster."""

    person_id: int
    name: str
    role: MemberRole
    start: dt.date | None
    end: dt.date | None


def bodies(db: Database) -> list[BodyRow]:
    """The office's bodies, in the order they were set up."""
    with db.reading() as s:
        rows = s.execute(select(Body.id, Body.name, Body.kind).order_by(Body.id))
        return [BodyRow(bid, name, kind) for bid, name, kind in rows]


def everyone(db: Database) -> list[PersonRow]:
    """Everyone the office works with, by first name then last name."""
    with db.reading() as s:
        rows = s.execute(
            select(
                Person.id, Person.prefix, Person.first_name, Person.last_name, Person.position, Person.organisation
            ).order_by(Person.first_name, Person.last_name)
        )
        return [PersonRow(pid, person_name(p, f, la), pos, org) for pid, p, f, la, pos, org in rows]


def members(db: Database, body_id: int) -> list[MemberRow]:
    """A body's roster in its order, with each member's role and term."""
    with db.reading() as s:
        rows = s.execute(
            select(Membership.person_id, Person.prefix, Person.first_name, Person.last_name, Membership.role,
                   Membership.start_date, Membership.end_date)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.body_id == body_id)
            .order_by(Membership.order, Membership.id)
        )  # fmt: skip
        return [MemberRow(pid, person_name(p, f, la), role, start, end) for pid, p, f, la, role, start, end in rows]


@dataclass(frozen=True)
class Owner:
    """Someone an action can be given to: a person or a work group (กลุ่มงาน)."""

    kind: str  # person | group
    id: int
    name: str


def owners(db: Database) -> list[Owner]:
    """People first (by name as entered), then the office's work groups."""
    with db.reading() as s:
        found = [Owner("person", p.id, p.name) for p in person_rows(s)]
        groups = s.execute(select(WorkGroup.id, WorkGroup.name).order_by(WorkGroup.id))
        return found + [Owner("group", gid, name) for gid, name in groups]


def person_rows(s: Session) -> tuple[PersonRow, ...]:
    """Everyone in the directory, in the order they were entered."""
    rows = s.execute(
        select(
            Person.id, Person.prefix, Person.first_name, Person.last_name, Person.position, Person.organisation
        ).order_by(Person.id)
    )
    return tuple(PersonRow(pid, person_name(p, f, la), pos or "", org or "") for pid, p, f, la, pos, org in rows)
