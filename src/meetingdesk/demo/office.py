"""The demo office itself — its people, work groups, bodies and members, and its projects with their findings —
shared by the two scales: ``year.py`` (one realistic year through the services) and ``decade.py`` (ten years in
bulk, for benchmarks). ``build_demo`` (in ``demo/__init__.py``) chooses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from meetingdesk.demo.content import (
    BODIES,
    EXTERNAL,
    FEMALE_FIRST,
    FINDING_SOURCES,
    FINDINGS,
    LAST_NAMES,
    MALE_FIRST,
    MEETING_ROOM,
    OFFICE_NAME,
    OFFICE_POSITIONS,
    OFFICE_SHORT,
    PROJECTS,
    SCHOOLS,
    WORK_GROUPS,
)
from meetingdesk.domain.enums import (
    MemberRole,
    Phase,
)
from meetingdesk.domain.thai.dates import fiscal_year_bounds
from meetingdesk.services import meetings as meeting_service
from meetingdesk.storage.models import (
    Body,
    Finding,
    Membership,
    Office,
    Person,
    Project,
    WorkGroup,
)

SEED = 2569
DEMO_FISCAL_YEAR = 2569
Progress = Callable[[str, int, int], None]


def quiet(_what: str, _done: int, _total: int) -> None:
    pass


@dataclass
class DemoOffice:
    """Ids of what ``setup_office`` made, for the generators to refer to."""

    groups: list[int]
    people: list[int]
    staff: list[int]  # office staff (not school directors or outsiders)
    directors: list[int]
    external: list[int]
    bodies: list[int]
    members: dict[int, list[tuple[int, MemberRole]]]


def random_name(rng: random.Random, prefix: str) -> tuple[str, str]:
    female = prefix in ("นาง", "นางสาว") or (prefix not in ("นาย", "ว่าที่ร้อยตรี", "พระครู") and rng.random() < 0.5)
    return rng.choice(FEMALE_FIRST if female else MALE_FIRST), rng.choice(LAST_NAMES)


def setup_office(s: Session, rng: random.Random) -> DemoOffice:
    office = Office(name=OFFICE_NAME, short_name=OFFICE_SHORT, address="อำเภอควนขนุน จังหวัดพัทลุง")
    s.add(office)
    s.flush()
    groups = [WorkGroup(office_id=office.id, name=name) for name in WORK_GROUPS]
    s.add_all(groups)
    people: list[Person] = []
    used: set[tuple[str, str]] = set()

    def person(prefix: str, position: str, organisation: str) -> Person:
        first, last = random_name(rng, prefix)
        while (first, last) in used:
            first, last = random_name(rng, prefix)
        used.add((first, last))
        p = Person(prefix=prefix, first_name=first, last_name=last, position=position, organisation=organisation)
        people.append(p)
        return p

    staff = [person(*row) for row in OFFICE_POSITIONS]
    directors = [person(rng.choice(("นาย", "นาง", "ดร.")), f"ผู้อำนวยการ{school}", school) for school in SCHOOLS]
    external = [person(*row) for row in EXTERNAL]
    s.add_all(people)
    s.flush()
    for group, head in zip(groups, staff[4 : 4 + len(groups)], strict=True):
        group.head_id = head.id

    director, deputies, heads = staff[0], staff[1:4], staff[4 : 4 + len(WORK_GROUPS)]
    supervisors, others = staff[14:18], staff[18:]
    plan_head = heads[1]
    rosters: list[list[tuple[Person, MemberRole]]] = [
        # executive board
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies),
         *((h, MemberRole.MEMBER) for h in heads if h is not plan_head), (plan_head, MemberRole.SECRETARY),
         (others[0], MemberRole.ASSISTANT_SECRETARY)],
        # area education committee
        [(external[0], MemberRole.CHAIR), *((e, MemberRole.MEMBER) for e in external[1:4]),
         (directors[0], MemberRole.MEMBER), (director, MemberRole.SECRETARY),
         (plan_head, MemberRole.ASSISTANT_SECRETARY)],
        # อ.ก.ค.ศ.
        [(director, MemberRole.CHAIR), (external[4], MemberRole.MEMBER), (external[2], MemberRole.MEMBER),
         (directors[1], MemberRole.MEMBER), (external[3], MemberRole.MEMBER), (heads[2], MemberRole.SECRETARY),
         (others[1], MemberRole.ASSISTANT_SECRETARY)],
        # ก.ต.ป.น.
        [(external[2], MemberRole.CHAIR), (external[5], MemberRole.MEMBER), (directors[2], MemberRole.MEMBER),
         *((sv, MemberRole.MEMBER) for sv in supervisors[:2]), (heads[4], MemberRole.SECRETARY)],
        # network chairs
        [(deputies[0], MemberRole.CHAIR), *((d, MemberRole.MEMBER) for d in directors[:6]),
         (heads[3], MemberRole.SECRETARY)],
        # school directors
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies[:1]),
         *((d, MemberRole.MEMBER) for d in directors), (heads[0], MemberRole.SECRETARY)],
        # all staff
        [(director, MemberRole.CHAIR), *((d, MemberRole.VICE_CHAIR) for d in deputies),
         *((p, MemberRole.MEMBER) for p in [*heads[1:], *supervisors, *others[1:]]),
         (heads[0], MemberRole.SECRETARY), (others[0], MemberRole.ASSISTANT_SECRETARY)],
        # ad-hoc focus group
        [(deputies[1], MemberRole.CHAIR), *((d, MemberRole.MEMBER) for d in directors[3:8]),
         (supervisors[0], MemberRole.MEMBER), (supervisors[2], MemberRole.SECRETARY)],
    ]  # fmt: skip
    bodies = []
    members: dict[int, list[tuple[int, MemberRole]]] = {}
    for (name, kind, short, confidential), roster in zip(BODIES, rosters, strict=True):
        body = Body(
            office_id=office.id,
            kind=kind,
            name=name,
            short_name=short,
            default_place=MEETING_ROOM,
            confidential_by_default=confidential,
        )
        meeting_service.set_default_template(body)
        body.memberships = [
            Membership(person_id=p.id, role=role, start_date=dt.date(2016, 10, 1), order=i)
            for i, (p, role) in enumerate(roster, start=1)
        ]
        s.add(body)
        bodies.append(body)
        members[len(bodies) - 1] = [(p.id, role) for p, role in roster]
    s.flush()
    return DemoOffice(
        groups=[g.id for g in groups],
        people=[p.id for p in people],
        staff=[p.id for p in staff],
        directors=[p.id for p in directors],
        external=[p.id for p in external],
        bodies=[b.id for b in bodies],
        members={bodies[i].id: m for i, m in members.items()},
    )


FindingsByProject = dict[str, list[int]]  # a project's name → the ids of its findings (the demo's one year)


def project_rows(rng: random.Random, fy: int, groups: list[int]) -> tuple[list[Project], list[Finding]]:
    start, _end = fiscal_year_bounds(fy)
    projects, findings = [], []
    for code, (name, group, budget) in enumerate(PROJECTS, start=1):
        project = Project(
            fiscal_year=fy,
            code=f"{fy}-{code:02d}",
            name=name,
            responsible_group_id=groups[group],
            budget=budget,
            description=f"{name} ประจำปีงบประมาณ พ.ศ. {fy}",
        )
        projects.append(project)
        for (phase, kind), texts in FINDINGS.items():
            if rng.random() < 0.55:
                continue
            offset = {Phase.BEFORE: 20, Phase.DURING: 150, Phase.AFTER: 330}[phase] + rng.randint(0, 25)
            findings.append(
                Finding(
                    project=project,
                    phase=phase,
                    kind=kind,
                    text=rng.choice(texts).format(p=rng.randint(60, 95), n=rng.randint(2, 9)),
                    source=rng.choice(FINDING_SOURCES),
                    found_on=start + dt.timedelta(days=offset),
                )
            )
    return projects, findings
