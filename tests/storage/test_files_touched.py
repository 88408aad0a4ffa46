"""Files a user touches: the database file alone is complete after closing, a file that is not ours is left
alone (no lock file beside it), exported documents are readable by others as the umask says."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from meetingdesk.domain.errors import DatabaseProblem
from meetingdesk.services.context import AppContext, Paths
from meetingdesk.services.documents import write_atomically
from meetingdesk.services.office import create_office
from meetingdesk.services.people import add_person
from meetingdesk.storage.database import open_database
from meetingdesk.storage.models import Person


def _names_in_copy_of_db_file_only(db_file: Path, folder: Path) -> list[str]:
    """Copy the one .sqlite3 file (not its -wal/-shm) to a new folder, as a user would, and read it back."""
    folder.mkdir()
    copy = folder / db_file.name
    shutil.copyfile(db_file, copy)
    db = open_database(copy, read_only=True)  # opened as the app opens a database (identity checked first)
    try:
        with db.reading() as s:
            return list(s.scalars(select(Person.first_name).order_by(Person.id)))
    finally:
        db.close()


def test_after_closing_the_database_file_alone_holds_everything(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(path, create=True)
    reader = sqlite3.connect(path)  # another connection open (a second copy reading): SQLite won't fold the log
    try:
        reader.execute("SELECT count(*) FROM person").fetchall()
        add_person(db, "สมศรี", "ใจดี")
        db.close()
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        assert _names_in_copy_of_db_file_only(path, tmp_path / "copy") == ["สมศรี"]
    finally:
        reader.close()


QUIT_AFTER_A_CHANGE = textwrap.dedent(
    """
    import argparse, sys
    from PySide6.QtWidgets import QApplication
    import meetingdesk.app as app
    from meetingdesk.services.people import add_person

    painted = app._when_painted

    def then_change_and_quit(widget, then):
        def run():
            then()
            add_person(widget.ctx.db, "ผู้จดก่อนปิด")
            QApplication.quit()
        painted(widget, run)

    app._when_painted = then_change_and_quit
    sys.exit(app.main(argparse.Namespace(data_dir=sys.argv[1], db=None, lang="th", screenshots=None)))
    """
)


def test_quitting_the_app_leaves_the_database_file_complete(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "meetingdesk.sqlite3", create=True)
    create_office(db, "สพป.ทดสอบ")
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEETINGDESK_DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "-c", QUIT_AFTER_A_CHANGE, str(data)], env=env, timeout=120, check=False)
    assert done.returncode == 0
    leftovers = sorted((p.name, p.stat().st_size) for p in data.iterdir() if p.is_file())
    assert leftovers[0][0] == "meetingdesk.sqlite3" and len(leftovers) == 1, leftovers  # no -wal, -shm, .lock
    assert "ผู้จดก่อนปิด" in _names_in_copy_of_db_file_only(data / "meetingdesk.sqlite3", tmp_path / "copy")


@pytest.mark.parametrize("content", [b"", b"meeting notes, not a database\n", b"SQLite format 3\x00" + b"\x00" * 84])
def test_opening_a_file_that_is_not_a_database_leaves_nothing_beside_it(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    target = folder / "notes.db"
    target.write_bytes(content)
    ctx = AppContext(paths=Paths.resolve(None, target))
    with pytest.raises(DatabaseProblem):
        ctx.open(write=True, or_read_only=True)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.db"]
    assert target.read_bytes() == content
    ctx.close()


def test_a_new_database_still_gets_its_lock_and_gives_it_up(tmp_path: Path) -> None:
    ctx = AppContext(paths=Paths.resolve(tmp_path, None))
    db = ctx.open(create=True, write=True)
    assert ctx.lock is not None and ctx.lock.path.exists()
    with db.reading() as s:
        assert s.query(Person).count() == 0
    ctx.close()
    assert not any(p.name.endswith((".lock", "-wal", "-shm")) for p in tmp_path.iterdir())


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_an_exported_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        written = write_atomically(tmp_path / "minutes.docx", lambda p: p.write_bytes(b"doc"))
    finally:
        os.umask(old)
    assert written.stat().st_mode & 0o777 == mode
