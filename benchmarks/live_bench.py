"""Live updates on an office server: client A changes an agenda item's summary, client B's listener hears it.
On a throw-away PostgreSQL cluster (``tests/pgcluster.py``: initdb + pg_ctl on a Unix socket), as the tests run.

Each sample is from the start of A's service call (its transaction, then the commit) to B's callback: an upper
bound of commit → heard. Prints one JSON line: median and p95 in seconds, the median of A's own call (start →
committed, the reference) and the count of samples.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(samples: int = 200) -> dict[str, float]:
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    from tests.pgcluster import Cluster
    from tests.services.helpers import new_meeting, small_office

    from meetingdesk.services import live, meetings
    from meetingdesk.storage.database import open_database

    cluster = Cluster().start()
    try:
        url = cluster.url(cluster.create_database())
        a = open_database(url, create=True)
        b = open_database(url)
        o = small_office(a)
        item = meetings.add_agenda_item(a, new_meeting(a, o.board, dt.date(2026, 1, 20)), 4, "ผลการนิเทศ")
        heard: queue.Queue[float] = queue.Queue()
        listener = live.listen(b, lambda h: heard.put(time.perf_counter()) if "agenda_item" in h.tables() else None)
        assert listener is not None and listener.connected.wait(10)
        times, writes = [], []
        for n in range(samples):
            start = time.perf_counter()
            meetings.update_agenda_item(a, item, summary=f"สรุปครั้งที่ {n}")
            writes.append(time.perf_counter() - start)
            times.append(heard.get(timeout=10) - start)
        listener.stop()
        a.close()
        b.close()
    finally:
        cluster.stop()
    return {
        "median": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "write_median": percentile(writes, 0.5),  # A's own call, start → committed: the reference
        "samples": len(times),
    }


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200)))
