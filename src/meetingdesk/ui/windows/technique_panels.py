"""What each technique adds to the facilitator's console, beside the board every technique shares.

- focus group: the question route (add questions with their time, pick the one being discussed, so every
  response is filed under it), participant codes, and tagging responses with codes and marking quotes;
- synthesis: pulling in project findings (by phase) and another session's cards, and a conclusion per theme;
- su-ji-pu-li: the question queue (who asked whom; answered, deferred, or made an action to follow up).

Each panel calls ``services.sessions`` (one transaction per action) through the console, so a refusal becomes a
message and nothing changes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from sqlalchemy import select

from meetingdesk.domain.enums import CardKind, Phase, QuestionStatus, RouteQuestionKind, Technique
from meetingdesk.services import question_queue, sessions
from meetingdesk.storage.models import Card, Participant, RouteQuestion, TechniqueSession
from meetingdesk.techniques.undo import Command
from meetingdesk.ui.common import chosen, ui_lang

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

IdRole = Qt.ItemDataRole.UserRole + 10


class TechniquePanel(QGroupBox):
    """Nothing extra (brainstorming and free-form group process need only the board)."""

    def __init__(self, console: FacilitatorConsole, title: str = "") -> None:
        super().__init__(title)
        self.console = console

    def refresh(self) -> None:
        """Re-read what the panel shows (after any change to the session)."""

    def capture_kwargs(self) -> dict[str, Any]:
        """What a typed line carries besides its text (the question it answers, whom it asks)."""
        return {}

    def prompt(self) -> str | None:
        """The prompt to show instead of the stage's own (the focus group's current question)."""
        return None

    def timer_seconds(self) -> int | None:
        """The countdown to start with instead of the stage's own (the current question's time allowance)."""
        return None


class FocusGroupPanel(TechniquePanel):
    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("เส้นทางคำถาม"))
        self.current_question: int | None = None
        self.route = QListWidget()
        self.route.setWordWrap(True)
        self.kind = QComboBox()
        for kind in RouteQuestionKind:
            self.kind.addItem(kind.label(ui_lang()), kind)
        self.kind.setCurrentIndex(list(RouteQuestionKind).index(RouteQuestionKind.KEY))
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("คำถามใหม่ แล้วกด Enter"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 180)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" นาที"))
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("รหัสผู้เข้าร่วม เช่น P1, P2, P3 แล้วกด Enter"))
        self.consent = QCheckBox(self.tr("ให้ความยินยอมในการบันทึกแล้ว"))
        self.codes_label = QLabel()
        self.codes_label.setWordWrap(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("รหัสประเด็นของความเห็นที่เลือก คั่นด้วย ,"))
        self.quote = QCheckBox(self.tr("คำพูดเด่น"))
        self.tag_button = QPushButton(self.tr("ติดรหัส"))

        add = QHBoxLayout()
        add.addWidget(self.kind)
        add.addWidget(self.question, 1)
        add.addWidget(self.minutes)
        tag = QHBoxLayout()
        tag.addWidget(self.tags, 1)
        tag.addWidget(self.quote)
        tag.addWidget(self.tag_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.route, 1)
        layout.addLayout(add)
        who = QHBoxLayout()
        who.addWidget(self.participants, 1)
        who.addWidget(self.consent)
        layout.addLayout(who)
        layout.addWidget(self.codes_label)
        layout.addLayout(tag)

        self.question.returnPressed.connect(self.add_question)
        self.route.currentItemChanged.connect(self._question_chosen)
        self.participants.returnPressed.connect(self.add_participants)
        self.tags.returnPressed.connect(self.tag_selected)
        self.tag_button.clicked.connect(self.tag_selected)
        console.cards_view.selectionModel().currentChanged.connect(self._card_chosen)

    def refresh(self) -> None:
        with self.console.db.reading() as s:
            questions = s.scalars(
                select(RouteQuestion)
                .where(RouteQuestion.session_id == self.console.session_id)
                .order_by(RouteQuestion.position)
            ).all()
            counts: dict[int, int] = {}
            for qid in s.scalars(
                select(Card.route_question_id).where(
                    Card.session_id == self.console.session_id, Card.deleted_at.is_(None)
                )
            ):
                if qid is not None:
                    counts[qid] = counts.get(qid, 0) + 1
            last = s.scalar(
                select(Card.route_question_id)
                .where(Card.session_id == self.console.session_id, Card.route_question_id.is_not(None))
                .order_by(Card.id.desc())
                .limit(1)
            )
            people = s.execute(
                select(Participant.code, Participant.consent)
                .where(Participant.session_id == self.console.session_id)
                .order_by(Participant.id)
            ).all()
            codes = [f"{code} ✓" if consent else code for code, consent in people]
            consented = sum(1 for _code, consent in people if consent)
            self._texts = {q.id: q.text for q in questions}
            self._minutes = {q.id: q.minutes for q in questions}
            rows = [
                (
                    q.id,
                    f"{n}. [{q.kind.label(ui_lang())} · {q.minutes}"
                    + self.tr(" นาที")
                    + f"] {q.text}  ({counts.get(q.id, 0)})",
                )
                for n, q in enumerate(questions, 1)
            ]
        if self.current_question not in self._texts:
            self.current_question = last if last in self._texts else (rows[0][0] if rows else None)
        self.route.blockSignals(True)
        self.route.clear()
        for qid, label in rows:
            item = QListWidgetItem(label)
            item.setData(IdRole, qid)
            self.route.addItem(item)
            if qid == self.current_question:
                self.route.setCurrentItem(item)
        self.route.blockSignals(False)
        self.codes_label.setText(
            self.tr("ผู้เข้าร่วม: ")
            + (", ".join(codes) or "—")
            + self.tr("  (ให้ความยินยอม %1 คน)").replace("%1", str(consented))
        )

    def capture_kwargs(self) -> dict[str, Any]:
        return {"route_question_id": self.current_question} if self.current_question is not None else {}

    def prompt(self) -> str | None:
        if self.console.session.stage != "discuss" or self.current_question is None:
            return None
        return self._texts.get(self.current_question)

    def add_question(self) -> None:
        kind = chosen(self.kind, RouteQuestionKind)
        qid, ok = self.console.run(
            sessions.add_route_question,
            self.console.db,
            self.console.session_id,
            kind,
            self.question.text(),
            self.minutes.value(),
        )
        if ok:
            self.question.clear()
            self.current_question = self.current_question or qid
            self.refresh()
            self.console.show_stage()

    def _question_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current_question = int(item.data(IdRole))
        self.console.show_stage()
        self.console.changed.emit()

    def timer_seconds(self) -> int | None:
        if self.console.session.stage != "discuss" or self.current_question is None:
            return None
        return self._minutes[self.current_question] * 60

    def add_participants(self) -> None:
        """The codes typed (P1, P2 …), with whether they consented to the recording: one transaction."""
        codes = self.participants.text().replace(" ", ",").split(",")
        _ids, ok = self.console.run(
            sessions.add_participants, self.console.db, self.console.session_id, codes, consent=self.consent.isChecked()
        )
        if ok:
            self.participants.clear()
            self.refresh()

    def _card_chosen(self, *_args: object) -> None:
        card_id = self.console.current_card_id()
        if card_id is None:
            return
        with self.console.db.reading() as s:
            card = s.get(Card, card_id)
            if card is None:
                return
            self.tags.setText(", ".join(card.tags.splitlines()))
            self.quote.setChecked(card.quote)

    def tag_selected(self) -> None:
        """The codes (and the quote mark) on every selected response."""
        ids = self.console.selected_card_ids()
        if not ids:
            self.console.inform(self.tr("เลือกความเห็นที่จะติดรหัสก่อน"))
            return
        tags = [t for t in self.tags.text().split(",")]
        for card_id in ids:
            _none, ok = self.console.run(
                sessions.tag_card, self.console.db, card_id, tags, quote=self.quote.isChecked()
            )
            if not ok:
                return
        codes = ", ".join(t.strip() for t in tags if t.strip()) or "—"
        self.console.status(self.tr("ติดรหัสแล้ว %n ความเห็น: ").replace("%n", str(len(ids))) + codes)


class SynthesisPanel(TechniquePanel):
    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("ข้อมูลนำเข้าและข้อสรุป"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("ทุกระยะ"), None)
        for phase in Phase:
            self.phase.addItem(phase.label(ui_lang()), phase)
        self.pull_findings_button = QPushButton(self.tr("ดึงผลการดำเนินงานโครงการ"))
        self.source = QComboBox()
        for combo in (self.phase, self.source):  # long session titles must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.tagged_only = QCheckBox(self.tr("เฉพาะที่ติดรหัส"))
        self.pull_cards_button = QPushButton(self.tr("ดึงการ์ดจากกิจกรรมนี้"))
        self.theme_label = QLabel(self.tr("เลือกประเด็นทางขวาเพื่อเขียนข้อสรุป"))
        self.theme_label.setWordWrap(True)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setPlaceholderText(self.tr("ข้อสรุปของประเด็นที่เลือก"))
        self.save_conclusion_button = QPushButton(self.tr("บันทึกข้อสรุป"))

        form = QFormLayout()
        findings = QHBoxLayout()
        findings.addWidget(self.phase, 1)
        findings.addWidget(self.pull_findings_button)
        form.addRow(self.tr("ระยะ"), findings)
        cards = QHBoxLayout()
        cards.addWidget(self.source, 1)
        cards.addWidget(self.tagged_only)
        form.addRow(self.tr("กิจกรรม"), cards)
        form.addRow("", self.pull_cards_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.conclusion, 1)
        layout.addWidget(self.save_conclusion_button)

        self.pull_findings_button.clicked.connect(self.pull_findings)
        self.pull_cards_button.clicked.connect(self.pull_cards)
        self.save_conclusion_button.clicked.connect(self.save_conclusion)
        console.clusters_view.selectionModel().currentChanged.connect(self._theme_chosen)
        # a conclusion being typed is saved as the record tab saves: after a pause, and before another theme shows
        self._theme_id: int | None = None
        self._saved_text = ""
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1500)
        self._autosave.timeout.connect(self.flush_conclusion)
        self.conclusion.textChanged.connect(lambda: self._autosave.start() if self._theme_id is not None else None)

    def refresh(self) -> None:
        with self.console.db.reading() as s:
            others = s.execute(
                select(TechniqueSession.id, TechniqueSession.technique, TechniqueSession.title)
                .where(TechniqueSession.id != self.console.session_id)
                .order_by(TechniqueSession.id.desc())
            ).all()
        previous = self.source.currentData()
        self.source.clear()
        for sid, technique, title in others:
            self.source.addItem(f"{technique.label(ui_lang())}: {title}", sid)
        if previous is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(previous)))
        self._theme_chosen()

    def pull_findings(self) -> None:
        added, ok = self.console.run(
            sessions.pull_findings, self.console.db, self.console.session_id, phase=chosen(self.phase, Phase)
        )
        if ok:
            self.console.reload()
            self.console.status(self.tr("เพิ่มผลการดำเนินงาน %n รายการ").replace("%n", str(added)))

    def pull_cards(self) -> None:
        source = self.source.currentData()
        if source is None:
            self.console.inform(self.tr("ยังไม่มีกิจกรรมอื่นให้ดึงการ์ด"))
            return
        added, ok = self.console.run(
            sessions.pull_cards,
            self.console.db,
            self.console.session_id,
            source,
            tagged_only=self.tagged_only.isChecked(),
        )
        if ok:
            self.console.reload()
            self.console.status(self.tr("เพิ่มการ์ด %n ใบ").replace("%n", str(added)))

    def _theme_chosen(self, *_args: object) -> None:
        self.flush_conclusion()  # what was typed for the theme left behind is kept
        cluster_id = self.console.selected_cluster()
        self.save_conclusion_button.setEnabled(cluster_id is not None)
        if cluster_id is None:
            return
        from meetingdesk.storage.models import Cluster

        with self.console.db.reading() as s:
            cluster = s.get(Cluster, cluster_id)
            if cluster is None:
                return
            self.theme_label.setText(self.tr("ข้อสรุปของประเด็น: ") + cluster.name)
            self._theme_id = None  # loading, not typing
            self.conclusion.setPlainText(cluster.conclusion)
            self._theme_id, self._saved_text = cluster_id, cluster.conclusion

    def flush_conclusion(self) -> bool:
        """Save the conclusion shown, if it changed since it was shown or last saved."""
        self._autosave.stop()
        text = self.conclusion.toPlainText()
        if self._theme_id is None or text == self._saved_text:
            return False
        name = dict(self.console.clusters()).get(self._theme_id, "")
        _none, ok = self.console.run(sessions.rename_cluster, self.console.db, self._theme_id, name, conclusion=text)
        if ok:
            self._saved_text = text
            self.console.status(self.tr("บันทึกข้อสรุปแล้ว"))
        return ok

    def save_conclusion(self) -> None:
        if self.console.selected_cluster() is None:
            self.console.inform(self.tr("เลือกประเด็นก่อน"))
            return
        self.flush_conclusion()


class QuestionQueuePanel(TechniquePanel):
    """Su-ji-pu-li's ask stage: the questions in the order they were asked, and what became of each."""

    MARK: ClassVar[dict[QuestionStatus, str]] = {
        QuestionStatus.OPEN: "?",
        QuestionStatus.ANSWERED: "✓",
        QuestionStatus.DEFERRED: "→",
    }

    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("คิวคำถาม"))
        self.asked_to = QLineEdit()
        self.asked_to.setPlaceholderText(self.tr("ถามใคร (ผู้ตอบ) — ใช้กับคำถามที่พิมพ์ต่อจากนี้"))
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("สาระของคำตอบ แล้วกด Enter"))
        self.answered_button = QPushButton(self.tr("ตอบแล้ว"))
        self.defer_button = QPushButton(self.tr("ยกไปติดตาม"))
        self.action_button = QPushButton(self.tr("ทำเป็นงานที่ต้องติดตาม"))
        buttons = QHBoxLayout()
        for button in (self.answered_button, self.defer_button, self.action_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.asked_to)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.answer)
        layout.addLayout(buttons)
        self.answer.returnPressed.connect(lambda: self.settle(defer=False))
        self.answered_button.clicked.connect(lambda: self.settle(defer=False))
        self.defer_button.clicked.connect(lambda: self.settle(defer=True))
        self.action_button.clicked.connect(self.to_action)

    def refresh(self) -> None:
        with self.console.db.reading() as s:
            questions = s.scalars(
                select(Card)
                .where(
                    Card.session_id == self.console.session_id,
                    Card.kind == CardKind.QUESTION,
                    Card.deleted_at.is_(None),
                )
                .order_by(Card.position)
            ).all()
            rows = []
            for q in questions:
                who = f"{q.participant_code or '—'} → {q.asked_to or '—'}"
                status = q.question_status or QuestionStatus.OPEN
                mark = "⚑" if q.action_id else self.MARK[status]
                answer = f"\n    {q.answer}" if q.answer else ""
                rows.append((q.id, f"{mark} {who}: {q.text}{answer}"))
        chosen = self.current_question()
        self.queue.clear()
        for qid, label in rows:
            item = QListWidgetItem(label)
            item.setData(IdRole, qid)
            self.queue.addItem(item)
            if qid == chosen:
                self.queue.setCurrentItem(item)

    def capture_kwargs(self) -> dict[str, Any]:
        return {"asked_to": self.asked_to.text()} if self.console.session.stage == "ask" else {}

    def current_question(self) -> int | None:
        item = self.queue.currentItem()
        return int(item.data(IdRole)) if item is not None else None

    def _chosen_or_tell(self) -> int | None:
        qid = self.current_question()
        if qid is None:
            self.console.inform(self.tr("เลือกคำถามในคิวก่อน"))
        return qid

    def settle(self, *, defer: bool) -> None:
        qid = self._chosen_or_tell()
        if qid is None:
            return
        db = self.console.db
        was = question_queue.state(db, qid)
        _none, ok = self.console.run(sessions.answer_question, db, qid, self.answer.text(), defer=defer)
        if ok:
            now = question_queue.state(db, qid)
            self.console.undo_stack.push(
                Command(
                    "defer question" if defer else "answer question",
                    undo=partial(question_queue.put_back, db, qid, was),
                    redo=partial(question_queue.put_back, db, qid, now),
                )
            )
            self.answer.clear()
            self.refresh()

    def to_action(self) -> None:
        """A deferred question becomes a decision with an action on the agenda item, to be followed up."""
        qid = self._chosen_or_tell()
        if qid is None:
            return
        db, sid = self.console.db, self.console.session_id
        was = question_queue.state(db, qid)
        _decision, ok = self.console.run(sessions.make_decision, db, sid, card_id=qid)
        if ok:
            self.console.undo_stack.push(
                Command(
                    "question to action",
                    undo=partial(question_queue.take_back_action, db, qid, was),
                    redo=partial(sessions.make_decision, db, sid, card_id=qid),
                )
            )
            self.refresh()
            self.console.status(self.tr("บันทึกเป็นงานที่ต้องติดตามแล้ว"))


def panel_for(console: FacilitatorConsole, technique: Technique) -> TechniquePanel:
    panels: dict[Technique, type[TechniquePanel]] = {
        Technique.FOCUS_GROUP: FocusGroupPanel,
        Technique.SYNTHESIS: SynthesisPanel,
        Technique.SUJIPULI: QuestionQueuePanel,
    }
    return panels.get(technique, TechniquePanel)(console)
