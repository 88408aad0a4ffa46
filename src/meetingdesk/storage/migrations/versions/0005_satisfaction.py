"""Satisfaction surveys: the office's item set (with the default items), each meeting's copy of it, the forms
and their scores.

Revision ID: 0005_satisfaction
Revises: 0004_board_links
Create Date: 2026-11-27 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_satisfaction"
down_revision = "0004_board_links"
branch_labels = None
depends_on = None

# The office's default form: five items, five points each, worded as Thai government satisfaction forms are
# (a frozen copy: the office edits its set afterwards in Settings).
DEFAULT_ITEMS = (
    "เอกสารประกอบการประชุมครบถ้วน ชัดเจน",
    "ระยะเวลาในการประชุมเหมาะสม",
    "สถานที่และสิ่งอำนวยความสะดวกเหมาะสม",
    "การเปิดโอกาสให้มีส่วนร่วมแสดงความคิดเห็น",
    "ความพึงพอใจต่อการจัดประชุมโดยภาพรวม",
)


def upgrade() -> None:
    items = op.create_table(
        "satisfaction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_item")),
    )
    op.create_table(
        "survey_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_survey_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_item")),
        sa.UniqueConstraint("meeting_id", "position", name=op.f("uq_survey_item_meeting_id")),
    )
    op.create_table(
        "satisfaction_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_satisfaction_response_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_response")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_satisfaction_response_meeting_id")),
    )
    op.create_table(
        "satisfaction_score",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("survey_item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_satisfaction_score_score_range")),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["satisfaction_response.id"],
            name=op.f("fk_satisfaction_score_response_id_satisfaction_response"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_item_id"],
            ["survey_item.id"],
            name=op.f("fk_satisfaction_score_survey_item_id_survey_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "survey_item_id", name=op.f("pk_satisfaction_score")),
    )
    op.create_index("ix_satisfaction_score_item_score", "satisfaction_score", ["survey_item_id", "score"])
    op.bulk_insert(items, [{"position": n, "text": text} for n, text in enumerate(DEFAULT_ITEMS, start=1)])


def downgrade() -> None:
    op.drop_index("ix_satisfaction_score_item_score", table_name="satisfaction_score")
    op.drop_table("satisfaction_score")
    op.drop_table("satisfaction_response")
    op.drop_table("survey_item")
    op.drop_table("satisfaction_item")
