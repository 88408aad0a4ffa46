"""Twenty desks on one office server at once (``tools/office_load.py``): every acknowledged change is in the end
state or superseded by a later one, none replaced unseen, ``meetingdesk check`` clean after; and the checker
itself counts a lost or an overwritten change (so a clean run means something)."""

from __future__ import annotations

import threading

from sqlalchemy import text
from tools import office_load

from meetingdesk.domain.enums import AttendanceStatus
from meetingdesk.domain.errors import EditConflict
from meetingdesk.services import meetings
from meetingdesk.services.meeting_view import record_item
from meetingdesk.storage.database import open_database
from tests.pgcluster import Cluster

CLIENTS = 20
SECONDS = 6.0  # of load, after every client has signed in; the bound the suite allows is 20 s


def test_twenty_clients_lose_nothing_and_overwrite_nothing(pg_cluster: Cluster, pg_empty_template: str) -> None:
    url = pg_cluster.url(pg_cluster.create_database(template=pg_empty_template))
    outcome = office_load.run(url, clients=CLIENTS, seconds=SECONDS)
    assert outcome.errors == [] and outcome.refused == []
    assert (outcome.lost, outcome.overwritten, outcome.check) == ([], [], "")
    assert outcome.acknowledged >= CLIENTS  # every desk got work done, however loaded the machine


def test_the_checker_counts_a_lost_and_a_silently_overwritten_edit(pg_url: str) -> None:
    setup = office_load.prepare(pg_url)
    db = open_database(pg_url)
    item = setup["items"][0]
    seen = record_item(db, item).version
    theirs = meetings.update_agenda_item(db, item, expected_version=seen, summary="ของเลขานุการ")
    blind = meetings.update_agenda_item(db, item, summary="เขียนทับโดยไม่เห็น")  # no version given: unchecked
    db.close()
    said = [
        {"kind": "edit", "item": item, "field": "summary", "value": "ของเลขานุการ", "read": seen, "version": theirs},
        {"kind": "edit", "item": item, "field": "summary", "value": "เขียนทับโดยไม่เห็น", "read": seen, "version": blind},
        {"kind": "edit", "item": item, "field": "discussion", "value": "ไม่เคยบันทึก", "read": blind, "version": 99},
        {"kind": "action", "id": 999, "title": "ไม่มีงานนี้"},
    ]
    outcome = office_load.Outcome()
    office_load.verify(pg_url, said, outcome)
    assert len(outcome.overwritten) == 1 and "made on v" in outcome.overwritten[0]
    assert len(outcome.lost) == 2 and outcome.check == ""


def test_attendance_marked_by_two_desks_at_once_is_a_conflict_not_a_crash(pg_url: str) -> None:
    """Both desks find no row for the person and insert one; the server's unique key lets one through and the
    other gets the conflict message (nothing saved), not a database error."""
    setup = office_load.prepare(pg_url)
    meeting, person = setup["meetings"][0], setup["people"][1]
    first, second = open_database(pg_url), open_database(pg_url)
    inserted, done = threading.Event(), threading.Event()

    def first_desk() -> None:
        from meetingdesk.services.attendance import record_attendance

        with first.writing() as s:
            record_attendance(s, meeting, person, AttendanceStatus.PRESENT)
            inserted.set()
            with first.engine.connect() as watch:  # commit once the second desk waits on our row
                while not watch.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                    watch.rollback()
        done.set()

    thread = threading.Thread(target=first_desk)
    thread.start()
    inserted.wait(timeout=60)
    try:
        meetings.mark_attendance(second, meeting, person, AttendanceStatus.ABSENT, reason="ติดราชการ")
    except EditConflict as exc:
        assert "ไม่ได้บันทึก" in exc.th
    else:
        raise AssertionError("the second desk's insert went through beside the first's")
    thread.join(timeout=60)
    assert done.is_set()
    with second.reading() as s:
        rows = s.execute(text("SELECT status FROM attendance WHERE person_id = :p"), {"p": person}).all()
    assert [r.status for r in rows] == ["present"]
    first.close()
    second.close()
