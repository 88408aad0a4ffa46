"""The main window's other pages on a real database: the decision tracker (filters, updating an action with
evidence, history, opening the meeting), projects and findings, bodies and people with an import that has bad
rows, settings; and every item model through qtmodeltester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.enums import ActionStatus, Phase
from meetingdesk.services import sessions as session_service
from meetingdesk.services.context import AppContext
from meetingdesk.services.listing import list_meetings
from meetingdesk.storage.models import ActionUpdate, Membership, Person
from meetingdesk.ui.dialogs.update_action_dialog import UpdateActionDialog
from meetingdesk.ui.models.table_models import MeetingListModel, SessionListModel
from meetingdesk.ui.models.tracker_model import DecisionTrackerModel
from meetingdesk.ui.pages.people_page import ImportDialog, PeoplePage
from meetingdesk.ui.pages.projects_page import ProjectsPage
from meetingdesk.ui.pages.tracker_page import TrackerPage
from meetingdesk.ui.windows.main_window import MainWindow
from meetingdesk.ui.windows.settings_dialog import SettingsDialog
from tests.helpers import commits
from tests.ui.typing import type_text


def _tracker(qtbot: QtBot, ctx: AppContext) -> TrackerPage:
    page = TrackerPage(ctx)
    qtbot.addWidget(page)
    page.show()  # the first look runs the query
    return page


def test_tracker_filters_by_text_status_and_overdue(qtbot: QtBot, ctx: AppContext) -> None:
    page = _tracker(qtbot, ctx)
    everything = page.model.rowCount()
    assert everything > 100 and page.count.text() == f"{everything:,} รายการ"
    page.text.setFocus()
    type_text(page.text, "คู่มือ")
    qtbot.waitUntil(lambda: page.model.rowCount() < everything)
    shown = [page.model.row(r) for r in range(page.model.rowCount())]
    assert shown and all(r and "คู่มือ" in (r.decision + r.action + r.item) for r in shown)
    page.text.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everything)
    page.overdue.setChecked(True)
    overdue = [page.model.row(r) for r in range(page.model.rowCount())]
    assert overdue and all(r and r.overdue for r in overdue)
    index = page.model.index(0, 8)
    assert index.data().endswith("(เกินกำหนด)") and page.model.data(index, 9) is not None  # red text
    page.overdue.setChecked(False)
    page.status.setCurrentIndex(page.status.findData(ActionStatus.DONE))
    assert all(page.model.row(r).status is ActionStatus.DONE for r in range(page.model.rowCount()))  # type: ignore[union-attr]


def test_tracker_sorts_by_a_column(qtbot: QtBot, ctx: AppContext) -> None:
    page = _tracker(qtbot, ctx)
    page._sort_clicked(2)  # the date column: oldest meeting first
    dates = [page.model.row(r).date for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert dates == sorted(dates)
    page._sort_clicked(2)  # again: newest first
    dates = [page.model.row(r).date for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)


def test_updating_an_action_with_a_note_and_evidence_keeps_its_history(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = _tracker(qtbot, ctx)
    at = next(r for r in range(page.model.rowCount()) if page.model.row(r).status is ActionStatus.NOT_STARTED)  # type: ignore[union-attr]
    page.table.selectRow(at)
    row = page.current()
    assert row is not None and row.action_id is not None and page.update_button.isEnabled()
    evidence = tmp_path / "รายงานผล.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    dialog = UpdateActionDialog(ctx, row, page)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS))
    type_text(dialog.note, "ประชุมคณะทำงานครั้งแรกแล้ว")
    dialog.evidence.setText(str(evidence))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.after_update(row)
    with ctx.db.reading() as s:
        update = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == row.action_id)).all()[-1]
    assert (update.old_status, update.new_status) == (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
    assert (ctx.paths.data_dir / update.evidence_path).read_bytes() == b"%PDF-1.4 evidence"
    history = [page.history.item(n).text() for n in range(page.history.count())]
    assert any("ยังไม่ดำเนินการ → อยู่ระหว่างดำเนินการ" in h and "ประชุมคณะทำงานครั้งแรกแล้ว" in h for h in history)
    assert page.current() is not None and page.current().status is ActionStatus.IN_PROGRESS  # type: ignore[union-attr]

    class Opener(QObject):  # stands where the desktop's file opener would: Qt hands it the URL
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(url.toLocalFile())

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        with_evidence = next(n for n in range(page.history.count()) if "รายงานผล" in page.history.item(n).text())
        page.history.setCurrentRow(with_evidence)
        qtbot.keyClick(page.history, Qt.Key.Key_Return)  # Enter (or a double-click) opens the evidence
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.opened == [str(ctx.paths.data_dir / update.evidence_path)]


def test_an_update_with_nothing_in_it_is_refused(qtbot: QtBot, ctx: AppContext, messages: list[str]) -> None:
    page = _tracker(qtbot, ctx)
    page.status.setCurrentIndex(page.status.findData(ActionStatus.IN_PROGRESS))
    page.table.selectRow(0)
    row = page.current()
    assert row is not None
    dialog = UpdateActionDialog(ctx, row, page)
    qtbot.addWidget(dialog)
    dialog.evidence.setText("/no/such/file.pdf")
    dialog.save()
    assert messages == ["เปิดไฟล์ไม่ได้: file.pdf"] and dialog.result() != dialog.DialogCode.Accepted
    dialog.evidence.clear()
    dialog.save()
    assert messages[-1] == "กรุณาระบุสถานะใหม่ บันทึก หรือหลักฐาน"


def test_opening_the_meeting_a_decision_came_from(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("tracker")
    assert isinstance(page, TrackerPage)
    page.table.selectRow(3)
    row = page.current()
    assert row is not None
    page.open_meeting_button.click()
    assert row.meeting_id in window.meeting_windows
    qtbot.addWidget(window.meeting_windows[row.meeting_id])


def test_projects_show_findings_by_phase_and_where_they_went(qtbot: QtBot, ctx: AppContext) -> None:
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.projects.rowCount() > 10
    # find a finding that was taken to a meeting
    found = False
    for p in range(page.projects.rowCount()):
        page.projects.selectRow(p)
        for f in range(page.findings.rowCount()):
            if page.findings.item(f, 3).text() != "0":
                page.findings.selectRow(f)
                found = True
                break
        if found:
            break
    assert found
    lines = [page.trace.item(n).text() for n in range(page.trace.count())]
    assert any(line.startswith("นำเข้าประชุม: ") and "ครั้งที่" in line for line in lines)
    page.phase.setCurrentIndex(page.phase.findData(Phase.AFTER))
    phases = {page.findings.item(r, 0).text() for r in range(page.findings.rowCount())}
    assert phases <= {"ระยะหลังดำเนินการพัฒนา"}


CSV = """คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,องค์คณะ,บทบาท,เริ่มวาระ,สิ้นสุดวาระ
นาย,ประเสริฐวิทย์,ใจงาม,ผู้อำนวยการโรงเรียนบ้านนา,{body},กรรมการ,1/10/2569,30/9/2571
นาง,,ไม่มีชื่อ,ครู,,,,
นางสาว,มณีรัตน์,ทองดี,ครู,คณะที่ไม่มีอยู่,กรรมการ,,
นาย,สมหมาย,รักเรียน,ศึกษานิเทศก์,,,31/2/2569,
นาง,วิไลลักษณ์,ศรีสุขใส,ครูชำนาญการ,,,,
"""


def test_importing_people_reports_bad_rows_and_keeps_the_good_ones(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    body_name = page.bodies.item(0).text().split("\n")[0]
    file = tmp_path / "รายชื่อ.csv"
    file.write_text(CSV.format(body=body_name), encoding="utf-8-sig")
    with ctx.db.reading() as s:
        people_before = s.scalar(select(func.count()).select_from(Person))
    dialog = ImportDialog(ctx, file, page)
    qtbot.addWidget(dialog)
    results = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert results == [
        f"เพิ่มบุคคลใหม่ และเป็นกรรมการใน {body_name}",
        "ไม่มีชื่อ",
        "ไม่พบองค์คณะ “คณะที่ไม่มีอยู่”",
        "วันเริ่มวาระ “31/2/2569” ไม่ใช่วันที่ (เช่น 1/10/2569)",
        "เพิ่มบุคคลใหม่",
    ]
    assert dialog.summary.text().startswith("ถูกต้อง 2 แถว  มีปัญหา 3 แถว")
    assert dialog.import_button.text() == "นำเข้า 2 แถวที่ถูกต้อง"
    dialog.do_import()
    assert dialog.result_ is not None and (dialog.result_.people, dialog.result_.memberships) == (2, 1)
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == people_before + 2
        member = s.scalars(
            select(Membership).join(Person, Person.id == Membership.person_id).where(Person.first_name == "ประเสริฐวิทย์")
        ).one()
        assert (member.start_date, member.end_date) == (dt.date(2026, 10, 1), dt.date(2028, 9, 30))
    page.refresh()
    names = [page.people.item(r, 0).text() for r in range(page.people.rowCount())]
    assert "นายประเสริฐวิทย์ ใจงาม" in names and "นางวิไลลักษณ์ ศรีสุขใส" in names
    assert messages == []


def test_importing_from_xlsx_and_refusing_a_damaged_one(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, messages: list[str]
) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.append(["Prefix", "First name", "Last name", "Position"])
    sheet.append(["นาย", "ทดสอบ", "นำเข้า", "ครู"])
    sheet.append(["นาง", "สายสุนีย์", "ดีเด่น", 12])
    good = tmp_path / "people.xlsx"
    book.save(good)
    dialog = ImportDialog(ctx, good)
    qtbot.addWidget(dialog)
    assert [c.ok for c in dialog.checks] == [True, True] and dialog.checks[1].values["position"] == "12"

    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # a copy cut off halfway
    refused = ImportDialog(ctx, damaged)
    qtbot.addWidget(refused)
    assert not refused.rows_read and refused.checks == []
    assert messages == ["ไฟล์ damaged.xlsx เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)"]


def test_adding_a_person_and_a_member_from_the_page(qtbot: QtBot, ctx: AppContext) -> None:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    type_text(page.first, "นางสาวกนกพร")
    type_text(page.last, "ใจดี")
    page.add_person_button.click()
    with ctx.db.reading() as s:
        person = s.scalars(select(Person).where(Person.first_name == "กนกพร")).one()
        assert (person.prefix, person.last_name) == ("นางสาว", "ใจดี")
    page.member.setCurrentIndex(page.member.findData(person.id))
    before = page.roster.rowCount()
    page.add_member_button.click()
    assert page.roster.rowCount() == before + 1
    assert page.roster.item(before, 1).text() == "นางสาวกนกพร ใจดี"


def test_settings_are_stored_where_they_belong(qtbot: QtBot, ctx: AppContext) -> None:
    from meetingdesk.services import settings

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert list(dialog.fields) == [d.key for d in settings.FORM]  # the form is built from the declarations
    language = dialog.field(settings.LANGUAGE)
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("en"))
    thai_digits, keep = dialog.field(settings.THAI_DIGITS), dialog.field(settings.BACKUP_KEEP)
    assert isinstance(thai_digits, QCheckBox) and isinstance(keep, QSpinBox)
    thai_digits.setChecked(True)
    keep.setValue(7)
    with commits(ctx.db) as counted:
        dialog.save()
    assert counted == [1]  # every office setting in one transaction
    assert QSettings().value("ui/lang") == "en"  # this computer
    assert settings.get(ctx.db, settings.THAI_DIGITS) is True and settings.get(ctx.db, settings.BACKUP_KEEP) == 7
    QSettings().setValue("ui/lang", "th")


def test_every_table_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    meetings = MeetingListModel()
    qtmodeltester.check(meetings)
    meetings.set_rows(list_meetings(ctx.db))
    qtmodeltester.check(meetings)
    sessions = SessionListModel(session_service.list_sessions(ctx.db))
    qtmodeltester.check(sessions)
    tracker = DecisionTrackerModel(ctx)
    qtmodeltester.check(tracker)
    tracker.refresh()
    assert tracker.rowCount() > 0
    qtmodeltester.check(tracker)


def test_the_sessions_list_names_the_meeting_each_session_ran_in(ctx: AppContext) -> None:
    rows = session_service.list_sessions(ctx.db)
    model = SessionListModel(rows)
    column = SessionListModel.COLUMNS.index("ในการประชุม")
    shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    in_meetings = [(row, text) for row, text in zip(rows, shown, strict=True) if row["meeting_id"]]
    assert in_meetings and all(text != "—" for _row, text in in_meetings)
    row, text = in_meetings[0]
    assert text.startswith(row["meeting"]) and "/25" in text  # บอร์ดบริหาร 3/2569 · 12 พ.ย. 69
    assert all(text == "—" for row, text in zip(rows, shown, strict=True) if not row["meeting_id"])
