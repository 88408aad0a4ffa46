"""The secretary's path through the real windows on a real database file: a new meeting with its automatic
agenda, the agenda editor, attendance, the record with a resolution and actions, certifying the previous
minutes from section 2, and exporting (off the GUI thread) — then reading the document back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.enums import AttendanceStatus, BodyKind, DecisionKind, MeetingStatus
from meetingdesk.services import meetings
from meetingdesk.services.context import AppContext
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Action, AgendaItem, Attachment, Attendance, Body, Decision, Finding, Meeting
from meetingdesk.ui.models.roles import IdRole
from meetingdesk.ui.pages.meetings_page import NewMeetingDialog
from meetingdesk.ui.windows.main_window import MainWindow
from meetingdesk.ui.windows.meeting import MeetingWindow
from meetingdesk.ui.windows.meeting.agenda import AgendaTree
from tests.exports.readback import docx_lines
from tests.ui.conftest import Scripted
from tests.ui.typing import press_enter, type_text


def _board_id(db: Database) -> int:
    with db.reading() as s:
        return s.scalars(select(Body.id).where(Body.kind == BodyKind.EXECUTIVE_BOARD)).one()


def _new_meeting(qtbot: QtBot, ctx: AppContext, day: dt.date) -> MeetingWindow:
    dialog = NewMeetingDialog(ctx, body_id=_board_id(ctx.db))
    qtbot.addWidget(dialog)
    dialog.date.set_date(day)
    type_text(dialog.place, "ห้องประชุมเขตพื้นที่")
    dialog.create_meeting()
    assert dialog.meeting_id is not None
    window = MeetingWindow(ctx, dialog.meeting_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_meeting_gets_its_number_agenda_and_matters_arising(qtbot: QtBot, ctx: AppContext) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    assert "ครั้งที่ 7/2569" in window.heading.text() and "วันอังคารที่ 15 ธันวาคม พ.ศ. 2569" in window.heading.text()
    tree = window.agenda.tree
    assert tree.topLevelItemCount() == 6
    heads = [tree.topLevelItem(n).text(0) for n in range(6)]
    assert heads[1].startswith("ระเบียบวาระที่ 2") and tree.topLevelItem(1).childCount() == 1  # certify 6/2569
    assert "6/2569" in tree.topLevelItem(1).child(0).text(0)
    assert tree.topLevelItem(2).childCount() >= 1  # matters arising: open decisions of the body


def test_agenda_editor_adds_reorders_marks_links_and_attaches(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(1)
    agenda = window.agenda
    for title in ("พิจารณาแผนนิเทศภาคเรียนที่ 2", "พิจารณางบประมาณค่ายภาษาไทย", "พิจารณาปฏิทินการประเมิน"):
        type_text(agenda.new_title, title)
        press_enter(agenda.new_title)
    section5 = agenda.tree.topLevelItem(4)
    assert [section5.child(n).text(0) for n in range(3)] == [
        "5.1  พิจารณาแผนนิเทศภาคเรียนที่ 2",
        "5.2  พิจารณางบประมาณค่ายภาษาไทย",
        "5.3  พิจารณาปฏิทินการประเมิน",
    ]
    # dragging 5.3 above 5.1: where the drop lands, as the tree computes it, then the move itself
    Position = QAbstractItemView.DropIndicatorPosition
    target = AgendaTree.drop_target(section5.child(2), section5.child(0), Position.AboveItem)
    assert target == (5, 1)
    assert AgendaTree.drop_target(section5.child(0), section5.child(2), Position.BelowItem) == (5, 3)
    assert AgendaTree.drop_target(section5.child(0), agenda.tree.topLevelItem(3), Position.OnItem) == (4, 1)
    agenda.move_item(int(section5.child(2).data(0, IdRole)), *target)
    section5 = agenda.tree.topLevelItem(4)
    assert section5.child(0).text(0) == "5.1  พิจารณาปฏิทินการประเมิน"
    agenda.tree.setCurrentItem(section5.child(0))
    agenda.nudge(1)  # Alt+Down
    assert agenda.tree.topLevelItem(4).child(1).text(0) == "5.2  พิจารณาปฏิทินการประเมิน"
    assert agenda.tree.currentItem().text(0) == "5.2  พิจารณาปฏิทินการประเมิน"

    agenda.confidential.click()
    with ctx.db.reading() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.title == "พิจารณาปฏิทินการประเมิน")).one()
        assert item.confidential and (item.section, item.position) == (5, 2)
        finding_ids = s.scalars(select(Finding.id).order_by(Finding.id).limit(2)).all()
    from meetingdesk.ui.dialogs.findings_dialog import FindingsDialog

    dialog = FindingsDialog(ctx, item.id)  # tick two findings, as the secretary would
    qtbot.addWidget(dialog)
    ticked = 0
    for n in range(dialog.list.count()):
        entry = dialog.list.item(n)
        if int(entry.data(IdRole)) in finding_ids:
            entry.setCheckState(Qt.CheckState.Checked)
            ticked += 1
    assert ticked == 2 and sorted(dialog.chosen()) == sorted(finding_ids)
    assert window.run(meetings.link_findings, ctx.db, item.id, dialog.chosen())[1]
    agenda.reload()
    scan = tmp_path / "แผนนิเทศ.pdf"
    scan.write_bytes(b"%PDF-1.4 stand-in")
    assert agenda.attach(scan)
    node = agenda.tree.currentItem().text(0)
    assert "[ลับ]" in node and "[ผลการดำเนินงาน 2]" in node and "[แนบ 1]" in node
    with ctx.db.reading() as s:
        attachment = s.scalars(select(Attachment).where(Attachment.agenda_item_id == item.id)).one()
    kept = ctx.paths.data_dir / attachment.path
    assert kept.read_bytes() == b"%PDF-1.4 stand-in" and kept != scan  # a copy kept with the data


def test_attendance_record_resolution_actions_and_export(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(2)  # Ctrl+3
    attendance = window.attendance
    members = len(attendance.rows)
    attendance.all_present.click()
    attendance.table.selectRow(1)
    attendance.status.setCurrentIndex(attendance.status.findData(AttendanceStatus.ABSENT))
    type_text(attendance.reason, "ติดราชการ")
    assert attendance.save()
    attendance.guest.setCurrentIndex(1)
    attendance.add_guest.click()
    with ctx.db.reading() as s:
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == window.meeting_id)).all()
        statuses = sorted(a.status.value for a in rows)
    assert len(rows) == members + 1
    assert statuses.count("absent") == 1 and statuses.count("attending") == 1
    assert attendance.summary.text() == f"มาประชุม {members - 1} คน  ไม่มาประชุม 1 คน"
    assert "ติดราชการ" in [attendance.model.index(r, 3).data() for r in range(attendance.model.rowCount())]

    window.tabs.setCurrentIndex(1)
    window.agenda.section.setCurrentIndex(4)
    type_text(window.agenda.new_title, "พิจารณาแผนนิเทศภาคเรียนที่ 2")
    press_enter(window.agenda.new_title)
    window.tabs.setCurrentIndex(3)
    record = window.record
    titles = [record.items.item(n).text() for n in range(record.items.count())]
    record.items.setCurrentRow(titles.index("5.1 พิจารณาแผนนิเทศภาคเรียนที่ 2"))
    type_text(record.edits["discussion"], "ที่ประชุมอภิปรายเรื่องการนิเทศแบบกัลยาณมิตร")
    record.items.setCurrentRow(0)  # choosing another item saves what was typed
    with ctx.db.reading() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.title == "พิจารณาแผนนิเทศภาคเรียนที่ 2")).one()
        assert item.discussion == "ที่ประชุมอภิปรายเรื่องการนิเทศแบบกัลยาณมิตร"
    record.items.setCurrentRow(titles.index("5.1 พิจารณาแผนนิเทศภาคเรียนที่ 2"))
    record.kind.setCurrentIndex(record.kind.findData(DecisionKind.ASSIGNED))
    type_text(record.decision_text, "มอบหมายกลุ่มนิเทศฯ จัดทำแผนนิเทศ")
    press_enter(record.decision_text)
    record.owner.setCurrentIndex(2)
    record.due.set_date(dt.date(2027, 1, 31))
    type_text(record.action_title, "จัดทำแผนนิเทศภาคเรียนที่ 2")
    press_enter(record.action_title)
    with ctx.db.reading() as s:
        decision = s.scalars(select(Decision).where(Decision.agenda_item_id == item.id)).one()
        action = s.scalars(select(Action).where(Action.decision_id == decision.id)).one()
        assert (decision.kind, decision.text) == (DecisionKind.ASSIGNED, "มอบหมายกลุ่มนิเทศฯ จัดทำแผนนิเทศ")
        assert action.due_date == dt.date(2027, 1, 31) and action.owner_person_id is not None
    assert any("จัดทำแผนนิเทศภาคเรียนที่ 2" in record.decisions.item(n).text() for n in range(record.decisions.count()))

    # section 2: certify the previous meeting's minutes from this meeting
    record.items.setCurrentRow(next(n for n, t in enumerate(titles) if t.startswith("2.1")))
    assert record.certify_button.isVisible() and record.certify_button.isEnabled()
    from meetingdesk.ui.dialogs.certify_dialog import CertifyDialog

    def answer(choose: Callable[[CertifyDialog], None]) -> None:
        def later() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, CertifyDialog)
            choose(dialog)

        QTimer.singleShot(0, later)

    answer(lambda dialog: dialog.reject())  # asked first: cancelling certifies nothing
    record.certify_button.click()
    with ctx.db.reading() as s:
        previous = s.scalars(select(Meeting).where(Meeting.number == 6, Meeting.body_id == _board_id(ctx.db))).one()
        assert previous.status is not MeetingStatus.CERTIFIED

    def with_an_amendment(dialog: CertifyDialog) -> None:
        dialog.amended.setChecked(True)
        dialog.target.setCurrentIndex(0)
        dialog.new_text.setPlainText("ประธานแจ้งที่ประชุมทราบ (แก้ไขถ้อยคำ)")
        dialog.add_button.click()
        dialog.certify()

    answer(with_an_amendment)
    record.certify_button.click()
    with ctx.db.reading() as s:
        previous = s.scalars(select(Meeting).where(Meeting.number == 6, Meeting.body_id == _board_id(ctx.db))).one()
        assert previous.status is MeetingStatus.CERTIFIED
        assert previous.certification is not None and previous.certification.with_amendments
    assert record.certify_button.text() == "รายงานการประชุมครั้งที่ 6/2569 รับรองแล้ว"

    window.tabs.setCurrentIndex(4)
    export = window.export
    target = tmp_path / "out" / "รายงานการประชุม.docx"
    target.parent.mkdir()
    export.export_to("minutes", "docx", target)
    qtbot.waitUntil(lambda: export.open_file.isVisible(), timeout=20_000)
    assert export.result.text() == f"บันทึกเอกสารแล้ว: {target}"
    lines = docx_lines(target)
    assert "มอบหมายกลุ่มนิเทศฯ จัดทำแผนนิเทศ" in "\n".join(lines)
    assert any("ติดราชการ" in line for line in lines)
    pdf = tmp_path / "out" / "ใบลงชื่อ.pdf"
    export.export_to("signin", "pdf", pdf)
    qtbot.waitUntil(lambda: export.result.text().endswith(str(pdf)), timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert messages == []


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    target = tmp_path / "no-such-folder" / "x.docx"
    window.export.export_to("minutes", "docx", target)
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert window.export.result.text().startswith("สร้างเอกสารไม่สำเร็จ") and not target.exists()
    assert all(b.isEnabled() for b in window.export.buttons.values())


def test_a_certified_meeting_opens_frozen(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.reading() as s:
        certified = s.scalars(select(Meeting.id).where(Meeting.status == MeetingStatus.CERTIFIED).limit(1)).one()
    window = MeetingWindow(ctx, certified)
    qtbot.addWidget(window)
    window.show()
    assert window.frozen and window.frozen_note.isVisible()
    assert not window.agenda.new_title.isEnabled() and not window.details.save_button.isEnabled()
    assert window.record.edits["discussion"].isEnabled() is False


def test_typed_record_text_is_saved_when_the_window_closes(qtbot: QtBot, ctx: AppContext) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(3)
    window.record.items.setCurrentRow(0)
    type_text(window.record.edits["summary"], "ที่ประชุมรับทราบ")
    assert window.record.saved.text() == "กำลังพิมพ์…"
    window.close()
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AgendaItem).where(AgendaItem.summary == "ที่ประชุมรับทราบ")) == 1


def test_the_main_window_opens_a_meeting_once_and_search_jumps_to_it(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    first = window.open_meeting(window.model.row_id(0))
    qtbot.addWidget(first)
    assert window.open_meeting(window.model.row_id(0)) is first
    window.search_box.setText("การอ่าน")
    found = window.run_search()
    assert found > 0 and window.stack.currentWidget() is window.page("search")
    hits = window.search_results
    role = Qt.ItemDataRole.UserRole
    row = next(  # an item deep in its meeting: not the first one the record tab would show anyway
        n
        for n in range(hits.count())
        if hits.item(n).data(role).kind in ("agenda_item", "decision", "action")
        and hits.item(n).data(role).meeting_id != window.model.row_id(0)
        and hits.item(n).data(role).item_id is not None
    )
    hit = hits.item(row).data(role)
    hits.setCurrentRow(row)
    qtbot.keyClick(hits, Qt.Key.Key_Return)  # Enter on the hit, as a user would
    meeting = window.meeting_windows[hit.meeting_id]
    qtbot.addWidget(meeting)
    assert meeting.isVisible() and meeting.tabs.currentWidget() is meeting.record
    assert meeting.record.item_id == hit.item_id
    assert meeting.record.items.currentItem().text().split()[0] != "1.1"


def test_deleting_an_agenda_item_asks_first(qtbot: QtBot, ctx: AppContext, scripted: Scripted) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(1)
    agenda = window.agenda
    for title in ("เรื่องที่หนึ่ง", "เรื่องที่สอง"):
        type_text(agenda.new_title, title)
        press_enter(agenda.new_title)
    asked = scripted.asked
    scripted.answers.append(False)
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(4).child(0))
    agenda.delete_button.click()
    assert asked == ["ลบเรื่อง “5.1  เรื่องที่หนึ่ง” พร้อมบันทึกและมติของเรื่องนี้หรือไม่?"]
    assert agenda.tree.topLevelItem(4).childCount() == 2  # "No" changes nothing
    scripted.answers.append(True)
    agenda.delete_button.click()
    assert [agenda.tree.topLevelItem(4).child(n).text(0) for n in range(1)] == ["5.1  เรื่องที่สอง"]


def test_agenda_changes_undo_and_redo(qtbot: QtBot, ctx: AppContext) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(1)
    agenda = window.agenda

    def section5() -> list[str]:
        head = agenda.tree.topLevelItem(4)
        return [head.child(n).text(0) for n in range(head.childCount())]

    for title in ("ก", "ข"):
        type_text(agenda.new_title, title)
        press_enter(agenda.new_title)
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(4).child(1))
    agenda.nudge(-1)
    assert section5() == ["5.1  ข", "5.2  ก"]
    from PySide6.QtGui import QShortcut

    keys = {s.key().toString(): s for s in agenda.tree.findChildren(QShortcut)}
    assert {"Ctrl+Z", "Ctrl+Y", "Alt+Up", "Alt+Down"} <= set(keys)
    keys["Ctrl+Z"].activated.emit()  # what Ctrl+Z in the agenda does
    assert section5() == ["5.1  ก", "5.2  ข"]
    agenda.undo()  # the second item was never added
    assert section5() == ["5.1  ก"]
    agenda.redo()
    agenda.redo()
    assert section5() == ["5.1  ข", "5.2  ก"]


def test_a_decision_or_action_recorded_by_mistake_can_be_taken_back(
    qtbot: QtBot, ctx: AppContext, scripted: Scripted, messages: list[str]
) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    window.tabs.setCurrentIndex(1)
    type_text(window.agenda.new_title, "พิจารณาปฏิทินการนิเทศ")
    press_enter(window.agenda.new_title)
    window.tabs.setCurrentIndex(3)
    record = window.record
    titles = [record.items.item(n).text() for n in range(record.items.count())]
    record.items.setCurrentRow(titles.index("5.1 พิจารณาปฏิทินการนิเทศ"))
    type_text(record.decision_text, "เห็นชอบ")
    press_enter(record.decision_text)
    type_text(record.action_title, "แจ้งโรงเรียน")
    press_enter(record.action_title)
    scripted.answers += [True, True]  # the action, then the decision
    record.decisions.setCurrentRow(1)  # the action
    assert record.remove_chosen()
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Action).where(Action.title == "แจ้งโรงเรียน")) == 0
        assert s.scalar(select(func.count()).select_from(Decision).where(Decision.text == "เห็นชอบ")) == 1
    record.decisions.setCurrentRow(0)  # the decision itself
    assert record.remove_chosen()
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Decision).where(Decision.text == "เห็นชอบ")) == 0
    assert record.decisions.count() == 0 and messages == []


def test_details_typed_but_not_saved_are_saved_on_leaving(qtbot: QtBot, ctx: AppContext) -> None:
    window = _new_meeting(qtbot, ctx, dt.date(2026, 12, 15))
    details = window.details
    details.place.setFocus()
    details.place.selectAll()
    type_text(details.place, "ห้องประชุมใหม่")
    assert details.dirty and details.saved.text().startswith("ยังไม่ได้บันทึก")
    window.tabs.setCurrentIndex(1)  # leaving the tab saves
    with ctx.db.reading() as s:
        assert s.get(Meeting, window.meeting_id).place == "ห้องประชุมใหม่"  # type: ignore[union-attr]
    window.tabs.setCurrentIndex(0)
    type_text(details.place, " ชั้น 2")
    window.close()  # and so does closing the window
    with ctx.db.reading() as s:
        assert s.get(Meeting, window.meeting_id).place == "ห้องประชุมใหม่ ชั้น 2"  # type: ignore[union-attr]
