"""The audit trail: who changed which row of the record, when, and what each field was before and after.

Written by ``storage/audit.py`` inside the same transaction as the change itself (so a change and its entry are
saved together or not at all); read to tell a person what someone else changed (an edit conflict) and to answer
an office's "who changed this, when?".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from meetingdesk.storage.models.base import Base


class AuditEntry(Base):
    """One change of one row: ``insert``, ``update`` or ``delete``, the row's version after it, and the fields as
    JSON ``{"title": ["old", "new"], …}``."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_row", "table_name", "row_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int]
    version: Mapped[int]
    change: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text, default="{}")
