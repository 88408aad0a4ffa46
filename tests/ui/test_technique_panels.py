"""What each technique adds to the console: the focus group's route and tags, synthesis inputs and conclusions,
the su-ji-pu-li question queue; and starting a session from the main window. Real widgets, real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.enums import CardKind, MeetingStatus, Phase, QuestionStatus, RouteQuestionKind, Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import (
    Action,
    AgendaItem,
    Card,
    Cluster,
    Decision,
    Finding,
    Meeting,
    Project,
    TechniqueSession,
)
from meetingdesk.ui.dialogs.action_dialog import ActionDialog
from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole
from meetingdesk.ui.windows.focus_group_panel import FocusGroupPanel
from meetingdesk.ui.windows.main_window import MainWindow
from meetingdesk.ui.windows.new_session_dialog import NewSessionDialog
from meetingdesk.ui.windows.synthesis_panel import SynthesisPanel
from meetingdesk.ui.windows.technique_panels import IdRole, QuestionQueuePanel
from tests.services.helpers import new_meeting, small_office
from tests.ui.modal import answer_modal
from tests.ui.typing import press_enter, type_text


def _console(qtbot: QtBot, db: Database, technique: Technique) -> FacilitatorConsole:
    o = small_office(db)
    meeting = new_meeting(db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 5, "ผลการนิเทศการอ่าน")
    console = FacilitatorConsole(db, sessions.start_session(db, technique, agenda_item_id=item))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    return console


def _enter(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(widget, text)
    press_enter(widget)


def test_focus_group_route_participants_capture_per_question_and_tags(qtbot: QtBot, db: Database) -> None:
    console = _console(qtbot, db, Technique.FOCUS_GROUP)
    panel = console.panel
    assert isinstance(panel, FocusGroupPanel) and panel.isVisible()
    panel.kind.setCurrentIndex(panel.kind.findData(RouteQuestionKind.OPENING))
    panel.minutes.setValue(5)
    _enter(panel.question, "แนะนำตัว และเล่าประสบการณ์สอนอ่าน")
    panel.kind.setCurrentIndex(panel.kind.findData(RouteQuestionKind.KEY))
    panel.minutes.setValue(15)
    _enter(panel.question, "อะไรทำให้นักเรียน ป.1 อ่านไม่ออก")
    assert panel.route.count() == 2 and panel.question.text() == ""
    assert "[คำถามหลัก · 15 นาที]" in panel.route.item(1).text()
    _enter(panel.participants, "p1, P2")
    assert panel.codes_label.text() == "ผู้เข้าร่วม: P1, P2  (ให้ความยินยอม 0 คน)"
    panel.consent.setChecked(True)  # consent recorded: for the ones typed now, and again for P2
    _enter(panel.participants, "P2 P3")
    assert panel.codes_label.text() == "ผู้เข้าร่วม: P1, P2 ✓, P3 ✓  (ให้ความยินยอม 2 คน)"
    assert sessions.focus_group_view(db, console.session_id).consented == 2  # what the report prints

    console.step(1)  # the discussion: the prompt is the question being discussed
    projector = console.open_projector()
    qtbot.addWidget(projector)
    panel.route.setCurrentRow(1)
    key = int(panel.route.item(1).data(IdRole))
    assert "อ่านไม่ออก" in console.prompt_label.text() and "อ่านไม่ออก" in projector.prompt.text()
    console.start_button.click()
    assert console.session.timer_seconds == 15 * 60  # the question's time allowance
    _enter(console.capture, "P1: ไม่มีหนังสือระดับเริ่มอ่าน")
    _enter(console.capture, "P2: ผู้ปกครองไม่มีเวลาฝึกอ่านกับลูก")
    with db.reading() as s:
        filed = [(c.participant_code, c.route_question_id) for c in s.scalars(select(Card).order_by(Card.id))]
    assert filed == [("P1", key), ("P2", key)]
    assert panel.route.item(1).text().endswith("(2)")

    console.cards_view.setCurrentIndex(console.card_model.index(1))
    _enter(panel.tags, "ผู้ปกครอง, เวลา")
    panel.quote.setChecked(True)
    panel.tag_button.click()
    with db.reading() as s:
        card = s.scalars(select(Card).where(Card.participant_code == "P2")).one()
        assert (card.tags.splitlines(), card.quote) == (["ผู้ปกครอง", "เวลา"], True)
    # codes are the analyst's, not the room's
    card = projector.board.board.columns[0].cards[1]
    assert (card.code, card.text) == ("P2", "ผู้ปกครองไม่มีเวลาฝึกอ่านกับลูก")

    console.step(1)
    console.summary_button.click()
    with db.reading() as s:
        summary = s.scalars(select(AgendaItem.summary)).one()
    assert "2. อะไรทำให้นักเรียน ป.1 อ่านไม่ออก (ความคิดเห็น 2 ข้อ)\nประเด็นสำคัญ: ผู้ปกครอง (1)" in summary
    assert console.status_label.text().startswith("ลงผลในรายงานการประชุมแล้ว")


def test_focus_group_refuses_an_empty_question_and_changes_nothing(
    qtbot: QtBot, db: Database, messages: list[str]
) -> None:
    console = _console(qtbot, db, Technique.FOCUS_GROUP)
    assert isinstance(console.panel, FocusGroupPanel)
    _enter(console.panel.question, "   ")
    assert messages == ["กรุณากรอกคำถาม"]
    assert console.panel.route.count() == 0


def test_synthesis_pulls_findings_and_cards_and_concludes_each_theme(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reading() as s:
        item = s.scalars(
            select(AgendaItem.id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.status == MeetingStatus.PLANNED, AgendaItem.section == 5)
            .limit(1)
        ).one()
        # the same finding written up for two projects comes in once
        after = len(
            {" ".join(text.split()) for text in s.scalars(select(Finding.text).where(Finding.phase == Phase.AFTER))}
        )
        brainstorm = s.scalars(
            select(TechniqueSession.id).where(TechniqueSession.technique == Technique.BRAINSTORM).limit(1)
        ).one()
        ideas = s.scalar(
            select(func.count()).select_from(Card).where(Card.session_id == brainstorm, Card.deleted_at.is_(None))
        )
    console = FacilitatorConsole(demo_db, sessions.start_session(demo_db, Technique.SYNTHESIS, agenda_item_id=item))
    qtbot.addWidget(console)
    console.show()
    panel = console.panel
    assert isinstance(panel, SynthesisPanel)
    with demo_db.reading() as s:
        newest = s.scalar(select(func.max(Project.fiscal_year)))
    assert panel.year.currentData() == newest  # the current fiscal year to start with
    panel.year.setCurrentIndex(0)  # every year
    panel.phase.setCurrentIndex(panel.phase.findData(Phase.AFTER))
    panel.pull_findings_button.click()
    assert console.card_model.rowCount() == after and after
    panel.pull_findings_button.click()  # twice brings nothing twice
    assert console.card_model.rowCount() == after
    panel.source.setCurrentIndex(panel.source.findData(brainstorm))
    panel.pull_cards_button.click()
    assert console.card_model.rowCount() == after + ideas
    assert console.status_label.text() == f"เพิ่มการ์ด {ideas} ใบ"

    with demo_db.reading() as s:  # the brainstorm's groups came with its cards
        groups = s.scalars(
            select(Cluster.name).where(Cluster.session_id == brainstorm).order_by(Cluster.position)
        ).all()
    assert [name for _id, name in console.clusters()] == list(groups) and groups
    assert all(r.cluster_id is None for r in console.card_model.rows()[:after])  # findings are not grouped yet

    console.step(1)
    _enter(console.new_cluster, "คุณภาพการอ่าน")
    theme = len(groups)  # the new group's row
    console.move_cards([r.id for r in console.card_model.rows()[:2]], console.clusters()[theme][0])
    assert not panel.save_conclusion_button.isEnabled()
    console.clusters_view.setCurrentIndex(console.cluster_model.index(theme))
    assert panel.save_conclusion_button.isEnabled() and "คุณภาพการอ่าน" in panel.theme_label.text()
    panel.conclusion.setPlainText("ควรขยายผลการสอนอ่านแบบคู่ครูทุกเครือข่าย")
    panel.save_conclusion_button.click()
    with demo_db.reading() as s:
        concluded = s.scalars(select(Cluster.conclusion).where(Cluster.session_id == console.session_id)).all()
    assert [c for c in concluded if c] == ["ควรขยายผลการสอนอ่านแบบคู่ครูทุกเครือข่าย"]
    answer_modal(lambda dialog: dialog.save())  # the draft's wording is the theme's conclusion: OK
    decision_id = console.make_decision()
    with demo_db.reading() as s:
        decision = s.get(Decision, decision_id)
        assert decision is not None and decision.text == "ควรขยายผลการสอนอ่านแบบคู่ครูทุกเครือข่าย"
        assert decision.findings  # linked to the findings the theme rests on


def test_a_synthesis_conclusion_typed_is_kept_when_another_theme_is_chosen(qtbot: QtBot, db: Database) -> None:
    console = _console(qtbot, db, Technique.SYNTHESIS)
    panel = console.panel
    assert isinstance(panel, SynthesisPanel)
    console.step(1)
    for name in ("คุณภาพการอ่าน", "การนิเทศ"):
        _enter(console.new_cluster, name)
    console.clusters_view.setCurrentIndex(console.cluster_model.index(0))
    type_text(panel.conclusion, "ควรเพิ่มเวลาอ่าน")  # typed, never saved with the button
    console.clusters_view.setCurrentIndex(console.cluster_model.index(1))  # another theme
    with db.reading() as s:
        saved = dict(
            s.execute(select(Cluster.name, Cluster.conclusion).where(Cluster.session_id == console.session_id)).all()
        )
    assert saved == {"คุณภาพการอ่าน": "ควรเพิ่มเวลาอ่าน", "การนิเทศ": ""}
    type_text(panel.conclusion, "นิเทศทุกเดือน")
    qtbot.waitUntil(lambda: panel._saved_text == "นิเทศทุกเดือน", timeout=5000)  # and after a pause in typing


def test_sujipuli_question_queue_answer_defer_and_follow_up(qtbot: QtBot, db: Database) -> None:
    console = _console(qtbot, db, Technique.SUJIPULI)
    panel = console.panel
    assert isinstance(panel, QuestionQueuePanel)
    console.step(2)
    assert console.session.stage == "ask"
    type_text(panel.asked_to, "ผอ.กลุ่มนิเทศฯ")
    _enter(console.capture, "P3: สื่อที่เหลือจะแจกเมื่อไร")
    _enter(console.capture, "P4: จะช่วยโรงเรียนที่ต่ำกว่าเกณฑ์อย่างไร")
    assert panel.queue.count() == 2 and panel.queue.item(0).text().startswith("? P3 → ผอ.กลุ่มนิเทศฯ")
    panel.queue.setCurrentRow(0)
    _enter(panel.answer, "ภายในเดือนธันวาคม")
    panel.queue.setCurrentRow(1)
    panel.defer_button.click()
    panel.queue.setCurrentRow(1)
    asked: list[str] = []

    def assign(dialog: QWidget) -> None:  # what, by whom, by when: the room's question is not the resolution
        assert isinstance(dialog, ActionDialog)
        asked.append(dialog.title.text())
        dialog.title.setText("จัดทำแผนช่วยเหลือโรงเรียนที่ต่ำกว่าเกณฑ์")
        dialog.owner.setCurrentIndex(1)
        dialog.accept()

    answer_modal(assign)
    panel.action_button.click()
    assert asked == ["จะช่วยโรงเรียนที่ต่ำกว่าเกณฑ์"]  # the question, less its question word, to start from
    with db.reading() as s:
        questions = s.scalars(select(Card).where(Card.kind == CardKind.QUESTION).order_by(Card.id)).all()
        assert [(q.question_status, q.answer, q.asked_to) for q in questions] == [
            (QuestionStatus.ANSWERED, "ภายในเดือนธันวาคม", "ผอ.กลุ่มนิเทศฯ"),
            (QuestionStatus.DEFERRED, "", "ผอ.กลุ่มนิเทศฯ"),
        ]
        action = s.get(Action, questions[1].action_id)
        assert action is not None and action.title == "จัดทำแผนช่วยเหลือโรงเรียนที่ต่ำกว่าเกณฑ์"
        owner = action.owner_person.full_name if action.owner_person else ""
        assert owner and action.decision.text == f"มอบหมาย{owner} ดำเนินการจัดทำแผนช่วยเหลือโรงเรียนที่ต่ำกว่าเกณฑ์"
    assert panel.queue.item(0).text().startswith("✓") and panel.queue.item(1).text().startswith("⚑")
    assert console.status_label.text() == "บันทึกเป็นงานที่ต้องติดตามแล้ว"
    shown = [card.text for column in console.board().columns for card in column.cards]  # the projector's queue
    assert shown == [
        "✓ ตอบแล้ว: สื่อที่เหลือจะแจกเมื่อไร (ถึง ผอ.กลุ่มนิเทศฯ)",
        "→ ยกไปติดตาม: จะช่วยโรงเรียนที่ต่ำกว่าเกณฑ์อย่างไร (ถึง ผอ.กลุ่มนิเทศฯ)",
    ]


def test_every_queue_action_keeps_the_answer_and_undo_never_breaks_a_link(
    qtbot: QtBot, db: Database, messages: list[str]
) -> None:
    console = _console(qtbot, db, Technique.SUJIPULI)
    panel = console.panel
    assert isinstance(panel, QuestionQueuePanel)
    console.step(2)
    _enter(console.capture, "P3: สื่อที่เหลือจะแจกเมื่อไร")
    panel.queue.setCurrentRow(0)
    _enter(panel.answer, "ภายในเดือนธันวาคม")
    panel.queue.setCurrentRow(0)
    panel.defer_button.click()  # deferring an answered question keeps its answer

    def question() -> Card:
        with db.reading() as s:
            return s.scalars(select(Card).where(Card.kind == CardKind.QUESTION)).one()

    assert (question().question_status, question().answer) == (QuestionStatus.DEFERRED, "ภายในเดือนธันวาคม")
    panel.queue.setCurrentRow(0)
    answer_modal(lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    panel.action_button.click()
    assert question().action_id is not None
    console.undo()  # takes back the action made from the question, not the question
    with db.reading() as s:
        assert s.scalars(select(Action)).all() == []
    assert question().deleted_at is None and question().action_id is None
    assert question().question_status is QuestionStatus.DEFERRED
    console.undo()  # the deferral
    assert (question().question_status, question().answer) == (QuestionStatus.ANSWERED, "ภายในเดือนธันวาคม")
    console.redo()
    console.redo()  # the action again, linked to its question
    with db.reading() as s:
        action = s.scalars(select(Action)).one()
    assert question().action_id == action.id


def test_starting_a_session_on_an_agenda_item_from_the_main_window(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    ctx = AppContext(paths=Paths.resolve(tmp_path, demo_db.path))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    before = window.session_model.rowCount()
    chosen: dict[str, str] = {}

    def fill_and_start() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewSessionDialog)
        dialog.technique.setCurrentIndex(dialog.technique.findData(Technique.SUJIPULI))
        dialog.item.setCurrentIndex(dialog.item.count() - 1)
        chosen["item"] = dialog.item.currentText()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_and_start)
    console = window.ask_new_session()
    assert isinstance(console, FacilitatorConsole)
    qtbot.addWidget(console)
    assert window.session_model.rowCount() == before + 1
    with demo_db.reading() as s:
        session = s.get(TechniqueSession, console.session_id)
        assert session is not None and session.technique is Technique.SUJIPULI and session.agenda_item is not None
        assert chosen["item"].endswith(session.agenda_item.title)
    assert console.stage_label.text() == "1/4 สุ — ฟัง"
    ctx.close()


def test_a_workshop_needs_a_title(qtbot: QtBot, db: Database, messages: list[str]) -> None:
    small_office(db)
    dialog = NewSessionDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.meeting.currentData() == -1 and not dialog.item.isEnabled()  # no open meeting: a workshop
    dialog.start()
    assert messages == ["กรุณาตั้งหัวข้อของกิจกรรม"] and dialog.session_id is None
    type_text(dialog.title, "ถอดบทเรียนโรงเรียนคุณภาพ")
    dialog.start()
    assert dialog.session_id is not None and dialog.result() == dialog.DialogCode.Accepted
