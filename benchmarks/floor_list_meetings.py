"""The stack's floor for ``meetingdesk list meetings --json``: import sqlalchemy.orm, the same query with the
standard sqlite3 module, print JSON. Our command may cost at most 1.5 times this."""

import json
import sqlite3
import sys

import sqlalchemy.orm  # noqa: F401  - the import every SQLAlchemy program pays

con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = con.execute(
    "SELECT m.id, b.name, m.body_id, m.number, m.year_be, m.date, m.status, m.title, m.place "
    "FROM meeting m JOIN body b ON b.id = m.body_id ORDER BY m.date DESC, m.id DESC"
).fetchall()
keys = ("id", "body", "body_id", "number", "year_be", "date", "status", "title", "place")
sys.stdout.write(json.dumps([dict(zip(keys, r, strict=True)) for r in rows], ensure_ascii=False, indent=1))
sys.stdout.write("\n")
