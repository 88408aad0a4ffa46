"""The facilitator's actions on the board: edit a card, rename a group, move or delete several cards, votes, and
a decision from a theme or a card. Each is one service call (one transaction) and one undo step.

A mixin of ``FacilitatorConsole``, which provides the models, the views and ``run``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from meetingdesk.services import sessions
from meetingdesk.services.decisions import decision_detail
from meetingdesk.techniques.undo import Command
from meetingdesk.ui.common import ask_text
from meetingdesk.ui.models.board_models import ClusterIdRole

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

    from meetingdesk.services import Database
    from meetingdesk.services.sessions.board import SessionState
    from meetingdesk.techniques.undo import UndoStack
    from meetingdesk.ui.models.board_models import CardBoardModel, ClusterModel
    from meetingdesk.ui.widgets.card_list import CardList
    from meetingdesk.ui.windows.technique_panels import TechniquePanel

T = TypeVar("T")


class BoardActions(QWidget):
    """The console's board actions; ``FacilitatorConsole`` provides what is declared here."""

    db: Database
    session_id: int
    undo_stack: UndoStack
    card_model: CardBoardModel
    cluster_model: ClusterModel
    cards_view: CardList
    clusters_view: CardList
    new_cluster: QLineEdit
    participant: QLineEdit
    hands: QSpinBox
    reveal_box: QCheckBox
    changed: SignalInstance
    panel: TechniquePanel
    _clusters: list[tuple[int, str]]
    _dots: dict[int, int]
    session: SessionState
    dots_each: QSpinBox
    dots_cap: QSpinBox

    def run(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, bool]:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _refresh_clusters(self) -> None:
        raise NotImplementedError

    def show_board(self) -> None:
        raise NotImplementedError

    def _session_row(self) -> None:
        raise NotImplementedError

    def inform(self, text: str) -> None:
        raise NotImplementedError

    def status(self, text: str) -> None:
        raise NotImplementedError

    def show_stage(self) -> None:
        raise NotImplementedError

    def _show_timer(self) -> None:
        raise NotImplementedError

    def _done(self, label: str, *, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """An action carried out (its transaction committed): Ctrl+Z takes it back as one step."""
        self.undo_stack.push(Command(label, undo=undo, redo=redo))

    # --- cards ------------------------------------------------------------------------------------------

    def current_card_id(self) -> int | None:
        index = self.cards_view.currentIndex()
        return self.card_model.rows()[index.row()].id if index.isValid() else None

    def selected_card_ids(self) -> list[int]:
        rows = self.card_model.rows()
        return [rows[i.row()].id for i in self.cards_view.selectionModel().selectedRows()]

    def edit_current_card(self, text: str | None = None) -> bool:
        """F2 or a double click: correct the card's text; its place, group and votes stay (Ctrl+Z restores)."""
        card_id = self.current_card_id()
        if card_id is None:
            return False
        old = self.card_model.row(card_id).text
        if text is None:
            text = ask_text(self, self.tr("แก้ข้อความการ์ด"), self.tr("ข้อความ"), old)
            if text is None or text == old:
                return False
        _previous, ok = self.run(sessions.edit_card, self.db, card_id, text)
        if not ok:
            return False
        self.card_model.set_text(card_id, text.strip())
        self._done(
            "edit card",
            undo=partial(sessions.edit_card, self.db, card_id, old),
            redo=partial(sessions.edit_card, self.db, card_id, text),
        )
        self.show_board()
        self.changed.emit()
        return True

    def move_cards(self, card_ids: list[int], cluster_id: int | None) -> None:
        """Cards dropped on a group: one transaction, one undo step, however many cards."""
        previous, ok = self.run(sessions.move_cards, self.db, dict.fromkeys(card_ids, cluster_id))
        if not ok or previous is None:
            return
        for card_id in card_ids:
            self.card_model.set_cluster(card_id, cluster_id)
        self._done(
            "move cards",
            undo=partial(sessions.move_cards, self.db, previous),
            redo=partial(sessions.move_cards, self.db, dict.fromkeys(card_ids, cluster_id)),
        )
        self._refresh_clusters()
        self.changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected cards, all or none (one undo step brings them all back until the session closes)."""
        ids = self.selected_card_ids()
        if not ids or not self.run(sessions.delete_cards, self.db, ids)[1]:
            return
        for card_id in ids:
            self.card_model.remove(card_id)
        self._done(
            "delete cards",
            undo=partial(sessions.restore_cards, self.db, ids),
            redo=partial(sessions.delete_cards, self.db, ids),
        )
        self._refresh_clusters()
        self.panel.refresh()  # a question's count of responses, the queue
        self.changed.emit()

    def tag_cards(self, card_ids: list[int], tags: list[str], *, quote: bool) -> bool:
        """Codes and the quote mark on several responses: one transaction, one undo step."""
        previous, ok = self.run(sessions.tag_cards, self.db, card_ids, tags, quote=quote)
        if not ok or previous is None:
            return False
        self._done(
            "tag cards",
            undo=partial(sessions.restore_tags, self.db, previous),
            redo=partial(sessions.tag_cards, self.db, card_ids, tags, quote=quote),
        )
        shown = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        for card_id in card_ids:
            self.card_model.update(card_id, tags=shown, quote=quote)
        return True

    # --- groups -----------------------------------------------------------------------------------------

    def selected_cluster(self) -> int | None:
        index = self.clusters_view.currentIndex()
        return index.data(ClusterIdRole) if index.isValid() else None

    def add_cluster(self) -> None:
        name = self.new_cluster.text()
        cluster_id, ok = self.run(sessions.create_cluster, self.db, self.session_id, name)
        if ok and cluster_id is not None:
            self._clusters.append((cluster_id, name.strip()))
            self.card_model.cluster_names[cluster_id] = name.strip()
            self.new_cluster.clear()
            self._refresh_clusters()
            self.changed.emit()

    def rename_current_cluster(self, name: str | None = None) -> bool:
        """F2 or a double click on a group: a new name; its cards, votes and conclusion stay (Ctrl+Z restores)."""
        cluster_id = self.selected_cluster()
        if cluster_id is None:
            return False
        old = dict(self._clusters)[cluster_id]
        if name is None:
            name = ask_text(self, self.tr("เปลี่ยนชื่อกลุ่ม"), self.tr("ชื่อกลุ่ม"), old)
            if name is None or name == old:
                return False
        _previous, ok = self.run(sessions.rename_cluster, self.db, cluster_id, name)
        if not ok:
            return False
        self._rename_shown(cluster_id, name.strip())
        self._done(
            "rename group",
            undo=partial(sessions.rename_cluster, self.db, cluster_id, old),
            redo=partial(sessions.rename_cluster, self.db, cluster_id, name),
        )
        self.changed.emit()
        return True

    def delete_current_cluster(self) -> bool:
        """Delete on a group: the group goes, its cards stay on the board ungrouped (Ctrl+Z puts it back)."""
        cluster_id = self.selected_cluster()
        if cluster_id is None:
            return False
        was, ok = self.run(sessions.delete_cluster, self.db, cluster_id)
        if not ok or was is None:
            return False
        self._done(
            "delete group",
            undo=partial(sessions.restore_cluster, self.db, was),
            redo=partial(sessions.delete_cluster, self.db, cluster_id),
        )
        self.reload()
        self.changed.emit()
        return True

    def _rename_shown(self, cluster_id: int, name: str) -> None:
        self._clusters = [(cid, name if cid == cluster_id else n) for cid, n in self._clusters]
        self.card_model.cluster_names[cluster_id] = name
        self.card_model.set_rows(self.card_model.rows())  # the cards show their group's new name
        self._refresh_clusters()

    # --- votes ------------------------------------------------------------------------------------------

    def cast_dot(self) -> None:
        cluster_id = self.selected_cluster()
        if cluster_id is None or not self.participant.text().strip():
            self.inform(self.tr("เลือกกลุ่ม และพิมพ์รหัสผู้ลงคะแนนก่อน"))
            return
        _vote, ok = self.run(
            sessions.cast_dots, self.db, self.session_id, participant=self.participant.text(), cluster_id=cluster_id
        )
        if ok:
            self._dots[cluster_id] = self._dots.get(cluster_id, 0) + 1
            self._refresh_clusters()

    def record_hands(self) -> None:
        cluster_id = self.selected_cluster()
        if cluster_id is None:
            self.inform(self.tr("เลือกกลุ่มก่อน"))
            return
        _none, ok = self.run(
            sessions.hand_count, self.db, self.session_id, cluster_id=cluster_id, count=self.hands.value()
        )
        if ok:
            self.reload()

    def set_revealed(self, revealed: bool) -> None:
        _none, ok = self.run(sessions.reveal, self.db, self.session_id, revealed)
        if ok:
            self._session_row()
            self._refresh_clusters()
            self.changed.emit()

    # --- decisions --------------------------------------------------------------------------------------

    def make_decision(self) -> int | None:
        """A decision from the selected theme (else the current card): a dialog with the theme's conclusion as
        the draft wording and its findings ticked; when the theme already has a decision, that decision opens.
        Undo takes a decision made here back."""
        from meetingdesk.ui.dialogs.decision_dialog import DecisionDialog

        source: dict[str, Any] = {}
        if (cluster_id := self.selected_cluster()) is not None:
            source["cluster_id"] = cluster_id
        elif (card_id := self.current_card_id()) is not None:
            source["card_id"] = card_id
        else:
            self.inform(self.tr("เลือกกลุ่มหรือการ์ดที่จะทำเป็นมติ"))
            return None
        found, ok = self.run(sessions.decision_draft, self.db, self.session_id, **source)
        if not ok or found is None:
            return None
        existing, draft = found
        if existing is not None:
            self.status(self.tr("กลุ่มความคิดนี้มีมติแล้ว เปิดมติเดิมให้แก้ไข"))
            DecisionDialog(self.db, decision_detail(self.db, existing), self).exec()
            return existing
        create = partial(sessions.make_decision, self.db, self.session_id, **source)
        dialog = DecisionDialog(self.db, draft, self, create=create)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created_id is None:
            return None
        made = {"id": dialog.created_id}

        def redo() -> None:
            made["id"] = create(**dialog.saved)

        self._done("make decision", undo=lambda: sessions.take_back_decision(self.db, made["id"]), redo=redo)
        self.reload()
        self.status(self.tr("บันทึกเป็นมติในระเบียบวาระแล้ว"))
        return dialog.created_id
