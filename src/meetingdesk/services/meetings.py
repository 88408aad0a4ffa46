"""Meetings and their record: creating a meeting (numbering, agenda from the template, matters arising),
agenda items, attendance, decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.enums import (
    DEFAULT_SECTION_TITLES,
    AgendaSection,
    DecisionKind,
    MeetingStatus,
    RecordingStyle,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.numbering import next_meeting_number
from meetingdesk.domain.thai.dates import be_year, meeting_number_text
from meetingdesk.services.actions import open_clause
from meetingdesk.services.attendance import mark_attendance as mark_attendance  # attendance lives there
from meetingdesk.services.attendance import roster as roster
from meetingdesk.services.guards import ensure_editable, get, required_text
from meetingdesk.services.numbering import HELD, PARKED, follow_dates, move_on, refuse_second_meeting_on_a_day
from meetingdesk.services.signatures import apply_signature_defaults
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    AgendaTemplateSection,
    Attachment,
    Body,
    Decision,
    Finding,
    Meeting,
    Person,
    Project,
)


@dataclass(frozen=True)
class NewMeeting:
    """What the user fills in to create a meeting; the number and agenda follow from the rules."""

    body_id: int
    date: dt.date
    start_time: dt.time | None = None
    place: str = ""
    title: str = ""
    recording_style: RecordingStyle = RecordingStyle.SUMMARY
    chair_id: int | None = None
    minute_taker_id: int | None = None
    minutes_checker_id: int | None = None


def section_titles(s: Session, body_id: int) -> dict[int, str]:
    """The body's agenda sections (its template, or the six customary ones)."""
    rows = s.scalars(select(AgendaTemplateSection).where(AgendaTemplateSection.body_id == body_id)).all()
    if rows:
        return {row.section: row.title for row in rows}
    return {int(section): th for section, (th, _en) in DEFAULT_SECTION_TITLES.items()}


def set_default_template(body: Body) -> None:
    """Give a body the six customary agenda sections."""
    body.template = [
        AgendaTemplateSection(section=int(section), title=th) for section, (th, _en) in DEFAULT_SECTION_TITLES.items()
    ]


def create_meeting(db: Database, new: NewMeeting, *, confirmed: bool = False) -> int:
    """Create a meeting numbered ``n/ปี`` (in date order among those not yet held) with its agenda filled in;
    a second meeting of the body on one day needs ``confirmed``. Returns its id."""
    with db.writing() as s:
        return _create_meeting(s, new, confirmed=confirmed)


def _create_meeting(s: Session, new: NewMeeting, *, confirmed: bool = False) -> int:
    body = get(s, Body, new.body_id)
    if not confirmed:
        refuse_second_meeting_on_a_day(s, body.id, new.date)
    year = be_year(new.date.year)
    numbers = s.scalars(select(Meeting.number).where(Meeting.body_id == body.id, Meeting.year_be == year))
    meeting = Meeting(
        body_id=body.id,
        number=next_meeting_number(numbers),
        year_be=year,
        date=new.date,
        start_time=new.start_time,
        place=new.place.strip() or body.default_place,
        title=new.title.strip(),
        recording_style=new.recording_style,
        chair_id=new.chair_id,
        minute_taker_id=new.minute_taker_id,
        minutes_checker_id=new.minutes_checker_id,
        status=MeetingStatus.PLANNED,
    )
    s.add(meeting)
    apply_signature_defaults(s, meeting)  # chair, minutes taker and checker from the body's roles
    s.flush()
    _fill_agenda(s, meeting, body)
    follow_dates(s, body.id, year)  # an earlier date than meetings not yet held: they move up a number
    return meeting.id


def previous_meeting(s: Session, body_id: int, before: Meeting) -> Meeting | None:
    """The body's last meeting before this one (by date, then number)."""
    return s.scalars(
        select(Meeting)
        .where(Meeting.body_id == body_id, Meeting.id != before.id)
        .where((Meeting.date < before.date) | ((Meeting.date == before.date) & (Meeting.id < before.id)))
        .order_by(Meeting.date.desc(), Meeting.year_be.desc(), Meeting.number.desc())
        .limit(1)
    ).first()


def open_decisions(s: Session, body_id: int, before: Meeting) -> list[Decision]:
    """Decisions of the body's earlier meetings that still have an action not done or cancelled."""
    open_action = select(Action.decision_id).where(open_clause()).distinct()
    return list(
        s.scalars(
            select(Decision)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.body_id == body_id, Meeting.date <= before.date, Meeting.id != before.id)
            .where(Decision.id.in_(open_action))
            .order_by(Meeting.date, Meeting.number, AgendaItem.section, AgendaItem.position, Decision.id)
        )
    )


def _fill_agenda(s: Session, meeting: Meeting, body: Body) -> None:
    template = {row.section: row for row in body.template}
    items: list[AgendaItem] = []

    def add(section: int, title: str, **extra: object) -> AgendaItem:
        position = sum(1 for i in items if i.section == section) + 1
        item = AgendaItem(meeting_id=meeting.id, section=section, position=position, title=title, **extra)
        items.append(item)
        return item

    for section in sorted(template):
        for line in template[section].standing_items.splitlines():
            if line.strip():
                add(section, line.strip())
        if section == AgendaSection.CERTIFY_MINUTES:
            prev = previous_meeting(s, body.id, meeting)
            if prev is not None:
                add(
                    section,
                    f"รับรองรายงานการประชุมครั้งที่ {meeting_number_text(prev.number, prev.year_be)}",
                    certifies_meeting_id=prev.id,
                )
        if section == AgendaSection.MATTERS_ARISING:
            for decision in open_decisions(s, body.id, meeting):
                source_item = decision.agenda_item
                source_meeting = source_item.meeting
                add(
                    section,
                    f"ติดตามมติการประชุมครั้งที่ {meeting_number_text(source_meeting.number, source_meeting.year_be)} "
                    f"ระเบียบวาระที่ {source_item.number} เรื่อง {source_item.title}",
                    source_decision=decision,
                )
    s.add_all(items)


# --- the record ------------------------------------------------------------------------------------------


def add_agenda_item(
    db: Database,
    meeting_id: int,
    section: int,
    title: str,
    *,
    background: str = "",
    presenter_id: int | None = None,
    presenter_text: str = "",
    confidential: bool = False,
    finding_ids: list[int] | None = None,
) -> int:
    """Append an item to a section of the agenda; returns its id."""
    title = required_text(title, "ชื่อเรื่อง", "title")
    if section not in range(1, 7):
        raise InvalidInput("ระเบียบวาระต้องอยู่ระหว่าง 1 ถึง 6", "The agenda section must be between 1 and 6.")
    with db.writing() as s:
        get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        last = s.scalar(
            select(func.max(AgendaItem.position)).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.section == section
            )
        )
        item = AgendaItem(
            meeting_id=meeting_id,
            section=section,
            position=(last or 0) + 1,
            title=title,
            background=background,
            presenter_id=presenter_id,
            presenter_text=presenter_text,
            confidential=confidential,
            findings=[get(s, Finding, fid) for fid in finding_ids or []],
        )
        s.add(item)
        s.flush()
        return item.id


RECORD_FIELDS = ("title", "background", "discussion", "summary", "presenter_text")


def update_agenda_item(db: Database, item_id: int, **changes: str | bool) -> None:
    """Change the text fields of an item (or its confidential flag) while the record is not certified."""
    unknown = set(changes) - {*RECORD_FIELDS, "confidential"}
    if unknown:
        raise ValueError(f"not agenda item fields: {sorted(unknown)}")
    with db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        if "title" in changes:
            changes["title"] = required_text(str(changes["title"]), "ชื่อเรื่อง", "title")
        for name, value in changes.items():
            setattr(item, name, value)
        if changes.get("discussion") or changes.get("summary"):
            move_on(s, item.meeting)  # what was said is recorded: the minutes are being drafted


def _section_items(s: Session, meeting_id: int, section: int, *, without: int | None = None) -> list[AgendaItem]:
    """The items of one agenda section in order (leaving out ``without``)."""
    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.section == section)
    if without is not None:
        query = query.where(AgendaItem.id != without)
    return list(s.scalars(query.order_by(AgendaItem.position)))


def _renumber(items: list[AgendaItem]) -> None:
    """Number the items 1, 2, 3 … in the order given (their numbers then read 4.1, 4.2 …)."""
    for index, item in enumerate(items, start=1):
        item.position = index


Place = tuple[int, int]  # section, position (1-based)


def move_agenda_item(db: Database, item_id: int, section: int, position: int) -> tuple[Place, Place]:
    """Move an item to ``position`` (1-based) in ``section`` and renumber both sections; returns where it was
    and where it is now (for an undo step)."""
    if section not in range(1, 7):
        raise InvalidInput("ระเบียบวาระต้องอยู่ระหว่าง 1 ถึง 6", "The agenda section must be between 1 and 6.")
    with db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        before = (item.section, item.position)
        old_section = item.section
        siblings = _section_items(s, item.meeting_id, section, without=item.id)
        siblings.insert(max(0, min(position - 1, len(siblings))), item)
        item.section = section
        _renumber(siblings)
        if old_section != section:
            _renumber(_section_items(s, item.meeting_id, old_section, without=item.id))
        return before, (item.section, item.position)


def delete_agenda_item(db: Database, item_id: int) -> None:
    """Delete an item (while the record is not certified) and close the gap in its section's numbers."""
    with db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        meeting_id, section = item.meeting_id, item.section
        s.delete(item)
        s.flush()
        _renumber(_section_items(s, meeting_id, section))


def record_decision(
    db: Database,
    item_id: int,
    kind: DecisionKind,
    text: str = "",
    *,
    votes: tuple[int, int, int] | None = None,
    finding_ids: list[int] | None = None,
    project_ids: list[int] | None = None,
) -> int:
    """Record a resolution (มติที่ประชุม) on an item; returns its id. Votes are checked against the members
    present."""
    from meetingdesk.services.decisions import check_votes

    with db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        check_votes(s, item.meeting_id, votes)
        decision = Decision(
            agenda_item_id=item.id,
            kind=kind,
            text=text.strip() or kind.label_th,
            votes_for=votes[0] if votes else None,
            votes_against=votes[1] if votes else None,
            votes_abstain=votes[2] if votes else None,
            # unless told otherwise, a decision answers the findings its item took up
            findings=list(item.findings) if finding_ids is None else [get(s, Finding, fid) for fid in finding_ids],
            projects=[get(s, Project, pid) for pid in project_ids or []],
        )
        s.add(decision)
        s.flush()
        move_on(s, item.meeting)  # a decision recorded: the minutes are being drafted
        return decision.id


def set_meeting_status(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    """Move a meeting along planned → in progress → held → minutes drafted (certification has its own service)."""
    _check_status(status)
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        meeting.status = status


def set_times(db: Database, meeting_id: int, start: dt.time | None, end: dt.time | None) -> None:
    _check_times(start, end)
    with db.writing() as s:
        meeting = get(s, Meeting, meeting_id)
        ensure_editable(s, meeting_id)
        meeting.start_time, meeting.end_time = start, end


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start and end and end < start:
        raise InvalidInput("เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม", "The meeting cannot end before it starts.")


def _check_status(status: MeetingStatus) -> None:
    if status is MeetingStatus.CERTIFIED:
        raise InvalidInput(
            "การรับรองรายงานการประชุมต้องทำผ่านการรับรองในที่ประชุมหรือการเวียน",
            "Minutes are certified at a later meeting or by circulation, not by setting the status.",
        )


# --- details, findings, attachments ----------------------------------------------------------------------

MEETING_FIELDS = ("title", "place", "opening")


def update_meeting(
    db: Database,
    meeting_id: int,
    *,
    recording_style: RecordingStyle | None = None,
    chair_id: int | None = None,
    minute_taker_id: int | None = None,
    minutes_checker_id: int | None = None,
    date: dt.date | None = None,
    confirmed: bool = False,
    **texts: str,
) -> None:
    """Change a meeting's details while its minutes are not certified (one transaction). A new date renumbers
    the meetings not yet held; a held meeting's date moves only within its year (its number stays)."""
    with db.writing() as s:
        _update_meeting(
            s, meeting_id, recording_style=recording_style, chair_id=chair_id, minute_taker_id=minute_taker_id,
            minutes_checker_id=minutes_checker_id, date=date, confirmed=confirmed, **texts,
        )  # fmt: skip


def _update_meeting(
    s: Session,
    meeting_id: int,
    *,
    recording_style: RecordingStyle | None,
    chair_id: int | None,
    minute_taker_id: int | None,
    minutes_checker_id: int | None,
    date: dt.date | None,
    confirmed: bool,
    **texts: str,
) -> Meeting:
    unknown = set(texts) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    meeting = get(s, Meeting, meeting_id)
    ensure_editable(s, meeting_id)
    for name, value in texts.items():
        setattr(meeting, name, value.strip())
    if recording_style is not None:
        meeting.recording_style = recording_style
    if chair_id is not None:
        meeting.chair_id = get(s, Person, chair_id).id
    if minute_taker_id is not None:
        meeting.minute_taker_id = get(s, Person, minute_taker_id).id
    if minutes_checker_id is not None:
        meeting.minutes_checker_id = get(s, Person, minutes_checker_id).id
    if date is not None and date != meeting.date:
        _move_date(s, meeting, date, confirmed=confirmed)
    return meeting


@dataclass(frozen=True)
class MeetingEdit:
    """Everything the details tab saves, in one go."""

    title: str
    place: str
    opening: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    recording_style: RecordingStyle | None = None
    chair_id: int | None = None
    minute_taker_id: int | None = None
    minutes_checker_id: int | None = None
    status: MeetingStatus | None = None  # a new status (the same one, or None, leaves it)


def save_details(db: Database, meeting_id: int, edit: MeetingEdit, *, confirmed: bool = False) -> None:
    """The details tab saved: texts, date, signatories, times and status in one transaction (all or nothing)."""
    _check_times(edit.start_time, edit.end_time)
    if edit.status is not None:
        _check_status(edit.status)
    with db.writing() as s:
        meeting = _update_meeting(
            s, meeting_id, recording_style=edit.recording_style, chair_id=edit.chair_id,
            minute_taker_id=edit.minute_taker_id, minutes_checker_id=edit.minutes_checker_id, date=edit.date,
            confirmed=confirmed, title=edit.title, place=edit.place, opening=edit.opening,
        )  # fmt: skip
        meeting.start_time, meeting.end_time = edit.start_time, edit.end_time
        if edit.status is not None and edit.status != meeting.status:
            meeting.status = edit.status


def _move_date(s: Session, meeting: Meeting, date: dt.date, *, confirmed: bool) -> None:
    year = be_year(date.year)
    if meeting.status in HELD and year != meeting.year_be:
        raise InvalidInput(
            f"การประชุมครั้งที่ {meeting.number}/{meeting.year_be} ประชุมแล้ว ย้ายไปปี พ.ศ. {year} ไม่ได้ (เลขครั้งต้องคงเดิม)",
            f"Meeting {meeting.number}/{meeting.year_be} was held: it cannot move to {year} (its number stays).",
        )
    if not confirmed:
        refuse_second_meeting_on_a_day(s, meeting.body_id, date, without=meeting.id)
    old_year = meeting.year_be
    if year != old_year:  # a number of the new year, for now: follow_dates puts it in its place
        meeting.number = PARKED + meeting.id
        meeting.year_be = year
    meeting.date = date
    s.flush()
    follow_dates(s, meeting.body_id, old_year, year)


def link_findings(db: Database, item_id: int, finding_ids: list[int]) -> None:
    """The project findings an agenda item takes up (replacing the previous links)."""
    with db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        item.findings = [get(s, Finding, fid) for fid in dict.fromkeys(finding_ids)]


ATTACHMENT_LIMIT = 200 * 1024 * 1024


def attach_file(db: Database, data_dir: Path, item_id: int, source: Path, label: str = "") -> int:
    """Copy a file into the data folder (``attachments/<item>/``) and attach it to an agenda item, in one
    transaction: a refused attachment copies nothing, and a failed one leaves no copy behind."""
    from meetingdesk.services.actions import copies_undone_on_failure, copy_into

    with copies_undone_on_failure(data_dir) as copies, db.writing() as s:
        item = get(s, AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        kept = copy_into(data_dir, Path("attachments") / str(item_id), source, limit=ATTACHMENT_LIMIT)
        copies.append(kept)
        attachment = Attachment(agenda_item_id=item_id, path=kept, label=label.strip() or source.name)
        s.add(attachment)
        s.flush()
        return attachment.id


def delete_decision(db: Database, decision_id: int) -> None:
    """Take back a decision recorded by mistake (with its actions) while the minutes are not certified."""
    with db.writing() as s:
        decision = get(s, Decision, decision_id)
        ensure_editable(s, decision.agenda_item.meeting_id)
        s.delete(decision)


def delete_action(db: Database, action_id: int) -> None:
    """Take back an action recorded by mistake while the minutes are not certified and nothing was reported on it."""
    with db.writing() as s:
        action = get(s, Action, action_id)
        ensure_editable(s, action.decision.agenda_item.meeting_id)
        if action.updates:
            raise InvalidInput(
                "งานนี้มีรายงานความก้าวหน้าแล้ว จึงลบไม่ได้ (เปลี่ยนสถานะเป็นยกเลิกแทน)",
                "Progress was reported on this action, so it cannot be deleted (cancel it instead).",
            )
        s.delete(action)
