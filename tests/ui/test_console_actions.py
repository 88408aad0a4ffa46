"""The controls a facilitator reaches for, driven as a facilitator drives them: each is one transaction (counted on
the real database) and one undo step, and what the room sees follows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document as read_docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.enums import FindingKind, Phase, RouteQuestionKind, SessionStatus, Technique
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.services import meetings, projects, sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Card, Cluster, Decision, TechniqueSession
from meetingdesk.ui.dialogs.decision_dialog import DecisionDialog
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from meetingdesk.ui.windows.focus_group_panel import FocusGroupPanel
from tests.helpers import commits
from tests.services.helpers import new_meeting, small_office
from tests.ui.conftest import Scripted
from tests.ui.modal import answer_modal
from tests.ui.typing import press_enter, type_text


def _key(
    console: FacilitatorConsole,
    view: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed with ``view`` focused, through the window (so shortcuts see it, as on a real screen)."""
    console.activateWindow()
    view.setFocus()
    QApplication.processEvents()  # the window active and the focus where it was put, as after a click
    QTest.keyClick(console.windowHandle(), key, modifier)


def _console(qtbot: QtBot, db: Database, technique: Technique = Technique.BRAINSTORM) -> FacilitatorConsole:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "แนวทางส่งเสริมการอ่าน")
    project = projects.add_project(db, 2569, "โครงการส่งเสริมการอ่าน")
    finding = projects.add_finding(db, project, Phase.AFTER, FindingKind.RESULT, "นักเรียนอ่านคล่องร้อยละ 72")
    meetings.link_findings(db, item, [finding])
    console = FacilitatorConsole(db, sessions.start_session(db, technique, agenda_item_id=item))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    return console


def _type(console: FacilitatorConsole, line: str) -> None:
    console.capture.setFocus()
    type_text(console.capture, line)
    press_enter(console.capture)


def _stored(db: Database, session_id: int) -> list[tuple[str, str, int | None]]:
    with db.reading() as s:
        return [
            (c.participant_code, c.text, c.cluster_id)
            for c in s.scalars(
                select(Card).where(Card.session_id == session_id, Card.deleted_at.is_(None)).order_by(Card.position)
            )
        ]


@pytest.fixture
def board(qtbot: QtBot, db: Database) -> FacilitatorConsole:
    """A brainstorm at the cluster stage: five cards, two groups."""
    console = _console(qtbot, db)
    console.step(1)
    for n in range(1, 6):
        _type(console, f"P{n}: ความคิดที่ {n}")
    console.step(1)
    for name in ("การอ่าน", "การนิเทศ"):
        type_text(console.new_cluster, name)
        press_enter(console.new_cluster)
    return console


def test_five_cards_dragged_are_one_move_and_one_undo(board: FacilitatorConsole) -> None:
    ids = [r.id for r in board.card_model.rows()]
    reading = board.clusters()[0][0]
    with commits(board.db) as counted:
        board.move_cards(ids, reading)
    assert counted == [1]
    assert [r.cards for r in board.cluster_model.rows()] == [5, 0]
    with commits(board.db) as counted:
        _key(board, board.cards_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counted == [1] and [r.cards for r in board.cluster_model.rows()] == [0, 0]
    _key(board, board.cards_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y, on Linux too
    assert [r.cards for r in board.cluster_model.rows()] == [5, 0]
    assert {cluster for _code, _text, cluster in _stored(board.db, board.session_id)} == {reading}


def test_several_cards_deleted_are_one_transaction_and_come_back_with_one_undo(board: FacilitatorConsole) -> None:
    board.cards_view.selectAll()
    with commits(board.db) as counted:
        _key(board, board.cards_view, Qt.Key.Key_Delete)
    assert counted == [1] and board.card_model.rowCount() == 0 and _stored(board.db, board.session_id) == []
    board.undo()
    assert board.card_model.rowCount() == 5 and len(_stored(board.db, board.session_id)) == 5


def test_f2_edits_a_card_in_place_and_undo_restores_it(board: FacilitatorConsole) -> None:
    ids = [r.id for r in board.card_model.rows()]
    board.move_cards([ids[2]], board.clusters()[1][0])
    board.cards_view.setCurrentIndex(board.card_model.index(2))

    def retype(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog) and dialog.textValue() == "ความคิดที่ 3"
        dialog.setTextValue("จัดมุมอ่านหนังสือในทุกห้องเรียน")
        dialog.accept()

    shown = answer_modal(retype)
    with commits(board.db) as counted:
        _key(board, board.cards_view, Qt.Key.Key_F2)
    assert shown and counted == [1]
    supervision = board.clusters()[1][0]
    assert _stored(board.db, board.session_id)[2] == ("P3", "จัดมุมอ่านหนังสือในทุกห้องเรียน", supervision)
    assert [r.id for r in board.card_model.rows()] == ids  # its place kept
    assert board.card_model.index(2).data() == "P3: จัดมุมอ่านหนังสือในทุกห้องเรียน  [การนิเทศ]"
    board.undo()
    assert _stored(board.db, board.session_id)[2] == ("P3", "ความคิดที่ 3", supervision)


def test_a_group_renamed_keeps_its_cards_and_undo_restores_its_name(board: FacilitatorConsole) -> None:
    reading = board.clusters()[0][0]
    board.move_cards([r.id for r in board.card_model.rows()[:2]], reading)
    board.clusters_view.setCurrentIndex(board.cluster_model.index(0))
    answer_modal(lambda dialog: (dialog.setTextValue("ส่งเสริมการอ่าน"), dialog.accept()))  # type: ignore[attr-defined]
    _key(board, board.clusters_view, Qt.Key.Key_F2)
    assert board.clusters()[0] == (reading, "ส่งเสริมการอ่าน")
    assert board.cluster_model.index(0).data() == "ส่งเสริมการอ่าน (2)"
    assert board.card_model.index(0).data().endswith("[ส่งเสริมการอ่าน]")
    board.undo()
    with board.db.reading() as s:
        assert s.get(Cluster, reading).name == "การอ่าน"  # type: ignore[union-attr]
    assert board.clusters()[0] == (reading, "การอ่าน")


def test_pause_stops_capture_close_freezes_the_outcome_and_reopen(
    board: FacilitatorConsole, scripted: Scripted
) -> None:
    board.step(-1)  # back to generating
    board.pause_session_button.click()
    assert not board.capture.isEnabled() and board.state_banner.isVisible()
    assert "พักอยู่" in board.state_banner.text() and board.pause_session_button.text() == "ทำกิจกรรมต่อ"
    with pytest.raises(InvalidInput):
        sessions.add_card(board.db, board.session_id, "ระหว่างพัก")
    with pytest.raises(InvalidInput):  # paused means nothing changes, not only that capture stops
        sessions.delete_cards(board.db, [board.card_model.rows()[0].id])
    assert not board.new_cluster.isEnabled() and not board.next_button.isEnabled()
    assert board.timer_label.text().endswith("(หยุดอยู่)")  # paused and running do not look alike
    board.pause_session_button.click()
    assert board.capture.isEnabled() and not board.state_banner.isVisible()

    scripted.answers.append(True)
    asked = scripted.asked
    board.close_session_button.click()
    assert len(asked) == 1 and "ปิดกิจกรรมนี้หรือไม่" in asked[0]
    with board.db.reading() as s:
        assert s.get(TechniqueSession, board.session_id).status is SessionStatus.CLOSED  # type: ignore[union-attr]
    assert not board.capture.isEnabled() and not board.new_cluster.isEnabled() and not board.decision_button.isEnabled()
    assert board.close_session_button.text() == "เปิดกิจกรรมอีกครั้ง" and "ปิดแล้ว" in board.state_banner.text()
    with pytest.raises(InvalidInput):
        sessions.rename_cluster(board.db, board.clusters()[0][0], "แก้หลังปิด")
    board.close_session_button.click()  # reopen
    assert board.capture.isEnabled() and board.close_session_button.text() == "ปิดกิจกรรม"


def test_dots_per_participant_and_the_cap_are_set_before_voting(board: FacilitatorConsole, messages: list[str]) -> None:
    board.step(1)  # vote
    board.dots_each.setValue(2)
    board.dots_cap.setValue(1)
    with board.db.reading() as s:
        session = s.get(TechniqueSession, board.session_id)
        assert session is not None and (session.dots_per_participant, session.max_dots_per_item) == (2, 1)
    board.clusters_view.setCurrentIndex(board.cluster_model.index(0))
    board.participant.setText("P1")
    board.cast_dot()
    board.cast_dot()  # a second dot on the same group: over the cap of one
    assert len(messages) == 1 and board.cluster_model.rows()[0].dots == 1


def test_make_a_decision_drafts_from_the_theme_opens_it_again_and_undo_takes_it_back(
    board: FacilitatorConsole,
) -> None:
    reading = board.clusters()[0][0]
    board.move_cards([r.id for r in board.card_model.rows()[:3]], reading)
    sessions.rename_cluster(board.db, reading, "การอ่าน", conclusion="จัดมุมอ่านหนังสือทุกห้องเรียน")
    board.reload()
    board.clusters_view.setCurrentIndex(board.cluster_model.index(0))
    drafts: list[tuple[str, list[str], list[bool]]] = []

    def look_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        findings = [dialog.findings.item(n) for n in range(dialog.findings.count())]
        checked = [item.checkState() == Qt.CheckState.Checked for item in findings]
        drafts.append((dialog.text.toPlainText(), [item.text() for item in findings], checked))
        dialog.save()

    answer_modal(look_and_save)
    first = board.make_decision()
    assert drafts == [
        ("จัดมุมอ่านหนังสือทุกห้องเรียน", ["โครงการส่งเสริมการอ่าน (ระยะหลังดำเนินการพัฒนา): นักเรียนอ่านคล่องร้อยละ 72"], [True])
    ]
    opened = answer_modal(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert board.make_decision() == first  # the second click opens the same decision
    assert isinstance(opened[0], DecisionDialog) and opened[0].detail.id == first
    with board.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
    board.undo()
    with board.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0
        assert s.get(Cluster, reading).decision_id is None  # type: ignore[union-attr]
    board.redo()
    with board.db.reading() as s:
        decision = s.scalars(select(Decision)).one()
        assert decision.text == "จัดมุมอ่านหนังสือทุกห้องเรียน" and s.get(Cluster, reading).decision_id == decision.id  # type: ignore[union-attr]


def test_an_anonymous_session_stores_no_code_and_shows_none(qtbot: QtBot, db: Database) -> None:
    console = _console(qtbot, db)
    console.step(1)
    _type(console, "P2: เปิดเผยชื่อ")
    console.anonymous_box.setChecked(True)
    _type(console, "P3: ไม่ระบุชื่อ")
    assert console.status_label.text() == "บันทึกแล้วโดยไม่มีรหัส P3 (กิจกรรมนี้ไม่ระบุผู้พูด)"
    assert _stored(db, console.session_id) == [("P2", "เปิดเผยชื่อ", None), ("", "ไม่ระบุชื่อ", None)]
    board = console.board()
    assert [card.code for column in board.columns for card in column.cards] == ["", ""]
    assert [console.card_model.index(r).data() for r in range(2)] == ["เปิดเผยชื่อ", "ไม่ระบุชื่อ"]


def test_the_card_list_shows_each_responses_question_and_codes_and_the_report_exports(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    console = _console(qtbot, db, Technique.FOCUS_GROUP)
    panel = console.panel
    assert isinstance(panel, FocusGroupPanel)
    sessions.add_route_question(db, console.session_id, RouteQuestionKind.KEY, "อะไรช่วยให้นักเรียนอ่านคล่อง")
    sessions.add_route_question(db, console.session_id, RouteQuestionKind.KEY, "ควรทำอะไรต่อ")
    console.reload()
    console.step(1)  # discuss
    panel.route.setCurrentRow(1)
    _type(console, "P1: ครูอ่านให้ฟังทุกเช้า")
    assert console.status_label.text().startswith("P1 ยังไม่อยู่ในรายชื่อผู้เข้าร่วม")  # kept, and said
    console.cards_view.selectAll()
    panel.tags.setText("การอ่าน, ครู")
    with commits(db) as counted:
        panel.tag_selected()
    assert counted == [1]
    assert console.card_model.index(0).data() == "ข้อ 2 · P1: ครูอ่านให้ฟังทุกเช้า  #การอ่าน #ครู"
    path = panel.export_to(tmp_path / "รายงาน.docx")
    assert path is not None and path.exists()
    text = "\n".join(p.text for p in read_docx(str(path)).paragraphs)
    assert "ควรทำอะไรต่อ" in text and "ครูอ่านให้ฟังทุกเช้า" in text


def test_a_group_deleted_leaves_its_cards_and_undo_brings_it_back(board: FacilitatorConsole) -> None:
    reading = board.clusters()[0][0]
    ids = [r.id for r in board.card_model.rows()[:2]]
    board.move_cards(ids, reading)
    sessions.rename_cluster(board.db, reading, "การอ่าน", conclusion="อ่านทุกวัน")
    board.clusters_view.setCurrentIndex(board.cluster_model.index(0))
    _key(board, board.clusters_view, Qt.Key.Key_Delete)
    assert [name for _id, name in board.clusters()] == ["การนิเทศ"]
    assert [r.cluster_id for r in board.card_model.rows()[:2]] == [None, None] and board.card_model.rowCount() == 5
    board.undo()
    assert board.clusters()[0] == (reading, "การอ่าน") and board.conclusion_of(reading) == "อ่านทุกวัน"
    assert [r.cluster_id for r in board.card_model.rows()[:2]] == [reading, reading]


def test_a_group_with_votes_is_not_deleted(board: FacilitatorConsole, messages: list[str]) -> None:
    board.clusters_view.setCurrentIndex(board.cluster_model.index(0))
    board.participant.setText("P1")
    board.cast_dot()
    _key(board, board.clusters_view, Qt.Key.Key_Delete)
    assert len(messages) == 1 and "ลบไม่ได้" in messages[0] and len(board.clusters()) == 2


def test_the_last_stage_has_no_next_and_the_first_no_back(board: FacilitatorConsole) -> None:
    board.step(-2)  # frame
    assert not board.back_button.isEnabled() and board.next_button.isEnabled()
    for _ in range(4):
        board.step(1)
    assert board.stage_label.text().startswith("5/5") and not board.next_button.isEnabled()


def test_a_route_question_is_corrected_or_deleted_and_the_timer_follows_the_question(
    qtbot: QtBot, db: Database, messages: list[str]
) -> None:
    console = _console(qtbot, db, Technique.FOCUS_GROUP)
    panel = console.panel
    assert isinstance(panel, FocusGroupPanel)
    first = sessions.add_route_question(db, console.session_id, RouteQuestionKind.KEY, "อะไรช่วยให้อ่านคล่อง", 10)
    sessions.add_route_question(db, console.session_id, RouteQuestionKind.KEY, "คำถามที่พิมพ์ผิด", 5)
    console.reload()
    console.step(1)  # discuss
    panel.route.setCurrentRow(1)
    assert console.timer_label.text().startswith("05:00")  # the chosen question's time, ready
    _key(console, panel.route, Qt.Key.Key_Delete)  # no responses yet: it goes
    assert panel.route.count() == 1 and messages == []
    panel.route.setCurrentRow(0)
    assert console.timer_label.text().startswith("10:00")
    _type(console, "P1: ครูอ่านให้ฟัง")
    answer_modal(lambda dialog: (dialog.setTextValue("อะไรช่วยให้นักเรียนอ่านคล่อง"), dialog.accept()))  # type: ignore[attr-defined]
    _key(console, panel.route, Qt.Key.Key_F2)
    assert "อะไรช่วยให้นักเรียนอ่านคล่อง" in panel.route.item(0).text()
    _key(console, panel.route, Qt.Key.Key_Delete)  # it has a response: it stays, and says why
    assert panel.route.count() == 1 and "ลบไม่ได้" in messages[0]
    console.undo()  # the correction
    assert sessions.route_view(db, console.session_id).questions[0].text == "อะไรช่วยให้อ่านคล่อง"
    assert sessions.route_view(db, console.session_id).questions[0].id == first
