"""Persistence: SQLAlchemy models, opening the database, migrations. No Qt.

This package's ``__init__`` imports nothing, so the GUI can name the database file before SQLAlchemy loads.
"""

DB_FILENAME = "meetingdesk.sqlite3"
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: object) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL: ``--db`` names an office server, not a file."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)
