"""What the room sees from the console: the projector window, the stage and timer it follows, and the board it
shows — the cards the stage puts in the room (``techniques.board.in_the_room``), hidden cards left out, a
su-ji-pu-li question's state, codes only when the session is not anonymous, dots only once revealed. A mixin of
``FacilitatorConsole``, which provides what is declared here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from meetingdesk.domain.enums import CardKind, Technique
from meetingdesk.services import sessions
from meetingdesk.services.sessions.board import SessionState
from meetingdesk.techniques.board import Board, BoardCard, as_asked, build_board, in_the_room
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.board_models import CardBoardModel
from meetingdesk.ui.windows.projector_window import ProjectorWindow

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from meetingdesk.services import Database
    from meetingdesk.ui.windows.console_room import RoomControl
    from meetingdesk.ui.windows.technique_panels import TechniquePanel

WARN_SECONDS = 60


class ProjectorFeed(QWidget):
    db: Database
    session_id: int
    session: SessionState
    card_model: CardBoardModel
    panel: TechniquePanel
    prompt_label: QLabel
    projector: ProjectorWindow | None
    room_control: RoomControl
    changed: SignalInstance
    _clock: str
    _newest: int | None
    _clusters: list[tuple[int, str]]
    _dots: dict[int, int]
    _card_dots: dict[int, int]
    _board_cards: dict[tuple[int, str, str, int], BoardCard]

    def _follow(self, warning: bool | None = None) -> None:
        if self.projector is None:
            return
        stage = CATALOG[self.session.technique].stage(self.session.stage)
        if warning is None:
            warning = self.session.timer_started_at is not None and (
                sessions.remaining_seconds(self.session, dt.datetime.now()) <= WARN_SECONDS
            )
        self.projector.show_state(
            stage=stage.title(ui_lang()), prompt=self.prompt_label.text(), timer=self._clock,
            warning=warning, clustering=bool(self._clusters) or stage.clustering,
        )  # fmt: skip

    def board(self) -> Board:
        """What the room may see: codes only when the session is not anonymous, dots only once revealed, and
        the ranked shortlist at the shortlist stage once revealed."""
        shortlist: list[tuple[str, int]] = []
        if self.session.stage == "shortlist" and self.session.votes_revealed:
            shortlist = [(r.text, r.dots) for r in sessions.ranking(self.db, self.session_id) if r.dots]
        stage = CATALOG[self.session.technique].stage(self.session.stage)
        asked = self.panel.capture_kwargs().get("route_question_id")
        shown = [r for r in self.card_model.rows() if not r.hidden]  # hidden by the facilitator: not for the room
        rows = in_the_room(self.session.technique, stage, shown, question_id=asked)
        newest = self._newest if self._newest in {r.id for r in rows} else max((r.id for r in rows), default=None)
        if stage.input is CardKind.QUESTION and self.session.technique is Technique.SUJIPULI:  # the queue's state
            texts = {r.id: as_asked(r.text, r.question_status, r.asked_to, ui_lang()) for r in rows}
        else:
            texts = {r.id: r.text for r in rows}
        return build_board(
            [(r.id, texts[r.id], r.participant, r.cluster_id) for r in rows],
            self._clusters, card_dots=self._card_dots, cluster_dots=self._dots, anonymous=self.session.anonymous,
            revealed=self.session.votes_revealed, newest_card_id=newest, shortlist=shortlist, cache=self._board_cards,
        )  # fmt: skip

    def show_board(self) -> None:
        if self.projector is not None:
            self.projector.show_board(self.board())

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.changed.connect(lambda: self._follow())
        self._follow()
        self.show_board()
        self.room_control.show_on_projector()
        self.projector.show_on_second_screen()
        return self.projector
