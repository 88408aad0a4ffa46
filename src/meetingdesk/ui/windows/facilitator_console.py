"""The facilitator's console for one structured session: keyboard-first capture, the board, groups, votes.

Every action goes through ``services.sessions`` (one transaction each) before the screen changes, so what the
room sees is already on disk; the console reads the session as plain rows (``sessions.board_view``) and holds no
database session. Errors become messages, and the typed text stays in the capture line. The board's own actions
(edit, rename, move, delete, votes, decisions) are in ``console_board.py``, the session's course in
``console_course.py``, what the projector shows in ``console_projector.py``, the phones in ``console_room.py``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import UserError
from meetingdesk.services import sessions
from meetingdesk.services.sessions.board import CardView, SessionState
from meetingdesk.techniques.board import BoardCard
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.techniques.rules import parse_capture
from meetingdesk.techniques.undo import Command, UndoStack
from meetingdesk.ui.common import undo_redo_shortcuts
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.board_models import CardBoardModel, CardRow, ClusterModel, ClusterRow
from meetingdesk.ui.widgets.card_list import CardList
from meetingdesk.ui.windows.console_course import SessionCourse
from meetingdesk.ui.windows.console_link import ConsoleLink
from meetingdesk.ui.windows.console_projector import ProjectorFeed
from meetingdesk.ui.windows.console_room import RoomControl
from meetingdesk.ui.windows.projector_window import ProjectorWindow
from meetingdesk.ui.windows.technique_panels import TechniquePanel, panel_for

if TYPE_CHECKING:
    from meetingdesk.services import Database  # the type only: reads and writes go through services

T = TypeVar("T")


def card_row(card: CardView) -> CardRow:
    return CardRow(
        card.id, card.text, card.code, card.cluster_id, card.tags, card.question, card.project, card.quote, card.kind,
        card.question_id, card.question_status, card.asked_to, card.from_room, card.hidden,
    )  # fmt: skip


class FacilitatorConsole(ProjectorFeed, SessionCourse):
    changed = Signal()  # after every action: the projector and anything else following the session

    def __init__(self, db: Database, session_id: int) -> None:
        super().__init__()
        self.db = db
        self.session_id = session_id
        self.undo_stack = UndoStack()
        self.card_model = CardBoardModel()
        if ui_lang() == "en":
            self.card_model.question_label = "Q%1 · "
            self.card_model.hidden_label = "(hidden) "
        self.card_model.phone_label = self.tr("(โทรศัพท์) ")  # a card sent from a phone
        self.cluster_model = ClusterModel()
        self.projector: ProjectorWindow | None = None
        self._clusters: list[tuple[int, str]] = []
        self._dots: dict[int, int] = {}
        self._card_dots: dict[int, int] = {}
        self._newest: int | None = None
        self._board_cards: dict[tuple[int, str, str, int], BoardCard] = {}  # reused between boards
        self.session: SessionState = sessions.session_state(db, session_id)
        self._build()
        self.reload()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        self._tick.start()
        # What is loaded now lives as long as the console: kept out of the collector's full passes, which would
        # otherwise pause a drag on a large board for ~90 ms (measured; benchmarks/console_bench.py).
        gc.collect()
        gc.freeze()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("MeetingDesk — ผู้ดำเนินกิจกรรม"))
        self.stage_label = QLabel()
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.state_banner = QLabel()
        self.state_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 4px; font-weight: bold;")
        self.back_button = QPushButton(self.tr("◀ ขั้นตอนก่อน"))
        self.next_button = QPushButton(self.tr("ขั้นตอนถัดไป ▶"))
        self.timer_label = QLabel()
        self.start_button = QPushButton(self.tr("เริ่มจับเวลา"))
        self.pause_button = QPushButton(self.tr("หยุดเวลา"))
        self.add_minute_button = QPushButton(self.tr("+1 นาที"))
        self.capture = QLineEdit()
        self.capture.setPlaceholderText(self.tr("พิมพ์ความคิดเห็นแล้วกด Enter (ขึ้นต้นด้วย P3: เพื่อระบุผู้พูด)"))
        self.anonymous_box = QCheckBox(self.tr("ไม่ระบุผู้พูด"))
        self.anonymous_box.setToolTip(self.tr("รหัสผู้พูดจะไม่ถูกบันทึก และไม่ปรากฏบนจอภาพหรือในเอกสารใด ๆ ของกิจกรรมนี้"))
        self.cards_view = CardList()
        self.cards_view.setModel(self.card_model)
        self.cards_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards_view.setDragEnabled(True)
        self.cards_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.cards_view.setToolTip(self.tr("F2 หรือดับเบิลคลิกเพื่อแก้ข้อความ, Delete เพื่อลบ, ลากไปวางในกลุ่ม"))
        # one line a group, as the cards: a table, which a group's count changing on a drop does not lay out
        # again (a QListView did, asking the model ~85 times and repainting the whole list on every drop)
        self.clusters_view = CardList()
        self.clusters_view.setModel(self.cluster_model)
        self.clusters_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clusters_view.setAcceptDrops(True)
        self.clusters_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.clusters_view.setDropIndicatorShown(True)
        self.clusters_view.setToolTip(self.tr("F2 หรือดับเบิลคลิกเพื่อเปลี่ยนชื่อกลุ่ม, Delete เพื่อลบกลุ่ม (การ์ดยังอยู่บนกระดาน)"))
        self.new_cluster = QLineEdit()
        self.new_cluster.setPlaceholderText(self.tr("ชื่อกลุ่มใหม่ แล้วกด Enter"))
        self.dots_each = QSpinBox()
        self.dots_cap = QSpinBox()
        for box, suffix in ((self.dots_each, self.tr(" จุดต่อคน")), (self.dots_cap, self.tr(" จุดสูงสุดต่อรายการ"))):
            box.setRange(1, 20)
            box.setSuffix(suffix)
        self.participant = QLineEdit()
        self.participant.setPlaceholderText(self.tr("รหัสผู้ลงคะแนน เช่น P1"))
        self.dot_button = QPushButton(self.tr("ลงคะแนน 1 จุด"))
        self.hands = QSpinBox()
        self.hands.setRange(0, 999)
        self.hands_button = QPushButton(self.tr("บันทึกการยกมือ"))
        self.reveal_box = QCheckBox(self.tr("เปิดผลคะแนนบนจอ"))
        self.decision_button = QPushButton(self.tr("ทำเป็นมติ"))
        self.decision_button.setToolTip(self.tr("มติจากกลุ่มความคิดหรือการ์ดที่เลือก (ถ้าทำไว้แล้ว จะเปิดมติเดิม)"))
        self.projector_button = QPushButton(self.tr("เปิดจอภาพ"))
        self.pause_session_button = QPushButton()
        self.close_session_button = QPushButton()
        self.summary_button = QPushButton(self.tr("ลงผลในรายงานการประชุม"))
        self.summary_button.setToolTip(self.tr("ข้อสรุปของกิจกรรมนี้จะเป็นสรุปของระเบียบวาระในรายงานการประชุม"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #1b5e20;")
        self.status_label.setText("ผู้ที่")  # a line of Thai, marks above and below: its height kept when empty, so
        self.status_label.setMinimumHeight(self.status_label.sizeHint().height())  # a message never moves the
        self.status_label.setText("")  # board (the list's end would slip out of view)

        nav = QHBoxLayout()
        for w in (self.back_button, self.stage_label, self.next_button):
            nav.addWidget(w)
        nav.addStretch(1)
        for w in (self.timer_label, self.start_button, self.pause_button, self.add_minute_button,
                  self.projector_button, self.pause_session_button, self.close_session_button):  # fmt: skip
            nav.addWidget(w)
        # the groups and the votes only for techniques that have them (a focus group has neither)
        spec = CATALOG[self.session.technique]
        self.groups_box = QWidget()
        groups = QVBoxLayout(self.groups_box)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(QLabel(self.tr("กลุ่มความคิด (ลากการ์ดมาวาง)")))
        groups.addWidget(self.clusters_view, 1)
        groups.addWidget(self.new_cluster)
        grouping = any(stage.clustering or stage.voting for stage in spec.stages)
        self.groups_box.setVisible(grouping)
        self.votes_box = QWidget()
        votes = QVBoxLayout(self.votes_box)
        votes.setContentsMargins(0, 0, 0, 0)
        for row in (
            (self.dots_each, self.dots_cap),
            (self.participant, self.dot_button),
            (self.hands, self.hands_button),
        ):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget)
            votes.addLayout(line)
        votes.addWidget(self.reveal_box)
        self.votes_box.setVisible(any(stage.voting for stage in spec.stages))
        right = QVBoxLayout()
        right.addWidget(self.groups_box, 1)
        right.addWidget(self.votes_box)
        right.addStretch(0 if grouping else 1)
        outcome = QHBoxLayout()
        outcome.addWidget(self.decision_button)
        outcome.addWidget(self.summary_button)
        right.addLayout(outcome)
        board = QHBoxLayout()
        board.addWidget(self.cards_view, 3)
        board.addLayout(right, 2 if grouping else 1)
        self.panel: TechniquePanel = panel_for(self, self.session.technique)
        if type(self.panel) is not TechniquePanel:
            board.addWidget(self.panel, 2)
        capture = QHBoxLayout()
        capture.addWidget(self.capture, 1)
        capture.addWidget(self.anonymous_box)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.state_banner)
        layout.addWidget(self.prompt_label)
        layout.addLayout(capture)
        self.link = ConsoleLink(self.db, self.session_id)  # lines kept while the server is away (console_link.py)
        layout.addWidget(self.link)
        self.room_control = RoomControl(self)  # the room joins in from phones (console_room.py)
        layout.addWidget(self.room_control)
        layout.addLayout(board, 1)
        layout.addWidget(self.status_label)

        self.capture.returnPressed.connect(self.capture_line)
        self.link.saved.connect(self._card_saved)
        self.new_cluster.returnPressed.connect(self.add_cluster)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.start_button.clicked.connect(lambda: self._timer("start"))
        self.pause_button.clicked.connect(lambda: self._timer("pause"))
        self.add_minute_button.clicked.connect(lambda: self._timer("add_minute"))
        self.anonymous_box.toggled.connect(self.set_anonymous)
        self.dots_each.valueChanged.connect(self.set_vote_rules)
        self.dots_cap.valueChanged.connect(self.set_vote_rules)
        self.dot_button.clicked.connect(self.cast_dot)
        self.hands_button.clicked.connect(self.record_hands)
        self.reveal_box.toggled.connect(self.set_revealed)
        self.decision_button.clicked.connect(self.make_decision)
        self.projector_button.clicked.connect(self.open_projector)
        self.pause_session_button.clicked.connect(self.pause)
        self.close_session_button.clicked.connect(self.close_or_reopen)
        self.summary_button.clicked.connect(self.write_summary)
        self.cards_view.doubleClicked.connect(lambda _index: self.edit_current_card())
        self.clusters_view.doubleClicked.connect(lambda _index: self.rename_current_cluster())
        actions: tuple[tuple[QKeySequence, QWidget, Callable[[], object]], ...] = (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.cards_view, self.delete_selected),
            (QKeySequence("F2"), self.cards_view, self.edit_current_card),
            (QKeySequence("F2"), self.clusters_view, self.rename_current_cluster),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.clusters_view, self.delete_current_cluster),
        )
        for keys, view, slot in actions:
            # only while that list has the focus: F2 means "edit this card" or "rename this group"
            shortcut = QShortcut(keys, view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.cluster_model.cardsDropped.connect(self.move_cards)
        undo_redo_shortcuts(self, self.undo, self.redo)
        QShortcut(QKeySequence("Alt+Right"), self).activated.connect(lambda: self.step(1))
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(lambda: self.step(-1))
        self.resize(1200 if type(self.panel) is TechniquePanel else 1440, 760)

    # --- state --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole session (at start, and after undo/redo and bulk changes)."""
        view = sessions.board_view(self.db, self.session_id)
        self.session = view.session
        self._clusters = [(c.id, c.name) for c in view.clusters]
        self._dots = {c.id: c.dots for c in view.clusters if c.dots}
        self._card_dots = {c.id: c.dots for c in view.cards if c.dots}
        self._decisions = {c.id: c.decision_id for c in view.clusters if c.decision_id}
        self._conclusions = {c.id: c.conclusion for c in view.clusters}
        self.card_model.cluster_names = dict(self._clusters)
        self.card_model.set_rows([card_row(c) for c in view.cards])
        for widget, value in (
            (self.reveal_box, self.session.votes_revealed), (self.anonymous_box, self.session.anonymous),
            (self.dots_each, self.session.dots_per_participant), (self.dots_cap, self.session.max_dots_per_item),
        ):  # fmt: skip
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(int(value))
            widget.blockSignals(False)
        self._refresh_clusters()
        self.panel.refresh()
        self.show_stage()

    def _refresh_clusters(self) -> None:
        counts: dict[int, int] = {}
        for row in self.card_model.rows():
            if row.cluster_id:
                counts[row.cluster_id] = counts.get(row.cluster_id, 0) + 1
        rows = [ClusterRow(cid, name, counts.get(cid, 0), self._dots.get(cid, 0)) for cid, name in self._clusters]
        self.cluster_model.set_rows(rows)
        self.show_board()

    def clusters(self) -> list[tuple[int, str]]:
        return list(self._clusters)

    def conclusion_of(self, cluster_id: int) -> str:
        return self._conclusions.get(cluster_id, "")

    def remember_conclusion(self, cluster_id: int, text: str) -> None:
        self._conclusions[cluster_id] = text.strip()

    def run(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, bool]:
        """A service call; a user's mistake becomes a message and changes nothing."""
        try:
            return action(*args, **kwargs), True
        except UserError as exc:
            interaction().warn(self, exc.message(ui_lang()))
            return None, False

    def _session_row(self) -> None:
        self.session = sessions.session_state(self.db, self.session_id)

    # --- capture and the session's course -----------------------------------------------------------------

    def capture_line(self) -> None:
        """Enter in the capture line: the card is stored, then shown on the console and the projector (the server
        away: the line waits in ``self.link`` and is shown once saved)."""
        line = self.capture.text()
        if line.strip():
            self.room_control.hold()  # phones' writes wait until the card is painted
        if line.strip() and self.link.submit(line, self.panel.capture_kwargs()):
            self.capture.clear()  # a refused line stays, to be corrected and saved again

    def _card_saved(self, card: CardView, line: str) -> None:
        row, card_id = card_row(card), card.id
        self.card_model.append(row)
        self._newest = card_id
        self.cards_view.scrollToBottom()
        if type(self.panel) is not TechniquePanel:
            self.panel.refresh()  # the question's count, the queue
        typed_code = parse_capture(line).participant_code
        if self.session.anonymous and typed_code:
            self.status(self.tr("บันทึกแล้วโดยไม่มีรหัส %1 (กิจกรรมนี้ไม่ระบุผู้พูด)").replace("%1", typed_code))
        elif (note := self.panel.note_on_capture(row.participant)) or self.status_label.text():
            self.status(note)  # (an unchanged empty line is left alone: no relayout on every card)
        self.undo_stack.push(
            Command(
                "add card",
                undo=lambda: sessions.delete_card(self.db, card_id),
                redo=lambda: sessions.restore_card(self.db, card_id),
            )
        )
        self.show_board()
        self.changed.emit()

    def inform(self, text: str) -> None:
        interaction().inform(self, text)

    def status(self, text: str) -> None:
        """A quiet confirmation under the board (what was just saved)."""
        self.status_label.setText(text)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self.link.may_close():  # lines still waiting for the server: asked first
            event.ignore()
            return
        self.room_control.stop()  # every phone's connection closes with the console
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
