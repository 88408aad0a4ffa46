"""Two people on one office server (a real throw-away PostgreSQL cluster): client A changes things through the
services, client B's open windows follow within a bounded wait — the tracker only the changed row, the meeting
window the changed tab without touching what B is typing, the facilitator's console the new card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingdesk.domain.enums import ActionStatus, DecisionKind, Technique
from meetingdesk.services import actions, meeting_view, meetings, sessions
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage.database import Database, open_database
from meetingdesk.ui.windows.main_window import MainWindow
from tests.services.helpers import new_meeting, small_office
from tests.ui.conftest import Scripted
from tests.ui.typing import type_text

WAIT_MS = 10_000  # a bound on waiting, not a measure of speed (benchmarks/run.py measures that)


@dataclass
class Office:
    a: Database  # the other person's client
    window: MainWindow  # this person's window (client B)
    meeting: int
    item: int
    actions: list[int]


@pytest.fixture
def office(qtbot: QtBot, pg_url: str, tmp_path: Path) -> Iterator[Office]:
    a, b = open_database(pg_url), open_database(pg_url)
    o = small_office(a)
    meeting = new_meeting(a, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(a, meeting, 4, "ผลการนิเทศภาคเรียนที่ 1", background="ความเป็นมาเดิม")
    decision = meetings.record_decision(a, item, DecisionKind.APPROVED, "เห็นชอบให้ดำเนินการ")
    due = dt.date(2026, 3, 1)
    done = [
        actions.add_action(a, decision, title, owner_person_id=o.secretary, due_date=due + dt.timedelta(days=n))
        for n, title in enumerate(("จัดทำแผนนิเทศ", "ประชุมชี้แจงโรงเรียน", "สรุปผลการนิเทศ"))
    ]
    ctx = AppContext(paths=Paths.resolve(tmp_path, pg_url))
    ctx._db = b
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.live is not None and window.live.listener is not None
    assert window.live.listener.connected.wait(WAIT_MS / 1000)
    yield Office(a, window, meeting, item, done)
    window.close()
    a.close()
    b.close()


def test_the_tracker_shows_another_clients_progress_report_reading_only_that_row(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    page = office.window.show_page("tracker")
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    rows = [model.row(n) for n in range(3)]
    target = next(n for n, r in enumerate(rows) if r.action_id == office.actions[1])
    page.table.selectRow(target)  # type: ignore[attr-defined]
    fetched, resets = model.fetched, []
    model.modelReset.connect(lambda: resets.append(1))

    actions.report_progress(office.a, tmp_path, office.actions[1], status=ActionStatus.DONE, note="แจ้งครบทุกโรงเรียน")

    qtbot.waitUntil(lambda: model.row(target).status is ActionStatus.DONE, timeout=WAIT_MS)
    assert model.fetched == fetched + 1 and not resets  # that row read again, no reset
    assert [model.row(n) for n in range(3) if n != target] == [r for n, r in enumerate(rows) if n != target]
    assert all(model.row(n) is rows[n] for n in range(3) if n != target)  # the same objects: not read again
    assert page.current().action_id == office.actions[1]  # type: ignore[attr-defined]
    history = page.history  # type: ignore[attr-defined]
    assert any("แจ้งครบทุกโรงเรียน" in history.item(n).text() for n in range(history.count()))


def test_a_new_action_elsewhere_is_inserted_without_a_reset(
    qtbot: QtBot, office: Office, qtmodeltester: ModelTester
) -> None:
    page = office.window.show_page("tracker")
    model = page.model  # type: ignore[attr-defined]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    decision = model.row(0).decision_id
    new = actions.add_action(office.a, decision, "รายงานผลต่อคณะกรรมการ", due_date=dt.date(2026, 4, 1))
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT_MS)
    assert model.row(3).action_id == new and not resets  # the latest due date: last
    qtmodeltester.check(model)


def test_the_meetings_list_gains_another_clients_meeting(qtbot: QtBot, office: Office) -> None:
    model = office.window.meetings_page.model
    before = model.rowCount()
    body = meeting_view.meeting_heading(office.a, office.meeting).body_id
    made = new_meeting(office.a, body, dt.date(2026, 2, 17))
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=WAIT_MS)
    assert made in {model.row_id(n) for n in range(model.rowCount())}


def test_half_typed_text_survives_another_clients_change_of_the_same_item(
    qtbot: QtBot, office: Office, messages: list[str], scripted: Scripted
) -> None:
    window = office.window.open_meeting(office.meeting)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.record)
    record = window.record
    assert record.item_id == office.item
    record._autosave.setInterval(3_600_000)  # B is still typing: the pause that saves does not come meanwhile
    type_text(record.edits["discussion"], "ที่ประชุมอภิปรายเรื่อง")
    type_text(record.edits["summary"], "สรุปของ B")

    # A changes a field B is not editing, and one B is editing
    meetings.update_agenda_item(office.a, office.item, background="ข้อเท็จจริงจาก A", discussion="การอภิปรายของ A")

    qtbot.waitUntil(lambda: record.edits["background"].toPlainText() == "ข้อเท็จจริงจาก A", timeout=WAIT_MS)
    assert record.edits["discussion"].toPlainText() == "ที่ประชุมอภิปรายเรื่อง"  # kept as typed
    assert record.edits["summary"].toPlainText() == "สรุปของ B"

    record.flush()  # B's save meets the version check: A changed the discussion B was typing
    assert messages and "การอภิปรายของ A" in messages[-1]
    assert record.edits["discussion"].toPlainText() == "ที่ประชุมอภิปรายเรื่อง"  # still on screen, not lost
    stored = meeting_view.item_texts(office.a, office.item)
    assert stored is not None and stored.discussion == "การอภิปรายของ A" and stored.background == "ข้อเท็จจริงจาก A"
    scripted.answers.append(True)  # B saves again, knowingly: theirs was shown, and B is asked first
    assert record.flush()
    assert "แทนที่ข้อความของเขา" in scripted.asked[-1]
    stored = meeting_view.item_texts(office.a, office.item)
    assert stored is not None and stored.discussion == "ที่ประชุมอภิปรายเรื่อง" and stored.summary == "สรุปของ B"


def test_the_console_shows_another_clients_card(qtbot: QtBot, office: Office) -> None:
    sid = sessions.start_session(office.a, Technique.BRAINSTORM, agenda_item_id=office.item)
    sessions.step(office.a, sid)
    console = office.window.open_session(sid)
    qtbot.addWidget(console)
    model = console.card_model  # type: ignore[attr-defined]
    before = model.rowCount()
    card = sessions.add_card(office.a, sid, "เพิ่มครูพี่เลี้ยงในโรงเรียนขนาดเล็ก")
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=WAIT_MS)
    assert model.row(card).text == "เพิ่มครูพี่เลี้ยงในโรงเรียนขนาดเล็ก"
    cluster = sessions.create_cluster(office.a, sid, "บุคลากร")
    sessions.move_card(office.a, card, cluster)
    qtbot.waitUntil(lambda: model.row(card).cluster_id == cluster, timeout=WAIT_MS)
