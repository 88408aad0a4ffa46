"""Initial schema: the office, its bodies, meetings, record, decisions, actions, projects and findings.

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-24 01:04:41.797709
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

# Thai full-text search on SQLite (frozen copy of storage/sqlite.py's search_ddl() at this revision).
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize='trigram')",
    "CREATE TRIGGER search_meeting_ai AFTER INSERT ON meeting BEGIN INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 1, new.title, new.place || ' ' || new.opening); END",
    "CREATE TRIGGER search_meeting_ad AFTER DELETE ON meeting BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; END",
    "CREATE TRIGGER search_meeting_au AFTER UPDATE OF title, place, opening ON meeting BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 1, new.title, new.place || ' ' || new.opening); END",
    "CREATE TRIGGER search_agenda_item_ai AFTER INSERT ON agenda_item BEGIN INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 2, new.title, new.background || ' ' || new.discussion || ' ' || new.summary); END",
    "CREATE TRIGGER search_agenda_item_ad AFTER DELETE ON agenda_item BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; END",
    "CREATE TRIGGER search_agenda_item_au AFTER UPDATE OF title, background, discussion, summary ON agenda_item BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 2, new.title, new.background || ' ' || new.discussion || ' ' || new.summary); END",
    "CREATE TRIGGER search_decision_ai AFTER INSERT ON decision BEGIN INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 3, '', new.text); END",
    "CREATE TRIGGER search_decision_ad AFTER DELETE ON decision BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; END",
    "CREATE TRIGGER search_decision_au AFTER UPDATE OF text ON decision BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 3, '', new.text); END",
    "CREATE TRIGGER search_action_ai AFTER INSERT ON action BEGIN INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 4, new.title, ''); END",
    "CREATE TRIGGER search_action_ad AFTER DELETE ON action BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; END",
    "CREATE TRIGGER search_action_au AFTER UPDATE OF title ON action BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 4, new.title, ''); END",
    "CREATE TRIGGER search_finding_ai AFTER INSERT ON finding BEGIN INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 5, new.source, new.text); END",
    "CREATE TRIGGER search_finding_ad AFTER DELETE ON finding BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; END",
    "CREATE TRIGGER search_finding_au AFTER UPDATE OF source, text ON finding BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; INSERT INTO search_index(rowid, title, body) VALUES (new.id * 8 + 5, new.source, new.text); END",
]
SQLITE_SEARCH_DROP = [
    "DROP TRIGGER IF EXISTS search_meeting_ai",
    "DROP TRIGGER IF EXISTS search_meeting_ad",
    "DROP TRIGGER IF EXISTS search_meeting_au",
    "DROP TRIGGER IF EXISTS search_agenda_item_ai",
    "DROP TRIGGER IF EXISTS search_agenda_item_ad",
    "DROP TRIGGER IF EXISTS search_agenda_item_au",
    "DROP TRIGGER IF EXISTS search_decision_ai",
    "DROP TRIGGER IF EXISTS search_decision_ad",
    "DROP TRIGGER IF EXISTS search_decision_au",
    "DROP TRIGGER IF EXISTS search_action_ai",
    "DROP TRIGGER IF EXISTS search_action_ad",
    "DROP TRIGGER IF EXISTS search_action_au",
    "DROP TRIGGER IF EXISTS search_finding_ai",
    "DROP TRIGGER IF EXISTS search_finding_ad",
    "DROP TRIGGER IF EXISTS search_finding_au",
    "DROP TABLE IF EXISTS search_index",
]

# The PostgreSQL counterparts (frozen copies of storage/postgres.py's identity_ddl() and search_ddl() at this
# revision): the identity row instead of PRAGMA application_id, pg_trgm's GIN index instead of FTS5.
POSTGRES_IDENTITY = [
    "CREATE TABLE meetingdesk_identity (application_id integer NOT NULL)",
    "INSERT INTO meetingdesk_identity (application_id) VALUES (1296323403)",
]
POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE search_index (id bigint PRIMARY KEY, title text, body text)",
    "CREATE INDEX search_index_trgm ON search_index USING gin (lower(title) gin_trgm_ops, lower(body) gin_trgm_ops)",
    "CREATE FUNCTION search_meeting_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + 1; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) VALUES (NEW.id * 8 + 1, NEW.title, NEW.place || ' ' || NEW.opening); END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_meeting_sync AFTER INSERT OR DELETE OR UPDATE OF title, place, opening ON meeting FOR EACH ROW EXECUTE FUNCTION search_meeting_sync()",
    "CREATE FUNCTION search_agenda_item_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + 2; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) VALUES (NEW.id * 8 + 2, NEW.title, NEW.background || ' ' || NEW.discussion || ' ' || NEW.summary); END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_agenda_item_sync AFTER INSERT OR DELETE OR UPDATE OF title, background, discussion, summary ON agenda_item FOR EACH ROW EXECUTE FUNCTION search_agenda_item_sync()",
    "CREATE FUNCTION search_decision_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + 3; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) VALUES (NEW.id * 8 + 3, '', NEW.text); END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_decision_sync AFTER INSERT OR DELETE OR UPDATE OF text ON decision FOR EACH ROW EXECUTE FUNCTION search_decision_sync()",
    "CREATE FUNCTION search_action_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + 4; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) VALUES (NEW.id * 8 + 4, NEW.title, ''); END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_action_sync AFTER INSERT OR DELETE OR UPDATE OF title ON action FOR EACH ROW EXECUTE FUNCTION search_action_sync()",
    "CREATE FUNCTION search_finding_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE id = OLD.id * 8 + 5; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (id, title, body) VALUES (NEW.id * 8 + 5, NEW.source, NEW.text); END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_finding_sync AFTER INSERT OR DELETE OR UPDATE OF source, text ON finding FOR EACH ROW EXECUTE FUNCTION search_finding_sync()",
]
POSTGRES_SEARCH_DROP = [
    *[
        f"DROP FUNCTION IF EXISTS search_{kind}_sync() CASCADE"
        for kind in ("meeting", "agenda_item", "decision", "action", "finding")
    ],
    "DROP TABLE IF EXISTS search_index",
    "DROP TABLE IF EXISTS meetingdesk_identity",
]


def upgrade() -> None:
    # A CHECK constraint's name is unique per table on PostgreSQL; SQLite kept two of this name in action_update.
    new_status_check = "action_status" if op.get_bind().dialect.name == "sqlite" else "new_action_status"
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.Column("organisation", sa.String(length=500), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "executive_board",
                "statutory",
                "network_chairs",
                "school_directors",
                "office_staff",
                "ad_hoc",
                name="body_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("default_place", sa.String(length=500), nullable=False),
        sa.Column("confidential_by_default", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name=op.f("fk_body_office_id_office")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
    )
    op.create_table(
        "work_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["head_id"], ["person.id"], name=op.f("fk_work_group_head_id_person")),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name=op.f("fk_work_group_office_id_office")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_group")),
    )
    op.create_table(
        "agenda_template_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("standing_items", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_agenda_template_section_body_id_body"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_template_section")),
        sa.UniqueConstraint("body_id", "section", name=op.f("uq_agenda_template_section_body_id")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("year_be", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("minute_taker_id", sa.Integer(), nullable=True),
        sa.Column("minutes_checker_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "held",
                "minutes_drafted",
                "certified",
                name="meeting_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "recording_style",
            sa.Enum(
                "detailed",
                "summary",
                "resolutions",
                name="recording_style",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_meeting_number_positive")),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_meeting_body_id_body")),
        sa.ForeignKeyConstraint(["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person")),
        sa.ForeignKeyConstraint(["minute_taker_id"], ["person.id"], name=op.f("fk_meeting_minute_taker_id_person")),
        sa.ForeignKeyConstraint(
            ["minutes_checker_id"], ["person.id"], name=op.f("fk_meeting_minutes_checker_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("body_id", "year_be", "number", name=op.f("uq_meeting_body_id")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_date", ["date"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "vice_chair",
                "member",
                "secretary",
                "assistant_secretary",
                name="member_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_membership_body_id_body"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_group_id", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["responsible_group_id"],
            ["work_group.id"],
            name=op.f("fk_project_responsible_group_id_work_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_fiscal_year"), ["fiscal_year"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("presenter_id", sa.Integer(), nullable=True),
        sa.Column("presenter_text", sa.String(length=500), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("certifies_meeting_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("section BETWEEN 1 AND 6", name=op.f("ck_agenda_item_section_range")),
        sa.ForeignKeyConstraint(
            ["certifies_meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_certifies_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["presenter_id"], ["person.id"], name=op.f("fk_agenda_item_presenter_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index("ix_agenda_item_meeting_order", ["meeting_id", "section", "position"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "absent",
                "attending",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("role_text", sa.String(length=500), nullable=False),
        sa.Column("absence_reason", sa.String(length=500), nullable=False),
        sa.Column("substitute_for_id", sa.Integer(), nullable=True),
        sa.Column("signed_in_at", sa.Time(), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")),
        sa.ForeignKeyConstraint(
            ["substitute_for_id"], ["person.id"], name=op.f("fk_attendance_substitute_for_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_attendance_meeting_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "at_meeting",
                "circulation",
                name="certification_method",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("at_meeting_id", sa.Integer(), nullable=True),
        sa.Column("certified_on", sa.Date(), nullable=False),
        sa.Column("with_amendments", sa.Boolean(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["at_meeting_id"], ["meeting.id"], name=op.f("fk_certification_at_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_certification_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_certification_meeting_id")),
    )
    op.create_table(
        "finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "before",
                "during",
                "after",
                name="phase",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "result",
                "problem",
                "obstacle",
                "need",
                "recommendation",
                name="finding_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_finding_project_id_project"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_project_id"), ["project_id"], unique=False)

    op.create_table(
        "agenda_item_finding",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_finding_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_agenda_item_finding_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "finding_id", name=op.f("pk_agenda_item_finding")),
    )
    with op.batch_alter_table("agenda_item_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_finding_finding_id"), ["finding_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_attachment_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_agenda_item_id"), ["agenda_item_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "noted",
                "endorsed",
                "approved",
                "rejected",
                "assigned",
                name="decision_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("votes_abstain", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_agenda_item_id"), ["agenda_item_id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner_group_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_action_decision_id_decision"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_group_id"], ["work_group.id"], name=op.f("fk_action_owner_group_id_work_group")
        ),
        sa.ForeignKeyConstraint(["owner_person_id"], ["person.id"], name=op.f("fk_action_owner_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_decision_id"), ["decision_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_owner_person_id"), ["owner_person_id"], unique=False)
        batch_op.create_index("ix_action_status_due", ["status", "due_date"], unique=False)

    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("made_at_meeting_id", sa.Integer(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("after_certification", sa.Boolean(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("new_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_item.id"], name=op.f("fk_amendment_agenda_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"], name=op.f("fk_amendment_decision_id_decision")),
        sa.ForeignKeyConstraint(
            ["made_at_meeting_id"], ["meeting.id"], name=op.f("fk_amendment_made_at_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_amendment_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "decision_finding",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_finding_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_decision_finding_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "finding_id", name=op.f("pk_decision_finding")),
    )
    with op.batch_alter_table("decision_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_finding_finding_id"), ["finding_id"], unique=False)

    op.create_table(
        "decision_project",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_project_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_decision_project_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "project_id", name=op.f("pk_decision_project")),
    )
    with op.batch_alter_table("decision_project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_project_project_id"), ["project_id"], unique=False)

    op.create_table(
        "matter_arising",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_matter_arising_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_matter_arising_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", name=op.f("pk_matter_arising")),
    )
    with op.batch_alter_table("matter_arising", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_arising_decision_id"), ["decision_id"], unique=False)

    op.create_table(
        "action_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column(
            "old_status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "cancelled",
                name=new_status_check,
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_path", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_update_action_id_action"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_update")),
    )
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_update_action_id"), ["action_id"], unique=False)

    # ### end Alembic commands ###

    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id=1296323403")
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_IDENTITY + POSTGRES_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH_DROP:
            op.execute(statement)
    elif op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH_DROP:
            op.execute(statement)
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_update_action_id"))

    op.drop_table("action_update")
    with op.batch_alter_table("matter_arising", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_arising_decision_id"))

    op.drop_table("matter_arising")
    with op.batch_alter_table("decision_project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_project_project_id"))

    op.drop_table("decision_project")
    with op.batch_alter_table("decision_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_finding_finding_id"))

    op.drop_table("decision_finding")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_meeting_id"))

    op.drop_table("amendment")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_status_due")
        batch_op.drop_index(batch_op.f("ix_action_owner_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_decision_id"))

    op.drop_table("action")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_agenda_item_id"))

    op.drop_table("decision")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_agenda_item_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("agenda_item_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_finding_finding_id"))

    op.drop_table("agenda_item_finding")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_project_id"))

    op.drop_table("finding")
    op.drop_table("certification")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_meeting_order")

    op.drop_table("agenda_item")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_fiscal_year"))

    op.drop_table("project")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_body_id"))

    op.drop_table("membership")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_date")

    op.drop_table("meeting")
    op.drop_table("agenda_template_section")
    op.drop_table("work_group")
    op.drop_table("body")
    op.drop_table("setting")
    op.drop_table("person")
    op.drop_table("office")
    # ### end Alembic commands ###
