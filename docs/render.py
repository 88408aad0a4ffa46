"""``make renders``: the demo office's documents and main window as PNGs under docs/renders/, for people to see.

Builds the demo office in a temporary folder, exports the minutes, agenda and sign-in sheet of one meeting as
PDF (ours) and DOCX (converted by LibreOffice, as a secretary's Word-alike would show it), and renders their
first pages with poppler's pdftoppm.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "renders"
MEETING = 9  # executive board 4/2569: substitutes, absences, matters arising, certified
PY = sys.executable


def run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def render_sessions(db_path: Path) -> None:
    """The facilitator's console and the projector for each demo session (one per technique, one running)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from meetingdesk.services.sessions import list_sessions
    from meetingdesk.storage.database import open_database
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    for row in list_sessions(db):
        name = row["technique"] + ("-live" if row["status"] == "active" else "")
        console = FacilitatorConsole(db, row["id"])
        console.resize(console.width(), 800)
        console.show()
        projector = console.open_projector()
        projector.resize(1280, 720)
        app.processEvents()
        console.grab().save(str(OUT / f"console-{name}.png"))
        projector.grab().save(str(OUT / f"projector-{name}.png"))
        console.close()
        console.deleteLater()
        app.processEvents()
    db.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    data = work / "data"
    run(PY, "-m", "meetingdesk", "demo", "--data-dir", data)
    for kind in ("minutes", "agenda", "signin"):
        meeting = str(15 if kind == "agenda" else MEETING)
        pdf = work / f"{kind}.pdf"
        docx = work / f"{kind}-docx.docx"
        run(PY, "-m", "meetingdesk", "export", kind, meeting, "--format", "pdf", "-o", pdf, "--data-dir", data)
        run(PY, "-m", "meetingdesk", "export", kind, meeting, "--format", "docx", "-o", docx, "--data-dir", data)
        run("soffice", "--headless", "--convert-to", "pdf", "--outdir", work, docx)
        pages = 2 if kind == "minutes" else 1
        run("pdftoppm", "-r", "60", "-png", "-l", str(pages), pdf, OUT / f"{kind}-pdf")
        run("pdftoppm", "-r", "60", "-png", "-l", str(pages), work / f"{kind}-docx.pdf", OUT / f"{kind}-docx")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([PY, "-m", "meetingdesk", "--data-dir", str(data), "--screenshots", str(OUT)], check=True, env=env)
    render_sessions(data / "meetingdesk.sqlite3")
    shutil.rmtree(work)
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
