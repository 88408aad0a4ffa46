"""A server's password remembered the way PostgreSQL's own programs remember it: a line in libpq's password
file (``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows; ``PGPASSFILE`` when set), readable by
its owner only (mode 0600, which libpq insists on).

Why this and not the OS keyring: libpq reads the file by itself, so the same password serves the window,
``meetingdesk`` on the command line, and the ``pg_dump``/``pg_restore`` that back up and restore the office,
with no new dependency (``keyring`` with its Linux backend is ~22 MB installed, mostly ``cryptography``, and
takes ~110 ms to import and find a backend; on a machine without one it has nowhere to put the password).
MeetingDesk's own settings never hold a password.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = "5432"
DEFAULT_SOCKET_DIRS = ("/var/run/postgresql", "/run/postgresql", "/tmp")


def location() -> Path:
    """Where libpq looks for the password file on this computer."""
    explicit = os.environ.get("PGPASSFILE")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


@dataclass(frozen=True)
class Entry:
    """One server sign-in: libpq's host field is the host name, or for a socket the socket folder, which libpq
    calls ``localhost`` when it is the folder it was built with (``/var/run/postgresql`` on Debian, ``/tmp``
    upstream): for one of those, the line is written under both names."""

    host: str
    port: str
    database: str
    user: str

    @classmethod
    def of(cls, host: str, port: str | int | None, database: str, user: str) -> Entry:
        return cls(host.strip() or "localhost", str(port or DEFAULT_PORT), database, user)

    def keys(self) -> list[str]:
        hosts = [self.host, "localhost"] if self.host in DEFAULT_SOCKET_DIRS else [self.host]
        return [":".join(_escape(f) for f in (h, self.port, self.database, self.user)) + ":" for h in hosts]


def _lines(target: Path) -> list[str]:
    return target.read_text(encoding="utf-8").splitlines() if target.exists() else []


def remember(entry: Entry, password: str, path: Path | None = None) -> Path:
    """Write (or replace) the entry's line; the file is created with mode 0600 and rewritten whole, so a
    crash leaves the old file or the new one."""
    if "\n" in password or "\r" in password:
        raise ValueError("a password cannot hold a line break")
    target = path or location()
    keys = entry.keys()
    lines = [line for line in _lines(target) if not line.startswith(tuple(keys))]
    _write(target, [*lines, *(key + _escape(password) for key in keys)])
    return target


def forget(entry: Entry, path: Path | None = None) -> bool:
    """Remove the entry's lines; True when there was one."""
    target = path or location()
    lines = _lines(target)
    kept = [line for line in lines if not line.startswith(tuple(entry.keys()))]
    if len(kept) == len(lines):
        return False
    _write(target, kept)
    return True


def _write(target: Path, lines: list[str]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)  # an umask cannot widen it, and an existing file's mode is not inherited
    os.replace(tmp, target)


def has_entry(entry: Entry, path: Path | None = None) -> bool:
    return any(line.startswith(tuple(entry.keys())) for line in _lines(path or location()))
