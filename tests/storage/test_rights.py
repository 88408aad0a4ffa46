"""Rights enforced by the server itself (migration 0008_rights): each person's statements sent straight through
psycopg, not through MeetingDesk, are refused or allowed by the server, and a refusal changes nothing.

The demo office's bodies: 1 (the executive board: meeting 11 not certified, 15 planned, session 3 with cards on
its item 92) and 6 (school heads: meeting 12 held, session 4)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import errors

from tests.conftest import ServerOffice

BOARD, HEADS = 1, 6
BOARD_MEETING, HEADS_MEETING, BOARD_PLANNED = 11, 12, 15
BOARD_SESSION, HEADS_SESSION = 3, 4


@contextmanager
def connected(office: ServerOffice, user: str | None = None) -> Iterator[psycopg.Connection]:
    with psycopg.connect(office.url(user), autocommit=True) as conn:
        yield conn


def _counts(office: ServerOffice) -> dict[str, object]:
    """What a refused statement must leave as it was: row counts and the rows it aimed at."""
    tables = ("meeting", "agenda_item", "decision", "action", "card", "audit_entry", "person", "body_grant")
    with connected(office) as conn:
        counts: dict[str, object] = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables}  # type: ignore[arg-type]
        counts["meetings"] = conn.execute("SELECT id, body_id, place, status FROM meeting ORDER BY id").fetchall()
        counts["decisions"] = conn.execute("SELECT id, text FROM decision ORDER BY id").fetchall()
        return counts


def _refused(conn: psycopg.Connection, statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)  # type: ignore[arg-type]  # our own literal statements


READER_ATTEMPTS = (
    "INSERT INTO meeting (body_id, number, year_be, date, place, title, status, recording_style, opening)"
    " VALUES (1, 99, 2569, '2026-12-01', '', '', 'planned', 'summary', '')",
    "UPDATE meeting SET place = 'x' WHERE id = 11",
    "DELETE FROM meeting WHERE id = 15",
    "UPDATE decision SET text = 'x' WHERE id = (SELECT min(id) FROM decision)",
    "DELETE FROM decision WHERE id = (SELECT min(id) FROM decision)",
    "UPDATE action SET title = 'x'",
    "DELETE FROM action",
    "UPDATE card SET text = 'x'",
    "INSERT INTO card (session_id, text) SELECT session_id, 'x' FROM card LIMIT 1",
    "DELETE FROM card",
    "INSERT INTO audit_entry (at, who, table_name, row_id, version, change, fields)"
    " VALUES (now(), 'someone else', 'meeting', 11, 9, 'update', '{}')",
    "UPDATE audit_entry SET who = 'x'",
    "DELETE FROM audit_entry",
    "INSERT INTO person (prefix, first_name, last_name, position, organisation) VALUES ('', 'x', '', '', '')",
    "UPDATE person SET first_name = 'x'",
    "INSERT INTO body_grant (login, body_id) VALUES (current_user, 1)",
    "INSERT INTO certification (meeting_id, method, certified_on, with_amendments, content_hash, record_json)"
    " VALUES (11, 'circulation', '2026-12-01', false, '', '{}')",
    "UPDATE setting SET value = 'x'",
    "DELETE FROM search_index",
    "TRUNCATE card",
    "CREATE TABLE mine (x int)",
)


def test_a_reader_reads_everything_and_changes_nothing(server_office: ServerOffice) -> None:
    reader = server_office.login("reader")
    before = _counts(server_office)
    with connected(server_office, reader) as conn:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (len(before["meetings"]),)  # type: ignore[arg-type]
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone() == before["audit_entry"]
        for statement in READER_ATTEMPTS:
            _refused(conn, statement)
    assert _counts(server_office) == before


def test_a_secretary_edits_the_meetings_of_their_body_only(server_office: ServerOffice) -> None:
    secretary = server_office.login("secretary", (BOARD,))
    with connected(server_office, secretary) as conn:
        conn.execute(f"UPDATE meeting SET place = 'ห้องประชุม 2' WHERE id = {BOARD_MEETING}")  # type: ignore[arg-type]
        conn.execute(
            "INSERT INTO agenda_item (meeting_id, section, position, title, background, discussion, summary,"  # type: ignore[arg-type]
            f" presenter_text, confidential) VALUES ({BOARD_MEETING}, 5, 9, 'เรื่องใหม่', '', '', '', '', false)"
        )
        conn.execute(f"UPDATE card SET text = text || '!' WHERE session_id = {BOARD_SESSION}")  # type: ignore[arg-type]
        before = _counts(server_office)
        _refused(conn, f"UPDATE meeting SET place = 'x' WHERE id = {HEADS_MEETING}")  # not "UPDATE 0": refused
        _refused(conn, f"DELETE FROM meeting WHERE id = {HEADS_MEETING}")
        _refused(conn, f"UPDATE meeting SET body_id = {BOARD} WHERE id = {HEADS_MEETING}")  # taking it over
        _refused(conn, f"UPDATE meeting SET body_id = {HEADS} WHERE id = {BOARD_MEETING}")  # giving one away
        _refused(
            conn,
            "INSERT INTO agenda_item (meeting_id, section, position, title, background, discussion, summary,"
            f" presenter_text, confidential) VALUES ({HEADS_MEETING}, 5, 9, 'x', '', '', '', '', false)",
        )
        _refused(
            conn,
            "UPDATE decision SET text = 'x' WHERE agenda_item_id IN"
            f" (SELECT id FROM agenda_item WHERE meeting_id = {HEADS_MEETING})",
        )
        _refused(conn, f"UPDATE card SET text = 'x' WHERE session_id = {HEADS_SESSION}")
        _refused(conn, f"DELETE FROM card WHERE session_id = {HEADS_SESSION}")
        _refused(conn, "INSERT INTO body_grant (login, body_id) VALUES (current_user, 6)")  # no rights of one's own
        _refused(conn, "UPDATE person SET first_name = 'x'")
        _refused(conn, f"UPDATE meeting SET status = 'certified' WHERE id = {BOARD_MEETING}")  # not a certifier
        _refused(
            conn,
            "INSERT INTO certification (meeting_id, method, certified_on, with_amendments, content_hash, record_json)"
            f" VALUES ({BOARD_MEETING}, 'circulation', '2026-12-01', false, '', '{{}}')",
        )
    assert _counts(server_office) == before


def test_only_a_certifier_of_the_body_certifies(server_office: ServerOffice) -> None:
    certifier = server_office.login("certifier", (BOARD,))
    certify = (
        "INSERT INTO certification (meeting_id, method, certified_on, with_amendments, content_hash, record_json)"
        " VALUES ({m}, 'circulation', '2026-12-01', false, '', '{{}}')"
    )
    with connected(server_office, certifier) as conn:
        _refused(conn, certify.format(m=HEADS_MEETING))
        _refused(conn, f"UPDATE meeting SET status = 'certified' WHERE id = {HEADS_MEETING}")
        conn.execute(certify.format(m=BOARD_MEETING))  # type: ignore[arg-type]
        conn.execute(f"UPDATE meeting SET status = 'certified' WHERE id = {BOARD_MEETING}")  # type: ignore[arg-type]
    with connected(server_office) as conn:
        assert conn.execute(f"SELECT status FROM meeting WHERE id = {BOARD_MEETING}").fetchone() == ("certified",)  # type: ignore[arg-type]


def test_the_audit_trail_names_the_sign_in_whatever_the_writer_claims(server_office: ServerOffice) -> None:
    secretary = server_office.login("secretary", (BOARD,))
    with connected(server_office, secretary) as conn:
        conn.execute(
            "INSERT INTO audit_entry (at, who, table_name, row_id, version, change, fields)"
            " VALUES (now(), 'the director', 'meeting', 11, 9, 'update', '{}')"
        )
        _refused(conn, "UPDATE audit_entry SET who = 'x'")
        _refused(conn, "DELETE FROM audit_entry")
    with connected(server_office) as conn:
        who = conn.execute("SELECT who FROM audit_entry WHERE row_id = 11 AND version = 9").fetchone()
    assert who == (secretary,)


def test_an_admin_edits_every_body_and_the_office(server_office: ServerOffice) -> None:
    admin = server_office.login("admin")
    with connected(server_office, admin) as conn:
        conn.execute(f"UPDATE meeting SET place = 'x' WHERE id = {HEADS_MEETING}")  # type: ignore[arg-type]
        conn.execute("UPDATE person SET position = position WHERE id = 1")
        conn.execute("INSERT INTO body_grant (login, body_id) VALUES ('someone', 6)")
        _refused(conn, "DELETE FROM audit_entry")  # the trail is kept even from an admin


def test_a_login_without_a_role_cannot_even_read(server_office: ServerOffice) -> None:
    stranger = f"stranger_{server_office.name}"
    server_office.cluster.execute(f'CREATE ROLE "{stranger}" LOGIN')
    server_office.made.append(stranger)
    with connected(server_office, stranger) as conn:
        _refused(conn, "SELECT count(*) FROM meeting")
