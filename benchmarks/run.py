"""``make bench``: each case's median against a reference measured in the same run, and its budget.

Prints one table (case, ours, reference, ratio, budget) and exits non-zero when a budget is broken. Timed
assertions do not belong in the unit tests; they belong here, where the reference is measured beside them.
Add a case by appending to ``CASES``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench-data"
PY = sys.executable


@dataclass
class Result:
    case: str
    ours: float  # seconds (median)
    reference: float | None  # seconds (median), measured in the same run
    budget: str
    ok: bool
    unit: str = "ms"  # "MB": ``ours`` is megabytes, not seconds

    def row(self) -> str:
        ref = f"{self.reference * 1000:9.1f} ms" if self.reference is not None else f"{'—':>12}"
        ratio = f"{self.ours / self.reference:6.2f}×" if self.reference else f"{'—':>7}"
        mark = "ok" if self.ok else "OVER BUDGET"
        ours = f"{self.ours * 1000:9.1f} ms" if self.unit == "ms" else f"{self.ours:9.1f} {self.unit}"
        return f"{self.case:<52} {ours} {ref} {ratio}  {self.budget:<16} {mark}"


def median_of(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Medians of two commands run alternately, so background load hits both alike."""
    a(), b()
    ta, tb = [], []
    for _ in range(runs):
        for fn, out in ((a, ta), (b, tb)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def command(*args: str | Path) -> Callable[[], object]:
    argv = [str(a) for a in args]

    def run() -> object:
        return subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    return run


def decade_db() -> tuple[Path, Result]:
    """Generate the decade database afresh (the generation is itself a case)."""
    folder = DATA / "decade"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    subprocess.run([PY, "-m", "meetingdesk", "demo", "--scale", "decade", "--data-dir", str(folder)], check=True)
    took = time.perf_counter() - start
    return folder / "meetingdesk.sqlite3", Result("generate the decade database", took, None, "≤ 90 s", took <= 90)


def case_list_meetings(db: Path) -> Result:
    ours, floor = interleaved(
        command(PY, "-m", "meetingdesk", "list", "meetings", "--json", "--db", db),
        command(PY, ROOT / "benchmarks" / "floor_list_meetings.py", db),
        runs=11,
    )
    return Result("list meetings --json (vs sqlalchemy.orm+sqlite3)", ours, floor, "≤ 1.5× floor", ours <= 1.5 * floor)


THAI_QUERIES = ("การนิเทศ", "งบประมาณ", "โรงเรียนขนาดเล็ก", "อ่านออกเขียนได้", "ดี")


def case_search(db: Path) -> Result:
    from meetingdesk.services.search import search
    from meetingdesk.storage.database import open_database

    database = open_database(db, read_only=True)
    ours = statistics.median(median_of(lambda q=q: search(database, q), runs=15) for q in THAI_QUERIES)

    def scan(q: str) -> object:  # the same question without the index: instr() over every indexed text
        with database.connection() as conn:
            return conn.exec_driver_sql(
                "SELECT rowid FROM search_index WHERE instr(title || ' ' || body, ?) > 0", (q,)
            ).all()

    reference = statistics.median(median_of(lambda q=q: scan(q), runs=5) for q in THAI_QUERIES)
    database.close()
    return Result("search a Thai word (in-process, vs instr scan)", ours, reference, "≤ 50 ms", ours <= 0.050)


def case_dashboard(db: Path) -> Result:
    """The dashboard's figures for one fiscal year of the decade, against the tracker reading the same year's rows
    (the query a director's other view of the same decisions runs)."""
    from meetingdesk.services.dashboard import dashboard
    from meetingdesk.services.tracker import TrackerFilter, tracker_index
    from meetingdesk.storage.database import open_database

    database = open_database(db, read_only=True)
    year = 2568  # a whole year of the decade, every quarter held
    ours, reference = interleaved(
        lambda: dashboard(database, fiscal_year=year),
        lambda: tracker_index(database, TrackerFilter(fiscal_year=year)),
        runs=15,
    )
    database.close()
    return Result("dashboard refresh, one fiscal year (vs tracker year)", ours, reference, "≤ 200 ms", ours <= 0.200)


def case_headless_without_qt(db: Path) -> Result:
    result = subprocess.run(
        [PY, "-X", "importtime", "-m", "meetingdesk", "list", "meetings", "--json", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    qt = [line for line in result.stderr.splitlines() if "PySide6" in line or "shiboken6" in line]
    return Result(f"headless command loads Qt modules: {len(qt)}", 0.0, None, "0 modules", not qt)


def _big_meeting_document() -> tuple[object, object]:
    """A meeting with 60 agenda items and 300 idea cards (as the minutes print them), composed once."""
    import datetime as dt
    import tempfile
    from dataclasses import replace

    from meetingdesk.demo.content import DISCUSSIONS, FOR_CONSIDERATION
    from meetingdesk.domain.enums import BodyKind, DecisionKind
    from meetingdesk.exports.compose import ExportOptions, minutes
    from meetingdesk.services import meetings, office, people
    from meetingdesk.services.documents import meeting_view
    from meetingdesk.storage.database import open_database

    db = open_database(Path(tempfile.mkdtemp()) / "big.sqlite3", create=True)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2")
    body = people.add_body(db, "คณะกรรมการบริหารสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", BodyKind.EXECUTIVE_BOARD)
    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 24)))
    for n in range(60):
        item = meetings.add_agenda_item(
            db, meeting, 4 + n % 2, FOR_CONSIDERATION[n % len(FOR_CONSIDERATION)].format(fy=2570, project="", q=1),
            background=DISCUSSIONS[n % 3] * 2,
        )  # fmt: skip
        meetings.update_agenda_item(db, item, discussion=DISCUSSIONS[(n + 1) % 3] * 3)
        meetings.record_decision(db, item, DecisionKind.ENDORSED, "เห็นชอบ และให้นำข้อเสนอแนะไปปรับปรุงก่อนดำเนินการ")
    view = meeting_view(db, meeting)
    # 300 different cards, as a brainstorm produces them: varied sentences built from the demo's own findings.
    from meetingdesk.demo.content import ACTION_TITLES, FINDINGS, SCHOOLS

    phrases = [text.format(p=60 + n % 35, n=2 + n % 7) for texts in FINDINGS.values() for n, text in enumerate(texts)]
    cards = [
        f"- {phrases[n % len(phrases)]} ({SCHOOLS[n % len(SCHOOLS)]}) เสนอให้{ACTION_TITLES[n * 7 % len(ACTION_TITLES)]}"
        for n in range(300)
    ]
    per_item = iter(range(0, 300, 5))
    sections = []
    for section in view.sections:
        items = []
        for item in section.items:
            first = next(per_item)
            # a session's outcome is in the minutes as the item's summary, one card a line
            items.append(replace(item, summary="\n".join(cards[first : first + 5])))
        sections.append(replace(section, items=items))
    assert sum(len(i.summary.splitlines()) for section in sections for i in section.items) == 300
    db.close()
    return minutes(replace(view, sections=sections), ExportOptions(style="detailed")), view


def case_documents(_db: Path) -> list[Result]:
    import tempfile

    from meetingdesk.exports.docx_writer import write_docx
    from meetingdesk.exports.pdf_writer import write_pdf

    document, _view = _big_meeting_document()
    folder = Path(tempfile.mkdtemp())
    docx_path, pdf_path = folder / "big.docx", folder / "big.pdf"
    docx_time = median_of(lambda: write_docx(document, docx_path), runs=7)  # type: ignore[arg-type]
    pdf_time = median_of(lambda: write_pdf(document, pdf_path), runs=7)  # type: ignore[arg-type]
    soffice = shutil.which("soffice")
    libre = None
    if soffice:
        libre = median_of(
            command(soffice, "--headless", "--convert-to", "pdf", "--outdir", folder / "lo", docx_path), 3
        )
    return [
        Result("minutes DOCX, 60 items + 300 cards (warm)", docx_time, None, "≤ 0.5 s", docx_time <= 0.5),
        Result("minutes PDF, 60 items + 300 cards (warm)", pdf_time, None, "≤ 1.0 s", pdf_time <= 1.0),
        Result(
            "minutes PDF vs LibreOffice converting our DOCX",
            pdf_time,
            libre,
            "≥ 5× faster",
            libre is not None and pdf_time * 5 <= libre,
        ),
    ]


def case_console(_db: Path) -> list[Result]:
    import json

    out = subprocess.run(
        [PY, ROOT / "benchmarks" / "console_bench.py"], check=True, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout  # fmt: skip
    m = json.loads(out.strip().splitlines()[-1])
    commit = m["commit_median"]
    return [
        Result("Enter → card saved + painted (500 cards), median", m["capture_median"], commit, "≤ 15 ms",
               m["capture_median"] <= 0.015),
        Result("Enter → card saved + painted (500 cards), p95", m["capture_p95"], commit, "≤ 30 ms",
               m["capture_p95"] <= 0.030),
        Result("drag a card into a group (1,000 cards), worst", m["drag_max"], commit, "≤ 16 ms",
               m["drag_max"] <= 0.016),
    ]  # fmt: skip


def _until_painted(argv: list[str | Path], env: dict[str, str]) -> float:
    """Seconds from spawning ``argv`` to its first paint (the child prints the wall-clock time and leaves)."""
    start = time.time()
    out = subprocess.run([str(a) for a in argv], check=True, capture_output=True, text=True, env=env).stdout
    painted = next(line for line in out.splitlines() if line.startswith("painted "))
    return float(painted.split()[1]) - start


def _medians(*cases: Callable[[], float], runs: int = 7) -> list[float]:
    """Medians of start-up cases run in turn (round-robin, so background load hits each alike)."""
    for case in cases:
        case()  # warm the disk cache
    samples: list[list[float]] = [[] for _ in cases]
    for _ in range(runs):
        for n, case in enumerate(cases):
            samples[n].append(case())
    return [statistics.median(s) for s in samples]


def case_gui_start(db: Path) -> list[Result]:
    """Start → first paint (demo office) vs a bare window; start → meetings list of the decade (interactive)
    vs the floor: the bare window + import sqlalchemy.orm + the same list query through sqlite3."""
    gui = ROOT / "benchmarks" / "gui_bench.py"
    year = DATA / "year"
    if not (year / "meetingdesk.sqlite3").exists():
        subprocess.run([PY, "-m", "meetingdesk", "demo", "--data-dir", str(year)], check=True, capture_output=True)
    config = DATA / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           }  # fmt: skip
    bare, app_year, floor, app_decade = _medians(
        lambda: _until_painted([PY, gui, "bare"], env),
        lambda: _until_painted(
            [PY, "-m", "meetingdesk", "--data-dir", year], {**env, "MEETINGDESK_BENCH_EXIT_WHEN_PAINTED": "frame"}
        ),
        lambda: _until_painted([PY, gui, "floor", db], env),
        lambda: _until_painted(
            [PY, "-m", "meetingdesk", "--db", db], {**env, "MEETINGDESK_BENCH_EXIT_WHEN_PAINTED": "list"}
        ),
    )
    return [
        Result("start → main window painted (demo office)", app_year, bare, "≤ 2× bare window",
               app_year <= 2 * bare),
        Result("start → meetings list of the decade, interactive", app_decade, floor, "≤ 1.5× floor",
               app_decade <= 1.5 * floor),
    ]  # fmt: skip


def case_gui_tracker_and_memory(db: Path) -> list[Result]:
    import json

    gui = ROOT / "benchmarks" / "gui_bench.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([PY, gui, "tracker", db], check=True, capture_output=True, text=True, env=env).stdout
    m = json.loads(out.strip().splitlines()[-1])
    keys = m["keystrokes"]
    worst, median = max(keys), statistics.median(keys)
    out = subprocess.run([PY, gui, "memory", db], check=True, capture_output=True, text=True, env=env).stdout
    peak = json.loads(out.strip().splitlines()[-1])["peak_mb"]
    return [
        Result(f"filter the decisions table ({m['rows']:,} rows), median key", median, None, "≤ 100 ms",
               median <= 0.1),
        Result(f"filter the decisions table, worst of {len(keys)} keys", worst, None, "≤ 100 ms", worst <= 0.1),
        Result("peak memory, decade open, every page", peak, None, "≤ 300 MB", peak <= 300, unit="MB"),
    ]  # fmt: skip


def case_reminders(db: Path) -> Result:
    """The reminders bar on start: the counts and the first rows of each kind (vs every reminder in full)."""
    import datetime as dt

    from meetingdesk.services.reminders import due
    from meetingdesk.storage.database import open_database

    database = open_database(db, read_only=True)
    today = dt.date(2026, 11, 27)  # the decade's open actions are mostly overdue by then: the worst case
    ours = median_of(lambda: due(database, today=today, limit=10), runs=15)
    reference = median_of(lambda: due(database, today=today), runs=5)
    database.close()
    return Result("reminders on start (counts + 10 rows, decade)", ours, reference, "≤ 20 ms", ours <= 0.020)


def case_evidence_report(db: Path) -> Result:
    """The evidence report of the decade's fullest fiscal year as PDF, as the command line writes it (start-up,
    queries, composing, layout); the reference is the follow-up report of the same year."""
    out = DATA / "reports"
    out.mkdir(exist_ok=True)
    year = "2568"  # 1 Oct 2024 - 30 Sep 2025: about 200 meetings, 1,600 decisions, 2,400 actions
    ours, reference = interleaved(
        command(PY, "-m", "meetingdesk", "export", "evidence", "--fy", year, "--format", "pdf",
                "-o", out / "evidence.pdf", "--db", db),
        command(PY, "-m", "meetingdesk", "export", "followup", "--fy", year, "--format", "pdf",
                "-o", out / "followup.pdf", "--db", db),
        runs=3,
    )  # fmt: skip
    return Result(f"evidence report PDF, fiscal year {year} (decade)", ours, reference, "≤ 3 s", ours <= 3.0)


def case_satisfaction(db: Path) -> Result:
    """A fiscal year's satisfaction, every body at once (what the dashboard and the evidence report ask for)."""
    from meetingdesk.services.satisfaction import by_body
    from meetingdesk.storage.database import open_database

    database = open_database(db, read_only=True)
    ours = median_of(lambda: by_body(database, fiscal_year=2569), runs=11)
    database.close()
    return Result("satisfaction by body, one fiscal year (decade)", ours, None, "≤ 40 ms", ours <= 0.040)


def case_room(_db: Path) -> list[Result]:
    """The room joins in: 60 phones on loopback for a minute (benchmarks/room_bench.py), and the page's weight."""
    import json

    out = subprocess.run(
        [PY, ROOT / "benchmarks" / "room_bench.py", "60"], check=True, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout  # fmt: skip
    m = json.loads(out.strip().splitlines()[-1])
    weight = sum(p.stat().st_size for p in (ROOT / "resources" / "room").iterdir()) / 1024
    return [
        Result("room: phone card → projector painted (60 phones), p95", m["card_to_projector_p95"], None,
               "≤ 200 ms", m["card_to_projector_p95"] <= 0.200),
        Result("room: console Enter → painted meanwhile, p95", m["enter_painted_p95"], None, "≤ 30 ms",
               m["enter_painted_p95"] <= 0.030),
        Result("room: the phone's page, all files", weight, None, "≤ 50 KB", weight <= 50, unit="KB"),
    ]  # fmt: skip


def case_server_live(_db: Path) -> list[Result]:
    """An office server: a change by one client heard by another (benchmarks/live_bench.py, its own cluster)."""
    import json

    out = subprocess.run([PY, ROOT / "benchmarks" / "live_bench.py", "200"], check=True, capture_output=True,
                         text=True).stdout  # fmt: skip
    m = json.loads(out.strip().splitlines()[-1])
    return [
        Result("server: live update seen by another client, median", m["median"], m["write_median"], "≤ 1 s",
               m["median"] <= 1),
        Result("server: live update seen by another client, p95", m["p95"], m["write_median"], "≤ 1 s",
               m["p95"] <= 1),
    ]  # fmt: skip


def case_server(db: Path) -> list[Result]:
    """On a throw-away local PostgreSQL cluster (benchmarks/server_bench.py): the console's Enter, a service
    action with 20 desks working, and ``list meetings`` on the decade office against the SQLite file."""
    import json

    out = subprocess.run(
        [PY, ROOT / "benchmarks" / "server_bench.py", db], check=True, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout  # fmt: skip
    m = json.loads(out.strip().splitlines()[-1])
    print(f"server: {m['actions_20']} actions by 20 desks ({m['conflicts_20']} conflicts, end state "
          f"{'clean' if m['clean_20'] else 'NOT clean'}); decade on the server in {m['decade_generated']:.0f} s, "
          f"a meeting added after: {m['decade_new_meeting']}")  # fmt: skip
    trips = ", ".join(f"{name.split(' (')[0]} {count}" for name, count in m["round_trips"].items())
    print(f"server: round trips per action: {trips}")
    return [
        Result("server: Enter → card saved + painted (500), p95", m["enter_p95"], m["server_commit"], "≤ 30 ms",
               m["enter_p95"] <= 0.030),
        Result("server: a service action, 20 desks active, p95", m["action_p95_20"], m["action_p95_alone"],
               "≤ 20 ms", m["action_p95_20"] <= 0.020 and m["clean_20"]),
        Result("server: list meetings --json (decade, vs SQLite)", m["list_server"], m["list_sqlite"],
               "≤ 1.5× SQLite", m["list_server"] <= 1.5 * m["list_sqlite"] and m["decade_new_meeting"]),
    ]  # fmt: skip


CASES: list[Callable[[Path], Result | list[Result]]] = [
    case_list_meetings,
    case_search,
    case_headless_without_qt,
    case_documents,
    case_console,
    case_gui_start,
    case_gui_tracker_and_memory,
    case_dashboard,
    case_reminders,
    case_satisfaction,
    case_evidence_report,
    case_room,
    case_server_live,
    case_server,
]


def main() -> int:
    """``python benchmarks/run.py [WORD ...]``: every case, or only those whose name holds one of the words
    (``console``, ``gui``, ``dashboard`` …)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    wanted = sys.argv[1:]
    db, generated = decade_db()
    results = [generated]
    for case in CASES:
        if wanted and not any(word in case.__name__ for word in wanted):
            continue
        outcome = case(db)
        results += outcome if isinstance(outcome, list) else [outcome]
    print(f"\n{'case':<52} {'ours':>12} {'reference':>12} {'ratio':>7}  {'budget':<16}")
    for result in results:
        print(result.row())
    broken = [r for r in results if not r.ok]
    print(f"\n{len(results) - len(broken)} within budget, {len(broken)} over")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
