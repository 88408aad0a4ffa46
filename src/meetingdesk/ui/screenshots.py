"""``meetingdesk --screenshots DIR``: every main view on the current database, rendered to PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from meetingdesk.services.listing import latest_meeting_with_decisions


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def take_screenshots(window, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The main window's pages, a search, and one meeting's window on each of its tabs."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1200, 760)  # the same frame every time, whatever layout this computer remembers
    window.split.setSizes([200, 1000])
    out = []
    for key in ("meetings", "sessions", "projects", "tracker", "people"):
        window.show_page(key)
        if key == "tracker":
            page = window.page("tracker")
            page.table.selectRow(0)
        out.append(_save(window, folder / f"main-{key}.png"))
    out += _dashboard_and_trace(window, folder)
    window.search_box.setText("การอ่าน")
    window.run_search()
    out.append(_save(window, folder / "main-search.png"))
    meeting_id = latest_meeting_with_decisions(window.ctx.db)
    if meeting_id is not None:
        meeting = window.open_meeting(meeting_id)
        for n, name in enumerate(("details", "agenda", "attendance", "record", "export", "survey")):
            meeting.tabs.setCurrentIndex(n)
            if name == "record":
                meeting.record.items.setCurrentRow(min(5, meeting.record.items.count() - 1))
            out.append(_save(meeting, folder / f"meeting-{name}.png"))
        meeting.close()
    window.show_page("meetings")
    return out


def _dashboard_and_trace(window, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The dashboard in the window and whole (its charts below the fold too), and the trace of a finding."""
    from PySide6.QtWidgets import QScrollArea

    from meetingdesk.services.trace import of_finding
    from meetingdesk.ui.dialogs.trace_dialog import TraceDialog
    from meetingdesk.ui.language import ui_lang

    page = window.show_page("dashboard")
    out = [_save(window, folder / "main-dashboard.png")]
    content = page.findChild(QScrollArea).widget()
    out.append(_save(content, folder / "dashboard.png"))
    finding = _answered_finding(window.ctx.db)
    if finding is not None:
        dialog = TraceDialog(window.ctx, of_finding(window.ctx.db, finding, lang=ui_lang()), window)
        dialog.show()
        out.append(_save(dialog, folder / "trace-finding.png"))
        dialog.close()
    return out


def _answered_finding(db) -> int | None:  # type: ignore[no-untyped-def]
    """A finding of the demo's year that decisions answer, the one with the longest trace."""
    from meetingdesk.domain.enums import Phase
    from meetingdesk.services.projects import list_findings, list_projects
    from meetingdesk.services.trace import of_finding

    best: tuple[bool, int, int] | None = None  # a finding from before or during development reads best
    for project in list_projects(db)[:12]:
        for finding in list_findings(db, project.id):
            if finding.answered:
                key = (finding.phase is not Phase.AFTER, len(of_finding(db, finding.id).steps), finding.id)
                if best is None or key > best:
                    best = key
    return best[2] if best else None
