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
