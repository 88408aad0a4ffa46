"""The view of a meeting that the document writers are fed, and exporting it to a file safely."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.domain.enums import ActionStatus, AttendanceStatus, CertificationMethod
from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.domain.thai.dates import full_date, meeting_number_text, short_date
from meetingdesk.exports.compose import ExportOptions
from meetingdesk.exports.view import ActionLine, DecisionView, ItemView, MeetingView, PersonLine, SectionView
from meetingdesk.services.first_view import OFFICE_NAME
from meetingdesk.services.guards import get
from meetingdesk.services.meetings import roster, section_titles
from meetingdesk.services.signatures import signature_defaults
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Amendment, Certification, Decision, Meeting, Person


def _name(p: Person | None) -> str:
    return p.full_name if p else ""


def _actions(actions: list[Action], as_of: dt.date | None = None) -> list[ActionLine]:
    """Each action with its owner, due date and status; ``as_of`` a meeting's date (matters arising), the status
    and latest progress note reported by that day, so the minutes do not change when later progress comes in."""
    lines: list[ActionLine] = []
    for a in actions:
        status, note = a.status, ""
        if as_of is not None:
            reported = [u for u in a.updates if u.on_date <= as_of]
            changes = [u.new_status for u in reported if u.new_status is not None]
            status = changes[-1] if changes else ActionStatus.NOT_STARTED
            notes = [u for u in reported if u.note.strip()]
            note = f"{notes[-1].note.strip()} ({short_date(notes[-1].on_date)})" if notes else ""
        lines.append(
            ActionLine(
                title=a.title,
                owner=_name(a.owner_person) or (a.owner_group.name if a.owner_group else ""),
                due=a.due_date,
                status_th=status.label_th,
                owner_is_person=a.owner_person is not None,
                progress=note,
            )
        )
    return lines


def meeting_view(db: Database, meeting_id: int) -> MeetingView:
    """Everything a document of this meeting shows, as plain data (one read transaction)."""
    with db.reading() as s:
        meeting = get(s, Meeting, meeting_id)
        meeting = s.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.attendance),
                selectinload(Meeting.agenda_items).selectinload(AgendaItem.decisions).selectinload(Decision.actions),
            )
        ).one()
        office = s.scalar(OFFICE_NAME) or ""
        members = roster(s, meeting.body_id, meeting.date)
        role_of = {m.person_id: m.role.label_th for m in members}
        present, absent, attending = [], [], []
        for a in meeting.attendance:
            line = PersonLine(
                name=a.person.full_name,
                role=a.role_text or role_of.get(a.person_id, "") or a.person.position,
                position=a.person.position,
                substitute_for=_name(a.substitute_for),
                reason=a.absence_reason,
                signed_in_at=a.signed_in_at,
            )
            if a.status is AttendanceStatus.ABSENT:
                absent.append(line)
            elif a.status is AttendanceStatus.ATTENDING:
                attending.append(line)
            else:
                present.append(line)
        titles = section_titles(s, meeting.body_id)
        items_by_section: dict[int, list[ItemView]] = {n: [] for n in titles}
        for item in meeting.agenda_items:  # a session's outcome is there once the facilitator put it in the summary
            items_by_section.setdefault(item.section, []).append(_item_view(s, item))
        signers = signature_defaults(s, meeting.body_id, meeting.date)  # for a meeting that has not chosen them
        cert = meeting.certification
        later = s.scalars(
            select(Amendment).where(Amendment.meeting_id == meeting.id, Amendment.after_certification.is_(True))
        ).all()
        return MeetingView(
            office=office,
            body=meeting.body.name,
            number=meeting.number,
            year_be=meeting.year_be,
            date=meeting.date,
            place=meeting.place,
            title=meeting.title,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            recording_style=meeting.recording_style.value,
            opening=meeting.opening,
            present=present,
            absent=absent,
            attending=attending,
            roster=[
                PersonLine(name=m.person.full_name, role=m.role.label_th, position=m.person.position) for m in members
            ],
            sections=[SectionView(n, titles.get(n, ""), items_by_section[n]) for n in sorted(items_by_section)],
            minute_taker=_person_line(meeting.minute_taker or _default(s, signers.minute_taker_id)),
            minutes_checker=_person_line(meeting.minutes_checker or _default(s, signers.minutes_checker_id)),
            certified=_certified_text(cert) if cert else "",
            later_amendments=[f"{a.made_on.isoformat()}: {a.old_text} → {a.new_text}" for a in later],
        )


def _default(s: Session, person_id: int | None) -> Person | None:
    return s.get(Person, person_id) if person_id else None


def _person_line(p: Person | None) -> PersonLine | None:
    return PersonLine(name=p.full_name, role="", position=p.position) if p else None


def _certified_text(cert: Certification) -> str:
    if cert.method is CertificationMethod.CIRCULATION:
        how = f"รับรองโดยการเวียน เมื่อ{full_date(cert.certified_on, weekday=True)}"
    else:
        at = cert.at_meeting
        how = f"รับรองในการประชุมครั้งที่ {meeting_number_text(at.number, at.year_be)}" if at else "รับรองแล้ว"
    return how + (" โดยมีการแก้ไข" if cert.with_amendments else " โดยไม่มีการแก้ไข")


def _item_view(s: object, item: AgendaItem) -> ItemView:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    extra: dict[str, object] = {}
    if item.certifies_meeting is not None:
        target = item.certifies_meeting
        number = meeting_number_text(target.number, target.year_be)
        extra["certifies"] = number
        cert = target.certification
        amendments = s.scalars(
            select(Amendment).where(Amendment.meeting_id == target.id, Amendment.after_certification.is_(False))
        ).all()
        if cert is not None and cert.at_meeting_id == item.meeting_id:
            if cert.with_amendments:
                extra["certified_text"] = f"ที่ประชุมรับรองรายงานการประชุมครั้งที่ {number} โดยมีการแก้ไข ดังนี้"
                extra["amendments"] = [
                    f"{_amended_where(s, a)} จาก “{a.old_text}” เป็น “{a.new_text}”" for a in amendments
                ]
            else:
                extra["certified_text"] = f"ที่ประชุมรับรองรายงานการประชุมครั้งที่ {number} โดยไม่มีการแก้ไข"
    source = item.source_decision
    if source is not None:
        source_item = source.agenda_item
        m = source_item.meeting
        extra["arising_from"] = (
            f"การประชุมครั้งที่ {meeting_number_text(m.number, m.year_be)} ระเบียบวาระที่ {source_item.number}"
        )
        extra["arising_decision"] = source.text
        extra["arising_actions"] = _actions(list(source.actions), as_of=item.meeting.date)
    return ItemView(
        number=item.number,
        section=item.section,
        title=item.title,
        presenter=_name(item.presenter) or item.presenter_text,
        background=item.background,
        discussion=item.discussion,
        summary=item.summary,
        confidential=item.confidential,
        decisions=[
            DecisionView(
                kind_th=d.kind.label_th,
                text=d.text,
                votes=(d.votes_for or 0, d.votes_against or 0, d.votes_abstain or 0)
                if d.votes_for is not None
                else None,
                actions=_actions(list(d.actions)),
            )
            for d in item.decisions
        ],
        **extra,  # type: ignore[arg-type]
    )


def _amended_where(s: object, amendment: Amendment) -> str:
    names = {"title": "ชื่อเรื่อง", "background": "ความเป็นมา", "discussion": "การอภิปราย", "summary": "สรุป", "text": "มติ"}
    field = names.get(amendment.field, amendment.field)
    if amendment.agenda_item_id is not None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        item = s.get(AgendaItem, amendment.agenda_item_id)
        return f"ระเบียบวาระที่ {item.number} {field}" if item else field
    return field


# --- writing files -----------------------------------------------------------------------------------------


def _mode_for(target: Path) -> int:
    """The mode a file written in place would get: an existing file's own, else 0666 less the user's umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask: read from /proc where Linux offers it (setting it to read it would, for an instant,
    change it under the other threads), else set and restored at once."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Write to a temporary file beside ``target``, then rename it over: never a half-written document."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"ไม่พบโฟลเดอร์ {folder}", f"The folder {folder} does not exist.")
    if target.is_dir():
        raise InvalidInput(f"{target} เป็นโฟลเดอร์ ไม่ใช่ชื่อไฟล์", f"{target} is a folder, not a file name.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(
            f"บันทึกไฟล์ที่ {folder} ไม่ได้ (ไม่มีสิทธิ์เขียน)", f"Cannot write to {folder} (permission denied)."
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600; a document is for others to read too
        write(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            f"บันทึกไฟล์ {target} ไม่สำเร็จ: {exc.strerror}", f"Could not write {target}: {exc.strerror}"
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


FORMATS = ("docx", "pdf")


def _check_template(template: Path) -> None:
    """The office's template must be a DOCX that python-docx can open (or Word would not either)."""
    if not template.is_file():
        raise InvalidInput(f"ไม่พบไฟล์แม่แบบ {template}", f"The template {template} does not exist.")
    import zipfile

    if not zipfile.is_zipfile(template):
        raise InvalidInput(f"ไฟล์แม่แบบ {template} ไม่ใช่ไฟล์ DOCX", f"The template {template} is not a DOCX file.")
    import docx

    try:
        docx.Document(str(template))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise InvalidInput(
            f"ไฟล์แม่แบบ {template} เสียหายหรือไม่ใช่ไฟล์ DOCX", f"The template {template} is damaged or not a DOCX file."
        ) from exc


def export_document(
    db: Database,
    kind: str,
    meeting_id: int,
    fmt: str,
    target: Path,
    options: ExportOptions | None = None,
    *,
    font: str | None = None,
    template: Path | None = None,
    pdf_font: Path | None = None,
) -> Path:
    """Write the minutes, agenda or sign-in sheet of a meeting as DOCX or PDF, all or nothing."""
    from meetingdesk.exports.compose import DOCUMENTS

    if kind == "focus-group":  # the id is a session's, not a meeting's
        from meetingdesk.exports.focus_group import focus_group_report
        from meetingdesk.services.sessions import focus_group_view

        document = focus_group_report(focus_group_view(db, meeting_id), options or ExportOptions())
        return _write(document, fmt, target, font=font, template=template, pdf_font=pdf_font)
    if kind not in DOCUMENTS:
        raise InvalidInput(f"ไม่รู้จักเอกสารชนิด {kind}", f"Unknown document kind {kind}.")
    if fmt not in FORMATS:
        raise InvalidInput(f"ไม่รู้จักรูปแบบไฟล์ {fmt}", f"Unknown format {fmt}.")
    if template is not None:
        _check_template(Path(template))
    options = options or ExportOptions()
    document = DOCUMENTS[kind](meeting_view(db, meeting_id), options or ExportOptions())
    return _write(document, fmt, target, font=font, template=template, pdf_font=pdf_font)


def write_document(
    document: Any, fmt: str, target: Path, *, font: str | None = None, pdf_font: Path | None = None
) -> Path:
    """Write a composed document (a report) as DOCX or PDF, all or nothing."""
    return _write(document, fmt, target, font=font, template=None, pdf_font=pdf_font)


def _write(
    document: Any, fmt: str, target: Path, *, font: str | None, template: Path | None, pdf_font: Path | None
) -> Path:
    if fmt == "docx":
        from meetingdesk.exports.docx_writer import DEFAULT_FONT, write_docx

        def write(path: Path) -> None:
            write_docx(document, path, font=font or DEFAULT_FONT, template=template)

    else:
        from meetingdesk.exports.fonts import PdfFont
        from meetingdesk.exports.pdf_writer import write_pdf

        chosen = PdfFont.from_file(pdf_font) if pdf_font else PdfFont.choose()

        def write(path: Path) -> None:
            write_pdf(document, path, font=chosen)

    return write_atomically(Path(target), write)
