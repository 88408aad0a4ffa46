"""Live updates on an office server: two clients of one database, each with its own listener (a dedicated
connection LISTENing on a thread). What one commits is heard by the other, with the meeting it belongs to; a
client does not hear its own changes, nor a refused action (NOTIFY is delivered only on commit); a listener whose
connection the server ended reconnects and says "reload everything". On a SQLite file there is nothing to hear."""

from __future__ import annotations

import datetime as dt
import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.domain.errors import UserError
from meetingdesk.services import live, meetings
from meetingdesk.storage.database import Database, open_database
from tests.services.helpers import new_meeting, small_office

WAIT_S = 10  # a bound on waiting, not a measure of speed (that is benchmarks/run.py's "live update" case)


class Ear:
    """A client's listener, what it heard kept in a queue."""

    def __init__(self, db: Database) -> None:
        self.heard: queue.Queue[live.Heard] = queue.Queue()
        listener = live.listen(db, self.heard.put)
        assert listener is not None
        self.listener = listener
        assert listener.connected.wait(WAIT_S)

    def next(self) -> live.Heard:
        return self.heard.get(timeout=WAIT_S)

    def nothing_more(self) -> bool:
        return self.heard.empty()


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Database, Database]]:
    a, b = open_database(pg_url), open_database(pg_url)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def ears(two: tuple[Database, Database]) -> Iterator[tuple[Ear, Ear]]:
    a, b = two
    ear_a, ear_b = Ear(a), Ear(b)
    yield ear_a, ear_b
    ear_a.listener.stop()
    ear_b.listener.stop()


def test_a_change_by_one_client_is_heard_by_the_other_not_by_itself(
    two: tuple[Database, Database], ears: tuple[Ear, Ear]
) -> None:
    a, b = two
    ear_a, ear_b = ears
    o = small_office(a)
    meeting = new_meeting(a, o.board, dt.date(2026, 1, 20))
    heard = ear_b.next()
    while "meeting" not in heard.tables():  # the office's rows came first, a commit each
        heard = ear_b.next()
    assert heard.client == a.client_id and heard.who == a.user
    assert ("meeting", meeting) in {(n.table, n.row_id) for n in heard.notes}
    assert heard.touches_meeting(meeting) and not heard.everything

    item = meetings.add_agenda_item(b, meeting, 4, "ผลการนิเทศ")  # now B writes: A hears it, and only it
    heard = ear_a.next()
    assert heard.client == b.client_id
    assert any(n.table == "agenda_item" and n.row_id == item and n.meeting_id == meeting for n in heard.notes)
    assert ear_a.nothing_more()  # A's own office and meeting were never echoed to it (they came first)
    assert ear_b.nothing_more()


def test_a_decision_and_an_action_name_their_meeting(two: tuple[Database, Database], ears: tuple[Ear, Ear]) -> None:
    a, _b = two
    _ear_a, ear_b = ears
    o = small_office(a)
    meeting = new_meeting(a, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(a, meeting, 4, "ผลการนิเทศ")
    from meetingdesk.domain.enums import DecisionKind
    from meetingdesk.services import actions

    decision = meetings.record_decision(a, item, DecisionKind.APPROVED, "เห็นชอบ")
    action = actions.add_action(a, decision, "จัดทำแผน", owner_person_id=o.secretary)
    notes = []
    while not any(n.table == "action" for n in notes):
        notes.extend(ear_b.next().notes)
    by_table = {n.table: n for n in notes}
    assert by_table["decision"].meeting_id == meeting and by_table["decision"].decision_id == decision
    assert by_table["action"].row_id == action
    assert by_table["action"].meeting_id == meeting and by_table["action"].decision_id == decision


def test_a_refused_action_is_not_heard(two: tuple[Database, Database], ears: tuple[Ear, Ear]) -> None:
    a, _b = two
    _ear_a, ear_b = ears
    o = small_office(a)
    meeting = new_meeting(a, o.board, dt.date(2026, 1, 20))
    with pytest.raises(UserError):
        meetings.add_agenda_item(a, meeting, 4, "   ")  # no title: refused, rolled back
    item = meetings.add_agenda_item(a, meeting, 4, "ผลการนิเทศ")
    while True:
        heard = ear_b.next()
        if "agenda_item" in heard.tables() and heard.meetings() == {meeting}:
            break
    assert [n.row_id for n in heard.notes if n.table == "agenda_item"] == [item]  # the refused one never was


def test_a_dropped_listener_reconnects_and_asks_for_everything(
    two: tuple[Database, Database], ears: tuple[Ear, Ear]
) -> None:
    a, _b = two
    _ear_a, ear_b = ears
    pid = ear_b.listener.backend_pid
    assert pid is not None
    with a.engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    assert ear_b.next().everything  # what was said while it was away is not known: reload what is shown
    assert ear_b.listener.reconnects == 1
    assert ear_b.listener.connected.wait(WAIT_S) and ear_b.listener.backend_pid not in (None, pid)
    small_office(a)
    assert not ear_b.next().everything  # and it hears again


def test_on_a_file_there_is_nothing_to_listen_to(tmp_path: Path) -> None:
    db = open_database(tmp_path / "office.sqlite3", create=True)
    try:
        assert live.listen(db, lambda _heard: None) is None
    finally:
        db.close()


def test_a_bulk_load_is_heard_as_everything(two: tuple[Database, Database], ears: tuple[Ear, Ear]) -> None:
    from meetingdesk.storage.live_notes import MAX_NOTES
    from meetingdesk.storage.models import Person

    a, _b = two
    _ear_a, ear_b = ears
    with a.writing() as s:  # a load of many rows in one transaction (as the demo office is built)
        s.add_all(Person(first_name=f"บุคลากร{n}") for n in range(MAX_NOTES + 100))
    heard = ear_b.next()
    assert heard.everything and heard.client == a.client_id
