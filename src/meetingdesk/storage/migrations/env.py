"""Alembic environment: runs on the connection MeetingDesk hands over (see ``storage/migrate.py``)."""

from __future__ import annotations

from alembic import context

from meetingdesk.storage import postgres, sqlite
from meetingdesk.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs the alembic CLI by hand
    raise SystemExit("Run migrations through meetingdesk.storage.migrate, which supplies the connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=postgres.include_name if connection.dialect.name == "postgresql" else sqlite.include_name,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
