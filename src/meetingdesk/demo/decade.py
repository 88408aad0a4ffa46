"""Ten years of the demo office for benchmarks: the same shapes as the year, far more rows, written in bulk
(120,000 one-row transactions would take minutes).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from meetingdesk.demo.content import (
    ABSENCE_REASONS,
    ACTION_TITLES,
    ANNOUNCEMENTS,
    DECISION_TEXTS,
    DISCUSSIONS,
    FOR_CONSIDERATION,
    FOR_INFORMATION,
    MEETING_ROOM,
    OTHER,
    PROJECTS,
    WORK_GROUPS,
)
from meetingdesk.demo.office import (
    DEMO_FISCAL_YEAR,
    SEED,
    DemoOffice,
    Progress,
    project_rows,
    setup_office,
)
from meetingdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CardKind,
    CertificationMethod,
    DecisionKind,
    MeetingStatus,
    MemberRole,
    RecordingStyle,
    SessionStatus,
    Technique,
)
from meetingdesk.domain.numbering import next_meeting_number
from meetingdesk.domain.thai.dates import be_year, fiscal_year_bounds
from meetingdesk.services import minutes as minutes_service
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Card,
    Certification,
    Cluster,
    Decision,
    Meeting,
    TechniqueSession,
    Vote,
    agenda_item_finding,
    decision_finding,
    matter_arising,
)

# --- ten years, in bulk ----------------------------------------------------------------------------------

DECADE_YEARS = range(DEMO_FISCAL_YEAR - 9, DEMO_FISCAL_YEAR + 1)  # fiscal years 2560-2569
MEETINGS_PER_BODY_YEAR = 25
CARDS_PER_SESSION = 50  # 2,000 meetings: 100,000 idea cards


def build_decade(db: Database, progress: Progress) -> None:
    rng = random.Random(SEED)
    with db.writing() as s:
        office = setup_office(s, rng)
        finding_ids: dict[int, list[int]] = {}
        for fy in DECADE_YEARS:
            projects, findings = project_rows(rng, fy, office.groups)
            s.add_all(projects)
            s.flush()
            finding_ids[fy] = [f.id for f in findings]
        progress("office", 1, 1)
        rows = _DecadeRows(rng, office, finding_ids).build()
        total = sum(len(v) for v in rows.values())
        done = 0
        for table, values in rows.items():
            for chunk in range(0, len(values), 5000):
                batch = values[chunk : chunk + 5000]
                s.execute(insert(table), batch)
                done += len(batch)
                progress("rows", done, total)
        if db.on_server:  # the rows came with their ids: the sequences must move past them
            from meetingdesk.services.transfer import set_sequences

            set_sequences(s.connection())
    _certify_decade(db, progress)
    from meetingdesk.demo.satisfaction import build_decade_surveys

    build_decade_surveys(db)
    progress("surveys", 1, 1)


Row = dict[str, Any]


class _DecadeRows:
    """Rows of ten years of meetings, numbered and linked as the services would, kept in lists for bulk insert."""

    def __init__(self, rng: random.Random, office: DemoOffice, finding_ids: dict[int, list[int]]) -> None:
        self.rng = rng
        self.office = office
        self.finding_ids = finding_ids
        self.tables: dict[Any, list[Row]] = {
            t: []
            for t in (
                Meeting.__table__, Attendance.__table__, AgendaItem.__table__, agenda_item_finding,
                Decision.__table__, decision_finding, matter_arising, Action.__table__, ActionUpdate.__table__,
                TechniqueSession.__table__, Cluster.__table__, Card.__table__, Vote.__table__,
            )
        }  # fmt: skip
        self.last_day = fiscal_year_bounds(DECADE_YEARS[-1])[1]
        self.project_names = [name for name, _g, _b in PROJECTS]

    def add(self, table: Any, row: Row) -> int:
        """Append a row, giving it the next id when the table has one (link tables do not)."""
        rows = self.tables[table]
        if "id" in table.c:
            row["id"] = len(rows) + 1
        rows.append(row)
        return int(row.get("id", 0))

    def build(self) -> dict[Any, list[Row]]:
        for body_id in self.office.bodies:
            self._body(body_id)
        return self.tables

    def _body(self, body_id: int) -> None:
        rng = self.rng
        members = self.office.members[body_id]
        by_role = {role: pid for pid, role in reversed(members)}
        open_decisions: list[tuple[int, str, str, str]] = []  # id, meeting n/ปี, item number, title
        prev: Row | None = None
        for fy in DECADE_YEARS:
            start, _end = fiscal_year_bounds(fy)
            for offset in sorted(rng.sample(range(364), MEETINGS_PER_BODY_YEAR)):
                day = start + dt.timedelta(days=offset)
                year = be_year(day.year)
                number = next_meeting_number([prev["number"]] if prev and prev["year_be"] == year else [])
                drafted = day >= self.last_day - dt.timedelta(days=20)
                meeting: Row = {
                    "body_id": body_id, "number": number, "year_be": year, "date": day,
                    "start_time": dt.time(9, 0), "end_time": dt.time(12, 0), "place": MEETING_ROOM, "title": "",
                    "chair_id": by_role.get(MemberRole.CHAIR), "minute_taker_id": by_role.get(MemberRole.SECRETARY),
                    "minutes_checker_id": by_role.get(MemberRole.SECRETARY), "opening": "",
                    "status": MeetingStatus.MINUTES_DRAFTED if drafted else MeetingStatus.HELD,
                    "recording_style": RecordingStyle.SUMMARY,
                }  # fmt: skip
                mid = self.add(Meeting.__table__, meeting)
                self._attendance(mid, members)
                open_decisions = self._agenda(mid, meeting, prev, fy, open_decisions)
                prev = meeting

    def _attendance(self, mid: int, members: list[tuple[int, MemberRole]]) -> None:
        for order, (pid, role) in enumerate(members, start=1):
            absent = role is not MemberRole.CHAIR and self.rng.random() < 0.1
            self.add(Attendance.__table__, {
                "meeting_id": mid, "person_id": pid, "order": order,
                "status": AttendanceStatus.ABSENT if absent else AttendanceStatus.PRESENT,
                "role_text": role.label_th, "absence_reason": self.rng.choice(ABSENCE_REASONS) if absent else "",
                "substitute_for_id": None, "signed_in_at": None if absent else dt.time(8, 45),
            })  # fmt: skip

    def _agenda(
        self, mid: int, meeting: Row, prev: Row | None, fy: int, open_decisions: list[tuple[int, str, str, str]]
    ) -> list[tuple[int, str, str, str]]:
        rng = self.rng
        positions: dict[int, int] = {}

        def item(section: int, title: str, certifies: int | None = None) -> int:
            positions[section] = positions.get(section, 0) + 1
            return self.add(AgendaItem.__table__, {
                "meeting_id": mid, "section": section, "position": positions[section], "title": title,
                "presenter_id": None, "presenter_text": "", "background": "", "discussion": rng.choice(DISCUSSIONS),
                "summary": "", "confidential": False, "certifies_meeting_id": certifies,
            })  # fmt: skip

        def decide(item_id: int, kind: DecisionKind, text: str) -> int:
            return self.add(Decision.__table__, {
                "agenda_item_id": item_id, "kind": kind, "text": text,
                "votes_for": None, "votes_against": None, "votes_abstain": None,
            })  # fmt: skip

        for title in rng.sample(ANNOUNCEMENTS, 2):
            decide(item(1, title), DecisionKind.NOTED, "รับทราบ")
        if prev is not None:
            item(2, f"รับรองรายงานการประชุมครั้งที่ {prev['number']}/{prev['year_be']}", certifies=prev["id"])
        for did, mtext, inum, ititle in open_decisions[:3]:
            iid = item(3, f"ติดตามมติการประชุมครั้งที่ {mtext} ระเบียบวาระที่ {inum} เรื่อง {ititle}")
            self.add(matter_arising, {"agenda_item_id": iid, "decision_id": did})
        still_open = open_decisions[3:]
        fids = self.finding_ids[fy]
        for template in rng.sample(FOR_INFORMATION, 4):
            iid = item(4, template.format(q=rng.randint(1, 4), project=rng.choice(self.project_names), fy=fy))
            self.add(agenda_item_finding, {"agenda_item_id": iid, "finding_id": rng.choice(fids)})
            if rng.random() < 0.2:
                decide(iid, DecisionKind.NOTED, "รับทราบ")
        for template in rng.sample(FOR_CONSIDERATION, 4):
            title = template.format(q=rng.randint(1, 4), project=rng.choice(self.project_names), fy=fy)
            iid = item(5, title)
            fid = rng.choice(fids)
            self.add(agenda_item_finding, {"agenda_item_id": iid, "finding_id": fid})
            kind = rng.choice((DecisionKind.APPROVED, DecisionKind.ASSIGNED, DecisionKind.ENDORSED))
            group_index = rng.randrange(len(WORK_GROUPS))
            did = decide(iid, kind, rng.choice(DECISION_TEXTS[kind.value]).format(group=WORK_GROUPS[group_index]))
            self.add(decision_finding, {"decision_id": did, "finding_id": fid})
            if self._actions(did, meeting["date"], group_index):
                still_open.append((did, f"{meeting['number']}/{meeting['year_be']}", f"5.{positions[5]}", title))
        decide(item(6, rng.choice(OTHER)), DecisionKind.NOTED, "รับทราบ")
        self._brainstorm(iid, meeting["date"])
        return still_open

    def _brainstorm(self, item_id: int, day: dt.date) -> None:
        """A finished brainstorm on the meeting's last item for consideration: 50 cards in 5 groups, dots."""
        from meetingdesk.demo.sessions import IDEAS

        rng = self.rng
        at = dt.datetime.combine(day, dt.time(10, 0))
        sid = self.add(TechniqueSession.__table__, {
            "technique": Technique.BRAINSTORM, "agenda_item_id": item_id, "title": "", "stage": "shortlist",
            "status": SessionStatus.CLOSED, "dots_per_participant": 3, "max_dots_per_item": 3,
            "votes_revealed": True, "timer_seconds": None, "timer_started_at": None, "created_at": at,
        })  # fmt: skip
        themes = sorted({theme for _idea, theme in IDEAS})
        clusters = {
            theme: self.add(Cluster.__table__, {"session_id": sid, "name": theme, "position": n, "conclusion": ""})
            for n, theme in enumerate(themes, start=1)
        }
        for n in range(CARDS_PER_SESSION):
            idea, theme = IDEAS[rng.randrange(len(IDEAS))]
            self.add(Card.__table__, {
                "session_id": sid, "stage": "generate", "kind": CardKind.IDEA, "text": f"{idea} ({n + 1})",
                "position": n + 1, "participant_code": f"P{rng.randint(1, 12)}", "cluster_id": clusters[theme],
                "route_question_id": None, "quote": False, "tags": "", "asked_to": "", "question_status": None,
                "answer": "", "action_id": None, "finding_id": None, "source_card_id": None,
                "created_at": at + dt.timedelta(seconds=20 * n), "deleted_at": None,
            })  # fmt: skip
        for participant in range(1, 13):
            for theme in rng.sample(themes, 3):
                self.add(Vote.__table__, {"session_id": sid, "card_id": None, "cluster_id": clusters[theme],
                                          "participant_code": f"P{participant}", "dots": 1})  # fmt: skip

    def _actions(self, did: int, day: dt.date, group_index: int) -> bool:
        """Two to four actions in a state that fits their age; true when one is still open."""
        rng = self.rng
        any_open = False
        for _ in range(rng.choice((2, 3, 3, 4))):
            due = day + dt.timedelta(days=rng.choice((30, 60, 90)))
            roll = rng.random()
            if (self.last_day - due).days > 120:
                status = (
                    ActionStatus.DONE
                    if roll < 0.85
                    else (ActionStatus.CANCELLED if roll < 0.93 else ActionStatus.IN_PROGRESS)
                )
            else:
                status = ActionStatus.NOT_STARTED if roll < 0.4 else (
                    ActionStatus.IN_PROGRESS if roll < 0.8 else ActionStatus.DONE)  # fmt: skip
            any_open |= status.is_open
            owner = rng.choice(self.office.staff) if rng.random() < 0.6 else None
            aid = self.add(Action.__table__, {
                "decision_id": did, "title": rng.choice(ACTION_TITLES), "owner_person_id": owner,
                "owner_group_id": None if owner else self.office.groups[group_index],
                "due_date": due, "status": status, "created_on": day,
            })  # fmt: skip
            if status is not ActionStatus.NOT_STARTED:
                on = min(due, self.last_day)
                self.add(ActionUpdate.__table__, {
                    "action_id": aid, "on_date": on, "recorded_at": dt.datetime.combine(on, dt.time(15, 0)),
                    "old_status": ActionStatus.NOT_STARTED, "new_status": status,
                    "note": "รายงานความก้าวหน้า", "evidence_path": "",
                })  # fmt: skip
        return any_open


def _certify_decade(db: Database, progress: Progress) -> None:
    """Certify every meeting whose next meeting has been held, as the body would have (with real hashes)."""
    with db.writing() as s:
        pairs = s.execute(
            select(AgendaItem.certifies_meeting_id, AgendaItem.meeting_id, Meeting.date)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.certifies_meeting_id.is_not(None))
        ).all()
        total = len(pairs)
        for start in range(0, total, 250):
            chunk = pairs[start : start + 250]
            loaded = {
                m.id: m
                for m in s.scalars(
                    select(Meeting)
                    .where(Meeting.id.in_([p[0] for p in chunk]))
                    .options(
                        selectinload(Meeting.attendance),
                        selectinload(Meeting.agenda_items).selectinload(AgendaItem.decisions),
                    )
                )
            }
            for certified_id, at_id, at_date in chunk:
                assert certified_id is not None  # the query selects only items that certify a meeting
                record = minutes_service.record_from(loaded[certified_id])
                s.add(
                    Certification(
                        meeting_id=certified_id,
                        method=CertificationMethod.AT_MEETING,
                        at_meeting_id=at_id,
                        certified_on=at_date,
                        with_amendments=False,
                        content_hash=minutes_service.record_hash(record),
                        record_json=minutes_service.canonical_json(record),
                    )
                )
                loaded[certified_id].status = MeetingStatus.CERTIFIED
            s.flush()
            progress("certify", min(start + 250, total), total)
