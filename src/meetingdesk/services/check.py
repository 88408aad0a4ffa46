"""``meetingdesk check``: the file is sound, the schema is current, certified minutes are unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field

from meetingdesk.services.minutes import verify_certified
from meetingdesk.storage import postgres, schema, sqlite
from meetingdesk.storage.database import Database


@dataclass
class CheckReport:
    revision: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    with db.engine.connect() as conn:
        problems = (postgres if db.on_server else sqlite).integrity_check(conn)
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    report = CheckReport(revision=revision, problems=problems)
    if revision != schema.HEAD:
        report.problems.append(f"schema revision {revision}, expected {schema.HEAD}")
    for changed in verify_certified(db):
        report.problems.append(
            f"certified minutes of meeting {changed.number} (id {changed.meeting_id}) were changed outside MeetingDesk"
        )
    return report
