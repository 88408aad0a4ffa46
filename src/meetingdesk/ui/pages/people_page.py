"""Bodies and people: each body's roster with roles and terms, everyone the office works with, and importing a
people list from CSV or XLSX with a preview and a per-row report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import MemberRole
from meetingdesk.domain.thai.dates import short_date_text
from meetingdesk.services import people, people_import
from meetingdesk.services.context import AppContext
from meetingdesk.services.rights import what_i_may
from meetingdesk.ui.common import ThaiDateEdit, chosen, person_name, run, ui_lang
from meetingdesk.ui.file_dialogs import open_file

IdRole = Qt.ItemDataRole.UserRole + 40
BAD = QBrush(QColor("#b00020"))


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for n, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(n, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.bodies = QListWidget()
        self.bodies.setWordWrap(True)
        self.bodies.setSpacing(4)
        self.roster = _table(
            [self.tr("ลำดับ"), self.tr("ชื่อ"), self.tr("บทบาท"), self.tr("เริ่มวาระ"), self.tr("สิ้นสุดวาระ")]
        )
        self.people = _table([self.tr("ชื่อ"), self.tr("ตำแหน่ง"), self.tr("หน่วยงาน")])
        self.import_button = QPushButton(self.tr("นำเข้ารายชื่อจาก CSV / XLSX…"))
        self.first = QLineEdit()
        self.first.setPlaceholderText(self.tr("คำนำหน้าและชื่อ เช่น นายสมชาย"))
        self.last = QLineEdit()
        self.last.setPlaceholderText(self.tr("นามสกุล"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("ตำแหน่ง"))
        self.add_person_button = QPushButton(self.tr("เพิ่มบุคคล"))
        self.member = QComboBox()
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(role.label(ui_lang()), role)
        self.role.setCurrentIndex(self.role.findData(MemberRole.MEMBER))
        self.add_member_button = QPushButton(self.tr("เพิ่มในองค์คณะนี้"))
        today = dt.date.today()
        self.has_term = QCheckBox(self.tr("มีวาระ"))
        self.term_start = ThaiDateEdit(today)
        self.term_end = ThaiDateEdit(dt.date(today.year + 4, today.month, min(today.day, 28)))
        self.has_term.toggled.connect(self._term_toggled)
        self._term_toggled(False)
        may_edit = not ctx.db.read_only and what_i_may(ctx.db).may_edit_office  # people and bodies: an admin's
        for button in (self.import_button, self.add_person_button, self.add_member_button):
            button.setEnabled(may_edit)

        add_member = QHBoxLayout()
        add_member.addWidget(self.member, 2)
        add_member.addWidget(self.role, 1)
        add_member.addWidget(self.add_member_button)
        term = QHBoxLayout()
        term.addWidget(self.has_term)
        term.addWidget(QLabel(self.tr("เริ่มวาระ")))
        term.addWidget(self.term_start, 1)
        term.addWidget(QLabel(self.tr("สิ้นสุดวาระ")))
        term.addWidget(self.term_end, 1)
        roster = QWidget()
        roster_layout = QVBoxLayout(roster)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addWidget(QLabel(self.tr("รายชื่อกรรมการ")))
        roster_layout.addWidget(self.roster, 1)
        roster_layout.addLayout(add_member)
        roster_layout.addLayout(term)
        add_person = QHBoxLayout()
        for widget in (self.first, self.last, self.position):
            add_person.addWidget(widget, 1)
        add_person.addWidget(self.add_person_button)
        everyone = QWidget()
        everyone_layout = QVBoxLayout(everyone)
        everyone_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("บุคลากรทั้งหมด")), 1)
        heading.addWidget(self.import_button)
        everyone_layout.addLayout(heading)
        everyone_layout.addWidget(self.people, 1)
        everyone_layout.addLayout(add_person)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(roster)
        right.addWidget(everyone)
        split = QSplitter()
        split.addWidget(self.bodies)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.bodies.currentItemChanged.connect(lambda *_a: self._show_roster())
        self.import_button.clicked.connect(self.ask_import)
        self.add_person_button.clicked.connect(self.add_person)
        self.add_member_button.clicked.connect(self.add_member)
        self.refresh()

    def refresh(self) -> None:
        keep = self.body_id()
        bodies = people.bodies(self.ctx.db)
        everyone = people.everyone(self.ctx.db)
        self._people = [(p.id, p.name) for p in everyone]
        rows = [(p.name, p.position, p.organisation) for p in everyone]
        self.bodies.blockSignals(True)
        self.bodies.clear()
        for body in bodies:
            entry = QListWidgetItem(body.name)
            entry.setToolTip(body.kind.label(ui_lang()))
            entry.setData(IdRole, body.id)
            self.bodies.addItem(entry)
            if body.id == keep:
                self.bodies.setCurrentItem(entry)
        self.bodies.blockSignals(False)
        if self.bodies.currentItem() is None and self.bodies.count():
            self.bodies.setCurrentRow(0)
        _fill(self.people, rows)
        self.member.clear()
        for pid, name in self._people:
            self.member.addItem(name, pid)
        self._show_roster()

    def body_id(self) -> int | None:
        entry = self.bodies.currentItem() if self.bodies.count() else None
        return int(entry.data(IdRole)) if entry is not None else None

    def _show_roster(self) -> None:
        body_id = self.body_id()
        if body_id is None:
            _fill(self.roster, [])
            return
        lang = ui_lang()
        rows = [
            (str(n), m.name, m.role.label(ui_lang()),
             short_date_text(m.start, lang) if m.start else "—", short_date_text(m.end, lang) if m.end else "—")
            for n, m in enumerate(people.members(self.ctx.db, body_id), 1)
        ]  # fmt: skip
        _fill(self.roster, rows)

    def add_person(self) -> None:
        first = self.first.text().strip()
        prefix = ""
        for known in ("นางสาว", "นาย", "นาง", "ดร.", "ว่าที่ร้อยตรี"):
            if first.startswith(known) and len(first) > len(known):
                prefix, first = known, first[len(known) :].strip()
                break
        _pid, ok = run(self, people.add_person, self.ctx.db, first, self.last.text(), prefix=prefix,
                       position=self.position.text())  # fmt: skip
        if ok:
            for edit in (self.first, self.last, self.position):
                edit.clear()
            self.refresh()

    def add_member(self) -> None:
        body_id = self.body_id()
        if body_id is None or self.member.currentData() is None:
            return
        term = self.has_term.isChecked()
        _mid, ok = run(self, people.add_member, self.ctx.db, body_id, self.member.currentData(),
                       chosen(self.role, MemberRole), start=self.term_start.date() if term else None,
                       end=self.term_end.date() if term else None)  # fmt: skip
        if ok:
            self._show_roster()

    def _term_toggled(self, on: bool) -> None:
        for field in (self.term_start, self.term_end):
            field.setEnabled(on)

    def ask_import(self) -> None:
        name = open_file(self, self.tr("นำเข้ารายชื่อ"), self.tr("รายชื่อ (*.csv *.xlsx)"))
        if name:
            dialog = ImportDialog(self.ctx, name, self)
            if dialog.rows_read and dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()


class ImportDialog(QDialog):
    """The rows of the file with what each will do; bad rows in red with the reason. Importing adds the good ones."""

    def __init__(self, ctx: AppContext, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: people_import.ImportResult | None = None
        self.setWindowTitle(self.tr("นำเข้ารายชื่อ: ") + file.name)
        self.table = _table(
            [
                self.tr("แถว"),
                self.tr("ชื่อ"),
                self.tr("ตำแหน่ง"),
                self.tr("องค์คณะ"),
                self.tr("บทบาท"),
                self.tr("ผลการตรวจ"),
            ]
        )
        self.summary = QLabel()
        self.import_button = QPushButton()
        cancel = QPushButton(self.tr("ยกเลิก"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.do_import)
        self.resize(960, 560)
        rows, self.rows_read = run(self, people_import.read_rows, file)
        self.checks = people_import.check_rows(ctx.db, rows or []) if self.rows_read else []
        self._show()

    def _show(self) -> None:
        self.table.setRowCount(len(self.checks))
        for n, check in enumerate(self.checks):
            v = check.values
            name = person_name(v["prefix"], v["first_name"], v["last_name"])
            values = (str(check.line), name, v["position"], v["body"], v["role"], check.message(ui_lang()))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not check.ok:
                    item.setForeground(BAD)
                self.table.setItem(n, c, item)
        self.table.resizeColumnsToContents()
        good = sum(1 for c in self.checks if c.ok)
        bad = len(self.checks) - good
        self.summary.setText(
            self.tr("ถูกต้อง %1 แถว  มีปัญหา %2 แถว (แถวที่มีปัญหาจะไม่ถูกนำเข้า)")
            .replace("%1", str(good))
            .replace("%2", str(bad))
        )
        self.import_button.setText(self.tr("นำเข้า %n แถวที่ถูกต้อง").replace("%n", str(good)))
        self.import_button.setEnabled(good > 0)

    def do_import(self) -> None:
        result, ok = run(self, people_import.import_rows, self.ctx.db, self.checks)
        if ok:
            self.result_ = result
            self.accept()
