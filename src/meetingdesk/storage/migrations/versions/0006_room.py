"""The room joins in: a card remembers that it came from a phone, and the facilitator can hide one (reversibly).

Revision ID: 0006_room
Revises: 0005_satisfaction
Create Date: 2026-11-27 20:50:00

Plain ``ADD COLUMN`` with a constant default: SQLite needs no copy of ``card`` for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_room"
down_revision = "0005_satisfaction"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("card", sa.Column("from_room", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("card", sa.Column("hidden", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("card") as batch_op:
        batch_op.drop_column("hidden")
        batch_op.drop_column("from_room")
