"""Writing the audit trail: every ORM change of a versioned row (meeting, agenda item, decision, action) made in
``Database.writing()`` gets an ``AuditEntry`` in the same flush — who (``Session.info["who"]``), when, the row's
new version and each changed field's old and new value.

SQLAlchemy's ``version_id_col`` (see the models) raises the version with every UPDATE and refuses an UPDATE whose
version another transaction changed meanwhile (``StaleDataError``); the entries written here say what that other
change was, so a person can be shown it (``services/concurrency.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from meetingdesk.storage.models import AuditEntry

AUDITED = frozenset({"meeting", "agenda_item", "decision", "action"})
WHO = "who"  # the key of Session.info that names the person writing


def plain(value: Any) -> Any:
    """A value as JSON holds it: a date or time as ISO text, an enumeration by its value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    return value


def _changed_fields(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    fields: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key == "version":
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                fields[attr.key] = [plain(old), plain(new)]
    return fields


def _all_fields(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    return {
        a.key: [None, plain(getattr(obj, a.key))]
        for a in state.mapper.column_attrs
        if a.key not in ("id", "version") and getattr(obj, a.key) is not None
    }


@event.listens_for(Session, "after_flush")
def _write_entries(s: Session, _flush: UOWTransaction) -> None:
    """After the flush has given new rows their ids and raised the versions, before the transaction commits."""
    who = s.info.get(WHO)
    if who is None:
        return  # not a person's action (a migration, a transfer, a bulk load)
    now = dt.datetime.now().replace(microsecond=0)
    rows = []
    for obj, change in (
        *((o, "insert") for o in s.new),
        *((o, "update") for o in s.dirty),
        *((o, "delete") for o in s.deleted),
    ):
        table = getattr(obj, "__tablename__", None)
        if table not in AUDITED:
            continue
        if change == "update":
            fields = _changed_fields(obj)
            if not fields:
                continue  # touched, not changed (a relationship list re-set to the same rows)
        else:
            fields = _all_fields(obj) if change == "insert" else {}
        version = obj.version + 1 if change == "delete" else obj.version
        rows.append(
            {
                "at": now,
                "who": who,
                "table_name": table,
                "row_id": obj.id,
                "version": version,
                "change": change,
                "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
            }
        )
    if rows:
        s.connection().execute(insert(AuditEntry), rows)
