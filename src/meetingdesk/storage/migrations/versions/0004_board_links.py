"""A session can be anonymous; a theme or a card remembers the decision made from it.

Revision ID: 0004_board_links
Revises: 0003_fk_indexes
Create Date: 2026-11-27 18:10:00

Plain ``ADD COLUMN`` (no batch copy of the tables): SQLite accepts a new nullable column with a foreign key,
and copying ``card`` with foreign keys on would cascade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_board_links"
down_revision = "0003_fk_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("technique_session", sa.Column("anonymous", sa.Boolean(), server_default=sa.false(), nullable=False))
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ("cluster", "card"):
        fk = f"fk_{table}_decision_id_decision"
        if sqlite:  # alembic would ALTER the constraint in separately, which SQLite cannot do
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN decision_id INTEGER"
                f" CONSTRAINT {fk} REFERENCES decision (id) ON DELETE SET NULL"
            )
        else:
            op.add_column(
                table,
                sa.Column("decision_id", sa.Integer(), sa.ForeignKey("decision.id", name=fk, ondelete="SET NULL")),
            )
        op.create_index(f"ix_{table}_decision_id", table, ["decision_id"], unique=False)


def downgrade() -> None:
    for table in ("card", "cluster"):
        op.drop_index(f"ix_{table}_decision_id", table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("decision_id")
    with op.batch_alter_table("technique_session") as batch_op:
        batch_op.drop_column("anonymous")
