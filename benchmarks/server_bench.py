"""Office-server budgets on a throw-away local cluster (run by ``benchmarks/run.py``; ``python
benchmarks/server_bench.py DECADE.sqlite3`` alone). The cluster runs durable (fsync and synchronous commits on,
as an office's server does), on its Unix socket.

Prints one JSON object, in seconds:
- the console's Enter → card saved and painted on the server (``console_bench.py URL``), and the server's bare
  INSERT + COMMIT as its reference;
- the round trips each of a desk's actions makes (``server_trips.py``; a count, not a time);
- a service action's p95 while 20 desks work at a person's pace (``tools/office_load.py``, every outcome counted,
  conflicts too), against the p95 of one desk alone on the same server at the same pace;
- ``list meetings --json`` on the decade demo office on the server and on the SQLite file, interleaved; and
  whether a new meeting could be added to the server's decade after the bulk load (its id sequences).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
LOAD_SECONDS = 20.0
PACE = 0.5  # a desk's pause between actions, on average: 20 desks at ~2 actions a second each


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _took(outcome: object) -> list[float]:
    return [seconds for kind, seconds in outcome.kinds]  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]
    from benchmarks import server_trips
    from tests.pgcluster import Cluster
    from tools import office_load

    sqlite_decade = Path(argv[0])
    figures: dict[str, object] = {}
    cluster = Cluster(durable=True).start()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        out = subprocess.run(
            [PY, ROOT / "benchmarks" / "console_bench.py", cluster.url(cluster.create_database())],
            check=True, capture_output=True, text=True, env=env,
        ).stdout  # fmt: skip
        console = json.loads(out.strip().splitlines()[-1])
        figures |= {"enter_median": console["capture_median"], "enter_p95": console["capture_p95"],
                    "server_commit": console["commit_median"]}  # fmt: skip

        trips_url = cluster.url(cluster.create_database())  # round trips per action (not noisy: a count)
        figures["round_trips"] = server_trips.measure(trips_url, office_load.prepare(trips_url), verbose=False)

        alone_url = cluster.url(cluster.create_database())
        alone = office_load.run(alone_url, clients=1, seconds=LOAD_SECONDS / 2, pace=PACE)
        busy_url = cluster.url(cluster.create_database())
        busy = office_load.run(busy_url, clients=20, seconds=LOAD_SECONDS, pace=PACE)
        figures |= {"action_p95_alone": p95(_took(alone)), "action_p95_20": p95(_took(busy)),
                    "action_median_20": statistics.median(_took(busy)), "actions_20": len(busy.kinds),
                    "conflicts_20": busy.conflicts, "clean_20": busy.clean}  # fmt: skip

        decade = cluster.url(cluster.create_database())
        started = time.perf_counter()
        subprocess.run([PY, "-m", "meetingdesk", "--db", decade, "demo", "--scale", "decade"], check=True,
                       capture_output=True, env=env)  # fmt: skip
        figures["decade_generated"] = time.perf_counter() - started
        figures["decade_new_meeting"] = _new_meeting(decade)
        server_list, sqlite_list = _interleaved(
            [PY, "-m", "meetingdesk", "--db", decade, "list", "meetings", "--json"],
            [PY, "-m", "meetingdesk", "--db", str(sqlite_decade), "list", "meetings", "--json"],
            runs=11,
        )
        figures |= {"list_server": server_list, "list_sqlite": sqlite_list}
    finally:
        cluster.stop()
    print(json.dumps(figures))
    return 0


def _new_meeting(url: str) -> bool:
    """A meeting, an item and a card added through the services after the bulk load: no id collides."""
    import datetime as dt

    from meetingdesk.services import meetings
    from meetingdesk.storage.database import open_database
    from meetingdesk.storage.models import Body

    db = open_database(url)
    with db.reading() as s:
        body = s.query(Body.id).order_by(Body.id).limit(1).scalar()
    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2027, 3, 3)))
    meetings.add_agenda_item(db, meeting, 4, "ทดสอบหลังสร้างข้อมูลสิบปี")
    db.close()
    return True


def _interleaved(a: list[object], b: list[object], runs: int) -> tuple[float, float]:
    """Medians of two commands run alternately, so background load hits both alike."""
    ta: list[float] = []
    tb: list[float] = []
    for argv in (a, b):  # one warm-up each
        subprocess.run([str(x) for x in argv], check=True, capture_output=True)
    for _ in range(runs):
        for argv, out in ((a, ta), (b, tb)):
            start = time.perf_counter()
            subprocess.run([str(x) for x in argv], check=True, capture_output=True)
            out.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
