"""People and rights: who is signed in and what they may change, and managing an office server's users.

The server enforces the rights (``storage/migrations/versions/0008_rights.py`` says how and why); this module
only tells the window what the server would refuse, so it can disable those actions up front, and gives the
``meetingdesk users`` commands one transaction per change. On a SQLite file the person at the computer may do
everything: the file is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from meetingdesk.domain.errors import DatabaseProblem, InvalidInput, NotFound
from meetingdesk.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

ROLES = ("reader", "secretary", "certifier", "admin")
_LABELS = {
    "owner": ("เจ้าของฐานข้อมูล", "database owner"),
    "admin": ("ผู้ดูแลระบบ", "administrator"),
    "certifier": ("ผู้รับรองรายงานการประชุม", "certifier"),
    "secretary": ("ฝ่ายเลขานุการ", "secretary"),
    "reader": ("ผู้อ่านอย่างเดียว", "reader"),
    "none": ("ไม่มีสิทธิ์ใน MeetingDesk", "no MeetingDesk rights"),
}


@dataclass(frozen=True)
class MyRights:
    """What the signed-in person may change. ``body_ids`` is None when every body is theirs."""

    user: str
    role: str
    body_ids: frozenset[int] | None
    on_server: bool

    @property
    def may_write(self) -> bool:
        """Anything at all (a reader, or a login without a MeetingDesk role, may not)."""
        return self.role not in ("reader", "none")

    @property
    def may_certify(self) -> bool:
        return self.role in ("owner", "admin", "certifier")

    @property
    def may_edit_office(self) -> bool:
        """People, bodies, projects, settings, rights."""
        return self.role in ("owner", "admin")

    def may_edit_body(self, body_id: int | None) -> bool:
        """The meetings of this body (and everything recorded in them)."""
        if not self.may_write:
            return False
        return self.body_ids is None or body_id is None or body_id in self.body_ids

    def role_label(self, lang: str = "th") -> str:
        th, en = _LABELS.get(self.role, (self.role, self.role))
        return en if lang == "en" else th


def what_i_may(db: Database) -> MyRights:
    """The signed-in person's rights, as plain data (for the window; the server enforces them regardless)."""
    if not db.on_server:
        return MyRights(db.user, "owner", None, on_server=False)
    from meetingdesk.storage import rights

    with db.connection() as conn:
        me = rights.signed_in(conn)
    every = me.role in ("owner", "admin")
    return MyRights(me.user, me.role, None if every else frozenset(me.body_ids), on_server=True)


# --- the office server's users (``meetingdesk users``) ------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    bodies: tuple[str, ...]  # each granted body's short name (or name)


def _server_only(db: Database) -> None:
    if not db.on_server:
        raise DatabaseProblem(
            "ผู้ใช้และสิทธิ์มีเฉพาะฐานข้อมูลบนเครื่องแม่ข่ายของสำนักงาน (--db postgresql://…) ไฟล์ SQLite เป็นของผู้ใช้คนเดียว",
            "Users and rights exist on an office server only (--db postgresql://…); a SQLite file has one user.",
        )


def _check_role(role: str, bodies: list[str]) -> None:
    if role not in ROLES:
        raise InvalidInput(
            f"ไม่มีบทบาท {role} (มี: {', '.join(ROLES)})", f"No role {role} (there are: {', '.join(ROLES)})."
        )
    if bodies and role not in ("secretary", "certifier"):
        raise InvalidInput(
            "--body ใช้กับบทบาท secretary และ certifier เท่านั้น (reader อ่านได้ทุกองค์คณะ admin แก้ไขได้ทุกองค์คณะ)",
            "--body goes with the secretary and certifier roles (a reader reads every body, an admin edits all).",
        )


def _body_ids(db: Database, names: list[str]) -> list[int]:
    """Bodies by id, short name or full name."""
    from meetingdesk.storage.models import Body  # the models: not on the window's way to its first list

    found = []
    with db.reading() as s:
        for name in names:
            body = s.get(Body, int(name)) if name.isdigit() else None
            body_id = (
                body.id if body else s.scalar(select(Body.id).where((Body.short_name == name) | (Body.name == name)))
            )
            if body_id is None:
                raise NotFound(f"ไม่พบองค์คณะ {name}", f"No body {name}.")
            found.append(body_id)
    return found


def check_user(db: Database, name: str, role: str, bodies: list[str]) -> bool:
    """Refuse a bad name, role or body before anything is asked or changed; whether the login exists already
    (then ``add_user`` keeps its password)."""
    _server_only(db)
    _check_role(role, bodies)
    from meetingdesk.storage import rights

    rights.check_name(name)
    _body_ids(db, bodies)
    with db.connection() as conn:
        return rights.exists(conn, name)


def add_user(db: Database, name: str, role: str, *, password: str | None, bodies: list[str]) -> None:
    """A login for ``name`` (new, with ``password``; or existing) given ``role`` and ``bodies``, in one
    transaction. Its other MeetingDesk roles are taken back: one role per person."""
    _server_only(db)
    _check_role(role, bodies)
    from meetingdesk.storage import rights

    rights.check_name(name)
    body_ids = _body_ids(db, bodies)
    with db.writing() as s:
        conn = s.connection()
        if not rights.exists(conn, name):
            if not password:
                raise InvalidInput("กรุณาตั้งรหัสผ่าน", "Please give a password.")
            rights.create_login(conn, name, password)
        rights.set_role(conn, name, role)
        rights.grant_bodies(conn, name, body_ids)


def grant(db: Database, name: str, bodies: list[str]) -> None:
    """Let ``name`` edit the meetings of ``bodies`` too."""
    _server_only(db)
    body_ids = _body_ids(db, bodies)
    from meetingdesk.storage import rights

    with db.writing() as s:
        _known(s.connection(), name)
        rights.grant_bodies(s.connection(), name, body_ids)


def revoke(db: Database, name: str, bodies: list[str]) -> None:
    """Take back the meetings of ``bodies`` from ``name``."""
    _server_only(db)
    body_ids = _body_ids(db, bodies)
    from meetingdesk.storage import rights

    with db.writing() as s:
        _known(s.connection(), name)
        rights.revoke_bodies(s.connection(), name, body_ids)


def remove_user(db: Database, name: str) -> None:
    """Take back every right of ``name`` and drop the login."""
    _server_only(db)
    from meetingdesk.storage import rights

    with db.writing() as s:
        _known(s.connection(), name)
        rights.remove(s.connection(), name)


def _known(conn: Connection, name: str) -> None:
    from meetingdesk.storage import rights

    if not rights.exists(conn, rights.check_name(name)):
        raise NotFound(f"ไม่พบผู้ใช้ {name} บนเครื่องแม่ข่าย", f"No user {name} on the server.")


def list_users(db: Database) -> list[UserRow]:
    """Every MeetingDesk user of the server: name, role, the bodies granted."""
    _server_only(db)
    from meetingdesk.storage import rights
    from meetingdesk.storage.models import Body

    with db.reading() as s:
        names = {b.id: b.short_name or b.name for b in s.scalars(select(Body))}
        return [
            UserRow(u.name, u.role, tuple(names.get(b, str(b)) for b in u.body_ids))
            for u in rights.users(s.connection())
        ]
