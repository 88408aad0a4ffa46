"""Rights through MeetingDesk's own services: what the window is told (``what_i_may``), and a change the server
refuses becoming a Thai ``NotAllowed`` with nothing changed. The server's side is ``tests/storage/test_rights.py``."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.domain.enums import ActionStatus, CertificationMethod, DecisionKind
from meetingdesk.domain.errors import DatabaseProblem, NotAllowed
from meetingdesk.services import rights
from meetingdesk.services.actions import update_action
from meetingdesk.services.listing import list_actions
from meetingdesk.services.meetings import add_agenda_item, record_decision, update_meeting
from meetingdesk.services.minutes import certify
from meetingdesk.services.people import add_person
from meetingdesk.storage.database import Database, open_database
from tests.conftest import ServerOffice

BOARD, HEADS = 1, 6
BOARD_MEETING, HEADS_MEETING, BOARD_PLANNED = 11, 12, 15


def _place(db: Database, meeting_id: int) -> str:
    from meetingdesk.services.meeting_view import meeting_details

    return meeting_details(db, meeting_id).place


def test_on_a_file_the_person_at_the_computer_may_do_everything(db: Database) -> None:
    me = rights.what_i_may(db)
    assert me.role == "owner" and me.may_write and me.may_certify and me.may_edit_office
    assert me.may_edit_body(12345) and me.on_server == db.on_server


def test_users_are_a_server_matter(tmp_path: object) -> None:
    from pathlib import Path

    file = open_database(Path(str(tmp_path)) / "office.sqlite3", create=True)
    with pytest.raises(DatabaseProblem, match="server"):
        rights.list_users(file)
    file.close()


def test_what_each_role_may(server_office: ServerOffice) -> None:
    expected = {
        "reader": (False, False, False, frozenset()),
        "secretary": (True, False, False, frozenset({BOARD})),
        "certifier": (True, True, False, frozenset({BOARD, HEADS})),
        "admin": (True, True, True, None),
    }
    for role, (write, certifies, office, bodies) in expected.items():
        user = server_office.login(role, tuple(sorted(bodies)) if bodies and role != "reader" else ())
        db = open_database(server_office.url(user))
        try:
            me = rights.what_i_may(db)
        finally:
            db.close()
        assert (me.user, me.role) == (user, role)
        assert (me.may_write, me.may_certify, me.may_edit_office) == (write, certifies, office)
        assert me.body_ids == bodies
        assert me.may_edit_body(BOARD) == (role != "reader")
        assert me.role_label("th") != me.role_label("en")  # a Thai name for the role, and an English one
    owner = open_database(server_office.url())
    assert rights.what_i_may(owner).role == "owner"
    listed = {u.name: (u.role, u.bodies) for u in rights.list_users(owner) if u.name in server_office.made}
    owner.close()
    reader, secretary, certifier, admin = server_office.made
    assert listed == {
        reader: ("reader", ()),
        secretary: ("secretary", ("บอร์ดบริหาร",)),
        certifier: ("certifier", ("บอร์ดบริหาร", "ผู้บริหารสถานศึกษา")),
        admin: ("admin", ()),
    }


def test_a_readers_change_is_refused_in_thai_and_changes_nothing(server_office: ServerOffice) -> None:
    db = open_database(server_office.url(server_office.login("reader")))
    try:
        place = _place(db, BOARD_MEETING)
        actions = list_actions(db)
        attempts = (
            lambda: update_meeting(db, BOARD_MEETING, place="ห้องอื่น"),
            lambda: add_agenda_item(db, BOARD_MEETING, 5, "เรื่องใหม่"),
            lambda: add_person(db, "สมชาย"),
            lambda: update_action(db, actions[0]["id"], status=ActionStatus.DONE, on=dt.date(2026, 12, 1)),
        )
        for attempt in attempts:
            with pytest.raises(NotAllowed) as refused:
                attempt()
            assert refused.value.message("th").startswith("คุณไม่มีสิทธิ์แก้ไข")
            assert "ขอสิทธิ์จากผู้ดูแลระบบ" in refused.value.message("th")
        assert _place(db, BOARD_MEETING) == place
        assert list_actions(db) == actions
    finally:
        db.close()


def test_a_secretary_edits_their_bodys_meetings_and_not_anothers(server_office: ServerOffice) -> None:
    db = open_database(server_office.url(server_office.login("secretary", (BOARD,))))
    try:
        update_meeting(db, BOARD_MEETING, place="ห้องประชุม 2")
        item = add_agenda_item(db, BOARD_MEETING, 5, "เรื่องใหม่")
        record_decision(db, item, DecisionKind.ENDORSED)
        assert _place(db, BOARD_MEETING) == "ห้องประชุม 2"
        place = _place(db, HEADS_MEETING)
        with pytest.raises(NotAllowed) as refused:
            update_meeting(db, HEADS_MEETING, place="ห้องอื่น")
        assert "องค์คณะนี้" in refused.value.message("th") and "this body" in refused.value.message("en")
        assert _place(db, HEADS_MEETING) == place
        with pytest.raises(NotAllowed) as refused:
            certify(db, BOARD_MEETING, method=CertificationMethod.CIRCULATION, on=dt.date(2026, 12, 1))
        assert "รับรองรายงานการประชุม" in refused.value.message("th")
    finally:
        db.close()


def test_a_certifier_certifies_their_bodys_minutes(server_office: ServerOffice) -> None:
    db = open_database(server_office.url(server_office.login("certifier", (BOARD,))))
    try:
        certify(db, BOARD_MEETING, method=CertificationMethod.AT_MEETING, on=dt.date(2026, 12, 1), at_meeting_id=15)
        with pytest.raises(NotAllowed):
            certify(db, HEADS_MEETING, method=CertificationMethod.CIRCULATION, on=dt.date(2026, 12, 1))
    finally:
        db.close()
