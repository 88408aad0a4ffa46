"""A meeting's agenda items: adding, editing, moving and deleting them, the findings they take up and the
files attached to them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.concurrency import check_version
from meetingdesk.services.guards import editable_item, ensure_editable, get, required_text
from meetingdesk.services.numbering import move_on
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    AgendaItem,
    Attachment,
    Finding,
    Meeting,
)


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


def update_agenda_item(
    db: Database, item_id: int, *, expected_version: int | None = None, **changes: str | bool
) -> int:
    """Change the text fields of an item (or its confidential flag) while the record is not certified; with
    ``expected_version`` (the version the edit was made on), refused if someone else changed one of the same
    fields since (``EditConflict``). Returns the item's version after the change."""
    unknown = set(changes) - {*RECORD_FIELDS, "confidential"}
    if unknown:
        raise ValueError(f"not agenda item fields: {sorted(unknown)}")
    with db.writing() as s:
        item = editable_item(s, item_id)  # with its meeting, which move_on may change
        if "title" in changes:
            changes["title"] = required_text(str(changes["title"]), "ชื่อเรื่อง", "title")
        check_version(s, item, expected_version, changes)
        for name, value in changes.items():
            setattr(item, name, value)
        if changes.get("discussion") or changes.get("summary"):
            move_on(s, item.meeting)  # what was said is recorded: the minutes are being drafted
        s.flush()
        return item.version


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
