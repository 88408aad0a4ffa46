"""The attendance tab: the body's members and everyone recorded, in a table over ``AttendanceModel``; the chosen
person's attendance set below it; attendees added from the directory or typed in by name."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.enums import AttendanceStatus
from meetingdesk.services import attendance, meeting_view, meetings
from meetingdesk.ui.common import chosen
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.models.attendance_model import AttendanceModel

if TYPE_CHECKING:
    from meetingdesk.services.meeting_view import AttendanceRow
    from meetingdesk.ui.windows.meeting.window import MeetingWindow


class AttendanceTab(QWidget):
    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.model = AttendanceModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.all_present = QPushButton(self.tr("ทุกคนมาประชุม"))
        self.status = QComboBox()
        for status in AttendanceStatus:
            self.status.addItem(status.label(ui_lang()), status)
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
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.save_button.clicked.connect(self.save)
        self.all_present.clicked.connect(self.mark_all_present)
        self.add_guest.clicked.connect(self.add_attending)
        self.add_outside.clicked.connect(self.add_new_person)
        self.outside_position.returnPressed.connect(self.add_new_person)
        self.member_ids: frozenset[int] = frozenset()

    @property
    def rows(self) -> tuple[AttendanceRow, ...]:
        return self.model.rows

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def reload(self) -> None:
        view = meeting_view.attendance(self.w.ctx.db, self.w.meeting_id)
        self.model.set_rows(view.rows)  # in place: the chosen row stays chosen, its form as the secretary left it
        self.table.resizeColumnsToContents()
        self.member_ids = view.member_ids
        present = sum(1 for r in self.rows if r.status is AttendanceStatus.PRESENT)
        absent = sum(1 for r in self.rows if r.status is AttendanceStatus.ABSENT)
        self.summary.setText(
            self.tr("มาประชุม %1 คน  ไม่มาประชุม %2 คน").replace("%1", str(present)).replace("%2", str(absent))
        )
        for combo, label in ((self.substitute_for, "—"), (self.add_for, "—"),
                             (self.guest, self.tr("เลือกผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)"))):  # fmt: skip
            combo.clear()
            combo.addItem(label, None)
        recorded_ids = {r.person_id for r in self.rows if r.status is not None}
        for person in view.people:
            if person.id in self.member_ids:
                self.substitute_for.addItem(person.name, person.id)
                self.add_for.addItem(person.name, person.id)
            elif person.id not in recorded_ids:
                self.guest.addItem(person.name, person.id)
        for widget in (self.all_present, self.save_button, self.add_guest, self.add_outside):
            widget.setEnabled(not self.w.frozen)

    def _chosen(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        self.status.setCurrentIndex(self.status.findData(r.status or AttendanceStatus.PRESENT))
        self.reason.setText(self.model.reason(r) if r.status is AttendanceStatus.ABSENT else "")
        self.substitute_for.setCurrentIndex(max(0, self.substitute_for.findData(r.substitute_for_id)))
        self.has_time.setChecked(r.signed_in_at is not None)
        if r.signed_in_at is not None:
            self.signed_in.setTime(QTime(r.signed_in_at.hour, r.signed_in_at.minute))

    def save(self) -> bool:
        row = self.current_row()
        if not 0 <= row < len(self.rows):
            interaction().inform(self, self.tr("เลือกรายชื่อก่อน"))
            return False
        q = self.signed_in.time()
        ok = self.w.run(
            meetings.mark_attendance, self.w.ctx.db, self.w.meeting_id, self.rows[row].person_id,
            chosen(self.status, AttendanceStatus), reason=self.reason.text(),
            substitute_for_id=self.substitute_for.currentData(),
            signed_in_at=dt.time(q.hour(), q.minute()) if self.has_time.isChecked() else None,
        )[1]  # fmt: skip
        if ok:
            self.reload()
            self.table.selectRow(row)
        return ok

    def mark_all_present(self) -> None:
        """Members not yet recorded are marked present (the usual start of taking attendance): one transaction."""
        self.w.run(attendance.mark_all_present, self.w.ctx.db, self.w.meeting_id)
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
        row = next((n for n, r in enumerate(self.rows) if r.person_id == person_id), None)
        if row is not None:
            self.table.selectRow(row)
