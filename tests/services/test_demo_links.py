"""The demo office links an agenda item only to findings of the project it is about (the walk found "รายงานผลการ
เบิกจ่ายงบประมาณ" answering a reading project's findings, and decisions tracing back to projects they never named)."""

from __future__ import annotations

from sqlalchemy import select

from meetingdesk.demo.content import TOPIC_PROJECTS
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Finding, Project, agenda_item_finding


def test_an_item_is_linked_only_to_findings_of_the_project_it_is_about(demo_db: Database) -> None:
    with demo_db.reading() as s:
        links = s.execute(
            select(AgendaItem.title, Project.name)
            .join(agenda_item_finding, agenda_item_finding.c.agenda_item_id == AgendaItem.id)
            .join(Finding, Finding.id == agenda_item_finding.c.finding_id)
            .join(Project, Project.id == Finding.project_id)
        ).all()
    assert len(links) > 50

    def about(title: str, project: str) -> bool:
        named = project in title or any(w in title and p == project for w, p in TOPIC_PROJECTS.items())
        return named or "แผนปฏิบัติการ" in title  # the year's plan as a whole answers any project's findings

    assert [link for link in links if not about(*link)] == []
