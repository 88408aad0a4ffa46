"""Opening an office server from the window: the address a person types (host or socket folder, port, database,
user name), its URL, the password remembered in libpq's own password file when asked (``storage/pgpass.py``;
never in MeetingDesk's settings), and the office opened on it.

Nothing here loads the server's driver until a database is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from meetingdesk.domain.errors import DatabaseProblem, InvalidInput
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.storage import is_server_url, pgpass


@dataclass(frozen=True)
class ServerAddress:
    """Where an office's database is: ``host`` is a host name or address, or a socket folder (``/…``)."""

    host: str
    port: int | None
    database: str
    user: str

    @property
    def socket(self) -> bool:
        return self.host.startswith("/")

    def url(self, password: str | None = None) -> str:
        """libpq's URL (``postgresql://user@host:port/db``, a socket folder as ``?host=``); with ``password``
        only for this run's connections, never for anything remembered."""
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        database = quote(self.database, safe="")
        if self.socket:
            query = {"host": self.host, **({"port": str(self.port)} if self.port else {})}
            return f"postgresql://{who}@/{database}?{urlencode(query, safe='/')}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{who}@{host}{port}/{database}"

    @property
    def shown(self) -> str:
        return self.url()

    @classmethod
    def parse(cls, url: str) -> ServerAddress:
        """The fields of a URL (a remembered server's), the password left out."""
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        host = query.get("host") or parts.hostname or ""
        port_text = query.get("port") or (str(parts.port) if parts.port else "")
        return cls(
            host=host,
            port=int(port_text) if port_text.isdigit() else None,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or query.get("user", "")),
        )

    def pgpass_entry(self) -> pgpass.Entry:
        return pgpass.Entry.of(self.host, self.port, self.database, self.user)


def address(host: str, port: str, database: str, user: str) -> ServerAddress:
    """The typed fields, checked: a database and a user name are needed, a port is a number 1–65535."""
    host, port, database, user = host.strip(), port.strip(), database.strip(), user.strip()
    if not database:
        raise InvalidInput("กรุณาระบุชื่อฐานข้อมูล", "Enter the database's name.")
    if not user:
        raise InvalidInput("กรุณาระบุชื่อผู้ใช้", "Enter the user name.")
    number = None
    if port:
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise InvalidInput(f"พอร์ต {port} ไม่ถูกต้อง (ตัวเลข 1–65535)", f"Port {port} is not valid (a number 1–65535).")
        number = int(port)
    return ServerAddress(host, number, database, user)


def password_file() -> Path:
    """Where a remembered password is written (libpq's file on this computer)."""
    return pgpass.location()


def has_remembered_password(server: ServerAddress) -> bool:
    try:
        return pgpass.has_entry(server.pgpass_entry())
    except OSError:
        return False


def open_office(
    server: ServerAddress, password: str = "", *, remember: bool = False, lang: str = "th", data_dir: Path | None = None
) -> AppContext:
    """The office on the server, opened (as a writer, or read-only when the server's sign-in may only read);
    a refusal is a ``DatabaseProblem`` saying why, and nothing is remembered. ``remember`` writes the
    password into libpq's password file once the server has accepted it."""
    return open_url(
        server.url(password or None),
        lang=lang,
        data_dir=data_dir,
        remember=(server, password) if remember and password else None,
    )


def open_url(
    url: str, *, lang: str = "th", data_dir: Path | None = None, remember: tuple[ServerAddress, str] | None = None
) -> AppContext:
    """The office at a server URL (a remembered one: libpq finds its password itself)."""
    if not is_server_url(url):
        raise InvalidInput(f"{url} ไม่ใช่ที่อยู่ของฐานข้อมูลบนเครื่องแม่ข่าย", f"{url} is not a server's address.")
    ctx = AppContext(paths=Paths.resolve(data_dir, url), lang=lang)
    ctx.open(write=True, or_read_only=True)
    if remember is not None:
        server, password = remember
        try:
            pgpass.remember(server.pgpass_entry(), password)
        except (OSError, ValueError) as exc:
            ctx.close()
            raise DatabaseProblem(
                f"บันทึกรหัสผ่านลงไฟล์ {pgpass.location()} ไม่ได้ ({exc})",
                f"Cannot save the password into {pgpass.location()} ({exc}).",
            ) from exc
    return ctx


def restore_office(
    backup: Path, server: ServerAddress, password: str = "", *, remember: bool = False, lang: str = "th"
) -> AppContext:
    """A backup (``pg_dump`` archive or SQLite file) restored into the empty database at ``server`` and
    verified (``server_backup.restore_to_server``), then the office opened there."""
    from meetingdesk.services.server_backup import restore_to_server

    url = server.url(password or None)
    report = restore_to_server(backup, url)
    if report.problems:
        raise DatabaseProblem(
            "กู้คืนแล้วแต่ตรวจพบปัญหา: " + "; ".join(report.problems),
            "Restored, but the check found problems: " + "; ".join(report.problems),
        )
    return open_url(url, lang=lang, remember=(server, password) if remember and password else None)
