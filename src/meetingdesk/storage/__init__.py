"""Persistence: SQLAlchemy models, opening the database, migrations. No Qt."""
