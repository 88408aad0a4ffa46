"""Shared fixtures: real SQLite files in ``tmp_path``, the demo office built once per run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: widgets render offscreen, with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from meetingdesk.demo import build_demo
from meetingdesk.storage.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database file."""
    database = open_database(tmp_path / "office.sqlite3", create=True)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The year-scale demo office, built once; tests copy it before changing anything."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, create=True)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo office."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()
