"""Packaging helpers: the Qt X11 library check `make run` does before the first window."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("qt_xcb_deps", ROOT / "packaging" / "qt_xcb_deps.py")
assert _spec is not None and _spec.loader is not None
qt_xcb_deps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt_xcb_deps)

FRESH_DEBIAN_LDD = """\
/venv/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f60)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms1.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f5f)
/venv/PySide6/Qt/lib/libQt6XcbQpa.so.6:
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
"""


def test_each_missing_library_is_named_once_by_its_package() -> None:
    missing = qt_xcb_deps.missing_libraries(FRESH_DEBIAN_LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms1.so.1", "libxcb-cursor.so.0", "libxcb-keysyms.so.1"]
    packages, unknown = qt_xcb_deps.packages_for(missing)
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == ["libxcb-keysyms1.so.1"]  # reported by name, never guessed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin exists on Linux only")
def test_every_x11_library_the_installed_plugin_links_has_a_package() -> None:
    files = [str(f) for f in qt_xcb_deps.plugin_files()]
    ldd = subprocess.run(["ldd", *files], capture_output=True, text=True, check=True).stdout
    names = set(re.findall(r"^\s+(\S+) => ", ldd, flags=re.MULTILINE))
    x11 = {n for n in names if re.match(r"lib(xcb|X11|xkbcommon|EGL|GL|fontconfig|freetype|dbus-1|glib)", n)}
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= x11
    assert x11 - set(qt_xcb_deps.PACKAGES) == set()
