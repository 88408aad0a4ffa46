"""People and rights on an office server: group roles, table privileges, and per-row guards.

Revision ID: 0008_rights
Revises: 0007_server
Create Date: 2026-11-27 23:40:00

On SQLite nothing changes (one person's file). On PostgreSQL the server itself decides who may change what:

- four group roles (NOLOGIN; cluster-wide, so created only when missing): ``meetingdesk_reader`` reads
  everything; ``meetingdesk_secretary`` (a reader too) writes the record — meetings, agenda, attendance,
  decisions, actions, sessions, surveys — of the bodies granted to it; ``meetingdesk_certifier`` (a secretary
  too) may also certify minutes and record amendments; ``meetingdesk_admin`` (a certifier too) writes people,
  bodies, projects, settings and rights, on every body. Each person's login role is a member of one of them.
- table privileges (GRANT) say what kind of row a role may write at all: a reader's INSERT/UPDATE/DELETE on any
  table is refused by the server ("permission denied for table …").
- which body's rows a secretary or certifier may write: ``body_grant`` (login ↔ body) and a BEFORE trigger on
  ``meeting`` and every table that hangs off it, which finds the row's body (through ``meeting_id``,
  ``agenda_item_id``, ``decision_id``, ``action_id``, ``session_id`` or ``response_id``) for the old row and
  the new one, and raises ``insufficient_privilege`` when that body is not granted.
- certification: the ``certification`` and ``amendment`` tables are writable by certifiers only, and a trigger
  on ``meeting`` refuses anyone else setting (or clearing) the ``certified`` status.
- the audit trail stays insertable by every writer (and by no reader), its ``who`` set by the server to the
  sign-in for everyone but the owner; the search index is kept by its triggers as the owner (SECURITY
  DEFINER), so no one writes it directly.

Why triggers, not row-level security policies: an RLS ``USING`` clause on UPDATE or DELETE filters rows out
silently — a refused edit reads as "UPDATE 0", which SQLAlchemy's version check then reports as someone else's
edit; a trigger raises ``insufficient_privilege`` for the row (psql says so too), checks both the old and the new
row (a meeting cannot be moved into a body either), and follows the chain of parents of a child row. The owner of
the tables (who runs the migrations, the transfer and the demo) and ``meetingdesk_admin`` members pass.

Creating the group roles needs CREATEROLE (or a superuser); without it, and when they do not exist yet, the
migration stops with a message naming the statement to run, and the database stays as it was.
"""

from __future__ import annotations

from alembic import op

revision = "0008_rights"
down_revision = "0007_server"
branch_labels = None
depends_on = None

READER, SECRETARY, CERTIFIER, ADMIN = (
    "meetingdesk_reader",
    "meetingdesk_secretary",
    "meetingdesk_certifier",
    "meetingdesk_admin",
)
GROUPS = (READER, SECRETARY, CERTIFIER, ADMIN)

# Where each guarded table finds its body: a column of its own (meeting), or a parent key and how that leads
# to the body (a function below).
PARENT = {
    "attendance": ("meeting_id", "meeting"),
    "agenda_item": ("meeting_id", "meeting"),
    "survey_item": ("meeting_id", "meeting"),
    "satisfaction_response": ("meeting_id", "meeting"),
    "amendment": ("meeting_id", "meeting"),
    "certification": ("meeting_id", "meeting"),
    "attachment": ("agenda_item_id", "item"),
    "decision": ("agenda_item_id", "item"),
    "agenda_item_finding": ("agenda_item_id", "item"),
    "matter_arising": ("agenda_item_id", "item"),
    "technique_session": ("agenda_item_id", "item"),  # a workshop has no item: any secretary
    "action": ("decision_id", "decision"),
    "decision_finding": ("decision_id", "decision"),
    "decision_project": ("decision_id", "decision"),
    "action_update": ("action_id", "action"),
    "cluster": ("session_id", "session"),
    "participant": ("session_id", "session"),
    "route_question": ("session_id", "session"),
    "card": ("session_id", "session"),
    "vote": ("session_id", "session"),
    "satisfaction_score": ("response_id", "response"),
}
RECORD_TABLES = ("meeting", *(t for t in PARENT if t not in ("certification", "amendment")))
CERTIFIER_TABLES = ("certification", "amendment")
OFFICE_TABLES = (
    "office",
    "person",
    "body",
    "membership",
    "work_group",
    "agenda_template_section",
    "project",
    "finding",
    "setting",
    "satisfaction_item",
    "body_grant",
)
SEARCH_KINDS = ("meeting", "agenda_item", "decision", "action", "finding", "card")

BODY_OF = {
    "meeting": "SELECT body_id FROM meeting WHERE id = $1",
    "item": "SELECT m.body_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1",
    "decision": "SELECT m.body_id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id"
    " JOIN meeting m ON m.id = i.meeting_id WHERE d.id = $1",
    "action": "SELECT m.body_id FROM action a JOIN decision d ON d.id = a.decision_id"
    " JOIN agenda_item i ON i.id = d.agenda_item_id JOIN meeting m ON m.id = i.meeting_id WHERE a.id = $1",
    "session": "SELECT m.body_id FROM technique_session s JOIN agenda_item i ON i.id = s.agenda_item_id"
    " JOIN meeting m ON m.id = i.meeting_id WHERE s.id = $1",
    "response": "SELECT m.body_id FROM satisfaction_response r JOIN meeting m ON m.id = r.meeting_id WHERE r.id = $1",
}


def roles_ddl(groups: tuple[str, str, str, str] = GROUPS) -> list[str]:
    """The group roles, each made only when missing (a test names others to see the refusal)."""
    reader, secretary, certifier, admin = groups
    create = " ".join(
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') THEN CREATE ROLE {g} NOLOGIN; END IF;"
        for g in groups
    )
    members = " ".join(
        f"IF NOT pg_has_role('{outer}', '{inner}', 'MEMBER') THEN GRANT {inner} TO {outer}; END IF;"
        for inner, outer in ((reader, secretary), (secretary, certifier), (certifier, admin))
    )
    missing = " OR ".join(f"NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}')" for g in groups)
    return [
        "DO $$ BEGIN "
        f"IF ({missing}) AND NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN "
        "RAISE EXCEPTION 'MeetingDesk needs its four group roles; let the server''s administrator run: "
        "ALTER ROLE % CREATEROLE', current_user USING ERRCODE = 'insufficient_privilege'; END IF; "
        f"{create} {members} END $$"
    ]


def _functions(schema: str) -> list[str]:
    body_of = [
        f"CREATE FUNCTION meetingdesk_body_of_{name}(integer) RETURNS integer LANGUAGE sql STABLE AS $$ {sql} $$"
        for name, sql in BODY_OF.items()
    ]
    return [
        *body_of,
        "CREATE FUNCTION meetingdesk_privileged() RETURNS boolean LANGUAGE sql STABLE AS $$ "
        f"SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = '{schema}.meeting'::regclass),"
        f" 'MEMBER') OR pg_has_role(current_user, '{ADMIN}', 'MEMBER') $$",
        "CREATE FUNCTION meetingdesk_may_edit_body(body integer) RETURNS boolean LANGUAGE sql STABLE AS $$ "
        "SELECT body IS NULL OR meetingdesk_privileged() OR EXISTS "
        "(SELECT 1 FROM body_grant g WHERE g.body_id = body AND g.login = current_user) $$",
        "CREATE FUNCTION meetingdesk_check_body(body integer) RETURNS void LANGUAGE plpgsql STABLE AS $$ BEGIN "
        "IF NOT meetingdesk_may_edit_body(body) THEN RAISE EXCEPTION "
        "'meetingdesk: % may not change the meetings of body %', current_user, body "
        "USING ERRCODE = 'insufficient_privilege', "
        "HINT = 'meetingdesk users grant NAME --body ID (by the database owner or an admin)'; END IF; END $$",
    ]


def _guard(table: str) -> list[str]:
    if table == "meeting":
        old, new = "OLD.body_id", "NEW.body_id"
    else:
        column, via = PARENT[table]
        old, new = f"meetingdesk_body_of_{via}(OLD.{column})", f"meetingdesk_body_of_{via}(NEW.{column})"
    return [
        f"CREATE FUNCTION meetingdesk_guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NOT meetingdesk_privileged() THEN "
        f"IF TG_OP <> 'INSERT' THEN PERFORM meetingdesk_check_body({old}); END IF; "
        f"IF TG_OP <> 'DELETE' THEN PERFORM meetingdesk_check_body({new}); END IF; "
        "END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        f"CREATE TRIGGER meetingdesk_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION meetingdesk_guard_{table}()",
    ]


def _certification_guard() -> list[str]:
    return [
        "CREATE FUNCTION meetingdesk_certify_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF (TG_OP = 'INSERT' AND NEW.status = 'certified') OR (TG_OP = 'UPDATE' "
        "AND NEW.status IS DISTINCT FROM OLD.status AND 'certified' IN (NEW.status, OLD.status)) THEN "
        f"IF NOT (meetingdesk_privileged() OR pg_has_role(current_user, '{CERTIFIER}', 'MEMBER')) THEN "
        "RAISE EXCEPTION 'meetingdesk: % may not certify minutes', current_user "
        "USING ERRCODE = 'insufficient_privilege'; END IF; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER meetingdesk_certify BEFORE INSERT OR UPDATE OF status ON meeting "
        "FOR EACH ROW EXECUTE FUNCTION meetingdesk_certify_guard()",
        "CREATE FUNCTION meetingdesk_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NOT meetingdesk_privileged() THEN NEW.who := session_user; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER meetingdesk_audit_who BEFORE INSERT ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION meetingdesk_audit_who()",
    ]


def _grants(schema: str) -> list[str]:
    return [
        f"GRANT USAGE ON SCHEMA {schema} TO {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {READER}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {READER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(RECORD_TABLES)} TO {SECRETARY}",
        f"GRANT INSERT ON audit_entry, person TO {SECRETARY}",  # an attendee typed in by name is a new person
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {SECRETARY}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CERTIFIER_TABLES)} TO {CERTIFIER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(OFFICE_TABLES)} TO {ADMIN}",
        *(
            f"ALTER FUNCTION search_{kind}_sync() SECURITY DEFINER SET search_path = {schema}, pg_temp"
            for kind in SEARCH_KINDS
        ),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar())
    statements = [
        *roles_ddl(),
        "CREATE TABLE body_grant (login text NOT NULL, body_id integer NOT NULL "
        "REFERENCES body (id) ON DELETE CASCADE, PRIMARY KEY (login, body_id))",
        *_functions(schema),
        *(s for table in ("meeting", *PARENT) for s in _guard(table)),
        *_certification_guard(),
        *_grants(schema),
    ]
    for statement in statements:
        bind.exec_driver_sql(statement.replace("%", "%%"))  # the driver formats parameters; RAISE's % is literal


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar())
    for kind in SEARCH_KINDS:
        bind.exec_driver_sql(f"ALTER FUNCTION search_{kind}_sync() SECURITY INVOKER RESET search_path")
    bind.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE SELECT ON TABLES FROM {READER}")
    for group in GROUPS:  # the roles stay (other databases of the cluster may use them); this one's grants go
        bind.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {group}")
        bind.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {group}")
    bind.exec_driver_sql(f"REVOKE USAGE ON SCHEMA {schema} FROM {READER}")
    bind.exec_driver_sql("DROP TRIGGER meetingdesk_audit_who ON audit_entry")
    bind.exec_driver_sql("DROP TRIGGER meetingdesk_certify ON meeting")
    for table in ("meeting", *PARENT):
        bind.exec_driver_sql(f"DROP TRIGGER meetingdesk_guard ON {table}")
        bind.exec_driver_sql(f"DROP FUNCTION meetingdesk_guard_{table}()")
    for function in ("audit_who()", "certify_guard()", "check_body(integer)", "may_edit_body(integer)"):
        bind.exec_driver_sql(f"DROP FUNCTION meetingdesk_{function}")
    bind.exec_driver_sql("DROP FUNCTION meetingdesk_privileged()")
    for name in BODY_OF:
        bind.exec_driver_sql(f"DROP FUNCTION meetingdesk_body_of_{name}(integer)")
    bind.exec_driver_sql("DROP TABLE body_grant")
