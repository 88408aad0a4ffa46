"""Smoke test of an installed MeetingDesk: the wheel in a fresh venv, or the frozen PyInstaller folder.

    python packaging/smoke.py --exe DIR/bin/meetingdesk            # the wheel (tools/wheel_check.sh)
    python packaging/smoke.py --exe dist/MeetingDesk/meetingdesk    # the frozen build (make dist-check)

Against a temporary data folder it prints the version, builds the demo office, exports minutes to DOCX and PDF
(every font embedded, the Thai text present), answers a mistake in English with --lang en, and starts the GUI
offscreen in Thai and in English (``--screenshots DIR`` paints every main view and quits). Any line on stderr
that was not expected fails it. Runs with the project's own Python (python-docx reads the DOCX back).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = "รายงานการประชุม"
# Qt's offscreen platform has no window manager to pass these to; harmless (pyproject's qt_log_ignore too).
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def version() -> str:
    text = (ROOT / "src" / "meetingdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "no __version__"
    return found.group(1)


class Smoke:
    def __init__(self, exe: Path) -> None:
        self.exe = exe
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.mkdtemp(prefix="md-home-")}
        self.env.pop("MEETINGDESK_LANG", None)

    def run(self, *args: str, code: int = 0, stderr: str = "") -> str:
        started = time.monotonic()
        done = subprocess.run([str(self.exe), *args], capture_output=True, text=True, env=self.env, timeout=180)
        took = time.monotonic() - started
        print(f"  {took:5.2f} s  meetingdesk {' '.join(args)}", flush=True)
        if done.returncode != code:
            sys.exit(f"FAIL: exit {done.returncode} (expected {code})\n{done.stdout}\n{done.stderr}")
        lines = [line for line in done.stderr.splitlines() if line.strip() and line not in OFFSCREEN_NOISE]
        if stderr not in done.stderr or (not stderr and lines):
            sys.exit(f"FAIL: unexpected stderr from {args}:\n{done.stderr}")
        return done.stdout


def pdf_checks(pdf: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, f"no fonts in {pdf}"
    for row in rows:  # columns: name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes", f"font not embedded: {row}"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert TITLE in text, f"no Thai title in the PDF text: {text[:300]!r}"


def docx_checks(docx: Path) -> None:
    import docx as python_docx

    text = "\n".join(p.text for p in python_docx.Document(str(docx)).paragraphs)
    assert TITLE in text, f"no Thai title in the DOCX: {text[:300]!r}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", type=Path, required=True, help="the meetingdesk executable to test")
    args = parser.parse_args()
    smoke = Smoke(args.exe)
    with tempfile.TemporaryDirectory(prefix="md-smoke-") as tmp:
        data, out = Path(tmp) / "data", Path(tmp) / "out"
        out.mkdir()
        assert smoke.run("--version").strip() == f"MeetingDesk {version()}"
        smoke.run("--lang", "en", "--data-dir", str(data), "list", "meetings", code=2, stderr="There is no database")
        smoke.run("demo", "--data-dir", str(data))
        meetings = json.loads(smoke.run("list", "meetings", "--json", "--data-dir", str(data)))
        certified = next(m["id"] for m in meetings if m["status"] == "certified")
        for fmt in ("docx", "pdf"):
            target = out / f"minutes.{fmt}"
            smoke.run("export", "minutes", str(certified), "--format", fmt, "-o", str(target), "--data-dir", str(data))
            (docx_checks if fmt == "docx" else pdf_checks)(target)
        shots = {}
        for lang in ("th", "en"):
            folder = out / f"gui-{lang}"
            smoke.run("--lang", lang, "--data-dir", str(data), "--screenshots", str(folder))
            shots[lang] = sorted(folder.glob("*.png"))
            assert len(shots[lang]) >= 5, f"the GUI painted only {shots[lang]}"
        th, en = (shots[lang][0].read_bytes() for lang in ("th", "en"))
        assert th != en, "the English GUI looks exactly like the Thai one: was the .qm loaded?"
    print(f"smoke test passed: {args.exe}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
