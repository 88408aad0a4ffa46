"""The main window's search at work: Thai text anywhere (meetings, items, decisions, actions, findings, cards),
the hits listed on the search page, Enter opening a hit in its own place (a mixin of ``MainWindow``, which
supplies ``ctx``, ``search_box``, ``show_page`` and the windows a hit opens)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from meetingdesk.ui.windows.main_file import FileActions

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting import MeetingWindow


class SearchActions(FileActions):
    search_box: QLineEdit

    show_page: Callable[[str], QWidget]  # MainWindow's, as are the two windows a hit opens
    open_meeting: Callable[[int], MeetingWindow]
    open_session: Callable[[int], QWidget]

    def _search_page(self) -> QWidget:
        self.search_results = QListWidget()
        self.search_results.setWordWrap(True)
        self.search_results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search_results.itemActivated.connect(self._open_hit)
        self.search_status = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.search_status)
        layout.addWidget(self.search_results, 1)
        return page

    # --- search --------------------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> int:
        """Thai text anywhere: meetings, items, decisions, actions, findings, cards; Enter opens the hit."""
        from meetingdesk.services.search import search

        query = self.search_box.text()
        self.show_page("search")
        hits = search(self.ctx.db, query, limit=200) if query.strip() else []
        kinds = {"meeting": self.tr("การประชุม"), "agenda_item": self.tr("ระเบียบวาระ"), "decision": self.tr("มติ"),
                 "action": self.tr("การดำเนินการตามมติ"), "finding": self.tr("ผลการดำเนินงาน"),
                 "card": self.tr("การ์ดในกิจกรรม")}  # fmt: skip
        self.search_results.clear()
        for hit in hits:
            snippet = hit.snippet.strip(".… ")
            more = f"\n    {hit.snippet}" if snippet and snippet not in hit.title else ""
            times = self.tr(" (%n ใบ)").replace("%n", str(hit.count)) if hit.count > 1 else ""
            entry = QListWidgetItem(f"[{kinds.get(hit.kind, hit.kind)}] {hit.title}{times}{more}")
            entry.setData(Qt.ItemDataRole.UserRole, hit)
            self.search_results.addItem(entry)
        self.search_status.setText(
            self.tr("พบ %n รายการสำหรับ “%q” — กด Enter หรือดับเบิลคลิกเพื่อเปิด")
            .replace("%n", str(len(hits)))
            .replace("%q", query)
        )
        if hits:
            self.search_results.setCurrentRow(0)
            self.search_results.setFocus()
        return len(hits)

    def _open_hit(self, entry: QListWidgetItem) -> None:
        """The hit's own place: a card's session, a finding's project, else its meeting at the item it is in."""
        hit = entry.data(Qt.ItemDataRole.UserRole)
        if hit.kind == "finding":
            self.show_page("projects")
        elif hit.kind == "card" and hit.session_id is not None:
            self.open_session(hit.session_id)
        elif hit.meeting_id is not None:
            window = self.open_meeting(hit.meeting_id)
            if hit.item_id is not None:
                window.show_item(hit.item_id)
