"""What a transaction changed, told to the other users of an office server: every ORM change made in
``Database.writing()`` is noted in a flush hook (table, row id, insert/update/delete, and the meeting, session
and decision it belongs to), and just before the commit one ``pg_notify('meetingdesk', payload)`` carries the
notes. NOTIFY is transactional: the server delivers it only if the transaction commits, and in commit order.

The payload is JSON under ``MAX_PAYLOAD`` bytes (the server refuses 8000 and more): when the notes do not fit,
they are coalesced — first to the meetings, sessions and tables touched, then to "everything" — so a listener
reloads more than it needed to, never less. ``client`` names the ``Database`` that wrote, so its own listener
can skip what it did itself (``services/live.py``). SQLite has one writer and no NOTIFY: nothing is collected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, UOWTransaction

CHANNEL = "meetingdesk"
NOTIFY_PENDING = "meetingdesk_notify"  # the connection's info: the NOTIFY its COMMIT sends (storage/pgdialect.py)
NOTES = "live_notes"  # the key of Session.info holding the notes of the transaction (set on a server only)
MAX_PAYLOAD = 7900
MAX_NOTES = 2000  # a bulk load (the demo office) notes no more rows: it tells the others "everything"
# The column naming the owner a row belongs to, by table: its meeting, its session, its decision.
MEETING_OF = {
    "meeting": "id",
    "agenda_item": "meeting_id",
    "attendance": "meeting_id",
    "survey_item": "meeting_id",
    "satisfaction_response": "meeting_id",
    "certification": "meeting_id",
    "amendment": "meeting_id",
}
SESSION_OF = {
    "technique_session": "id",
    "card": "session_id",
    "cluster": "session_id",
    "participant": "session_id",
    "route_question": "session_id",
    "vote": "session_id",
}
DECISION_OF = {"decision": "id", "action": "decision_id"}


@dataclass(frozen=True)
class Note:
    """One changed row: ``op`` is ``i``, ``u`` or ``d``; ``row_id`` None when coalesced to the whole table."""

    table: str
    row_id: int | None
    op: str
    meeting_id: int | None = None
    session_id: int | None = None
    decision_id: int | None = None

    def as_list(self) -> list[Any]:
        return [self.table, self.row_id, self.op, self.meeting_id, self.session_id, self.decision_id]


@dataclass(frozen=True)
class Heard:
    """One commit of another client (or, with ``everything``, anything at all: reload what is shown)."""

    notes: tuple[Note, ...] = ()
    everything: bool = False
    client: str = ""
    who: str = ""

    def tables(self) -> set[str]:
        return {n.table for n in self.notes}

    def meetings(self) -> set[int]:
        return {n.meeting_id for n in self.notes if n.meeting_id is not None}

    def sessions(self) -> set[int]:
        return {n.session_id for n in self.notes if n.session_id is not None}

    def touches_meeting(self, meeting_id: int) -> bool:
        """True when something of the meeting changed, or something whose meeting was not noted (coalesced)."""
        return self.everything or any(
            n.meeting_id == meeting_id or (n.meeting_id is None and n.table in MEETING_TABLES) for n in self.notes
        )

    def touches_session(self, session_id: int) -> bool:
        return self.everything or any(
            n.session_id == session_id or (n.session_id is None and n.table in SESSION_OF) for n in self.notes
        )


OWNED = ("decision", "action", "action_update", "attachment")  # rows whose meeting is their owner's owner's
MEETING_TABLES = frozenset({*MEETING_OF, "decision", "action", "action_update", "attachment"})


def _note(obj: Any, op: str) -> Note | None:
    table = getattr(obj, "__tablename__", None)
    row_id = getattr(obj, "id", None)
    if table is None:
        return None

    def owner(columns: dict[str, str]) -> int | None:
        column = columns.get(table)
        value = getattr(obj, column, None) if column else None
        return value if isinstance(value, int) else None

    return Note(
        table, row_id if isinstance(row_id, int) else None, op, owner(MEETING_OF), owner(SESSION_OF), owner(DECISION_OF)
    )


@event.listens_for(Session, "after_flush")
def _collect(s: Session, _flush: UOWTransaction) -> None:
    """After each flush (new rows have their ids): note what it wrote, when the session collects notes."""
    notes: dict[tuple[str, int | None], Note] | None = s.info.get(NOTES)
    if notes is None or len(notes) > MAX_NOTES:
        return
    for objects, op in ((s.new, "i"), (s.dirty, "u"), (s.deleted, "d")):
        for obj in objects:
            if op == "u" and not s.is_modified(obj, include_collections=False):
                continue  # touched, not changed
            note = _note(obj, op)
            if note is None or note.table == "audit_entry":
                continue
            if op != "d" and note.meeting_id is None and note.table in OWNED:
                note = _with_owner(note, _held_owner(s, note.table, obj))
            key = (note.table, note.row_id)
            earlier = notes.get(key)
            if earlier is not None and earlier.op != "u":
                note = Note(**{**earlier.__dict__, "op": "d" if op == "d" else earlier.op})
            notes[key] = note


def _owners(s: Session, notes: list[Note]) -> list[Note]:
    """Fill in the meeting of decisions, actions, progress updates and attachments, and the decision of a
    progress update (a query per kind, on what is still there: a row deleted with its owner names what it can)."""
    wanted: dict[str, set[int]] = {}
    for n in notes:
        if n.meeting_id is None and n.table in OWNED:
            ids = {n.decision_id} if n.table == "action" else {n.row_id}
            wanted.setdefault(n.table, set()).update(i for i in ids if i is not None)
    if not wanted:
        return notes
    queries = {  # table: (the query, the column its ids are looked up by)
        "decision": (
            "SELECT d.id, i.meeting_id, d.id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id",
            "d.id",
        ),
        "action": (
            "SELECT d.id, i.meeting_id, d.id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id",
            "d.id",
        ),
        "action_update": (
            "SELECT u.id, i.meeting_id, d.id FROM action_update u JOIN action a ON a.id = u.action_id"
            " JOIN decision d ON d.id = a.decision_id JOIN agenda_item i ON i.id = d.agenda_item_id",
            "u.id",
        ),
        "attachment": (
            "SELECT t.id, i.meeting_id, NULL FROM attachment t JOIN agenda_item i ON i.id = t.agenda_item_id",
            "t.id",
        ),
    }
    found: dict[str, dict[int, tuple[int, int | None]]] = {}
    conn = s.connection()
    for table, wanted_ids in wanted.items():
        query, key = queries[table]
        rows = conn.execute(text(f"{query} WHERE {key} = ANY(:ids)"), {"ids": sorted(wanted_ids)})
        found[table] = {int(r[0]): (int(r[1]), r[2]) for r in rows}
    out = []
    for n in notes:
        if n.table in found:
            look = n.decision_id if n.table == "action" else n.row_id
            meeting, decision = found[n.table].get(look, (None, None)) if look is not None else (None, None)
            n = Note(n.table, n.row_id, n.op, meeting, n.session_id, n.decision_id or decision)
        out.append(n)
    return out


def _held_owner(s: Session, table: str, obj: Any) -> tuple[int, int | None] | None:
    """(meeting, decision) of a decision's, an action's, a progress update's or an attachment's row, from the row
    itself and the rows the transaction holds (what the service read on its way), or None (``_owners`` asks the
    server then). Only columns already loaded are read: never a query from inside the flush."""
    from sqlalchemy.orm.util import identity_key

    from meetingdesk.storage.models import Action, AgendaItem, Decision

    def held(model: type[Any], ident: Any) -> dict[str, Any] | None:
        found = s.identity_map.get(identity_key(model, ident)) if isinstance(ident, int) else None
        return vars(found) if found is not None else None

    row = vars(obj)
    if table == "attachment":
        item = held(AgendaItem, row.get("agenda_item_id"))
        return (item["meeting_id"], None) if item is not None and isinstance(item.get("meeting_id"), int) else None
    decision: dict[str, Any] | None = None
    if table == "decision":
        decision = row
    elif table == "action":
        decision = held(Decision, row.get("decision_id"))
    elif table == "action_update":
        action = held(Action, row.get("action_id"))
        decision = held(Decision, action.get("decision_id")) if action is not None else None
    item = held(AgendaItem, decision.get("agenda_item_id")) if decision is not None else None
    if decision is None or item is None or not isinstance(item.get("meeting_id"), int):
        return None
    return item["meeting_id"], decision.get("id")


def _with_owner(n: Note, owner: tuple[int, int | None] | None) -> Note:
    if owner is None:
        return n
    meeting, decision = owner
    return Note(n.table, n.row_id, n.op, meeting, n.session_id, n.decision_id or decision)


def payload(client: str, who: str, notes: list[Note]) -> str:
    """The notes as JSON under ``MAX_PAYLOAD`` bytes, coalesced when they do not fit."""
    head: dict[str, Any] = {"c": client, "w": who}
    text_ = json.dumps({**head, "n": [n.as_list() for n in notes]}, ensure_ascii=False, separators=(",", ":"))
    if len(text_.encode()) < MAX_PAYLOAD:
        return text_
    coarse = sorted(
        {(n.table, None, "u", n.meeting_id, n.session_id, None) for n in notes},
        key=lambda t: (t[0], t[3] or 0, t[4] or 0),
    )
    text_ = json.dumps({**head, "n": coarse}, ensure_ascii=False, separators=(",", ":"))
    if len(text_.encode()) < MAX_PAYLOAD:
        return text_
    return json.dumps({**head, "all": True}, ensure_ascii=False, separators=(",", ":"))


def parse(raw: str) -> Heard:
    """A payload as ``Heard`` (one a newer program wrote that cannot be read: reload everything)."""
    try:
        data = json.loads(raw)
        notes = tuple(Note(str(t), i, str(op), m, ses, d) for t, i, op, m, ses, d in data.get("n", ()))
        return Heard(notes, bool(data.get("all")), str(data.get("c", "")), str(data.get("w", "")))
    except (ValueError, TypeError, AttributeError):
        return Heard(everything=True)


def send(s: Session, client: str, who: str) -> None:
    """Before the commit: flush what is pending, then queue the notes' NOTIFY in this transaction (on the
    office server's dialect, sent with the COMMIT in one round trip: still inside the transaction)."""
    s.flush()
    notes: dict[tuple[str, int | None], Note] = s.info.get(NOTES) or {}
    if not notes:
        return
    if len(notes) > MAX_NOTES:
        message = json.dumps({"c": client, "w": who, "all": True}, ensure_ascii=False)
    else:
        message = payload(client, who, _owners(s, list(notes.values())))
    conn = s.connection()
    if getattr(conn.dialect, "notify_with_commit", False):  # storage/pgdialect.py: sent in the COMMIT's round trip
        conn.info[NOTIFY_PENDING] = (CHANNEL, message)
    else:
        conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": message})
