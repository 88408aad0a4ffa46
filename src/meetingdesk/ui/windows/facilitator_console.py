"""The facilitator's console for one structured session: keyboard-first capture, the board, groups, votes.

Every action goes through ``services.sessions`` (one transaction each) before the screen changes, so what the
room sees is already on disk. Errors become messages, and the typed text stays in the capture line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from meetingdesk.domain.enums import SessionStatus
from meetingdesk.domain.errors import UserError
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Cluster, TechniqueSession, Vote
from meetingdesk.techniques.board import Board, build_board
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.techniques.undo import Command, UndoStack
from meetingdesk.ui.models.board_models import CardBoardModel, CardRow, ClusterIdRole, ClusterModel, ClusterRow
from meetingdesk.ui.windows.projector_window import ProjectorWindow
from meetingdesk.ui.windows.technique_panels import TechniquePanel, panel_for

WARN_SECONDS = 60
T = TypeVar("T")


class FacilitatorConsole(QWidget):
    changed = Signal()  # after every action: the projector and anything else following the session

    def __init__(self, db: Database, session_id: int, *, lang: str = "th") -> None:
        super().__init__()
        self.db = db
        self.session_id = session_id
        self.lang = lang
        self.undo_stack = UndoStack()
        self.card_model = CardBoardModel()
        self.cluster_model = ClusterModel()
        self.projector_clusters = ClusterModel()
        self.projector: ProjectorWindow | None = None
        self._session_row()
        self._build()
        self.reload()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        self._tick.start()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("MeetingDesk — ผู้ดำเนินกิจกรรม"))
        self.stage_label = QLabel()
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("◀ ขั้นตอนก่อน"))
        self.next_button = QPushButton(self.tr("ขั้นตอนถัดไป ▶"))
        self.timer_label = QLabel()
        self.start_button = QPushButton(self.tr("เริ่มจับเวลา"))
        self.pause_button = QPushButton(self.tr("หยุดเวลา"))
        self.add_minute_button = QPushButton(self.tr("+1 นาที"))
        self.capture = QLineEdit()
        self.capture.setPlaceholderText(self.tr("พิมพ์ความคิดเห็นแล้วกด Enter (ขึ้นต้นด้วย P3: เพื่อระบุผู้พูด)"))
        self.cards_view = QListView()
        self.cards_view.setModel(self.card_model)
        self.cards_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards_view.setDragEnabled(True)
        self.cards_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.cards_view.setUniformItemSizes(True)
        self.clusters_view = QListView()
        self.clusters_view.setModel(self.cluster_model)
        self.clusters_view.setAcceptDrops(True)
        self.clusters_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.clusters_view.setDropIndicatorShown(True)
        self.new_cluster = QLineEdit()
        self.new_cluster.setPlaceholderText(self.tr("ชื่อกลุ่มใหม่ แล้วกด Enter"))
        self.participant = QLineEdit()
        self.participant.setPlaceholderText(self.tr("รหัสผู้ลงคะแนน เช่น P1"))
        self.dot_button = QPushButton(self.tr("ลงคะแนน 1 จุด"))
        self.hands = QSpinBox()
        self.hands.setRange(0, 999)
        self.hands_button = QPushButton(self.tr("บันทึกการยกมือ"))
        self.reveal_box = QCheckBox(self.tr("เปิดผลคะแนนบนจอ"))
        self.decision_button = QPushButton(self.tr("ทำเป็นมติ"))
        self.projector_button = QPushButton(self.tr("เปิดจอภาพ"))
        self.pause_session_button = QPushButton(self.tr("พักกิจกรรม (ทำต่อวันอื่น)"))
        self.summary_button = QPushButton(self.tr("ลงผลในรายงานการประชุม"))
        self.summary_button.setToolTip(self.tr("ข้อสรุปของกิจกรรมนี้จะเป็นสรุปของระเบียบวาระในรายงานการประชุม"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #1b5e20;")

        nav = QHBoxLayout()
        for w in (self.back_button, self.stage_label, self.next_button):
            nav.addWidget(w)
        nav.addStretch(1)
        for w in (
            self.timer_label,
            self.start_button,
            self.pause_button,
            self.add_minute_button,
            self.projector_button,
            self.pause_session_button,
        ):
            nav.addWidget(w)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("กลุ่มความคิด (ลากการ์ดมาวาง)")))
        right.addWidget(self.clusters_view, 1)
        right.addWidget(self.new_cluster)
        votes = QHBoxLayout()
        votes.addWidget(self.participant)
        votes.addWidget(self.dot_button)
        right.addLayout(votes)
        hands = QHBoxLayout()
        hands.addWidget(self.hands)
        hands.addWidget(self.hands_button)
        right.addLayout(hands)
        right.addWidget(self.reveal_box)
        outcome = QHBoxLayout()
        outcome.addWidget(self.decision_button)
        outcome.addWidget(self.summary_button)
        right.addLayout(outcome)
        board = QHBoxLayout()
        board.addWidget(self.cards_view, 3)
        board.addLayout(right, 2)
        self.panel: TechniquePanel = panel_for(self, self.session.technique)
        if type(self.panel) is not TechniquePanel:
            board.addWidget(self.panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.capture)
        layout.addLayout(board, 1)
        layout.addWidget(self.status_label)

        self.capture.returnPressed.connect(self.capture_line)
        self.new_cluster.returnPressed.connect(self.add_cluster)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.start_button.clicked.connect(lambda: self._timer("start"))
        self.pause_button.clicked.connect(lambda: self._timer("pause"))
        self.add_minute_button.clicked.connect(lambda: self._timer("add_minute"))
        self.dot_button.clicked.connect(self.cast_dot)
        self.hands_button.clicked.connect(self.record_hands)
        self.reveal_box.toggled.connect(self.set_revealed)
        self.decision_button.clicked.connect(self.make_decision)
        self.projector_button.clicked.connect(self.open_projector)
        self.pause_session_button.clicked.connect(self.pause)
        self.summary_button.clicked.connect(self.write_summary)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.cards_view).activated.connect(
            self.delete_selected
        )
        self.cluster_model.cardsDropped.connect(self.move_cards)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo),
            ("Alt+Right", lambda: self.step(1)), ("Alt+Left", lambda: self.step(-1)),
        ):  # fmt: skip
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.resize(1200 if type(self.panel) is TechniquePanel else 1440, 760)

    # --- state --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole session from the database (at start, and after undo/redo)."""
        self._session_row()
        with self.db.reading() as s:
            cards = s.scalars(
                select(Card)
                .where(Card.session_id == self.session_id, Card.deleted_at.is_(None))
                .order_by(Card.position)
            ).all()
            clusters = s.scalars(
                select(Cluster).where(Cluster.session_id == self.session_id).order_by(Cluster.position)
            ).all()
            dots: dict[int, int] = {}
            for vote in s.scalars(select(Vote).where(Vote.session_id == self.session_id, Vote.cluster_id.is_not(None))):
                dots[vote.cluster_id or 0] = dots.get(vote.cluster_id or 0, 0) + vote.dots
            self._clusters = [(c.id, c.name) for c in clusters]
            self._dots = dots
            self.card_model.cluster_names = dict(self._clusters)
            self.card_model.set_rows([CardRow(c.id, c.text, c.participant_code, c.cluster_id) for c in cards])
        self.reveal_box.blockSignals(True)
        self.reveal_box.setChecked(self.session.votes_revealed)
        self.reveal_box.blockSignals(False)
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
        if self.projector_clusters.show_dots != self.session.votes_revealed:
            self.projector_clusters.show_dots = self.session.votes_revealed
            self.projector_clusters.refresh()
        self.projector_clusters.set_rows(rows)

    def show_stage(self) -> None:
        spec = CATALOG[self.session.technique]
        stage = spec.stage(self.session.stage)
        number = spec.index(stage.key) + 1
        self.stage_label.setText(f"{number}/{len(spec.stages)} {stage.title(self.lang)}")
        prompt = self.panel.prompt() or stage.prompt(self.lang)
        self.prompt_label.setText(self.session.title + ("\n" if self.session.title else "") + prompt)
        self.capture.setEnabled(stage.input is not None)
        self._show_timer()

    def _show_timer(self) -> None:
        left = sessions.remaining_seconds(self.session, dt.datetime.now())
        running = self.session.timer_started_at is not None
        text = f"{left // 60:02d}:{left % 60:02d}" if self.session.timer_seconds is not None else ""
        if running and left == 0:
            text += self.tr(" หมดเวลา")
        warning = running and left <= WARN_SECONDS
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "")
        self._follow(warning)

    def _follow(self, warning: bool | None = None) -> None:
        if self.projector is None:
            return
        stage = CATALOG[self.session.technique].stage(self.session.stage)
        if warning is None:
            warning = self.session.timer_started_at is not None and (
                sessions.remaining_seconds(self.session, dt.datetime.now()) <= WARN_SECONDS
            )
        self.projector.show_state(
            stage=stage.title(self.lang), prompt=self.prompt_label.text(), timer=self.timer_label.text(),
            warning=warning, clustering=bool(self._clusters) or stage.clustering,
        )  # fmt: skip
        self.projector.show_board(self._board())

    def _board(self) -> Board:
        """The board as the room may see it now; the shortlist stage ranks the groups by their dots."""
        rows = self.card_model.rows()
        shortlist = None
        if self.session.stage == "shortlist":
            shortlist = sorted(((name, self._dots.get(cid, 0)) for cid, name in self._clusters), key=lambda r: -r[1])
        return build_board(
            [(r.id, r.text, r.participant, r.cluster_id) for r in rows], self._clusters, cluster_dots=self._dots,
            revealed=self.session.votes_revealed, newest_card_id=max((r.id for r in rows), default=None),
            shortlist=shortlist,
        )  # fmt: skip

    def run(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, bool]:
        """A service call; a user's mistake becomes a message and changes nothing."""
        try:
            return action(*args, **kwargs), True
        except UserError as exc:
            QMessageBox.warning(self, "MeetingDesk", exc.message(self.lang))
            return None, False

    def _session_row(self) -> None:
        with self.db.reading() as s:
            session = s.get(TechniqueSession, self.session_id)
            assert session is not None
            self.session = session

    # --- actions ------------------------------------------------------------------------------------------

    def capture_line(self) -> None:
        """Enter in the capture line: the card is stored, then shown on the console and the projector."""
        line = self.capture.text()
        if not line.strip():
            return
        card_id, ok = self.run(sessions.add_card, self.db, self.session_id, line, **self.panel.capture_kwargs())
        if not ok or card_id is None:
            return  # the text stays in the line, to be saved again
        with self.db.reading() as s:
            card = s.get(Card, card_id)
            assert card is not None
            row = CardRow(card.id, card.text, card.participant_code, None)
        self.card_model.append(row)
        self.capture.clear()
        self.cards_view.scrollToBottom()
        if type(self.panel) is not TechniquePanel:
            self.panel.refresh()  # the question's count, the queue
        self.undo_stack.push(
            Command(
                "add card",
                undo=lambda: sessions.delete_card(self.db, card_id),
                redo=lambda: sessions.restore_card(self.db, card_id),
            )
        )
        self.changed.emit()

    def add_cluster(self) -> None:
        name = self.new_cluster.text()
        cluster_id, ok = self.run(sessions.create_cluster, self.db, self.session_id, name)
        if ok and cluster_id is not None:
            self._clusters.append((cluster_id, name.strip()))
            self.card_model.cluster_names[cluster_id] = name.strip()
            self.new_cluster.clear()
            self._refresh_clusters()
            self.changed.emit()

    def move_cards(self, card_ids: list[int], cluster_id: int | None) -> None:
        """Cards dropped on a group (one transaction each, then one targeted update each)."""
        for card_id in card_ids:
            previous, ok = self.run(sessions.move_card, self.db, card_id, cluster_id)
            if not ok:
                return
            self.card_model.set_cluster(card_id, cluster_id)
            self.undo_stack.push(
                Command(
                    "move card",
                    undo=partial(sessions.move_card, self.db, card_id, previous),
                    redo=partial(sessions.move_card, self.db, card_id, cluster_id),
                )
            )
        self._refresh_clusters()
        self.changed.emit()

    def step(self, delta: int) -> None:
        _key, ok = self.run(sessions.step, self.db, self.session_id, delta)
        if ok:
            self._session_row()
            self.show_stage()
            self.changed.emit()

    def _timer(self, action: str) -> None:
        seconds = self.panel.timer_seconds() if action == "start" else None
        _left, ok = self.run(sessions.timer, self.db, self.session_id, action, seconds=seconds)
        if ok:
            self._session_row()
            self._show_timer()

    def selected_cluster(self) -> int | None:
        index = self.clusters_view.currentIndex()
        return index.data(ClusterIdRole) if index.isValid() else None

    def clusters(self) -> list[tuple[int, str]]:
        return list(self._clusters)

    def current_card_id(self) -> int | None:
        index = self.cards_view.currentIndex()
        return self.card_model.rows()[index.row()].id if index.isValid() else None

    def selected_card_ids(self) -> list[int]:
        rows = self.card_model.rows()
        return [rows[i.row()].id for i in self.cards_view.selectionModel().selectedRows()]

    def inform(self, text: str) -> None:
        QMessageBox.information(self, "MeetingDesk", text)

    def status(self, text: str) -> None:
        """A quiet confirmation under the board (what was just saved)."""
        self.status_label.setText(text)

    def write_summary(self) -> None:
        summary, ok = self.run(sessions.write_summary, self.db, self.session_id)
        if ok:
            lines = len((summary or "").splitlines())
            self.status(self.tr("ลงผลในรายงานการประชุมแล้ว (%n บรรทัด)").replace("%n", str(lines)))

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

    def make_decision(self) -> int | None:
        cluster_id = self.selected_cluster()
        card_index = self.cards_view.currentIndex()
        if cluster_id is not None:
            decision, ok = self.run(sessions.make_decision, self.db, self.session_id, cluster_id=cluster_id)
        elif card_index.isValid():
            card_id = self.card_model.rows()[card_index.row()].id
            decision, ok = self.run(sessions.make_decision, self.db, self.session_id, card_id=card_id)
        else:
            self.inform(self.tr("เลือกกลุ่มหรือการ์ดที่จะทำเป็นมติ"))
            return None
        if ok:
            self.decision_button.setText(self.tr("ทำเป็นมติแล้ว ✓"))
        return decision if ok else None

    def delete_selected(self) -> None:
        """Delete the selected cards (each can be brought back with Ctrl+Z until the session closes)."""
        ids = self.selected_card_ids()
        for card_id in ids:
            _none, ok = self.run(sessions.delete_card, self.db, card_id)
            if not ok:
                break
            self.card_model.remove(card_id)
            self.undo_stack.push(
                Command(
                    "delete card",
                    undo=partial(sessions.restore_card, self.db, card_id),
                    redo=partial(sessions.delete_card, self.db, card_id),
                )
            )
        self._refresh_clusters()
        self.changed.emit()

    def undo(self) -> None:
        if self.run(self.undo_stack.undo)[1]:
            self.reload()
            self.changed.emit()

    def redo(self) -> None:
        if self.run(self.undo_stack.redo)[1]:
            self.reload()
            self.changed.emit()

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.lang)
            self.changed.connect(lambda: self._follow())
        self._follow()
        self.projector.show_on_second_screen()
        return self.projector

    def pause(self) -> None:
        """Pause the session (to resume another day)."""
        self.run(sessions.set_status, self.db, self.session_id, SessionStatus.PAUSED)
        self._session_row()
        self.show_stage()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
