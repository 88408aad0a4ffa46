"""What an agenda item decided: recording a decision with its actions, and deleting either before the minutes
are certified.
"""

from __future__ import annotations

from meetingdesk.domain.enums import (
    DecisionKind,
)
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services.guards import ensure_editable, get
from meetingdesk.services.numbering import move_on
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Decision,
    Finding,
    Project,
)


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
