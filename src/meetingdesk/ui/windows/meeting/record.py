"""The record tab, per item: what was presented, the discussion, the summary (saved as the secretary types), the
decisions with their kind and votes, the actions with owner and due date; in section 2, certifying the previous
minutes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import DecisionKind
from meetingdesk.domain.errors import EditConflict, ServerUnreachable, UserError
from meetingdesk.domain.thai.dates import date_text, meeting_number_text
from meetingdesk.services import meeting_view, meetings
from meetingdesk.services import people as people_service
from meetingdesk.ui.common import ThaiDateEdit
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.roles import ActionRole, IdRole
from meetingdesk.ui.windows.meeting.record_decisions import DecisionActions

if TYPE_CHECKING:
    from meetingdesk.services.meeting_view import DecisionLine
    from meetingdesk.ui.windows.meeting.window import MeetingWindow

AUTOSAVE_MS = 800
RETRY_MS = 2000  # the office server away: the typed text is kept and saved again this often
SAVED_STYLE, UNSAVED_STYLE = "color: #1b5e20;", "color: #8a1c14; font-weight: bold;"


class RecordTab(DecisionActions):
    """Per item: what was presented, the discussion, the resolution with its kind, actions with owner and due date."""

    FIELDS = ("background", "discussion", "summary")

    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.item_id: int | None = None
        self._version: int | None = None  # the item's version the texts on screen were read at
        self._shown: dict[str, str] = {}  # … and those texts: a field that differs is being edited
        self.edits: dict[str, QPlainTextEdit] = {}
        labels = {
            "background": self.tr("เรื่องที่เสนอ / ข้อเท็จจริง"),
            "discussion": self.tr("การอภิปราย"),
            "summary": self.tr("สรุป"),
        }
        texts = QFormLayout()
        for name in self.FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._typed)
            self.edits[name] = edit
            texts.addRow(labels[name], edit)
        self.saved = QLabel()
        self.saved.setStyleSheet(SAVED_STYLE)
        self.kind = QComboBox()
        for kind in DecisionKind:
            self.kind.addItem(kind.label(ui_lang()), kind)
        self.decision_text = QLineEdit()
        self.decision_text.setPlaceholderText(self.tr("ข้อความมติ แล้วกด Enter (เว้นว่าง: ใช้ชนิดของมติ)"))
        self.votes = QCheckBox(self.tr("ลงคะแนน"))
        self.votes_for, self.votes_against, self.votes_abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.setRange(0, 999)
        self.decisions = QListWidget()
        self.decisions.setWordWrap(True)
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("การดำเนินการตามมติที่เลือก แล้วกด Enter"))
        self.owner = QComboBox()
        self.due = ThaiDateEdit()
        self.has_due = QCheckBox(self.tr("กำหนดเสร็จ"))
        self.has_due.setChecked(True)
        self.certify_button = QPushButton()
        self.certify_button.setVisible(False)
        self.remove_button = QPushButton(self.tr("ลบมติหรืองานที่เลือก…"))
        self.edit_button = QPushButton(self.tr("แก้ไขมติที่เลือก…"))

        decision_box = QGroupBox(self.tr("มติที่ประชุม"))
        d = QGridLayout(decision_box)
        d.addWidget(self.kind, 0, 0)
        d.addWidget(self.decision_text, 0, 1, 1, 4)
        d.addWidget(self.votes, 1, 0)
        for n, (label, box) in enumerate(
            ((self.tr("เห็นด้วย"), self.votes_for), (self.tr("ไม่เห็นด้วย"), self.votes_against),
             (self.tr("งดออกเสียง"), self.votes_abstain))
        ):  # fmt: skip
            pair = QHBoxLayout()
            pair.addWidget(QLabel(label))
            pair.addWidget(box)
            d.addLayout(pair, 1, n + 1)
        d.addWidget(self.remove_button, 1, 4)
        d.addWidget(self.decisions, 2, 0, 1, 5)
        d.addWidget(self.edit_button, 5, 0)
        d.addWidget(self.action_title, 3, 0, 1, 5)
        d.addWidget(QLabel(self.tr("ผู้รับผิดชอบ")), 4, 0)
        d.addWidget(self.owner, 4, 1, 1, 2)
        d.addWidget(self.has_due, 4, 3)
        d.addWidget(self.due, 4, 4)
        right = QVBoxLayout()
        right.addWidget(self.certify_button)
        right.addLayout(texts, 2)
        right.addWidget(self.saved)
        right.addWidget(decision_box, 2)
        right_widget = QWidget()
        right_widget.setLayout(right)
        split = QSplitter()
        split.addWidget(self.items)
        split.addWidget(right_widget)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._pause_in_typing)
        self._conflict: int | None = None  # the item whose save met someone else's change, until the user decides
        self.items.currentItemChanged.connect(self._chosen)
        self.decision_text.returnPressed.connect(self.add_decision)
        self.action_title.returnPressed.connect(self.add_action)
        self.certify_button.clicked.connect(self.certify_previous)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.decisions.itemDoubleClicked.connect(lambda *_a: self.edit_chosen())
        self._loading = False

    def reload(self) -> None:
        self.flush()
        self._list_items()
        if not getattr(self, "_due_started", False):  # a month after the meeting, to start from — once: a date
            self._due_started = True  # the user typed is never moved behind their back (the service judges it)
            self.due.set_date(self.w.meeting_date + dt.timedelta(days=30))
        self.owner.clear()
        self.owner.addItem("—", None)
        for owner in people_service.owners(self.w.ctx.db):  # people, then the work groups (กลุ่มงาน)
            self.owner.addItem(owner.name if owner.kind == "person" else f"◆ {owner.name}", (owner.kind, owner.id))
        if self.items.currentItem() is None and self.items.count():
            self.items.setCurrentRow(0)
        else:
            self._chosen()

    def _list_items(self) -> int | None:
        """The meeting's items as they now are, the chosen one kept chosen (quietly); returns its id."""
        keep = self.item_id
        self.items.blockSignals(True)
        self.items.clear()
        for item in meeting_view.item_titles(self.w.ctx.db, self.w.meeting_id):
            entry = QListWidgetItem(f"{item.number} {item.title}")
            entry.setData(IdRole, item.id)
            self.items.addItem(entry)
            if item.id == keep:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)
        return keep

    def _chosen(self, *_args: object) -> None:
        if not self.flush() and self.item_id is not None:  # not saved (the server away): stay on it, text kept
            self.items.blockSignals(True)
            for row in range(self.items.count()):
                if self.items.item(row).data(IdRole) == self.item_id:
                    self.items.setCurrentRow(row)
            self.items.blockSignals(False)
            return
        entry = self.items.currentItem()
        self.item_id = int(entry.data(IdRole)) if entry is not None else None
        self._loading = True
        try:
            self._show_item()
        finally:
            self._loading = False

    def _show_item(self) -> None:
        editable = self.item_id is not None and not self.w.frozen
        for widget in (*self.edits.values(), self.decision_text, self.action_title, self.kind, self.owner,
                       self.remove_button):  # fmt: skip
            widget.setEnabled(editable)
        self.certify_button.setVisible(False)
        self.decisions.clear()
        self.decision_text.clear()  # a new item starts a new decision: nothing carried over from the last one
        self.votes.setChecked(False)
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.setValue(0)
        self.edit_button.setEnabled(editable)
        if self.item_id is None:
            for edit in self.edits.values():
                edit.setPlainText("")
            return
        item = meeting_view.record_item(self.w.ctx.db, self.item_id)
        self._version = item.version  # what the texts on screen were read at (another person's edit is not lost)
        self._shown = {name: getattr(item.texts, name) for name in self.FIELDS}
        for name, edit in self.edits.items():
            edit.setPlainText(self._shown[name])
        for d in item.decisions:
            self._show_decision(d)
        previous = item.certifies
        if previous is not None:
            number = meeting_number_text(previous.number, previous.year_be)
            self.certify_button.setVisible(True)
            self.certify_button.setEnabled(not previous.certified and not self.w.frozen and self.w.rights.may_certify)
            self.certify_button.setText(
                self.tr("รายงานการประชุมครั้งที่ %1 รับรองแล้ว").replace("%1", number)
                if previous.certified
                else self.tr("ที่ประชุมรับรองรายงานการประชุมครั้งที่ %1").replace("%1", number)
            )
            self._previous = previous.meeting_id
            self._previous_number = number
        if self.decisions.count():
            self.decisions.setCurrentRow(self.decisions.count() - 1)

    def _show_decision(self, d: DecisionLine) -> None:
        """A decision, then its actions indented under it."""
        votes = (
            self.tr(" (เห็นด้วย %1 ไม่เห็นด้วย %2 งดออกเสียง %3)")
            .replace("%1", str(d.votes[0]))
            .replace("%2", str(d.votes[1]))
            .replace("%3", str(d.votes[2]))
            if d.votes is not None
            else ""
        )
        entry = QListWidgetItem(f"{d.kind.label(ui_lang())}: {d.text}{votes}")
        entry.setData(IdRole, d.id)
        self.decisions.addItem(entry)
        for a in d.actions:
            due = (
                self.tr(" ภายใน %1").replace("%1", date_text(a.due_date, ui_lang(), weekday=False))
                if a.due_date
                else ""
            )
            child = QListWidgetItem(f"    → {a.title} ({a.owner or '—'}{due})")
            child.setData(IdRole, d.id)
            child.setData(ActionRole, a.id)
            self.decisions.addItem(child)

    def _typed(self) -> None:
        if not self._loading:
            if self._conflict != self.item_id:
                self.saved.setText(self.tr("กำลังพิมพ์…"))
            self._autosave.start(AUTOSAVE_MS)

    def _pause_in_typing(self) -> None:
        """A pause saves what was typed — unless its last save met someone else's change: then only the user's
        own step (another item, closing, exporting) saves, after asking."""
        if self._conflict != self.item_id:
            self.flush()

    def flush(self) -> bool:
        """Save what was typed into the current item (only what changed). False when it was not saved: the
        office server could not be reached (the text stays on screen, marked not saved, and is saved again by
        itself), someone else changed the same text (shown; saving over it is asked first), or the user chose not
        to save over it."""
        self._autosave.stop()
        if self.item_id is None or self.w.frozen or self._loading:
            return True
        if self._conflict == self.item_id:
            if not interaction().confirm(self, self.tr(
                "ข้อความในระเบียบวาระนี้มีผู้อื่นแก้ไขหลังจากที่คุณเปิดอ่าน (ตามที่แจ้งไว้ก่อนหน้า)\n"
                "บันทึกข้อความของคุณแทนที่ข้อความของเขาหรือไม่?\n"
                "ตอบ “ไม่” — ข้อความของคุณยังอยู่บนจอ และยังไม่ได้บันทึก"
            )):  # fmt: skip
                return False
            self._conflict = None
        try:
            return self._save_typed(self.item_id)
        except ServerUnreachable:
            self.saved.setText(self.tr("ยังไม่ได้บันทึก — ติดต่อเครื่องแม่ข่ายไม่ได้ ข้อความยังอยู่ และจะบันทึกเองเมื่อติดต่อได้"))
            self.saved.setStyleSheet(UNSAVED_STYLE)
            self._autosave.start(RETRY_MS)
            return False

    def _save_typed(self, item_id: int) -> bool:
        db = self.w.ctx.db
        stored = meeting_view.item_texts(db, item_id)
        if stored is None:
            return True
        changes = {n: e.toPlainText() for n, e in self.edits.items() if getattr(stored, n) != e.toPlainText()}
        if changes:
            try:
                self._version = meetings.update_agenda_item(db, item_id, expected_version=self._version, **changes)
            except ServerUnreachable:
                raise
            except UserError as exc:
                # Refused (someone else changed the same text; the message shows theirs): the typed text stays
                # on screen, marked not saved; saving it over theirs is the user's choice, asked (flush).
                interaction().warn(self, exc.message(ui_lang()))
                item = meeting_view.record_item(db, item_id)
                self._version = item.version
                self._shown = {name: getattr(item.texts, name) for name in self.FIELDS}
                if isinstance(exc, EditConflict):
                    self._conflict = item_id
                    self.saved.setText(self.tr("ยังไม่ได้บันทึก — มีผู้อื่นแก้ไขข้อความเดียวกัน"))
                    self.saved.setStyleSheet(UNSAVED_STYLE)
                return False
            self._shown.update(changes)
            self.w.show_heading()
            self.w.changed.emit()
        if changes or self.saved.styleSheet() == UNSAVED_STYLE:
            self.saved.setStyleSheet(SAVED_STYLE)
            self.saved.setText(self.tr("บันทึกแล้ว ✓ ") + dt.datetime.now().strftime("%H:%M:%S"))
        return True

    def follow(self) -> None:
        """Another user changed this meeting's record (an office server): the items' titles, the decisions
        and actions, and each text field not being edited here are shown as they now are. A field being edited
        keeps what was typed, and the version it was read at, so saving it meets the version check: refused,
        with their change shown, only if they changed that same field."""
        keep = self._list_items()
        if keep is None or self.items.currentItem() is None:  # the item was deleted: its texts were saved before
            self._chosen()
            return
        item = meeting_view.record_item(self.w.ctx.db, keep)
        editing = {name for name, edit in self.edits.items() if edit.toPlainText() != self._shown.get(name)}
        self._loading = True
        try:
            for name in set(self.FIELDS) - editing:
                self._shown[name] = getattr(item.texts, name)
                if self.edits[name].toPlainText() != self._shown[name]:
                    self.edits[name].setPlainText(self._shown[name])
        finally:
            self._loading = False
        if not editing:
            self._version = item.version
        chosen_row = self.decisions.currentRow()
        self.decisions.clear()
        for d in item.decisions:
            self._show_decision(d)
        self.decisions.setCurrentRow(min(chosen_row, self.decisions.count() - 1))
