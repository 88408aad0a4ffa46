"""Helpers shared by test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable for this process, also when it runs as root (as CI does).

    Permission bits do not stop root, so there the folder is made immutable with ``chattr +i`` (ext4 and most
    Linux file systems); that stops root too.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.fail(f"cannot make {folder} read-only as root: chattr +i is not available on this file system")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)
