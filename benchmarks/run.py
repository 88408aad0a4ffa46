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

    def row(self) -> str:
        ref = f"{self.reference * 1000:9.1f} ms" if self.reference is not None else f"{'—':>12}"
        ratio = f"{self.ours / self.reference:6.2f}×" if self.reference else f"{'—':>7}"
        mark = "ok" if self.ok else "OVER BUDGET"
        return f"{self.case:<48} {self.ours * 1000:9.1f} ms {ref} {ratio}  {self.budget:<16} {mark}"


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


def case_headless_without_qt(db: Path) -> Result:
    result = subprocess.run(
        [PY, "-X", "importtime", "-m", "meetingdesk", "list", "meetings", "--json", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    qt = [line for line in result.stderr.splitlines() if "PySide6" in line or "shiboken6" in line]
    return Result(f"headless command loads Qt modules: {len(qt)}", 0.0, None, "0 modules", not qt)


CASES: list[Callable[[Path], Result]] = [case_list_meetings, case_search, case_headless_without_qt]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    db, generated = decade_db()
    results = [generated, *(case(db) for case in CASES)]
    print(f"\n{'case':<48} {'ours':>12} {'reference':>12} {'ratio':>7}  {'budget':<16}")
    for result in results:
        print(result.row())
    broken = [r for r in results if not r.ok]
    print(f"\n{len(results) - len(broken)} within budget, {len(broken)} over")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
