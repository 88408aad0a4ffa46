"""libpq's password file as MeetingDesk writes it: one line per sign-in, escaped as libpq reads it, mode 0600,
other lines kept."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from meetingdesk.storage import pgpass


def test_a_line_is_written_replaced_and_forgotten_keeping_the_others(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "pgpass"
    entry = pgpass.Entry.of("office-db.local", None, "meetingdesk", "secretary")
    pgpass.remember(entry, "first", path)
    path.write_text("other:5432:*:admin:xyz\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    path.chmod(0o644)
    pgpass.remember(entry, r"new:pass\word", path)
    assert path.read_text(encoding="utf-8") == (
        "other:5432:*:admin:xyz\noffice-db.local:5432:meetingdesk:secretary:new\\:pass\\\\word\n"
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # libpq ignores a file others can read
    assert pgpass.has_entry(entry, path)
    assert pgpass.forget(entry, path) and not pgpass.has_entry(entry, path)
    assert path.read_text(encoding="utf-8") == "other:5432:*:admin:xyz\n"
    assert not pgpass.forget(entry, path)


def test_a_password_with_a_line_break_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        pgpass.remember(pgpass.Entry.of("h", 5432, "d", "u"), "a\nb", tmp_path / "pgpass")
    assert not (tmp_path / "pgpass").exists()


def test_the_file_is_where_libpq_looks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "mine"))
    assert pgpass.location() == tmp_path / "mine"
    monkeypatch.delenv("PGPASSFILE")
    assert pgpass.location() == Path.home() / ".pgpass"
