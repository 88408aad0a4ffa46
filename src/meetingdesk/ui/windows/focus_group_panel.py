"""The focus group's side of the console: the question route (questions with their time; the one being discussed
files every response under it), participants' codes and consent, codes (themes) and quotes on the selected
responses, and the focus-group report exported as DOCX or PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import RouteQuestionKind, SessionStatus
from meetingdesk.services import sessions
from meetingdesk.techniques.undo import Command
from meetingdesk.ui.common import ask_text, chosen, ui_lang
from meetingdesk.ui.file_dialogs import save_file
from meetingdesk.ui.windows.technique_panels import IdRole, TechniquePanel

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole


class FocusGroupPanel(TechniquePanel):
    def __init__(self, console: FacilitatorConsole) -> None:
        super().__init__(console, self.tr("เส้นทางคำถาม"))
        self.current_question: int | None = None
        self._texts: dict[int, str] = {}
        self._minutes: dict[int, int] = {}
        self._codes: set[str] = set()
        self._consented: set[str] = set()
        self.route = QListWidget()
        self.route.setWordWrap(True)
        self.route.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)  # F2 opens the question's own dialog
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
        self.export_button = QPushButton(self.tr("ส่งออกรายงานการสนทนากลุ่ม…"))

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
        layout.addWidget(self.export_button)

        self.question.returnPressed.connect(self.add_question)
        self.route.currentItemChanged.connect(self._question_chosen)
        self.participants.returnPressed.connect(self.add_participants)
        self.tags.returnPressed.connect(self.tag_selected)
        self.tag_button.clicked.connect(self.tag_selected)
        self.export_button.clicked.connect(self.ask_export)
        console.cards_view.selectionModel().currentChanged.connect(self._card_chosen)
        self.route.setToolTip(self.tr("F2 หรือดับเบิลคลิกเพื่อแก้คำถาม, Delete เพื่อลบคำถามที่ยังไม่มีความคิดเห็น"))
        self.route.itemDoubleClicked.connect(lambda _item: self.edit_question())
        for keys, slot in (("F2", self.edit_question), ("Delete", self.delete_question)):
            shortcut = QShortcut(QKeySequence(keys), self.route, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def refresh(self) -> None:
        view = sessions.route_view(self.console.db, self.console.session_id)
        self._texts = {q.id: q.text for q in view.questions}
        self._minutes = {q.id: q.minutes for q in view.questions}
        minutes = self.tr(" นาที")
        rows = [
            (q.id, f"{n}. [{q.kind.label(ui_lang())} · {q.minutes}{minutes}] {q.text}  ({q.responses})")
            for n, q in enumerate(view.questions, 1)
        ]
        if self.current_question not in self._texts:
            last = view.last_answered
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
        self._codes = {code for code, _consent in view.participants}
        self._consented = {code for code, consent in view.participants if consent}
        codes = [f"{code} ✓" if consent else code for code, consent in view.participants]
        consented = sum(1 for _code, consent in view.participants if consent)
        self.codes_label.setText(
            self.tr("ผู้เข้าร่วม: ")
            + (", ".join(codes) or "—")
            + self.tr("  (ให้ความยินยอม %1 คน)").replace("%1", str(consented))
        )

    def note_on_capture(self, code: str) -> str:
        if not code or code in self._consented:
            return ""
        if code in self._codes:
            return self.tr("%1 ยังไม่ได้ให้ความยินยอมในการบันทึก").replace("%1", code)
        return self.tr("%1 ยังไม่อยู่ในรายชื่อผู้เข้าร่วม: เพิ่มรหัสพร้อมความยินยอมทางขวา").replace("%1", code)

    def inputs(self) -> list[QWidget]:
        return [self.kind, self.question, self.minutes, self.participants, self.consent, self.tags, self.quote,
                self.tag_button]  # fmt: skip

    def capture_kwargs(self) -> dict[str, Any]:
        return {"route_question_id": self.current_question} if self.current_question is not None else {}

    def prompt(self) -> str | None:
        if self.console.session.stage != "discuss" or self.current_question is None:
            return None
        return self._texts.get(self.current_question)

    def add_question(self) -> None:
        kind = chosen(self.kind, RouteQuestionKind)
        qid, ok = self.console.run(
            sessions.add_route_question, self.console.db, self.console.session_id, kind, self.question.text(),
            self.minutes.value(),
        )  # fmt: skip
        if ok:
            self.question.clear()
            self.current_question = self.current_question or qid
            self.refresh()
            self.console.show_stage()

    def edit_question(self, text: str | None = None, minutes: int | None = None) -> bool:
        """F2 or a double click: the chosen question's wording and time corrected (Ctrl+Z restores them)."""
        if self.route.currentRow() < 0:
            return False
        qid = int(self.route.currentItem().data(IdRole))
        if text is None:
            text = ask_text(self, self.tr("แก้คำถาม"), self.tr("คำถาม"), self._texts[qid])
            if text is None:
                return False
        was, ok = self.console.run(
            sessions.edit_route_question, self.console.db, qid, text,
            self._minutes[qid] if minutes is None else minutes,
        )  # fmt: skip
        if not ok or was is None:
            return False
        now = (text, self._minutes[qid] if minutes is None else minutes)
        self.console.undo_stack.push(
            Command(
                "edit question",
                undo=partial(sessions.edit_route_question, self.console.db, qid, *was),
                redo=partial(sessions.edit_route_question, self.console.db, qid, *now),
            )
        )
        self.refresh()
        self.console.show_stage()
        return True

    def delete_question(self) -> bool:
        """Delete: a question added by mistake leaves the route (one with responses stays, with a message)."""
        if self.route.currentRow() < 0:
            return False
        qid = int(self.route.currentItem().data(IdRole))
        if not self.console.run(sessions.delete_route_question, self.console.db, qid)[1]:
            return False
        removed_current = self.current_question == qid
        if removed_current:
            self.current_question = None
        self.refresh()
        if removed_current and self.current_question is not None:
            self._ready_timer()  # the question now discussed: its time
        self.console.show_stage()
        return True

    def _ready_timer(self) -> None:
        if self.current_question is None:
            return
        if self.console.session.stage == "discuss" and self.console.session.status is SessionStatus.ACTIVE:
            self.console.set_timer(self._minutes[self.current_question] * 60)  # this question's time, ready

    def _question_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current_question = int(item.data(IdRole))
        self._ready_timer()
        self.console.show_stage()
        self.console.show_board()  # the room sees this question's responses
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
        row = self.console.card_model.row(card_id)
        self.tags.setText(", ".join(row.tags))
        self.quote.setChecked(row.quote)

    def tag_selected(self) -> None:
        """The codes (and the quote mark) on every selected response: one transaction, one undo step."""
        ids = self.console.selected_card_ids()
        if not ids:
            self.console.inform(self.tr("เลือกความเห็นที่จะติดรหัสก่อน"))
            return
        tags = self.tags.text().split(",")
        if not self.console.tag_cards(ids, tags, quote=self.quote.isChecked()):
            return
        codes = ", ".join(t.strip() for t in tags if t.strip()) or "—"
        self.console.status(self.tr("ติดรหัสแล้ว %n ความเห็น: ").replace("%n", str(len(ids))) + codes)

    def ask_export(self) -> Path | None:
        name = save_file(
            self, self.tr("บันทึกรายงานการสนทนากลุ่ม"), self.tr("รายงานการสนทนากลุ่ม") + ".docx",
            "DOCX (*.docx);;PDF (*.pdf)",
        )  # fmt: skip
        return self.export_to(name) if name else None

    def export_to(self, target: Path) -> Path | None:
        """The focus-group report as DOCX or PDF (by the name's ending); all or nothing."""
        from meetingdesk.services.documents import export_document

        fmt = "pdf" if target.suffix.lower() == ".pdf" else "docx"
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + ".docx")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path, ok = self.console.run(
                export_document, self.console.db, "focus-group", self.console.session_id, fmt, target
            )
        finally:
            QApplication.restoreOverrideCursor()
        if ok and path is not None:
            self.console.status(self.tr("บันทึกรายงานการสนทนากลุ่มแล้ว: ") + str(path))
        return path
