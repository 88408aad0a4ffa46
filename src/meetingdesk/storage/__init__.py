"""Persistence: SQLAlchemy models, opening the database, migrations. No Qt.

This package's ``__init__`` imports nothing, so the GUI can name the database file before SQLAlchemy loads.
"""

DB_FILENAME = "meetingdesk.sqlite3"
