"""The office server's connections pay fewer round trips (``storage/pgdialect.py``) and lose nothing for it: a
whole server restart between two actions is met with new connections before use, not an error; the NOTIFY that
rides with the COMMIT is delivered when the commit succeeds and never when it fails, not even with a later
transaction on the same pooled connection. The restart is a cluster of this module's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from meetingdesk.domain.errors import UserError
from meetingdesk.services import meetings
from meetingdesk.services.first_view import office_name
from meetingdesk.storage import live_notes, postgres
from meetingdesk.storage.database import Database
from tests.pgcluster import Cluster
from tests.services.helpers import new_meeting, small_office

WAIT_S = 10  # a bound on waiting for a notification, not a measure of speed


def _heard(ear: psycopg.Connection) -> list[live_notes.Heard]:
    """Every notification waiting on the listening connection (after a last one given time to arrive)."""
    return [live_notes.parse(n.payload) for n in ear.notifies(timeout=0.5)]


def test_a_restarted_server_is_met_with_new_connections_before_use(
    own_cluster: Cluster, own_server_db: Database
) -> None:
    """No ``SELECT 1`` before every action any more: the pooled connections the restart ended (the server's
    goodbye waits on their sockets) are replaced on checkout, and the next read and write succeed."""
    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    with own_server_db.engine.connect() as one, own_server_db.engine.connect() as two:  # two pooled connections
        pids = {c.execute(text("SELECT pg_backend_pid()")).scalar() for c in (one, two)}
    own_cluster.halt()
    own_cluster.resume()
    assert office_name(own_server_db)  # a read, then a write: neither fails for the restart
    item = meetings.add_agenda_item(own_server_db, meeting, 4, "หลังเริ่มเครื่องแม่ข่ายใหม่")
    with own_server_db.engine.connect() as conn:
        assert conn.execute(text("SELECT pg_backend_pid()")).scalar() not in pids
        assert conn.execute(text("SELECT title FROM agenda_item WHERE id = :i"), {"i": item}).scalar()


def test_the_notify_rides_with_the_commit_and_only_a_committed_one(own_server_db: Database) -> None:
    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    ear = postgres.listen_connection(own_server_db.engine)
    try:
        item = meetings.add_agenda_item(own_server_db, meeting, 4, "ส่งพร้อมการบันทึก")
        (heard,) = _heard(ear)
        assert heard.client == own_server_db.client_id and ("agenda_item", item) in {
            (n.table, n.row_id) for n in heard.notes
        }
        # a commit the server refuses (a check deferred to the commit, made for this test): the NOTIFY queued
        # before it goes nowhere, the change is not saved, and the refusal reaches the caller
        with own_server_db.engine.begin() as conn:
            conn.execute(text(
                "CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                " IF NEW.place = 'ปฏิเสธ' THEN RAISE EXCEPTION 'refused at commit' USING ERRCODE = '23514'; END IF;"
                " RETURN NULL; END $$"
            ))  # fmt: skip
            conn.execute(text(
                "CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER UPDATE ON meeting DEFERRABLE INITIALLY DEFERRED"
                " FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()"
            ))  # fmt: skip
        with pytest.raises(IntegrityError, match="refused at commit"):  # raised by the COMMIT, as before
            meetings.update_meeting(own_server_db, meeting, place="ปฏิเสธ")
        assert _heard(ear) == []
        with own_server_db.reading() as s:
            assert s.execute(text("SELECT place FROM meeting WHERE id = :m"), {"m": meeting}).scalar() != "ปฏิเสธ"
        # the next action, on the same pooled connection, sends its own notes only
        meetings.update_meeting(own_server_db, meeting, place="ห้องประชุมใหญ่")
        (heard,) = _heard(ear)
        assert {(n.table, n.row_id, n.op) for n in heard.notes} == {("meeting", meeting, "u")}
    finally:
        ear.close()


def test_a_refused_action_sends_nothing(own_server_db: Database) -> None:
    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    ear = postgres.listen_connection(own_server_db.engine)
    try:
        with pytest.raises(UserError):
            meetings.add_agenda_item(own_server_db, meeting, 4, "   ")
        assert _heard(ear) == []
    finally:
        ear.close()


def test_progress_and_attachments_name_their_meeting_and_decision(own_server_db: Database, tmp_path: Path) -> None:
    """The owners of a progress update (its action's decision and meeting) and of an attachment (its item's
    meeting), named to the other desks whether the transaction held those rows or the server was asked."""
    from meetingdesk.domain.enums import ActionStatus, DecisionKind
    from meetingdesk.services import actions
    from meetingdesk.storage.models import ActionUpdate

    o = small_office(own_server_db)
    meeting = new_meeting(own_server_db, o.staff_body, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(own_server_db, meeting, 4, "ติดตามงาน")
    decision = meetings.record_decision(own_server_db, item, DecisionKind.ASSIGNED, "มอบหมาย")
    action = actions.add_action(own_server_db, decision, "จัดทำรายงาน", owner_person_id=o.secretary)
    source = tmp_path / "แผน.txt"
    source.write_text("แผนงาน", encoding="utf-8")
    ear = postgres.listen_connection(own_server_db.engine)
    try:
        update = actions.update_action(own_server_db, action, status=ActionStatus.IN_PROGRESS, note="เริ่มแล้ว")
        attachment = meetings.attach_file(own_server_db, tmp_path / "data", item, source)
        heard = _heard(ear)
        with own_server_db.writing() as s:  # a progress update whose action the transaction does not hold
            changed = s.get(ActionUpdate, update)
            assert changed is not None
            changed.note = "แก้ไขบันทึก"
        (asked,) = _heard(ear)
    finally:
        ear.close()
    notes = {(n.table, n.row_id): n for h in heard for n in h.notes}
    progress = notes[("action_update", update)]
    assert (progress.meeting_id, progress.decision_id) == (meeting, decision)
    assert notes[("action", action)].meeting_id == meeting
    assert notes[("attachment", attachment)].meeting_id == meeting
    (again,) = asked.notes
    assert (again.table, again.row_id, again.meeting_id, again.decision_id) == ("action_update", update, meeting,
                                                                                 decision)  # fmt: skip
