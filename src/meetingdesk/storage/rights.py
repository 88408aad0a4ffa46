"""People and rights on an office server, in the server's own terms: login roles, the four group roles of
migration ``0008_rights`` and the ``body_grant`` table. PostgreSQL only; the services decide what a file means.

The server enforces the rights (table privileges and the guard triggers of ``0008_rights``); what is here only
reads them (for the window to say who is signed in and to disable what would be refused anyway) and changes them
(``meetingdesk users …``). Role names are identifiers, never bound parameters, so each name is checked against a
plain pattern and quoted; a password reaches the server only as libpq's SCRAM-SHA-256 hash of it, so neither the
server's log nor ``pg_stat_activity`` ever holds the password itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.storage.postgres import GRANTS_TABLE

ROLES = ("reader", "secretary", "certifier", "admin")  # least to most
GROUP_OF = {role: f"meetingdesk_{role}" for role in ROLES}
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


@dataclass(frozen=True)
class SignedIn:
    """Who the connection is and what the server lets them do: ``role`` is ``owner`` (the tables' owner or a
    superuser), one of ``ROLES``, or ``none`` (a login that is no MeetingDesk user); ``body_ids`` the bodies
    granted to them (meaningful for a secretary or certifier)."""

    user: str
    role: str
    body_ids: tuple[int, ...]


@dataclass(frozen=True)
class User:
    name: str
    role: str
    body_ids: tuple[int, ...]


def check_name(name: str) -> str:
    """A login name MeetingDesk creates: lower-case letters, digits, ``_ . -`` (as psql types it unquoted)."""
    if not _NAME.match(name) or name.startswith(("meetingdesk_", "pg_")):
        raise InvalidInput(
            f"ชื่อผู้ใช้ {name!r} ใช้ไม่ได้: ใช้อักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ _ . - ไม่เกิน 63 ตัว",
            f"The user name {name!r} cannot be used: lower-case letters, digits and _ . - (63 at most).",
        )
    return name


def _quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(check_name(name))


def signed_in(conn: Connection) -> SignedIn:
    """The connection's user, their strongest MeetingDesk role and their bodies."""
    row = conn.execute(
        text(
            "SELECT current_user, pg_has_role(current_user,"
            " (SELECT relowner FROM pg_class WHERE oid = 'meeting'::regclass), 'MEMBER'),"
            " pg_has_role(current_user, :admin, 'MEMBER'), pg_has_role(current_user, :certifier, 'MEMBER'),"
            " pg_has_role(current_user, :secretary, 'MEMBER'), pg_has_role(current_user, :reader, 'MEMBER')"
        ),
        GROUP_OF,
    ).one()
    user, is_owner, *members = row  # a superuser is a member of every role: the owner
    if is_owner:
        role = "owner"
    else:
        held = [r for r, member in zip(reversed(ROLES), members, strict=True) if member]
        role = held[0] if held else "none"
    bodies = conn.execute(
        text(f"SELECT body_id FROM {GRANTS_TABLE} WHERE login = current_user ORDER BY body_id")
    ).scalars()
    return SignedIn(str(user), role, tuple(int(b) for b in bodies))


def exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


def create_login(conn: Connection, name: str, password: str) -> None:
    """A new login role with this password, sent as its SCRAM-SHA-256 hash (computed here by libpq)."""
    pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    hashed = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
    literal = "'" + hashed.replace("'", "''") + "'"
    conn.exec_driver_sql(f"CREATE ROLE {_quoted(conn, name)} LOGIN PASSWORD {literal}")


def set_role(conn: Connection, name: str, role: str) -> None:
    """Make ``name`` a member of exactly the one group role of ``role``."""
    quoted = _quoted(conn, name)
    for other, group in GROUP_OF.items():
        if other != role and _member(conn, name, group):
            conn.exec_driver_sql(f"REVOKE {group} FROM {quoted}")
    if not _member(conn, name, GROUP_OF[role]):
        conn.exec_driver_sql(f"GRANT {GROUP_OF[role]} TO {quoted}")


def _member(conn: Connection, name: str, group: str) -> bool:
    """A direct member (``pg_has_role`` would also say yes through a stronger group)."""
    return bool(
        conn.execute(
            text(
                "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
                " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g AND m.rolname = :m"
            ),
            {"g": group, "m": name},
        ).scalar()
    )


def grant_bodies(conn: Connection, name: str, body_ids: list[int]) -> None:
    for body_id in body_ids:
        conn.execute(
            text(f"INSERT INTO {GRANTS_TABLE} (login, body_id) VALUES (:n, :b) ON CONFLICT DO NOTHING"),
            {"n": check_name(name), "b": body_id},
        )


def revoke_bodies(conn: Connection, name: str, body_ids: list[int] | None) -> None:
    """Take back the bodies named, or every body (``None``)."""
    if body_ids is None:
        conn.execute(text(f"DELETE FROM {GRANTS_TABLE} WHERE login = :n"), {"n": name})
        return
    for body_id in body_ids:
        conn.execute(text(f"DELETE FROM {GRANTS_TABLE} WHERE login = :n AND body_id = :b"), {"n": name, "b": body_id})


def users(conn: Connection) -> list[User]:
    """Every login that is a direct member of one of the groups, with its strongest role and its bodies."""
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
            " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:groups) AND NOT (m.rolname = ANY(:groups))"
        ),
        {"groups": list(GROUP_OF.values())},
    ).all()
    role_by_name: dict[str, str] = {}
    for name, group in rows:
        role = group.removeprefix("meetingdesk_")
        if ROLES.index(role) >= ROLES.index(role_by_name.get(name, "reader")):
            role_by_name[name] = role
    bodies: dict[str, list[int]] = {}
    for login, body_id in conn.execute(text(f"SELECT login, body_id FROM {GRANTS_TABLE} ORDER BY login, body_id")):
        bodies.setdefault(login, []).append(int(body_id))
    return [User(name, role, tuple(bodies.get(name, ()))) for name, role in sorted(role_by_name.items())]


def remove(conn: Connection, name: str) -> None:
    """The login's rights taken back and the login dropped (it owns nothing: MeetingDesk gave it only roles)."""
    quoted = _quoted(conn, name)
    revoke_bodies(conn, name, None)
    for group in GROUP_OF.values():
        if _member(conn, name, group):
            conn.exec_driver_sql(f"REVOKE {group} FROM {quoted}")
    conn.exec_driver_sql(f"DROP ROLE {quoted}")
