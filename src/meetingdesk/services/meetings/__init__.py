"""Meetings and their record, one module per concern: ``creating`` (number, agenda from the template, matters
arising), ``details`` (status, times, wording, date), ``agenda`` (items, findings, attachments) and ``decisions``
(a decision with its actions). Callers use ``meetings.<name>``; attendance lives in ``services.attendance``.
"""

from __future__ import annotations

from meetingdesk.services.attendance import mark_attendance as mark_attendance
from meetingdesk.services.attendance import roster as roster
from meetingdesk.services.meetings.agenda import (
    ATTACHMENT_LIMIT,
    RECORD_FIELDS,
    add_agenda_item,
    attach_file,
    delete_agenda_item,
    link_findings,
    move_agenda_item,
    update_agenda_item,
)
from meetingdesk.services.meetings.creating import (
    NewMeeting,
    create_meeting,
    open_decisions,
    previous_meeting,
    section_titles,
    set_default_template,
)
from meetingdesk.services.meetings.decisions import delete_action, delete_decision, record_decision
from meetingdesk.services.meetings.details import (
    MEETING_FIELDS,
    MeetingEdit,
    save_details,
    set_meeting_status,
    set_times,
    update_meeting,
)

__all__ = [
    "ATTACHMENT_LIMIT",
    "MEETING_FIELDS",
    "RECORD_FIELDS",
    "MeetingEdit",
    "NewMeeting",
    "add_agenda_item",
    "attach_file",
    "create_meeting",
    "delete_action",
    "delete_agenda_item",
    "delete_decision",
    "link_findings",
    "mark_attendance",
    "move_agenda_item",
    "open_decisions",
    "previous_meeting",
    "record_decision",
    "roster",
    "save_details",
    "section_titles",
    "set_default_template",
    "set_meeting_status",
    "set_times",
    "update_agenda_item",
    "update_meeting",
]
