"""One meeting, from the agenda to the exported minutes: details, agenda, attendance, the record, export.

Every change goes through a service (one transaction) before the window shows it. Text typed into the record
is saved as the secretary types (after a pause, when another item is chosen, and when the window closes), so
nothing typed is lost to a crash.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from meetingdesk.domain.enums import (
    AgendaSection,
    AttendanceStatus,
    DecisionKind,
    MeetingStatus,
    RecordingStyle,
)
from meetingdesk.domain.errors import UserError
from meetingdesk.domain.numbering import item_number
from meetingdesk.domain.thai.dates import date_text, meeting_number_text
from meetingdesk.services import actions, attendance, meetings
from meetingdesk.services import people as people_service
from meetingdesk.services.context import AppContext
from meetingdesk.services.signatures import signature_defaults
from meetingdesk.storage.models import AgendaItem, Attendance, Finding, Meeting, Person, Project
from meetingdesk.techniques.undo import Command, UndoStack
from meetingdesk.ui.common import ThaiDateEdit, chosen, person_name, run, undo_redo_shortcuts
from meetingdesk.ui.file_dialogs import open_file, save_file

IdRole = Qt.ItemDataRole.UserRole + 20
SectionRole = Qt.ItemDataRole.UserRole + 21
ActionRole = Qt.ItemDataRole.UserRole + 22
AUTOSAVE_MS = 800


def _people(ctx: AppContext) -> list[tuple[int, str]]:
    with ctx.db.reading() as s:
        rows = s.execute(select(Person.id, Person.prefix, Person.first_name, Person.last_name).order_by(Person.id))
        return [(pid, person_name(p, f, la)) for pid, p, f, la in rows]


class MeetingWindow(QWidget):
    """The secretary's window for one meeting."""

    changed = Signal()  # the meeting changed (the main window refreshes its lists)

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.lang = ctx.lang
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.frozen_note = QLabel()
        self.frozen_note.setStyleSheet("background: #e8f0fe; padding: 6px;")
        self.tabs = QTabWidget()
        self.details = DetailsTab(self)
        self.agenda = AgendaTab(self)
        self.attendance = AttendanceTab(self)
        self.record = RecordTab(self)
        self.export = ExportTab(self)
        self.tabs.addTab(self.details, self.tr("รายละเอียด"))
        self.tabs.addTab(self.agenda, self.tr("ระเบียบวาระ"))
        self.tabs.addTab(self.attendance, self.tr("ผู้เข้าประชุม"))
        self.tabs.addTab(self.record, self.tr("บันทึกการประชุม"))
        self.tabs.addTab(self.export, self.tr("ส่งออกเอกสาร"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.frozen_note)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(5):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self).activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))
        self.resize(1180, 780)
        self.reload()

    def show_item(self, item_id: int) -> None:
        """The record of one agenda item (where a search hit is)."""
        self.tabs.setCurrentWidget(self.record)
        items = self.record.items
        for row in range(items.count()):
            if items.item(row).data(IdRole) == item_id:
                items.setCurrentRow(row)
                return

    def show_heading(self) -> None:
        """Number, date and status: a date moved or a status moved on (attendance, a record) shows at once."""
        with self.ctx.db.reading() as s:
            meeting = s.get(Meeting, self.meeting_id)
            assert meeting is not None
            self.meeting_date = meeting.date
            self.body_id = meeting.body_id
            self.status = meeting.status
            number = meeting_number_text(meeting.number, meeting.year_be)
            title = f"{meeting.body.name} " + self.tr("ครั้งที่ %1").replace("%1", number)
            when = date_text(meeting.date, self.lang)
            self.heading.setText(f"{title}\n{when}  ·  {meeting.status.label(self.lang)}")
        self.setWindowTitle(f"MeetingDesk — {title}")

    def reload(self) -> None:
        self.show_heading()
        self.frozen = self.status is MeetingStatus.CERTIFIED or self.ctx.db.read_only
        self.frozen_note.setVisible(self.frozen)
        self.frozen_note.setText(
            self.tr("รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้ (การแก้ไขหลังรับรองทำในการประชุมครั้งถัดไป)")
            if self.status is MeetingStatus.CERTIFIED
            else self.tr("เปิดแบบอ่านอย่างเดียว")
        )
        for tab in (self.details, self.agenda, self.attendance, self.record, self.export):
            tab.reload()

    def run(self, action: Any, *args: Any, **kwargs: Any) -> tuple[Any, bool]:
        result = run(self, self.lang, action, *args, **kwargs)
        if result[1]:
            self.show_heading()
            self.changed.emit()
        return result

    def _tab_changed(self, _index: int) -> None:
        self.record.flush()
        self.details.save_if_changed()

    def closeEvent(self, event: Any) -> None:
        self.record.flush()  # whatever was typed is saved before the window goes
        self.details.save_if_changed()
        super().closeEvent(event)


# --- details ---------------------------------------------------------------------------------------------


class DetailsTab(QWidget):
    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.title = QLineEdit()
        self.date = ThaiDateEdit()
        self.place = QLineEdit()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.has_end = QCheckBox(self.tr("เลิกประชุมแล้ว"))
        self.recording_style = QComboBox()
        for style in RecordingStyle:
            self.recording_style.addItem(style.label(window.lang), style)
        self.status = QComboBox()
        for status in MeetingStatus:
            if status is not MeetingStatus.CERTIFIED:
                self.status.addItem(status.label(window.lang), status)
        self.chair = QComboBox()
        self.minute_taker = QComboBox()
        self.minutes_checker = QComboBox()
        self.opening = QPlainTextEdit()
        self.opening.setPlaceholderText(self.tr("ข้อความเปิดประชุม เช่น เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดประชุม…"))
        self.save_button = QPushButton(self.tr("บันทึกรายละเอียด"))
        self.saved = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("เรื่อง (ถ้ามี)"), self.title)
        form.addRow(self.tr("วันที่"), self.date)
        form.addRow(self.tr("สถานที่"), self.place)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.has_end)
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(self.tr("เวลา"), times)
        form.addRow(self.tr("ประธานในที่ประชุม"), self.chair)
        form.addRow(self.tr("ผู้จดรายงานการประชุม"), self.minute_taker)
        form.addRow(self.tr("ผู้ตรวจรายงานการประชุม"), self.minutes_checker)
        form.addRow(self.tr("วิธีจดรายงาน"), self.recording_style)
        form.addRow(self.tr("สถานะ"), self.status)
        form.addRow(self.tr("การเปิดประชุม"), self.opening)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save)
        self.dirty = self._loading = False
        for signal in (self.title.textEdited, self.date.dateChanged, self.place.textEdited, self.start.timeChanged,
                       self.end.timeChanged,
                       self.has_end.toggled, self.recording_style.activated, self.status.activated,
                       self.chair.activated, self.minute_taker.activated, self.minutes_checker.activated,
                       self.opening.textChanged):  # fmt: skip
            signal.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.saved.setText(self.tr("ยังไม่ได้บันทึก (บันทึกให้เองเมื่อเปลี่ยนแท็บหรือปิดหน้าต่าง)"))

    def save_if_changed(self) -> None:
        """Nothing typed is lost: leaving the tab or closing the window saves the details."""
        if self.dirty and not self.w.frozen:
            self.save()

    def reload(self) -> None:
        self._loading = True
        try:
            filled = self._reload()
        finally:
            self._loading = False
        self.dirty = False
        if filled and not self.w.frozen:  # signatories taken from the body's roles: saved on leaving, as typed
            self._edited()

    def _reload(self) -> bool:
        """Show the meeting; True when a signatory it lacked was filled in from the body's roles."""
        people = _people(self.w.ctx)
        with self.w.ctx.db.reading() as s:
            m = s.get(Meeting, self.w.meeting_id)
            assert m is not None
            self.title.setText(m.title)
            self.date.set_date(m.date)
            self.place.setText(m.place)
            self.start.setTime(QTime(m.start_time.hour, m.start_time.minute) if m.start_time else QTime(9, 0))
            self.has_end.setChecked(m.end_time is not None)
            self.end.setTime(QTime(m.end_time.hour, m.end_time.minute) if m.end_time else QTime(12, 0))
            self.recording_style.setCurrentIndex(self.recording_style.findData(m.recording_style))
            self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
            self.opening.setPlainText(m.opening)
            chosen_now = (m.chair_id, m.minute_taker_id, m.minutes_checker_id)
            defaults = signature_defaults(s, m.body_id, m.date)
        suggested = (defaults.chair_id, defaults.minute_taker_id, defaults.minutes_checker_id)
        filled = False
        for combo, current, default in zip(
            (self.chair, self.minute_taker, self.minutes_checker), chosen_now, suggested, strict=True
        ):
            combo.clear()
            combo.addItem("—", None)
            for pid, name in people:
                combo.addItem(name, pid)
            if current is None and default is not None:
                current, filled = default, True
            combo.setCurrentIndex(max(0, combo.findData(current)))
        for widget in (self.title, self.date, self.place, self.start, self.end, self.has_end, self.recording_style,
                       self.status, self.chair, self.minute_taker, self.minutes_checker):  # fmt: skip
            widget.setEnabled(not self.w.frozen)
        self.opening.setReadOnly(self.w.frozen)
        self.save_button.setEnabled(not self.w.frozen)
        return filled

    def save(self) -> bool:
        def t(edit: QTimeEdit) -> dt.time:
            q = edit.time()
            return dt.time(q.hour(), q.minute())

        db, mid = self.w.ctx.db, self.w.meeting_id
        ok = self.w.run(
            meetings.update_meeting, db, mid, title=self.title.text(), place=self.place.text(),
            opening=self.opening.toPlainText(), recording_style=chosen(self.recording_style, RecordingStyle),
            chair_id=self.chair.currentData(), minute_taker_id=self.minute_taker.currentData(),
            minutes_checker_id=self.minutes_checker.currentData(), date=self.date.date(),
        )[1]  # fmt: skip
        ok = (
            ok
            and self.w.run(
                meetings.set_times, db, mid, t(self.start), t(self.end) if self.has_end.isChecked() else None
            )[1]
        )
        status = chosen(self.status, MeetingStatus)
        if ok and status is not None and status != self.w.status:
            ok = self.w.run(meetings.set_meeting_status, db, mid, status)[1]
        if ok:
            self.dirty = False
            self.w.reload()
            self.saved.setText(self.tr("บันทึกแล้ว ✓"))
        return ok


# --- agenda ------------------------------------------------------------------------------------------------


class AgendaTree(QTreeWidget):
    """The agenda by section; dragging an item asks the tab to move it (the tree itself never moves rows)."""

    moveRequested = Signal(int, int, int)  # item id, section, position (1-based)

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.ignore()
        if dragged is None or dragged.data(0, IdRole) is None or target is None:
            return
        where = self.dropIndicatorPosition()
        target_move = self.drop_target(dragged, target, where)
        if target_move is not None:
            self.moveRequested.emit(int(dragged.data(0, IdRole)), *target_move)

    @staticmethod
    def drop_target(
        dragged: QTreeWidgetItem, target: QTreeWidgetItem, where: QAbstractItemView.DropIndicatorPosition
    ) -> tuple[int, int] | None:
        """(section, position) for a drop on ``target``: on a section heading, the end of that section; above or
        below an item, before or after it (counted as if the dragged item had already left its place)."""
        Position = QAbstractItemView.DropIndicatorPosition
        if target.data(0, IdRole) is None:  # a section heading
            section = int(target.data(0, SectionRole))
            count = target.childCount() - (1 if dragged.parent() is target else 0)
            return section, count + 1
        parent = target.parent()
        if parent is None:
            return None
        section = int(parent.data(0, SectionRole))
        index = parent.indexOfChild(target)  # 0-based, with the dragged item still in place
        position = index + (0 if where == Position.AboveItem else 1)
        if dragged.parent() is parent and parent.indexOfChild(dragged) < position:
            position -= 1
        return section, position + 1


class AgendaTab(QWidget):
    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.tree = AgendaTree()
        self.section = QComboBox()
        for section in AgendaSection:
            self.section.addItem(f"{int(section.value)}", int(section.value))
        self.section.setCurrentIndex(4)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("ชื่อเรื่องใหม่ แล้วกด Enter"))
        self.confidential = QCheckBox(self.tr("เรื่องลับ (ไม่พิมพ์ในรายงานฉบับเผยแพร่)"))
        self.up_button = QPushButton(self.tr("เลื่อนขึ้น (Alt+↑)"))
        self.down_button = QPushButton(self.tr("เลื่อนลง (Alt+↓)"))
        self.delete_button = QPushButton(self.tr("ลบเรื่อง"))
        self.findings_button = QPushButton(self.tr("ผลการดำเนินงานที่เกี่ยวข้อง…"))
        self.attach_button = QPushButton(self.tr("แนบไฟล์…"))
        self.item_info = QLabel()
        self.item_info.setWordWrap(True)
        add = QHBoxLayout()
        add.addWidget(QLabel(self.tr("ระเบียบวาระที่")))
        add.addWidget(self.section)
        add.addWidget(self.new_title, 1)
        side = QVBoxLayout()
        for widget in (self.confidential, self.up_button, self.down_button, self.findings_button, self.attach_button,
                       self.delete_button, self.item_info):  # fmt: skip
            side.addWidget(widget)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(add)
        layout.addLayout(body, 1)
        layout.addWidget(QLabel(self.tr("ลากเรื่องเพื่อเปลี่ยนลำดับหรือย้ายระเบียบวาระ เลขเรื่องจะเรียงใหม่เอง")))
        self.new_title.returnPressed.connect(self.add_item)
        self.tree.moveRequested.connect(self.move_item)
        self.tree.currentItemChanged.connect(self._chosen)
        self.up_button.clicked.connect(lambda: self.nudge(-1))
        self.down_button.clicked.connect(lambda: self.nudge(1))
        QShortcut(QKeySequence("Alt+Up"), self.tree).activated.connect(lambda: self.nudge(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tree).activated.connect(lambda: self.nudge(1))
        self.delete_button.clicked.connect(self.delete)
        self.confidential.clicked.connect(self.set_confidential)
        self.findings_button.clicked.connect(self.choose_findings)
        self.attach_button.clicked.connect(self.ask_attach)
        self.undo_stack = UndoStack()  # adding, moving and marking items (deleting asks first instead)
        undo_redo_shortcuts(self.tree, self.undo, self.redo)

    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.current_id()
        with self.w.ctx.db.reading() as s:
            titles = meetings.section_titles(s, self.w.body_id)
            items = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == self.w.meeting_id)
                .order_by(AgendaItem.section, AgendaItem.position)
            ).all()
            rows = [(i.id, i.section, i.number, i.title, i.confidential, len(i.findings), len(i.attachments))
                    for i in items]  # fmt: skip
        self.tree.clear()
        heads: dict[int, QTreeWidgetItem] = {}
        for section in AgendaSection:
            number = int(section.value)
            head = QTreeWidgetItem([f"ระเบียบวาระที่ {number}  {titles.get(number, '')}"])
            head.setData(0, SectionRole, number)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            heads[number] = head
        chosen = None
        for iid, item_section, label, title, confidential, findings, files in rows:
            marks = (
                ("  [ลับ]" if confidential else "")
                + (f"  [ผลการดำเนินงาน {findings}]" if findings else "")
                + (f"  [แนบ {files}]" if files else "")
            )
            node = QTreeWidgetItem([f"{label}  {title}{marks}"])
            node.setData(0, IdRole, iid)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.w.frozen:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            node.setFlags(flags)
            heads[item_section].addChild(node)
            if iid == select_id:
                chosen = node
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        for widget in (self.new_title, self.section):
            widget.setEnabled(not self.w.frozen)
        self._chosen()

    def current_id(self) -> int | None:
        node = self.tree.currentItem() if hasattr(self, "tree") else None
        value = node.data(0, IdRole) if node is not None else None
        return int(value) if value is not None else None

    def _chosen(self, *_args: object) -> None:
        iid = self.current_id()
        editable = iid is not None and not self.w.frozen
        for widget in (self.confidential, self.up_button, self.down_button, self.delete_button,
                       self.findings_button, self.attach_button):  # fmt: skip
            widget.setEnabled(editable)
        if iid is None:
            self.item_info.setText("")
            return
        with self.w.ctx.db.reading() as s:
            item = s.get(AgendaItem, iid)
            assert item is not None
            self.confidential.setChecked(item.confidential)
            lines = [f"ผล: {f.text}" for f in item.findings] + [f"แนบ: {a.label}" for a in item.attachments]
        self.item_info.setText("\n".join(lines))

    def _changed(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.w.record.reload()

    def add_item(self) -> None:
        db, section, title = self.w.ctx.db, self.section.currentData(), self.new_title.text()
        iid, ok = self.w.run(meetings.add_agenda_item, db, self.w.meeting_id, section, title)
        if not ok or iid is None:
            return
        self.new_title.clear()
        made = [iid]  # redo adds it again under a new id

        def redo() -> None:
            made[0] = meetings.add_agenda_item(db, self.w.meeting_id, section, title)

        self.undo_stack.push(Command("add item", undo=lambda: meetings.delete_agenda_item(db, made[0]), redo=redo))
        self._changed(iid)

    def _place(self, item_id: int) -> tuple[int, int]:
        with self.w.ctx.db.reading() as s:
            item = s.get(AgendaItem, item_id)
            assert item is not None
            return item.section, item.position

    def move_item(self, item_id: int, section: int, position: int) -> None:
        before = self._place(item_id)
        db = self.w.ctx.db
        if self.w.run(meetings.move_agenda_item, db, item_id, section, position)[1]:
            after = self._place(item_id)
            self.undo_stack.push(
                Command(
                    "move item",
                    undo=partial(meetings.move_agenda_item, db, item_id, *before),
                    redo=partial(meetings.move_agenda_item, db, item_id, *after),
                )
            )
            self._changed(item_id)

    def undo(self) -> None:
        if self.w.run(self.undo_stack.undo)[1]:
            self._changed()

    def redo(self) -> None:
        if self.w.run(self.undo_stack.redo)[1]:
            self._changed()

    def nudge(self, delta: int) -> None:
        node = self.tree.currentItem()
        iid = self.current_id()
        if node is None or iid is None or self.w.frozen:
            return
        parent = node.parent()
        if parent is None:
            return
        position = parent.indexOfChild(node) + 1 + delta
        if 1 <= position <= parent.childCount():
            self.move_item(iid, int(parent.data(0, SectionRole)), position)

    def delete(self) -> None:
        """Delete the chosen item, after saying what goes with it (its record and decisions)."""
        iid = self.current_id()
        node = self.tree.currentItem()
        if iid is None or node is None:
            return
        answer = QMessageBox.question(
            self, "MeetingDesk",
            self.tr("ลบเรื่อง “%1” พร้อมบันทึกและมติของเรื่องนี้หรือไม่?").replace("%1", node.text(0).strip()),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.w.run(meetings.delete_agenda_item, self.w.ctx.db, iid)[1]:
            self._changed()

    def set_confidential(self, on: bool) -> None:
        iid, db = self.current_id(), self.w.ctx.db
        if iid is not None and self.w.run(meetings.update_agenda_item, db, iid, confidential=on)[1]:
            self.undo_stack.push(
                Command(
                    "confidential",
                    undo=partial(meetings.update_agenda_item, db, iid, confidential=not on),
                    redo=partial(meetings.update_agenda_item, db, iid, confidential=on),
                )
            )
            self._changed(iid)

    def choose_findings(self) -> None:
        iid = self.current_id()
        if iid is None:
            return
        dialog = FindingsDialog(self.w.ctx, iid, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and self.w.run(meetings.link_findings, self.w.ctx.db, iid, dialog.chosen())[1]:
            self._changed(iid)

    def ask_attach(self) -> None:
        name = open_file(self, self.tr("แนบไฟล์"))
        if name:
            self.attach(Path(name))

    def attach(self, file: Path) -> bool:
        iid = self.current_id()
        if iid is None:
            return False
        ok = self.w.run(meetings.attach_file, self.w.ctx.db, self.w.ctx.paths.data_dir, iid, file)[1]
        if ok:
            self._changed(iid)
        return ok


class FindingsDialog(QDialog):
    """Tick the project findings an agenda item takes up (filter by typing)."""

    def __init__(self, ctx: AppContext, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ผลการดำเนินงานที่เกี่ยวข้อง"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("พิมพ์เพื่อค้นหา"))
        self.list = QListWidget()
        with ctx.db.reading() as s:
            linked = {f.id for f in (s.get(AgendaItem, item_id) or AgendaItem()).findings}
            rows = s.execute(
                select(Finding.id, Finding.phase, Finding.text, Project.name, Project.fiscal_year)
                .join(Project, Project.id == Finding.project_id)
                .order_by(Project.fiscal_year.desc(), Project.id, Finding.id)
                .limit(3000)
            ).all()
        for fid, phase, text, project, year in rows:
            entry = QListWidgetItem(f"{year} {project} — {phase.label(ctx.lang)}: {text}")
            entry.setData(IdRole, fid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if fid in linked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(820, 520)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(text) and text not in entry.text())

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(r).data(IdRole))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]


# --- attendance --------------------------------------------------------------------------------------------


class AttendanceTab(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "ชื่อ"),
        QT_TRANSLATE_NOOP("Columns", "ตำแหน่งในที่ประชุม"),
        QT_TRANSLATE_NOOP("Columns", "การมาประชุม"),
        QT_TRANSLATE_NOOP("Columns", "เหตุผล / มาแทน"),
        QT_TRANSLATE_NOOP("Columns", "เวลาลงชื่อ"),
    )

    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Columns", str(c)) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.all_present = QPushButton(self.tr("ทุกคนมาประชุม"))
        self.status = QComboBox()
        for status in AttendanceStatus:
            self.status.addItem(status.label(window.lang), status)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("เหตุที่ไม่มาประชุม เช่น ติดราชการ"))
        self.substitute_for = QComboBox()
        self.signed_in = QTimeEdit()
        self.signed_in.setDisplayFormat("HH:mm")
        self.has_time = QCheckBox(self.tr("ลงชื่อเวลา"))
        self.save_button = QPushButton(self.tr("บันทึกการมาประชุม"))
        self.guest = QComboBox()
        self.add_guest = QPushButton(self.tr("เพิ่มผู้เข้าร่วมประชุม"))
        self.outside_name = QLineEdit()
        self.outside_name.setPlaceholderText(self.tr("ชื่อ-นามสกุล เช่น นางสาวรัตนา ศรีสุข"))
        self.outside_position = QLineEdit()
        self.outside_position.setPlaceholderText(self.tr("ตำแหน่ง"))
        self.add_for = QComboBox()  # whom the person added attends in place of (a member), if anyone
        self.add_outside = QPushButton(self.tr("เพิ่มบุคคลใหม่"))
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("การมาประชุม")), 0, 0)
        form.addWidget(self.status, 0, 1)
        form.addWidget(self.reason, 0, 2, 1, 2)
        form.addWidget(QLabel(self.tr("มาประชุมแทน")), 1, 0)
        form.addWidget(self.substitute_for, 1, 1)
        form.addWidget(self.has_time, 1, 2)
        form.addWidget(self.signed_in, 1, 3)
        form.addWidget(self.save_button, 2, 3)
        chosen_box = QGroupBox(self.tr("ผู้ที่เลือกในตาราง"))
        chosen_box.setLayout(form)
        adding = QGridLayout()
        adding.addWidget(QLabel(self.tr("จากทะเบียนรายชื่อ")), 0, 0)
        adding.addWidget(self.guest, 0, 1, 1, 3)
        adding.addWidget(self.add_guest, 0, 4)
        adding.addWidget(QLabel(self.tr("ผู้ที่ไม่มีในทะเบียน")), 1, 0)
        adding.addWidget(self.outside_name, 1, 1)
        adding.addWidget(self.outside_position, 1, 2, 1, 2)
        adding.addWidget(self.add_outside, 1, 4)
        adding.addWidget(QLabel(self.tr("มาประชุมแทน (ถ้ามี)")), 2, 0)
        adding.addWidget(self.add_for, 2, 1)
        adding.setColumnStretch(1, 2)
        adding.setColumnStretch(2, 1)
        guests = QGroupBox(self.tr("เพิ่มผู้เข้าประชุม"))
        guests.setLayout(adding)
        top = QHBoxLayout()
        top.addWidget(self.all_present)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(chosen_box)
        layout.addWidget(guests)
        self.table.currentCellChanged.connect(lambda *_a: self._chosen())
        self.save_button.clicked.connect(self.save)
        self.all_present.clicked.connect(self.mark_all_present)
        self.add_guest.clicked.connect(self.add_attending)
        self.add_outside.clicked.connect(self.add_new_person)
        self.outside_position.returnPressed.connect(self.add_new_person)
        self.rows: list[dict[str, Any]] = []

    def reload(self) -> None:
        people = _people(self.w.ctx)
        names = dict(people)
        with self.w.ctx.db.reading() as s:
            members = meetings.roster(s, self.w.body_id, self.w.meeting_date)
            recorded = {
                a.person_id: a for a in s.scalars(select(Attendance).where(Attendance.meeting_id == self.w.meeting_id))
            }
            self.member_ids = {m.person_id for m in members}
            pairs: list[tuple[int, str, Attendance | None]] = [
                (m.person_id, m.role.label(self.w.lang), recorded.pop(m.person_id, None)) for m in members
            ]
            role_of = {m.person_id: m.role.label(self.w.lang) for m in members}
            pairs += [
                (a.person_id, role_of.get(a.substitute_for_id or 0, a.role_text), a)  # a substitute sits as the member
                for a in sorted(recorded.values(), key=lambda a: a.order)
            ]
            self.rows = []
            for person_id, role, att in pairs:
                reason = ""
                if att is not None:
                    reason = att.absence_reason or (
                        self.tr("แทน %1").replace("%1", names.get(att.substitute_for_id, ""))
                        if att.substitute_for_id
                        else ""
                    )
                self.rows.append(
                    {
                        "person_id": person_id,
                        "name": names.get(person_id, ""),
                        "role": role,
                        "status": att.status if att else None,
                        "reason": reason,
                        "signed": att.signed_in_at if att else None,
                        "substitute_for": att.substitute_for_id if att else None,
                    }
                )
        self.table.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            values = (
                r["name"], r["role"], r["status"].label(self.w.lang) if r["status"] else "—", r["reason"],
                r["signed"].strftime("%H.%M น.") if r["signed"] else "",
            )  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(n, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        present = sum(1 for r in self.rows if r["status"] is AttendanceStatus.PRESENT)
        absent = sum(1 for r in self.rows if r["status"] is AttendanceStatus.ABSENT)
        self.summary.setText(
            self.tr("มาประชุม %1 คน  ไม่มาประชุม %2 คน").replace("%1", str(present)).replace("%2", str(absent))
        )
        member_ids = self.member_ids
        for combo, label in ((self.substitute_for, "—"), (self.add_for, "—"),
                             (self.guest, self.tr("เลือกผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)"))):  # fmt: skip
            combo.clear()
            combo.addItem(label, None)
        recorded_ids = {r["person_id"] for r in self.rows if r["status"] is not None}
        for pid, name in people:
            if pid in member_ids:
                self.substitute_for.addItem(name, pid)
                self.add_for.addItem(name, pid)
            elif pid not in recorded_ids:
                self.guest.addItem(name, pid)
        for widget in (self.all_present, self.save_button, self.add_guest, self.add_outside):
            widget.setEnabled(not self.w.frozen)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        self.status.setCurrentIndex(self.status.findData(r["status"] or AttendanceStatus.PRESENT))
        self.reason.setText(r["reason"] if r["status"] is AttendanceStatus.ABSENT else "")
        self.substitute_for.setCurrentIndex(max(0, self.substitute_for.findData(r["substitute_for"])))
        self.has_time.setChecked(r["signed"] is not None)
        if r["signed"] is not None:
            self.signed_in.setTime(QTime(r["signed"].hour, r["signed"].minute))

    def save(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            QMessageBox.information(self, "MeetingDesk", self.tr("เลือกรายชื่อก่อน"))
            return False
        q = self.signed_in.time()
        ok = self.w.run(
            meetings.mark_attendance, self.w.ctx.db, self.w.meeting_id, self.rows[row]["person_id"],
            chosen(self.status, AttendanceStatus), reason=self.reason.text(),
            substitute_for_id=self.substitute_for.currentData(),
            signed_in_at=dt.time(q.hour(), q.minute()) if self.has_time.isChecked() else None,
        )[1]  # fmt: skip
        if ok:
            self.reload()
            self.table.selectRow(row)
        return ok

    def mark_all_present(self) -> None:
        """Members not yet recorded are marked present (the usual start of taking attendance)."""
        for r in self.rows:
            if r["status"] is None:
                ok = self.w.run(meetings.mark_attendance, self.w.ctx.db, self.w.meeting_id, r["person_id"],
                                AttendanceStatus.PRESENT)[1]  # fmt: skip
                if not ok:
                    break
        self.reload()

    def add_attending(self) -> None:
        """Someone from the directory attends (in a member's place when one is chosen under มาประชุมแทน)."""
        pid = self.guest.currentData()
        if pid is None:
            return
        replaced = self.add_for.currentData()
        status = AttendanceStatus.PRESENT if replaced is not None else AttendanceStatus.ATTENDING
        if self.w.run(meetings.mark_attendance, self.w.ctx.db, self.w.meeting_id, pid, status,
                      substitute_for_id=replaced)[1]:  # fmt: skip
            self.reload()
            self._select(pid)

    def add_new_person(self) -> bool:
        """Someone not in the directory: typed by name and position, created and recorded in one step."""
        pid, ok = self.w.run(
            attendance.add_outside_attendee, self.w.ctx.db, self.w.meeting_id, self.outside_name.text(),
            self.outside_position.text(), substitute_for_id=self.add_for.currentData(),
        )  # fmt: skip
        if ok:
            self.outside_name.clear()
            self.outside_position.clear()
            self.reload()
            self._select(pid)
        return ok

    def _select(self, person_id: int) -> None:
        row = next((n for n, r in enumerate(self.rows) if r["person_id"] == person_id), None)
        if row is not None:
            self.table.selectRow(row)


# --- the record --------------------------------------------------------------------------------------------


class RecordTab(QWidget):
    """Per item: what was presented, the discussion, the resolution with its kind, actions with owner and due date."""

    FIELDS = ("background", "discussion", "summary")

    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.item_id: int | None = None
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
        self.saved.setStyleSheet("color: #1b5e20;")
        self.kind = QComboBox()
        for kind in DecisionKind:
            self.kind.addItem(kind.label(window.lang), kind)
        self.decision_text = QLineEdit()
        self.decision_text.setPlaceholderText(self.tr("ข้อความมติ แล้วกด Enter (เว้นว่าง: ใช้ชนิดของมติ)"))
        self.votes = QCheckBox(self.tr("ลงคะแนน"))
        self.votes_for, self.votes_against, self.votes_abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.setRange(0, 999)
        self.decisions = QListWidget()
        self.decisions.setWordWrap(True)
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("สิ่งที่ต้องดำเนินการตามมติที่เลือก แล้วกด Enter"))
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
        self._autosave.timeout.connect(self.flush)
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
        with self.w.ctx.db.reading() as s:
            items = s.execute(
                select(AgendaItem.id, AgendaItem.section, AgendaItem.position, AgendaItem.title)
                .where(AgendaItem.meeting_id == self.w.meeting_id)
                .order_by(AgendaItem.section, AgendaItem.position)
            ).all()
        keep = self.item_id
        self.items.blockSignals(True)
        self.items.clear()
        for iid, section, position, title in items:
            entry = QListWidgetItem(f"{item_number(section, position)} {title}")
            entry.setData(IdRole, iid)
            self.items.addItem(entry)
            if iid == keep:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)
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

    def _chosen(self, *_args: object) -> None:
        self.flush()
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
        with self.w.ctx.db.reading() as s:
            item = s.get(AgendaItem, self.item_id)
            assert item is not None
            for name, edit in self.edits.items():
                edit.setPlainText(getattr(item, name))
            for d in item.decisions:
                votes = (
                    self.tr(" (เห็นด้วย %1 ไม่เห็นด้วย %2 งดออกเสียง %3)")
                    .replace("%1", str(d.votes_for))
                    .replace("%2", str(d.votes_against or 0))
                    .replace("%3", str(d.votes_abstain or 0))
                    if d.votes_for is not None
                    else ""
                )
                entry = QListWidgetItem(f"{d.kind.label(self.w.lang)}: {d.text}{votes}")
                entry.setData(IdRole, d.id)
                self.decisions.addItem(entry)
                for a in d.actions:
                    owner = (
                        a.owner_person.full_name if a.owner_person else (a.owner_group.name if a.owner_group else "")
                    )
                    due = (
                        self.tr(" ภายใน %1").replace("%1", date_text(a.due_date, self.w.lang, weekday=False))
                        if a.due_date
                        else ""
                    )
                    child = QListWidgetItem(f"    → {a.title} ({owner or '—'}{due})")
                    child.setData(IdRole, d.id)
                    child.setData(ActionRole, a.id)
                    self.decisions.addItem(child)
            previous = item.certifies_meeting
            if previous is not None:
                number = meeting_number_text(previous.number, previous.year_be)
                done = previous.status is MeetingStatus.CERTIFIED
                self.certify_button.setVisible(True)
                self.certify_button.setEnabled(not done and not self.w.frozen)
                self.certify_button.setText(
                    self.tr("รายงานการประชุมครั้งที่ %1 รับรองแล้ว").replace("%1", number)
                    if done
                    else self.tr("ที่ประชุมรับรองรายงานการประชุมครั้งที่ %1").replace("%1", number)
                )
                self._previous = previous.id
                self._previous_number = number
        if self.decisions.count():
            self.decisions.setCurrentRow(self.decisions.count() - 1)

    def _typed(self) -> None:
        if not self._loading:
            self.saved.setText(self.tr("กำลังพิมพ์…"))
            self._autosave.start()

    def flush(self) -> None:
        """Save what was typed into the current item (only what changed)."""
        self._autosave.stop()
        if self.item_id is None or self.w.frozen or self._loading:
            return
        with self.w.ctx.db.reading() as s:
            item = s.get(AgendaItem, self.item_id)
            if item is None:
                return
            changes = {n: e.toPlainText() for n, e in self.edits.items() if getattr(item, n) != e.toPlainText()}
        if not changes:
            return
        if self.w.run(meetings.update_agenda_item, self.w.ctx.db, self.item_id, **changes)[1]:
            self.saved.setText(self.tr("บันทึกแล้ว ✓ ") + dt.datetime.now().strftime("%H:%M:%S"))

    def add_decision(self) -> int | None:
        if self.item_id is None:
            return None
        self.flush()
        votes = (
            (self.votes_for.value(), self.votes_against.value(), self.votes_abstain.value())
            if self.votes.isChecked()
            else None
        )
        did, ok = self.w.run(
            meetings.record_decision, self.w.ctx.db, self.item_id, chosen(self.kind, DecisionKind),
            self.decision_text.text(), votes=votes,
        )  # fmt: skip
        if ok:
            self.decision_text.clear()
            self._chosen()
        return did if ok else None

    def add_action(self) -> int | None:
        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None:
            QMessageBox.information(self, "MeetingDesk", self.tr("บันทึกมติก่อน แล้วจึงเพิ่มสิ่งที่ต้องดำเนินการ"))
            return None
        kind, owner = self.owner.currentData() or (None, None)
        aid, ok = self.w.run(
            actions.add_action, self.w.ctx.db, int(entry.data(IdRole)), self.action_title.text(),
            owner_person_id=owner if kind == "person" else None, owner_group_id=owner if kind == "group" else None,
            due_date=self.due.date() if self.has_due.isChecked() else None,
        )  # fmt: skip
        if ok:
            self.action_title.clear()
            self._chosen()
        return aid if ok else None

    def remove_chosen(self) -> bool:
        """Take back the chosen decision (with its actions) or action, after asking."""
        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None:
            return False
        action_id = entry.data(ActionRole)
        what = entry.text().strip().removeprefix("→ ")
        answer = QMessageBox.question(
            self, "MeetingDesk",
            (self.tr("ลบงาน “%1” หรือไม่?") if action_id is not None
             else self.tr("ลบมติ “%1” พร้อมงานที่ต้องดำเนินการตามมตินี้หรือไม่?")).replace("%1", what),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if action_id is not None:
            ok = self.w.run(meetings.delete_action, self.w.ctx.db, int(action_id))[1]
        else:
            ok = self.w.run(meetings.delete_decision, self.w.ctx.db, int(entry.data(IdRole)))[1]
        if ok:
            self._chosen()
        return ok

    def edit_chosen(self) -> bool:
        """Correct the chosen decision (its wording, kind, votes, the findings it answers) until certified."""
        from meetingdesk.services.decisions import decision_detail
        from meetingdesk.ui.dialogs.decision_dialog import DecisionDialog

        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None or self.w.frozen:
            return False
        ctx = self.w.ctx
        detail = decision_detail(ctx.db, int(entry.data(IdRole)))
        if DecisionDialog(ctx.db, detail, self, lang=ctx.lang).exec() != QDialog.DialogCode.Accepted:
            return False
        self._chosen()
        self.w.show_heading()
        self.w.changed.emit()
        return True

    def certify_previous(self) -> bool:
        """Section 2: this meeting certifies the previous meeting's minutes — asked first, with any amendments."""
        from meetingdesk.ui.dialogs.certify_dialog import CertifyDialog

        dialog = CertifyDialog(
            self.w.ctx, self._previous, self._previous_number, self.w.meeting_id, self.w.meeting_date, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._chosen()
        self.w.changed.emit()  # the certified meeting's status changed in the meetings list
        return True


# --- export ------------------------------------------------------------------------------------------------


class _ExportSignals(QObject):
    done = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    """Writes one document off the GUI thread (the export itself is all or nothing)."""

    def __init__(self, ctx: AppContext, kind: str, meeting_id: int, fmt: str, target: Path, options: Any) -> None:
        super().__init__()
        self.ctx, self.kind, self.meeting_id, self.fmt, self.target, self.options = (
            ctx, kind, meeting_id, fmt, target, options,
        )  # fmt: skip
        self.signals = _ExportSignals()

    def run(self) -> None:
        from meetingdesk.services.documents import export_document

        try:
            path = export_document(self.ctx.db, self.kind, self.meeting_id, self.fmt, self.target, self.options)
        except UserError as exc:
            self.signals.failed.emit(exc.message(self.ctx.lang))
        except Exception as exc:  # an export must never take the window down with it
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(str(path))


class ExportTab(QWidget):
    KINDS = (
        ("minutes", QT_TRANSLATE_NOOP("ExportTab", "รายงานการประชุม")),
        ("agenda", QT_TRANSLATE_NOOP("ExportTab", "ระเบียบวาระการประชุม")),
        ("signin", QT_TRANSLATE_NOOP("ExportTab", "ใบลงชื่อผู้เข้าประชุม")),
    )

    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.thai_digits = QCheckBox(self.tr("ใช้เลขไทย"))
        self.confidential = QCheckBox(self.tr("รวมเรื่องลับ"))
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        grid = QGridLayout()
        for row, (kind, label) in enumerate(self.KINDS):
            grid.addWidget(QLabel(self.tr(str(label))), row, 0)
            for col, fmt in enumerate(("docx", "pdf")):
                button = QPushButton(f"{fmt.upper()}…")
                button.clicked.connect(lambda _c=False, k=kind, f=fmt: self.ask_export(k, f))
                grid.addWidget(button, row, col + 1)
                self.buttons[(kind, fmt)] = button
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_file = QPushButton(self.tr("เปิดไฟล์"))
        self.open_folder = QPushButton(self.tr("เปิดโฟลเดอร์"))
        for button in (self.open_file, self.open_folder):
            button.setVisible(False)
        self.open_file.clicked.connect(lambda: self._open(self.last))
        self.open_folder.clicked.connect(lambda: self._open(self.last.parent))
        options = QHBoxLayout()
        options.addWidget(self.thai_digits)
        options.addWidget(self.confidential)
        options.addStretch(1)
        after = QHBoxLayout()
        after.addWidget(self.result, 1)
        after.addWidget(self.open_file)
        after.addWidget(self.open_folder)
        grid.setColumnStretch(3, 1)  # buttons keep their size; the rest of the row stays empty
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(grid)
        layout.addLayout(after)
        layout.addStretch(1)
        self.last: Path = Path()
        self.job: _ExportJob | None = None
        self.progress: QProgressDialog | None = None

    def reload(self) -> None:
        from meetingdesk.services import settings

        self.thai_digits.setChecked(bool(settings.get(self.w.ctx.db, "export.thai_digits")))

    def default_name(self, kind: str, fmt: str) -> str:
        label = str(dict(self.KINDS)[kind])
        with self.w.ctx.db.reading() as s:
            m = s.get(Meeting, self.w.meeting_id)
            assert m is not None
            return f"{label}-{m.number}-{m.year_be}.{fmt}"

    def ask_export(self, kind: str, fmt: str) -> None:
        name = save_file(self, self.tr("บันทึกเอกสาร"), self.default_name(kind, fmt), f"{fmt.upper()} (*.{fmt})")
        if name:
            self.export_to(kind, fmt, name)

    def export_to(self, kind: str, fmt: str, target: Path) -> None:
        """Write the document on a worker thread; a progress dialog shows while it runs."""
        from meetingdesk.exports.compose import ExportOptions

        self.w.record.flush()  # what was just typed is in the document
        options = ExportOptions(
            thai_digits=self.thai_digits.isChecked(), include_confidential=self.confidential.isChecked()
        )
        self.job = _ExportJob(self.w.ctx, kind, self.w.meeting_id, fmt, target, options)
        self.job.setAutoDelete(False)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        for button in self.buttons.values():
            button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("กำลังสร้างเอกสาร…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.result.setText(self.tr("กำลังสร้างเอกสาร…"))
        QThreadPool.globalInstance().start(self.job)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        for button in self.buttons.values():
            button.setEnabled(True)

    def _done(self, path: str) -> None:
        self._finish()
        self.last = Path(path)
        self.result.setText(self.tr("บันทึกเอกสารแล้ว: ") + path)
        for button in (self.open_file, self.open_folder):
            button.setVisible(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.result.setText(self.tr("สร้างเอกสารไม่สำเร็จ: ") + message)
        QMessageBox.warning(self, "MeetingDesk", message)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
