"""Before the first window on Linux: are the system libraries Qt's X11 (xcb) platform plugin loads installed?

    python packaging/qt_xcb_deps.py            # `make run` and CI: installs what is missing when run as root
                                               # (apt-get), otherwise prints the one command to run, and fails
    python packaging/qt_xcb_deps.py --check    # only report

The list is what ``ldd`` says the installed PySide6's ``libqxcb.so`` needs (with Qt's own libraries inside the
wheel); each missing library is named by its Debian/Ubuntu package. On Windows and macOS there is nothing to do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Library (soname) -> Debian/Ubuntu package, for everything `ldd libqxcb.so` lists outside the PySide6 wheel
# (measured on PySide6 6.12; names valid on Debian 12/13 and Ubuntu 22.04/24.04, where apt maps the t64 renames).
PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).with_name("Qt")
    return [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` could not find, in order, each once."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in found:
            found.append(name)
    return found


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, libraries no package is known for)."""
    packages = sorted({PACKAGES[lib] for lib in libraries if lib in PACKAGES})
    return packages, [lib for lib in libraries if lib not in PACKAGES]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; never install")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        return 0
    files = [f for f in plugin_files() if f.exists()]
    ldd = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=False).stdout
    packages, unknown = packages_for(missing_libraries(ldd))
    if unknown:
        print(f"MeetingDesk: Qt's X11 plugin also needs {', '.join(unknown)} (no package known)", file=sys.stderr)
    if not packages:
        return 1 if unknown else 0
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if not args.check and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"MeetingDesk: installing Qt's X11 libraries: {' '.join(packages)}", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([*command[:2], "-q", *command[2:]], check=True, env=env)
        return 0
    print("MeetingDesk needs Qt's X11 libraries before it can open a window. Install them with:\n\n"
          f"    sudo {' '.join(command)}\n", file=sys.stderr)  # fmt: skip
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
