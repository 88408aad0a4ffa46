"""The satisfaction tab: paper forms typed in one row at a time, and the meeting's summary beside them.

Keyboard first: the digits of a form (``54435``; ``0`` or a space for an item left blank) move on to the comment
by themselves after the last item, Enter saves the form (one transaction: nothing typed before it is lost) and
starts the next one. A refused key is said beside the field. Backspace in an empty comment goes back to the
digits. In the list above, Enter (or a double click) brings a form back to correct it, Delete removes it; ↑
from an empty row goes up to the list, Esc gives up a correction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.satisfaction import THAI_LAYOUT_TOP_ROW, level, read_digits
from meetingdesk.services import satisfaction
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.survey_models import FormsModel, ItemScoresModel, figure
from meetingdesk.ui.widgets.score_edit import ScoreEdit

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting.window import MeetingWindow

HINT = "color: #555;"
REFUSED = "color: #b00020; font-weight: bold;"
SAVED = "color: #1b5e20;"


class SurveyTab(QWidget):
    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.editing: int | None = None  # the form being corrected, if any
        self.next_number = 1
        self.totals = QLabel()
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.edit_items = QPushButton(self.tr("ข้อคำถามของสำนักงาน…"))
        self.forms_model = FormsModel()
        self.forms = QTableView()
        self.forms.setModel(self.forms_model)
        self.forms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.forms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forms.verticalHeader().hide()
        self.forms.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.forms.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.forms.horizontalHeader().setStretchLastSection(True)
        self.forms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.entry_label = QLabel()
        self.digits = ScoreEdit()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("ข้อเสนอแนะ (ถ้ามี) แล้วกด Enter"))
        self.save_button = QPushButton(self.tr("บันทึก"))
        self.cancel_button = QPushButton(self.tr("ยกเลิกการแก้ไข"))
        self.delete_button = QPushButton(self.tr("ลบฉบับที่เลือก"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        entry = QHBoxLayout()
        entry.addWidget(self.entry_label)
        entry.addWidget(self.digits)
        entry.addWidget(self.comment, 1)  # the buttons go on the row below: the comment keeps its width when
        self.comment.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)  # correcting adds a button
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.forms, 1)
        left_layout.addLayout(entry)
        left_layout.addWidget(self.hint)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.save_button)
        row_buttons.addWidget(self.cancel_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.delete_button)
        left_layout.addLayout(row_buttons)
        self.items_model = ItemScoresModel()
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)  # an item's whole wording, over two lines when it must
        self.items.verticalHeader().hide()
        self.items.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.comments_label = QLabel()
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setSpacing(3)  # one comment from the next
        self.comments.setAlternatingRowColors(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.items, 1)
        right_layout.addWidget(self.comments_label)
        right_layout.addWidget(self.comments, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 690])
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.edit_items)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setTabOrder(self.digits, self.comment)
        self.digits.filled.connect(self.comment.setFocus)
        self.digits.refused.connect(self._refused)
        self.digits.returnPressed.connect(self.save)
        self.digits.textEdited.connect(lambda _t: self._show_hint())
        self.digits.up.connect(self._to_list)
        self.comment.returnPressed.connect(self.save)
        self.comment.installEventFilter(self)
        self.forms.installEventFilter(self)
        self.digits.installEventFilter(self)
        self.forms.doubleClicked.connect(lambda index: self.correct(index.row()))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.edit_items.clicked.connect(self.open_items)

    # --- showing -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        view = satisfaction.survey(self.w.ctx.db, self.w.meeting_id)
        self.view = view
        self.forms_model.set_rows(view.items, view.forms)
        self.items_model.set_rows(view.summary.items)
        self.digits.set_items(len(view.items))
        self.next_number = max((f.number for f in view.forms), default=0) + 1
        s = view.summary
        if s.forms:
            self.totals.setText(
                self.tr("แบบสอบถาม %1 ฉบับ  ·  ค่าเฉลี่ยรวม %2 (S.D. %3)  ·  ระดับ%4")
                .replace("%1", str(s.forms))
                .replace("%2", figure(s.mean))
                .replace("%3", figure(s.sd))
                .replace("%4", level(s.mean, ui_lang()))
            )
        else:
            self.totals.setText(self.tr("ยังไม่มีแบบสอบถามของการประชุมนี้"))
        self.comments_label.setText(self.tr("ข้อเสนอแนะ (%1)").replace("%1", str(len(s.comments))))
        self.comments.clear()
        self.comments.addItems(list(s.comments))
        writable = not self.w.ctx.db.read_only and self.w.rights.may_edit_body(self.w.body_id)
        for widget in (self.digits, self.comment, self.save_button, self.delete_button, self.edit_items):
            widget.setEnabled(writable)
        self.forms.scrollToBottom()
        self._show_entry()

    def _show_entry(self) -> None:
        if self.editing is not None:
            self.entry_label.setText(self.tr("แก้ไขฉบับที่ %1").replace("%1", str(self._number(self.editing))))
        else:
            self.entry_label.setText(self.tr("ฉบับที่ %1").replace("%1", str(self.next_number)))
        self.cancel_button.setVisible(self.editing is not None)
        self._show_hint()

    def _show_hint(self, text: str = "", style: str = HINT) -> None:
        if not text:
            text = self.tr(
                "พิมพ์คะแนน 1–5 ของแต่ละข้อติดกัน (0 หรือเว้นวรรค = ไม่ตอบ) ครบ %1 ข้อแล้วพิมพ์ข้อเสนอแนะ กด Enter เพื่อบันทึก"
            ).replace("%1", str(len(self.view.items)))
        self.hint.setText(text)
        self.hint.setStyleSheet(style)

    def _number(self, form_id: int) -> int:
        return next(f.number for f in self.view.forms if f.id == form_id)

    # --- typing --------------------------------------------------------------------------------------------------

    def _refused(self, key: str, full: bool) -> None:
        if full:
            text = self.tr("ครบ %1 ข้อแล้ว: พิมพ์ข้อเสนอแนะหรือกด Enter").replace("%1", str(len(self.view.items)))
        elif key in THAI_LAYOUT_TOP_ROW:
            text = self.tr("“%1” ไม่ใช่ตัวเลข: แป้นพิมพ์เป็นภาษาไทยอยู่ สลับเป็นภาษาอังกฤษหรือใช้แป้นตัวเลขด้านขวา").replace("%1", key)
        else:
            text = self.tr("“%1” ใช้ไม่ได้: พิมพ์ได้เฉพาะ 1–5 หรือ 0/เว้นวรรคสำหรับข้อที่ไม่ตอบ").replace("%1", key)
        self._show_hint(text, REFUSED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.comment and key == Qt.Key.Key_Backspace and not self.comment.text():
            self.digits.setFocus()
            self.digits.end(False)
            self.digits.backspace()
            return True
        if watched in (self.comment, self.digits) and key == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if watched is self.forms and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.correct(self.forms.currentIndex().row())
            return True
        if watched is self.forms and key == Qt.Key.Key_Delete:
            self.delete_chosen()
            return True
        if (
            watched is self.forms
            and key == Qt.Key.Key_Down
            and self.forms.currentIndex().row() == self.forms_model.rowCount() - 1
        ):
            self.digits.setFocus()
            return True
        return False

    def _to_list(self) -> None:
        if self.forms_model.rowCount():
            self.forms.setFocus()
            self.forms.selectRow(self.forms_model.rowCount() - 1)

    # --- saving --------------------------------------------------------------------------------------------------

    def save(self) -> None:
        """The form in the entry row, as a new form or a correction: one service call, one transaction."""
        typed = self.digits.text()
        if len(typed) < len(self.view.items):
            self._show_hint(
                self.tr("ยังกรอกไม่ครบ: แบบสอบถามมี %1 ข้อ กรอกแล้ว %2 ข้อ (0 หรือเว้นวรรค = ไม่ตอบ)")
                .replace("%1", str(len(self.view.items)))
                .replace("%2", str(len(typed))),
                REFUSED,
            )
            self.digits.setFocus()
            return
        scores, comment = read_digits(typed), self.comment.text()
        if self.editing is None:
            number = self.next_number
            _id, ok = self.w.run(satisfaction.submit_form, self.w.ctx.db, self.w.meeting_id, scores, comment)
        else:
            number = self._number(self.editing)
            _none, ok = self.w.run(satisfaction.correct_form, self.w.ctx.db, self.editing, scores, comment)
        if not ok:
            return
        self.editing = None
        self.digits.clear()
        self.comment.clear()
        self.reload()
        self._show_hint(self.tr("บันทึกฉบับที่ %1 แล้ว").replace("%1", str(number)), SAVED)
        self.digits.setFocus()

    def correct(self, row: int) -> None:
        """Bring a form back into the entry row to correct it."""
        if not 0 <= row < self.forms_model.rowCount() or not self.w.rights.may_edit_body(self.w.body_id):
            return
        form = self.forms_model.forms[row]
        self.editing = form.id
        self.digits.setText(self.forms_model.digits(row))
        self.comment.setText(form.comment)
        self._show_entry()
        self.digits.setFocus()
        self.digits.selectAll()

    def cancel(self) -> None:
        """Give up a correction (or clear a half-typed row)."""
        self.editing = None
        self.digits.clear()
        self.comment.clear()
        self._show_entry()
        self.digits.setFocus()

    def delete_chosen(self) -> None:
        row = self.forms.currentIndex().row()
        if not 0 <= row < self.forms_model.rowCount():
            interaction().warn(self, self.tr("เลือกแบบสอบถามที่จะลบก่อน"))
            return
        form = self.forms_model.forms[row]
        if not interaction().confirm(self, self.tr("ลบแบบสอบถามฉบับที่ %1 หรือไม่?").replace("%1", str(form.number))):
            return
        if self.w.run(satisfaction.delete_form, self.w.ctx.db, form.id)[1]:
            if self.editing == form.id:
                self.editing = None
                self.digits.clear()
                self.comment.clear()
            self.reload()
            self._show_hint(self.tr("ลบฉบับที่ %1 แล้ว").replace("%1", str(form.number)), SAVED)

    def open_items(self) -> None:
        from meetingdesk.ui.dialogs.satisfaction_items_dialog import SatisfactionItemsDialog

        SatisfactionItemsDialog(self.w.ctx, self).exec()
        self.reload()
