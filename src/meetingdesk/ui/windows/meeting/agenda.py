"""The agenda tab: items by section, added, dragged or nudged into place, marked confidential, linked to findings,
given attachments. Adding, moving and marking are undone with Ctrl+Z (deleting asks first instead)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import AgendaSection
from meetingdesk.services import meeting_view, meetings
from meetingdesk.techniques.undo import Command, UndoStack
from meetingdesk.ui.common import undo_redo_shortcuts
from meetingdesk.ui.dialogs.findings_dialog import FindingsDialog
from meetingdesk.ui.file_dialogs import open_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.models.roles import IdRole, SectionRole

if TYPE_CHECKING:
    from meetingdesk.services.meeting_view import AgendaRow
    from meetingdesk.ui.windows.meeting.window import MeetingWindow


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
        self.rows: dict[int, AgendaRow] = {}

    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.current_id()
        view = meeting_view.agenda(self.w.ctx.db, self.w.meeting_id)
        self.rows = {row.id: row for row in view.items}
        self.tree.clear()
        heads: dict[int, QTreeWidgetItem] = {}
        for section in AgendaSection:
            number = int(section.value)
            head = QTreeWidgetItem([f"ระเบียบวาระที่ {number}  {view.titles.get(number, '')}"])
            head.setData(0, SectionRole, number)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            heads[number] = head
        chosen = None
        for row in view.items:
            marks = (
                ("  [ลับ]" if row.confidential else "")
                + (f"  [ผลการดำเนินงาน {len(row.findings)}]" if row.findings else "")
                + (f"  [แนบ {len(row.attachments)}]" if row.attachments else "")
            )
            node = QTreeWidgetItem([f"{row.number}  {row.title}{marks}"])
            node.setData(0, IdRole, row.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.w.frozen:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            node.setFlags(flags)
            heads[row.section].addChild(node)
            if row.id == select_id:
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
        row = self.rows.get(iid) if iid is not None else None
        if row is None:
            self.item_info.setText("")
            return
        self.confidential.setChecked(row.confidential)
        lines = [f"ผล: {text}" for text in row.findings] + [f"แนบ: {label}" for label in row.attachments]
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

    def move_item(self, item_id: int, section: int, position: int) -> None:
        db = self.w.ctx.db
        places, ok = self.w.run(meetings.move_agenda_item, db, item_id, section, position)
        if ok and places is not None:
            before, after = places
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
        question = self.tr("ลบเรื่อง “%1” พร้อมบันทึกและมติของเรื่องนี้หรือไม่?").replace("%1", node.text(0).strip())
        if not interaction().confirm(self, question):
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
