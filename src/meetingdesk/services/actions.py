"""Carrying decisions out: actions, their status history, and what is overdue (derived, never stored)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.orm.attributes import set_committed_value

from meetingdesk.domain.enums import OPEN_ACTION_STATUSES, ActionStatus, overdue
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.domain.thai.dates import be_year, full_date
from meetingdesk.services.guards import get, required_text
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, ActionUpdate, AgendaItem, Decision, Meeting, Person, WorkGroup

Column = ColumnElement[Any] | QueryableAttribute[Any]  # an ORM attribute (``Action.status``) or a Core column


def is_overdue(action: Action, today: dt.date) -> bool:
    """Open and past its due date (``domain.enums.overdue``)."""
    return overdue(action.status, action.due_date, today)


def open_clause(status: Column = Action.status) -> ColumnElement[bool]:
    """``ActionStatus.is_open``, for a query (on ``Action.status``, or the column given)."""
    return status.in_(OPEN_ACTION_STATUSES)


def overdue_clause(
    today: dt.date, status: Column = Action.status, due: Column = Action.due_date
) -> ColumnElement[bool]:
    """``domain.enums.overdue``, for a query (on ``Action``'s columns, or those given)."""
    return and_(open_clause(status), due.is_not(None), due < today)


def check_due(due: dt.date | None, meeting_date: dt.date) -> None:
    """A due date before the meeting that decided the action is a slip: refused with both dates named, never
    moved to a date the user did not choose."""
    if due is not None and due < meeting_date:
        raise InvalidInput(
            f"วันครบกำหนด {full_date(due, weekday=False)} อยู่ก่อนวันประชุม {full_date(meeting_date, weekday=False)} "
            "กรุณาเลือกวันตั้งแต่วันประชุมเป็นต้นไป",
            f"The due date {due:%d/%m}/{be_year(due.year)} is before the meeting "
            f"({meeting_date:%d/%m}/{be_year(meeting_date.year)}); choose the meeting day or later.",
        )


def add_action(
    db: Database,
    decision_id: int,
    title: str,
    *,
    owner_person_id: int | None = None,
    owner_group_id: int | None = None,
    due_date: dt.date | None = None,
    created_on: dt.date | None = None,
) -> int:
    """Assign the carrying-out of a decision to a person or a group; returns the action's id."""
    title = required_text(title, "การดำเนินการตามมติ", "action")
    with db.writing() as s:
        decision = _with_owners(s, decision_id)
        action = new_action(
            s, decision, title, owner_person_id=owner_person_id, owner_group_id=owner_group_id, due_date=due_date,
            created_on=created_on,
        )  # fmt: skip
        return action.id


def _with_owners(s: Session, decision_id: int) -> Decision:
    """The decision with its agenda item and meeting (the due date's rules read the meeting's date), in one
    query; each held by the one before it, so the live-update notes name the meeting with no query more."""
    row = s.execute(
        select(Decision, AgendaItem, Meeting)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Decision.id == decision_id)
    ).first()
    if row is None:
        return get(s, Decision, decision_id)  # raises NotFound, naming it
    decision, item, meeting = row
    set_committed_value(decision, "agenda_item", item)
    set_committed_value(item, "meeting", meeting)
    return decision


def new_action(
    s: Session,
    decision: Decision,
    title: str,
    *,
    owner_person_id: int | None = None,
    owner_group_id: int | None = None,
    due_date: dt.date | None = None,
    created_on: dt.date | None = None,
) -> Action:
    """An action on ``decision`` inside the caller's transaction: the owner must exist, the due date may not be
    before the meeting or the decision (the one place these rules are checked)."""
    if owner_person_id is not None:
        get(s, Person, owner_person_id)
    if owner_group_id is not None:
        get(s, WorkGroup, owner_group_id)
    check_due(due_date, decision.agenda_item.meeting.date)
    created = created_on or decision.agenda_item.meeting.date
    if due_date is not None and due_date < created:
        raise InvalidInput("วันครบกำหนดต้องไม่ก่อนวันที่มีมติ", "The due date cannot be before the decision.")
    action = Action(
        decision_id=decision.id,
        title=title,
        owner_person_id=owner_person_id,
        owner_group_id=owner_group_id,
        due_date=due_date,
        created_on=created,
    )
    s.add(action)
    s.flush()
    return action


def update_action(
    db: Database,
    action_id: int,
    *,
    status: ActionStatus | None = None,
    note: str = "",
    evidence_path: str = "",
    on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> int:
    """A dated progress update, changing the status when one is given; the history keeps old and new."""
    _check_something_reported(status, note, bool(evidence_path.strip()))
    with db.writing() as s:
        action = _reported_on(s, action_id, on)
        return _record_update(s, action, status, note, evidence_path, on, now)


def report_progress(
    db: Database,
    data_dir: Path,
    action_id: int,
    *,
    status: ActionStatus | None = None,
    note: str = "",
    evidence: Path | None = None,
    on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> int:
    """A progress report as the tracker takes it: the evidence file (if any) copied into the data folder and the
    dated update stored, in one call and one transaction. A refused report copies nothing; a report that fails
    once the copy is made (a refused note, a disk that fails the commit) removes the copy again."""
    _check_something_reported(status, note, evidence is not None)
    with copies_undone_on_failure(data_dir) as copies, db.writing() as s:
        action = _reported_on(s, action_id, on)  # refused before anything is copied
        relative = ""
        if evidence is not None:
            relative = keep_evidence(data_dir, action.id, evidence)
            copies.append(relative)
        return _record_update(s, action, status, note, relative, on, now)


def _check_something_reported(status: ActionStatus | None, note: str, evidence: bool) -> None:
    if status is None and not note.strip() and not evidence:
        raise InvalidInput("กรุณาระบุสถานะใหม่ บันทึก หรือหลักฐาน", "Give a new status, a note or evidence.")


def _reported_on(s: Session, action_id: int, on: dt.date | None) -> Action:
    """The action, with its decision and that decision's agenda item in the same query: the progress update is
    told to the other desks with its meeting from them (``storage/live_notes.py``), with no query more."""
    row = s.execute(
        select(Action, Decision, AgendaItem)
        .join(Decision, Decision.id == Action.decision_id)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .where(Action.id == action_id)
    ).first()
    if row is None:
        return get(s, Action, action_id)  # raises NotFound, naming it
    action, decision, item = row
    set_committed_value(action, "decision", decision)  # held by the action, to the commit
    set_committed_value(decision, "agenda_item", item)
    if on is not None and on < action.created_on:
        raise InvalidInput(
            f"วันที่รายงาน {full_date(on, weekday=False)} อยู่ก่อนวันที่มอบหมายงาน "
            f"{full_date(action.created_on, weekday=False)}",
            f"The report's date is before the action was assigned ({action.created_on:%d/%m}/"
            f"{be_year(action.created_on.year)}).",
        )
    return action


def _record_update(
    s: Session,
    action: Action,
    status: ActionStatus | None,
    note: str,
    evidence_path: str,
    on: dt.date | None,
    now: dt.datetime | None,
) -> int:
    moment = now or dt.datetime.now()
    old = action.status
    new = status if status is not None and status != old else None
    update = ActionUpdate(
        action_id=action.id,
        on_date=on or moment.date(),
        recorded_at=moment,
        old_status=old if new else None,
        new_status=new,
        note=note.strip(),
        evidence_path=evidence_path.strip(),
    )
    if new is not None:
        action.status = new
    s.add(update)
    s.flush()
    return update.id


EVIDENCE_LIMIT = 200 * 1024 * 1024  # bytes: a scan or a short video clip, not a disk image


def keep_evidence(data_dir: Path, action_id: int, source: Path) -> str:
    """Copy an evidence file into the data folder (``evidence/<action>/``), so it travels with the database and
    survives the original being moved; returns the path relative to the data folder, for ``update_action``."""
    return copy_into(data_dir, Path("evidence") / str(action_id), source, limit=EVIDENCE_LIMIT)


@contextmanager
def copies_undone_on_failure(data_dir: Path) -> Iterator[list[str]]:
    """Files copied into the data folder inside the block (their paths, relative to it, appended to the list) are
    removed again if the block fails. Entered before the transaction, it sees a failed commit too: a file is kept
    only with the row that names it."""
    made: list[str] = []
    try:
        yield made
    except BaseException:
        for relative in made:
            path = data_dir / relative
            path.unlink(missing_ok=True)
            with suppress(OSError):
                path.parent.rmdir()  # the folder made for it, if nothing else is there
        raise


def copy_into(data_dir: Path, folder: Path, source: Path, *, limit: int) -> str:
    """Copy ``source`` into ``data_dir/folder`` (never over another file; all or nothing); returns the path
    relative to the data folder."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"เปิดไฟล์ไม่ได้: {source.name}", f"Cannot open the file {source.name}.") from exc
    if not source.is_file():
        raise InvalidInput(f"{source.name} ไม่ใช่ไฟล์", f"{source.name} is not a file.")
    if size > limit:
        mb = limit // 1_048_576
        raise InvalidInput(
            f"ไฟล์ใหญ่เกินไป ({size // 1_048_576} MB; ไม่เกิน {mb} MB)",
            f"The file is too large ({size // 1_048_576} MB; at most {mb} MB).",
        )
    target_dir = data_dir / folder
    target = target_dir / source.name
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"{source.stem}-{n}{source.suffix}"
    partial = target.with_name(target.name + ".partial")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, partial)
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(f"เก็บไฟล์ไม่ได้: {exc.strerror}", f"Cannot keep the file: {exc.strerror}") from exc
    return target.relative_to(data_dir).as_posix()
