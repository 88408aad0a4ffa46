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


# The projector's board as a room sees it: ideas from a brainstorm on pupils' reading, short and long.
IDEAS = [
    "ค่ายภาษาไทย",
    "ห้องสมุดเคลื่อนที่",
    "อ่านวันละ 15 นาที",
    "ครูพี่เลี้ยง",
    "นิเทศออนไลน์",
    "หนังสือนิทานภาพ",
    "ลดงานเอกสารครู",
    "ชมรมรักการอ่าน",
    "จัดค่ายภาษาไทยช่วงปิดภาคเรียนสำหรับนักเรียนที่อ่านไม่คล่อง",
    "ให้ครูพี่เลี้ยงจับคู่กับครูชั้น ป.1 ในโรงเรียนขนาดเล็ก",
    "ควรจัดทำแผนพัฒนาการอ่านรายบุคคลสำหรับนักเรียนที่อ่านไม่ออก โดยให้ครูประจำชั้นบันทึกความก้าวหน้าทุกสองสัปดาห์"
    " และรายงานต่อศึกษานิเทศก์ผู้รับผิดชอบโรงเรียน",
    "ทำแบบฝึกอ่านที่ใช้คำในชุมชนและชื่อสถานที่ใกล้โรงเรียน",
    "นิเทศแบบกัลยาณมิตรเดือนละครั้ง เน้นการสังเกตชั้นเรียนจริง",
    "เสนอให้สำนักงานเขตพื้นที่การศึกษาจัดสรรงบประมาณจ้างครูอัตราจ้างในโรงเรียนขนาดเล็กที่มีครูไม่ครบชั้น เพราะครูหนึ่งคนต้องสอนสองชั้นพร้อมกัน",
    "ใช้แอปพลิเคชันติดตามการอ่านรายบุคคล และส่งผลให้ผู้ปกครองทุกสัปดาห์",
    "คัดกรองการอ่านออกเขียนได้ตั้งแต่ต้นปีการศึกษา",
    "ผู้ปกครองจำนวนมากทำงานต่างจังหวัด เด็กอยู่กับปู่ย่าตายายที่อ่านหนังสือไม่คล่อง จึงควรมีกิจกรรมอ่านหลังเลิกเรียนที่โรงเรียนแทนการบ้าน",
    "จัดสรรงบซื้อหนังสือระดับเริ่มอ่านให้ทุกห้องเรียน",
    "อบรมครูเรื่องการสอนแจกลูกสะกดคำ",
    "การนิเทศที่ผ่านมาเน้นตรวจเอกสารมากเกินไป ควรเข้าสังเกตการสอนจริงแล้วให้ข้อเสนอแนะทันทีหลังคาบเรียน พร้อมติดตามผลในเดือนถัดไป",
    "สร้างเครือข่ายโรงเรียนขนาดเล็กแลกเปลี่ยนสื่อการสอน",
    "ให้รุ่นพี่ช่วยสอนอ่านรุ่นน้องช่วงพักกลางวัน",
    "ขอความร่วมมือ อสม. และผู้นำชุมชนชวนเด็กอ่านหนังสือที่บ้าน",
    "ลดภาระงานที่ไม่ใช่การสอน เพื่อให้ครูมีเวลาอยู่กับนักเรียนมากขึ้น",
    "ติดตั้งอินเทอร์เน็ตในโรงเรียนพื้นที่ห่างไกล",
    "ใช้ผลสอบ RT และ NT วิเคราะห์จุดอ่อนรายโรงเรียน",
    "ใช้ PLC ในกลุ่มโรงเรียนเครือข่าย ให้ครูภาษาไทยแลกเปลี่ยนวิธีสอนที่ได้ผลจริง และนำตัวอย่างแผนการสอนมาเผยแพร่ให้ทุกโรงเรียน",
    "ประเมินผลโครงการส่งเสริมการอ่านเมื่อสิ้นปีงบประมาณ 2569 เทียบผลการอ่านของนักเรียนชั้น ป.1 ถึง ป.3 กับปีที่ผ่านมา",
]
GROUPS = ["การอ่านและการเขียน", "การนิเทศติดตาม", "สื่อและเทคโนโลยี", "ผู้ปกครองและชุมชน", "การพัฒนาครู",
          "งบประมาณ"]  # fmt: skip
PLACES = ["", " (อำเภอป่าบอน)", " (กลุ่มโรงเรียนควนขนุน)", " สำหรับโรงเรียนขนาดเล็ก", " ในภาคเรียนที่ 2"]


def sample_board(
    cards: int, groups: int, *, revealed: bool = False, newest: int | None = None, shortlist: int = 0
) -> object:
    """A brainstorm's board: ``cards`` ideas (every fourth not yet grouped when there are groups), with dots."""
    import random

    from meetingdesk.techniques.board import build_board

    pick = random.Random(2569)
    rows = []
    for n in range(cards):
        text = IDEAS[pick.randrange(len(IDEAS))] + PLACES[pick.randrange(len(PLACES))]
        group = None if not groups or pick.random() < 0.25 else 100 + pick.randrange(groups)
        rows.append((n + 1, text, f"P{pick.randrange(1, 15)}" if pick.random() < 0.7 else "", group))
    clusters = [(100 + g, GROUPS[g]) for g in range(groups)]
    dots = {100 + g: (g * 5 + 3) % 11 for g in range(groups)}
    card_dots = {n + 1: (n * 3) % 5 for n in range(cards)}
    ranked = sorted(((name, dots[cid]) for cid, name in clusters), key=lambda r: -r[1])[:shortlist]
    return build_board(rows, clusters, card_dots=card_dots, cluster_dots=dots, revealed=revealed,
                       newest_card_id=newest or cards, shortlist=ranked)  # fmt: skip


def render_projector_boards() -> list[Path]:
    """The projector's board with 12, 60 and 200 cards, with votes revealed, and the shortlist, at 720p and 1080p."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from meetingdesk.ui.windows.projector_window import ProjectorWindow

    app = QApplication.instance() or QApplication([])
    shots = {
        "projector-board-12": ("ระดมความคิด", sample_board(12, 0)),
        "projector-board-60": ("จัดกลุ่มความคิด", sample_board(60, 3)),
        "projector-board-200": ("จัดกลุ่มความคิด", sample_board(200, 6, newest=150)),
        "projector-board-revealed": ("ลงคะแนน", sample_board(40, 4, revealed=True)),
        "projector-shortlist": ("สรุปข้อเสนอ", sample_board(40, 6, revealed=True, shortlist=6)),
    }
    written = []
    for name, (stage, board) in shots.items():
        for size, suffix in (((1280, 720), ""), ((1920, 1080), "-1080")):
            projector = ProjectorWindow()
            projector.show_state(stage=stage, prompt="แนวทางยกระดับการอ่านออกเขียนได้ของนักเรียนชั้น ป.1–ป.3",
                                 timer="04:12", warning=False)  # fmt: skip
            projector.show_board(board)  # type: ignore[arg-type]
            projector.resize(*size)
            projector.show()
            app.processEvents()
            path = OUT / f"{name}{suffix}.png"
            projector.grab().save(str(path))
            written.append(path)
            projector.close()
            projector.deleteLater()
            app.processEvents()
    return written


def _page_with(pdf: Path, words: str) -> int:
    """The first page of ``pdf`` whose text has ``words`` (1 when none has)."""
    pages = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return next((n for n, page in enumerate(pages.split("\f"), start=1) if words in page), 1)


def render_reports(data: Path, work: Path) -> None:
    """The follow-up and evidence reports of the demo fiscal year: the first pages, a page of charts, the trace
    page; the evidence DOCX through LibreOffice (its charts are pictures)."""
    for report in ("followup", "evidence"):
        for fmt in ("pdf", "docx"):
            target = work / f"{report}-{fmt}.{fmt}"
            run(
                PY,
                "-m",
                "meetingdesk",
                "export",
                report,
                "--fy",
                "2569",
                "--format",
                fmt,
                "-o",
                target,
                "--data-dir",
                data,
            )
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", work / "lo", work / "evidence-docx.docx")
    shots = [
        (work / "followup-pdf.pdf", 1, "followup-pdf-1"),
        (work / "followup-pdf.pdf", 2, "followup-pdf-2"),
        (work / "evidence-pdf.pdf", 1, "evidence-pdf-1"),
        (work / "evidence-pdf.pdf", _page_with(work / "evidence-pdf.pdf", "แผนภูมิที่ 2"), "evidence-pdf-charts"),
        (work / "evidence-pdf.pdf", _page_with(work / "evidence-pdf.pdf", "1.7 "), "evidence-pdf-trace"),
        (
            work / "lo" / "evidence-docx.pdf",
            _page_with(work / "lo" / "evidence-docx.pdf", "แผนภูมิที่ 2"),
            "evidence-docx-charts",
        ),
    ]
    for pdf, page, name in shots:
        run("pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page), pdf, OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if "--board" in sys.argv:  # only the projector's board (no demo office, LibreOffice or poppler needed)
        for path in render_projector_boards():
            print(path.relative_to(ROOT))
        return 0
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
    render_reports(data, work)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([PY, "-m", "meetingdesk", "--data-dir", str(data), "--screenshots", str(OUT)], check=True, env=env)
    english = work / "en"  # the satisfaction tab and the dashboard in English too
    subprocess.run(
        [PY, "-m", "meetingdesk", "--data-dir", str(data), "--lang", "en", "--screenshots", str(english)],
        check=True,
        env=env,
    )
    shutil.copyfile(english / "meeting-survey.png", OUT / "meeting-survey-en.png")
    shutil.copyfile(english / "dashboard.png", OUT / "dashboard-en.png")
    render_sessions(data / "meetingdesk.sqlite3")
    render_projector_boards()
    sys.path.insert(0, str(ROOT / "docs"))
    from render_room import render_room  # the room joins in: the projector's QR code and the phone's page

    render_room(data / "meetingdesk.sqlite3")  # (it adds two phone cards and a dot: after the other renders)
    shutil.rmtree(work)
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
