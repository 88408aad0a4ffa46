"""The room joins in, from the facilitator's console: joining on and off (the QR code on the projector), phone
input arriving, a focus-group question opened to phones, and the facilitator's hand on phone cards (hide from
the room, reversibly; merge). The server (``meetingdesk.room``) is imported only when joining is turned on.

Phone input reaches the window through an ``Inbox`` (ui/inbox.py): the server's thread queues what happened and
the GUI thread is woken once for all of it; the console then shows just those cards or dots, as after Enter.
What arrives within ``COALESCE_SECONDS`` of the last showing waits for the next one: sixty phones make the
board and the projector refresh at most ten times a second (each refresh of a board of 2,000 cards takes
~10-15 ms of the GUI thread, which the facilitator's own Enter would otherwise wait behind), and a card is on
the projector at most that much later (the budget from a phone's request is 200 ms).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from meetingdesk.domain.enums import SessionStatus, Technique
from meetingdesk.domain.errors import UserError
from meetingdesk.services import sessions
from meetingdesk.services.sessions.board import CardView
from meetingdesk.ui.inbox import Inbox
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole


class Event(Protocol):
    """What a phone did (``meetingdesk.room.server.RoomEvent``); ``lost``: the room's process ended by itself."""

    kind: str
    id: int
    item: str
    card: CardView | None


class Room(Protocol):
    """A running room (``meetingdesk.room.server.Room``), as the console uses it."""

    join_code: str

    @property
    def running(self) -> bool: ...
    def address(self) -> str: ...
    def url(self) -> str: ...
    def qr(self) -> tuple[tuple[bool, ...], ...]: ...
    def stop(self) -> None: ...
    def changed(self) -> None: ...
    def open_question(self, question_id: int | None) -> None: ...
    def hold(self, seconds: float) -> None: ...
    def release(self) -> None: ...


# How a room is started: set at start-up by ``meetingdesk.app`` (whose function imports the room layer only when
# called), since the widgets and the room's server are layers apart and neither imports the other.
starter: Callable[..., Room] | None = None
HOSTS: tuple[str, ...] | None = None  # where the room listens; None: the LAN address (tests set loopback)
PORT: int | None = None  # None: the usual port when free (tests set 0: any free port)
COALESCE_SECONDS = 0.1  # phones' input waits this long after it was last shown (after a quiet spell: at once)
GIVE_WAY_SECONDS = 0.05  # … and at least this long after the facilitator's own change (painted first)


class RoomControl(QWidget):
    """A strip under the capture line: joining on/off, where phones go, and what the facilitator does to
    phone cards."""

    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__()
        self.console = console
        self.room: Room | None = None
        self.bridge: Inbox[Event] = Inbox()
        self.bridge.arrived.connect(self._soon, Qt.ConnectionType.QueuedConnection)
        self._shown_at = -COALESCE_SECONDS  # when phones' input was last shown (time.monotonic)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.timeout.connect(self._arrived)
        self.joining = QCheckBox(self.tr("ให้ที่ประชุมร่วมจากโทรศัพท์"))
        self.joining.setToolTip(
            self.tr("ผู้เข้าร่วมสแกนคิวอาร์โค้ดบนจอภาพ แล้วส่งความคิดเห็นและลงคะแนนจากโทรศัพท์ (ในเครือข่ายเดียวกัน)")
        )
        self.where = QLabel()
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers = QCheckBox(self.tr("ให้ตอบคำถามนี้จากโทรศัพท์"))
        self.answers.setVisible(console.session.technique is Technique.FOCUS_GROUP)
        self.hide_button = QPushButton(self.tr("ซ่อน/แสดงบนจอ"))
        self.hide_button.setToolTip(self.tr("ซ่อนการ์ดที่เลือกจากจอภาพและโทรศัพท์ (ยังอยู่ในบันทึก) หรือแสดงอีกครั้ง — Ctrl+H"))
        self.merge_button = QPushButton(self.tr("รวมการ์ด"))
        self.merge_button.setToolTip(self.tr("รวมการ์ดที่เลือกซึ่งมีความหมายเดียวกันเป็นใบเดียว — Ctrl+M"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.joining, self.where, self.answers):
            line.addWidget(widget)
        line.addStretch(1)
        line.addWidget(self.hide_button)
        line.addWidget(self.merge_button)
        self.joining.toggled.connect(self.set_joining)
        self.answers.toggled.connect(lambda _on: self.follow())
        self.hide_button.clicked.connect(self.hide_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        for keys, slot in (("Ctrl+H", self.hide_selected), ("Ctrl+M", self.merge_selected)):
            shortcut = QShortcut(QKeySequence(keys), console.cards_view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        console.changed.connect(self.follow)
        self._question = QTimer(self)  # the focus group's current question is chosen in its panel
        self._question.setInterval(500)
        self._question.timeout.connect(self._follow_question)
        self._told = ""  # the status line as phone input last set it …
        self._counted = [0, 0, 0, 0]  # … and what it counted: cards, dots, sign-ins, survey forms

    # --- joining --------------------------------------------------------------------------------------------

    def set_joining(self, on: bool) -> None:
        if on and self.room is None:
            self.room = self._start()
            if self.room is None:
                self.joining.blockSignals(True)
                self.joining.setChecked(False)
                self.joining.blockSignals(False)
                return
            self.where.setText(
                self.tr("%1  รหัส %2").replace("%1", self.room.address()).replace("%2", self.room.join_code)
            )
            self.show_on_projector()
            self._question.start()
            self._follow_question()
        elif not on and self.room is not None:
            self.stop()

    def _start(self) -> Room | None:
        console = self.console
        if console.session.status is SessionStatus.CLOSED:
            interaction().inform(self, self.tr("กิจกรรมปิดแล้ว จึงให้ร่วมจากโทรศัพท์ไม่ได้"))
            return None
        if starter is None:
            raise RuntimeError("console_room.starter is set by meetingdesk.app at start-up")
        try:
            return starter(
                console.db, console.session_id, lang=ui_lang(), hosts=HOSTS, port=PORT, on_input=self.bridge.put
            )
        except UserError as exc:
            interaction().warn(self, exc.message(ui_lang()))
            return None
        except OSError as exc:
            interaction().warn(self, self.tr("เปิดการเชื่อมต่อไม่ได้: %1").replace("%1", str(exc)))
            return None

    def stop(self) -> None:
        """Joining off (or the session ended, or the console closed): every phone's connection closes."""
        room, self.room = self.room, None
        self._question.stop()
        if room is not None:
            room.stop()
        self.where.setText("")
        if self.console.projector is not None:
            self.console.projector.hide_join()
        if self.joining.isChecked():
            self.joining.blockSignals(True)
            self.joining.setChecked(False)
            self.joining.blockSignals(False)
        if self._coalesce.isActive():  # what phones sent before the room stopped is saved: shown now
            self._coalesce.stop()
            self._arrived()

    def show_on_projector(self) -> None:
        projector = self.console.projector
        if self.room is None or projector is None:
            return
        projector.show_join(self.room.qr(), self.room.address(), self.room.join_code)

    def hold(self) -> None:
        """The facilitator is about to change something (Enter): phones' writes wait until it is painted."""
        if self.room is not None:
            self.room.hold(GIVE_WAY_SECONDS)

    def follow(self) -> None:
        """The console changed something: phones hear of it; a closed session ends joining."""
        self._give_way()
        if self.room is None:
            return
        QTimer.singleShot(0, self.room.release)  # after the change's paint, queued before it
        if self.console.session.status is SessionStatus.CLOSED:
            self.stop()
            return
        self._follow_question()
        self.room.changed()

    def _follow_question(self) -> None:
        if self.room is None:
            return
        asked = None
        if self.answers.isChecked() and self.console.session.stage == "discuss":
            asked = self.console.panel.capture_kwargs().get("route_question_id")
        self.room.open_question(asked if self.console.session.technique is Technique.FOCUS_GROUP else None)

    # --- what phones sent -----------------------------------------------------------------------------------

    def _soon(self) -> None:
        """Phone input arrived: shown now after a quiet spell, else with whatever else comes by the time
        ``COALESCE_SECONDS`` have passed since the last showing."""
        if self._coalesce.isActive():
            return
        wait = self._shown_at + COALESCE_SECONDS - time.monotonic()
        if wait <= 0:
            self._arrived()
        else:
            self._coalesce.start(max(1, round(wait * 1000)))

    def _give_way(self) -> None:
        """The facilitator's change is painted before phones' input waiting is shown (not in the same pass of
        the event loop): that waits ``GIVE_WAY_SECONDS`` more at most, once per change."""
        now = time.monotonic()
        self._shown_at = max(self._shown_at, now + GIVE_WAY_SECONDS - COALESCE_SECONDS)
        if self._coalesce.isActive() and self._coalesce.remainingTime() < GIVE_WAY_SECONDS * 1000:
            self._coalesce.start(round(GIVE_WAY_SECONDS * 1000))

    def _arrived(self) -> None:
        """Phone input committed on the server's thread: the new cards appended and the dots counted, as after
        the facilitator's own Enter (no reload of the whole board)."""
        from meetingdesk.ui.windows.facilitator_console import card_row

        console = self.console
        cards = dots = people = forms = 0
        lost = False
        rows = []
        for event in self.bridge.take():
            if event.kind == "lost":
                lost = True
            elif event.kind == "card":
                rows.append(card_row(event.card or sessions.card_view(console.db, event.id)))
                console._newest = event.id
                cards += 1
            elif event.kind == "dot":
                counts = console._dots if event.item.startswith("g") else console._card_dots
                item = int(event.item[1:])
                counts[item] = counts.get(item, 0) + 1
                dots += 1
            elif event.kind == "signin":
                people += 1
            elif event.kind == "survey":
                forms += 1
        bar = console.cards_view.verticalScrollBar()
        following = bar.value() >= bar.maximum()  # a list showing its end follows; one scrolled back stays put
        console.card_model.extend(rows)
        if rows and following:
            console.cards_view.scrollToBottom()
        if dots:
            console._refresh_clusters()  # the groups' dots, and the board
        elif cards:
            console.show_board()
        if cards:
            console.panel.refresh()  # a focus-group question's count, the su-ji-pu-li queue
        # What arrived since the status line last said something else (phones' input comes a few at a time)
        if console.status_label.text() != self._told:
            self._counted = [0, 0, 0, 0]
        self._counted = [a + b for a, b in zip(self._counted, (cards, dots, people, forms), strict=True)]
        words = (
            self.tr("การ์ดจากโทรศัพท์ %n ใบ"),
            self.tr("คะแนนจากโทรศัพท์ %n จุด"),
            self.tr("ลงชื่อจากโทรศัพท์ %n คน"),
            self.tr("แบบประเมินจากโทรศัพท์ %n ฉบับ"),
        )
        self._told = " · ".join(text.replace("%n", str(n)) for n, text in zip(self._counted, words, strict=True) if n)
        console.status(self._told)
        self._shown_at = time.monotonic()  # the window counts from the refresh's end: the GUI thread free meanwhile
        if lost:
            self._lost()

    def _lost(self) -> None:
        """The room's process ended by itself: joining is off, and the facilitator is told (what was typed on
        the console never went through it, so nothing of it is lost)."""
        if self.room is None or self.room.running:  # already off, or a room turned on since
            return
        self.stop()
        said = self.tr("การเข้าร่วมจากโทรศัพท์หยุดแล้ว (ตัวรับการเชื่อมต่อหยุดทำงาน) สิ่งที่บันทึกแล้วอยู่ครบ เปิดใหม่ได้")
        console = self.console
        console.status(said)
        interaction().warn(self, said)

    # --- the facilitator's hand on cards --------------------------------------------------------------------

    def hide_selected(self) -> None:
        """Hide the selected cards from the room (projector, phones, minutes), or show them again; one undo step."""
        console = self.console
        ids = console.selected_card_ids()
        if not ids:
            console.inform(self.tr("เลือกการ์ดที่จะซ่อนหรือแสดงก่อน"))
            return
        before = {card_id: console.card_model.row(card_id).hidden for card_id in ids}
        hide = not all(before.values())
        if not console.run(sessions.hide_cards, console.db, ids, hide)[1]:
            return
        for card_id in ids:
            console.card_model.update(card_id, hidden=hide)

        def undo() -> Any:
            for state in (True, False):
                sessions.hide_cards(console.db, [i for i, was in before.items() if was is state], state)

        console._done("hide cards", undo=undo, redo=partial(sessions.hide_cards, console.db, ids, hide))
        console.show_board()
        console.status(self.tr("ซ่อนจากจอแล้ว") if hide else self.tr("แสดงบนจออีกครั้งแล้ว"))
        console.changed.emit()

    def merge_selected(self) -> None:
        """Merge the selected cards into the first (one undo step brings them apart again)."""
        console = self.console
        ids = console.selected_card_ids()
        was, ok = console.run(sessions.merge_cards, console.db, ids)
        if not ok or was is None:
            return
        console._done(
            "merge cards",
            undo=partial(sessions.unmerge_cards, console.db, was),
            redo=partial(sessions.merge_cards, console.db, ids),
        )
        console.reload()
        console.status(self.tr("รวมการ์ดแล้ว"))
        console.changed.emit()
