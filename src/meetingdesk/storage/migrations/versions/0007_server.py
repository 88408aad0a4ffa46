"""Several writers: a version on the rows a person edits (meeting, agenda item, decision, action) and the audit
trail (who changed what, when).

Revision ID: 0007_server
Revises: 0006_room
Create Date: 2026-11-27 21:10:00

Plain ``ADD COLUMN … NOT NULL DEFAULT 1`` on both databases: SQLite accepts it without copying the table (no
batch copy: copying ``meeting`` with foreign keys on would cascade), and every existing row starts at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_server"
down_revision = "0006_room"
branch_labels = None
depends_on = None

VERSIONED = ("meeting", "agenda_item", "decision", "action")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_row", "audit_entry", ["table_name", "row_id", "version"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_entry_row", table_name="audit_entry")
    op.drop_table("audit_entry")
    for table in reversed(VERSIONED):  # SQLite 3.35+ drops a plain column in place (no copy, no cascade)
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
