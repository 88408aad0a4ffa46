"""The schema revisions this version of MeetingDesk knows, oldest first.

Kept as data so that opening a database compares one string instead of importing Alembic; a test checks it
against the migration scripts.
"""

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_sessions",
    "0003_fk_indexes",
    "0004_board_links",
    "0005_satisfaction",
    "0006_room",
    "0007_server",
    "0008_rights",
)
HEAD = REVISIONS[-1]
