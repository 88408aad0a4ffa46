"""The facilitator's console and the projector, driven like a facilitator drives them (offscreen, real database)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meetingdesk.domain.enums import Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Decision, TechniqueSession
from meetingdesk.ui.models.board_models import CARD_MIME, CardBoardModel, CardRow, ClusterModel, ClusterRow
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from tests.services.helpers import new_meeting, small_office
from tests.ui.modal import answer_modal
from tests.ui.typing import press_enter, type_text


@pytest.fixture
def console(qtbot: QtBot, db: Database) -> FacilitatorConsole:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "แนวทางส่งเสริมการอ่าน")
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    widget = FacilitatorConsole(db, sid)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot: QtBot, console: FacilitatorConsole, line: str) -> None:
    console.capture.setFocus()
    type_text(console.capture, line)
    press_enter(console.capture)


def test_typed_cards_are_on_disk_and_on_both_screens(qtbot: QtBot, console: FacilitatorConsole) -> None:
    assert not console.capture.isEnabled()  # framing the question: nothing to type yet
    qtbot.keyClick(console, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert console.session.stage == "generate" and console.capture.isEnabled()
    projector = console.open_projector()
    qtbot.addWidget(projector)
    for line in ("P1: มุมหนังสือทุกห้อง", "P2: ค่ายภาษาไทย", "แบบฝึกอ่านจากคำในชุมชน"):
        _type(qtbot, console, line)
    assert console.capture.text() == ""
    with console.db.reading() as s:
        stored = [(c.participant_code, c.text) for c in s.scalars(select(Card).order_by(Card.id))]
    assert stored == [("P1", "มุมหนังสือทุกห้อง"), ("P2", "ค่ายภาษาไทย"), ("", "แบบฝึกอ่านจากคำในชุมชน")]
    shown = [(card.code, card.text) for card in projector.board.board.columns[0].cards]  # the ungrouped column
    assert shown == [("P1", "มุมหนังสือทุกห้อง"), ("P2", "ค่ายภาษาไทย"), ("", "แบบฝึกอ่านจากคำในชุมชน")]
    assert [card.lines for card in projector.board.plan.cards] == [("มุมหนังสือทุกห้อง",), ("ค่ายภาษาไทย",),
                                                                  ("แบบฝึกอ่านจากคำในชุมชน",)]  # fmt: skip
    assert projector.stage.text() == "ระดมความคิด" and "ไม่วิจารณ์" in projector.prompt.text()


def test_a_refused_line_keeps_its_text(qtbot: QtBot, console: FacilitatorConsole, messages: list[str]) -> None:
    console.step(1)
    _type(qtbot, console, "P4:   ")  # a code and nothing said
    assert messages == ["กรุณากรอกข้อความ"] and console.capture.text() == "P4:   "


def test_cluster_vote_reveal_and_decide(qtbot: QtBot, console: FacilitatorConsole) -> None:
    console.step(1)
    for line in ("มุมหนังสือ", "ค่ายภาษา", "นิเทศทุกเดือน"):
        _type(qtbot, console, line)
    console.step(1)
    projector = console.open_projector()
    qtbot.addWidget(projector)
    for name in ("การอ่าน", "การนิเทศ"):
        type_text(console.new_cluster, name)
        press_enter(console.new_cluster)
    cards = [r.id for r in console.card_model.rows()]
    reading, supervision = (r.id for r in console.cluster_model.rows())
    # drop two cards on "การอ่าน" the way a drag does: mime data onto the group's row
    data = QMimeData()
    data.setData(CARD_MIME, f"{cards[0]},{cards[1]}".encode())
    console.cluster_model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, console.cluster_model.index(0))
    console.move_cards([cards[2]], supervision)
    assert [r.cards for r in console.cluster_model.rows()] == [2, 1]
    assert console.card_model.row(cards[0]).cluster_id == reading
    console.undo()
    assert [r.cards for r in console.cluster_model.rows()] == [2, 0]
    console.redo()
    console.step(1)
    console.clusters_view.setCurrentIndex(console.cluster_model.index(0))
    for participant in ("P1", "P2"):
        console.participant.setText(participant)
        console.cast_dot()
    assert console.cluster_model.index(0).data() == "การอ่าน (2)  ● 2"

    def group_dots() -> list[str]:
        return [header.dots for header in projector.board.plan.headers if header.cluster_id == reading]

    console._follow()
    assert group_dots() == [""]  # hidden until revealed
    console.reveal_box.setChecked(True)
    assert group_dots() == ["● 2"]
    answer_modal(lambda dialog: dialog.save())  # the draft: the group's name, as no conclusion was written
    decision_id = console.make_decision()
    with console.db.reading() as s:
        decision = s.get(Decision, decision_id)
        assert decision is not None and decision.text == "การอ่าน"


def test_a_card_dropped_on_a_groups_line_changes_only_the_lines_it_moved(console: FacilitatorConsole) -> None:
    """A real drop on the groups list (a one-line table, as the cards): the card's line and the group's count
    change in place (no model reset, no other line), and the projector shows every card, that one in its group."""
    console.step(1)
    for n in range(30):
        sessions.add_card(console.db, console.session_id, f"P{n % 4 + 1}: ความคิดที่ {n + 1}")
    console.reload()
    for name in ("การอ่าน", "การนิเทศ"):
        console.new_cluster.setText(name)
        console.add_cluster()
    projector = console.open_projector()
    QApplication.processEvents()
    card = console.card_model.rows()[4].id
    supervision = console.cluster_model.rows()[1].id
    seen: list[tuple[str, int, int]] = []
    for name, model in (("cards", console.card_model), ("groups", console.cluster_model)):
        model.modelReset.connect(lambda name=name: seen.append((name, -1, -1)))
        model.dataChanged.connect(lambda top, bottom, *_r, name=name: seen.append((name, top.row(), bottom.row())))
    data = console.card_model.mimeData([console.card_model.index(4)])
    viewport = console.clusters_view.viewport()
    at = QPointF(console.clusters_view.visualRect(console.cluster_model.index(1)).center())
    drag = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(at.toPoint(), *drag), QDragMoveEvent(at.toPoint(), *drag), QDropEvent(at, *drag)):
        QApplication.sendEvent(viewport, event)
    assert seen == [("cards", 4, 4), ("groups", 1, 1)]
    assert console.card_model.row(card).cluster_id == supervision
    assert [r.cards for r in console.cluster_model.rows()] == [0, 1]
    assert console.cluster_model.index(1).data() == "การนิเทศ (1)"
    columns = {column.cluster_id: [c.id for c in column.cards] for column in projector.board.board.columns}
    assert columns[supervision] == [card] and len(columns[None]) == 29 and card not in columns[None]
    assert sum(len(ids) for ids in columns.values()) == 30
    assert card in {box.card_id for box in projector.board.plan.cards}  # a small board: all on its one page
    with console.db.reading() as s:
        assert s.get(Card, card).cluster_id == supervision  # type: ignore[union-attr]


def test_timer_warns_and_never_stops_silently(qtbot: QtBot, console: FacilitatorConsole) -> None:
    console.step(1)  # generate: 10 minutes
    console._timer("start")
    assert console.timer_label.text() in ("10:00", "09:59")
    with console.db.writing() as s:  # ten minutes later
        session = s.get(TechniqueSession, console.session_id)
        assert session is not None and session.timer_started_at is not None
        session.timer_started_at -= dt.timedelta(minutes=10)
    console._session_row()
    console._show_timer()
    assert console.timer_label.text() == "00:00 หมดเวลา" and "b00020" in console.timer_label.styleSheet()


def test_board_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    cards = CardBoardModel()
    qtmodeltester.check(cards)
    cards.set_rows([CardRow(1, "ก", "P1", None), CardRow(2, "ข", "", 7)])
    cards.append(CardRow(3, "ค", "", None))
    cards.set_cluster(3, 7)
    qtmodeltester.check(cards)
    clusters = ClusterModel()
    clusters.set_rows([ClusterRow(7, "กลุ่ม", 2, 3)])
    qtmodeltester.check(clusters)


def test_delete_is_undoable_and_the_session_can_be_paused(qtbot: QtBot, console: FacilitatorConsole) -> None:
    console.step(1)
    for line in ("เก็บไว้", "ลบทิ้ง"):
        _type(qtbot, console, line)
    console.cards_view.selectionModel().select(
        console.card_model.index(1), console.cards_view.selectionModel().SelectionFlag.Select
    )
    console.delete_selected()
    assert [r.text for r in console.card_model.rows()] == ["เก็บไว้"]
    console.undo()
    assert [r.text for r in console.card_model.rows()] == ["เก็บไว้", "ลบทิ้ง"]
    console.pause()
    assert console.session.status.value == "paused"


def test_main_window_opens_a_demo_session_in_the_console(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from meetingdesk.services.context import AppContext, Paths
    from meetingdesk.ui.windows.main_window import MainWindow

    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    model = window.session_model
    assert model.rowCount() == 5 and model.index(0, 0).data() == "การสนทนากลุ่ม (Focus Group)"
    console = window.open_session(model.session_id(4))
    qtbot.addWidget(console)
    assert console.card_model.rowCount() == 5  # the brainstorm running at the all-staff meeting
    assert model.index(4, 5).data().startswith("4.1 ")  # the agenda item it runs on
    assert model.index(4, 2).data() == "5"
    console.capture.setText("ครูต้องการสื่อการอ่านเพิ่ม")
    console.capture_line()
    qtbot.waitUntil(lambda: model.index(4, 2).data() == "6", timeout=5000)  # the list follows, live
    ctx.close()


def test_every_button_is_on_the_console(qtbot: QtBot, console: FacilitatorConsole) -> None:
    from PySide6.QtWidgets import QPushButton

    for button in console.findChildren(QPushButton):
        assert button.window() is console and button.isVisible(), button.text()
    assert console.pause_session_button.isVisible()


def test_the_newest_card_shows_in_full_at_the_bottom_of_a_long_list(qtbot: QtBot, console: FacilitatorConsole) -> None:
    console.step(1)
    for n in range(60):
        sessions.capture_card(console.db, console.session_id, f"ความคิดที่ {n}", typed_at=dt.datetime.now())
    console.reload()
    _type(qtbot, console, "P2: ใช้แบบฝึกอ่านจากคำที่นักเรียนพบในชุมชน")
    view, last = console.cards_view, console.card_model.rowCount() - 1
    assert last == 60 and "ใช้แบบฝึกอ่าน" in console.card_model.index(last).data()
    row = view.visualRect(console.card_model.index(last))
    assert view.viewport().rect().contains(row)  # scrolled to it, not cut off at the bottom
    assert row.height() >= view.fontMetrics().height()  # a line of Thai with its marks above and below
    view.selectAll()  # whole cards are selected, for deleting or dragging to a group
    assert len(view.selectionModel().selectedRows()) == 61
