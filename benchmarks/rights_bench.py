"""What the server's rights cost (migration 0008_rights), on a throw-away local cluster (``tests/pgcluster.py``):

- a secretary's service actions (a meeting's place saved; a card added to a session on that body's agenda item),
  each checked by the guard triggers, against the same actions by the owner (who passes the guards first thing),
  interleaved in one run;
- the demo office built by the owner on a database with the rights against one left at ``0007_server``.

Run from the repository's root: ``.venv/bin/python -m benchmarks.rights_bench``. Prints medians in ms.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

ROUNDS = 200


def _median_ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    from tests.pgcluster import Cluster

    from meetingdesk.demo import build_demo
    from meetingdesk.services import rights
    from meetingdesk.services.meetings import update_meeting
    from meetingdesk.services.sessions import add_card
    from meetingdesk.storage.database import Database, Opened, open_database
    from meetingdesk.storage.migrate import upgrade
    from meetingdesk.storage.server import make_server_engine

    cluster = Cluster().start()
    try:
        old = cluster.create_database(name="at_0007")
        engine = make_server_engine(cluster.url(old))
        upgrade(engine, "0007_server")
        started = time.perf_counter()
        build_demo(Database(None, engine, read_only=False, opened=Opened(True, None, None), url=cluster.url(old)))
        demo_without = time.perf_counter() - started
        engine.dispose()
        name = cluster.create_database(name="rights")
        owner = open_database(cluster.url(name), create=True)
        started = time.perf_counter()
        build_demo(owner)
        demo_with = time.perf_counter() - started
        with owner.connection() as conn:  # an open session on a meeting's agenda item, and its body
            session_id, body_id = conn.exec_driver_sql(
                "SELECT id, meetingdesk_body_of_session(id) FROM technique_session"
                " WHERE status <> 'closed' AND agenda_item_id IS NOT NULL ORDER BY id LIMIT 1"
            ).one()
        bodies = sorted({"1", str(body_id)})
        rights.add_user(owner, "bench_secretary", "secretary", password="bench-password", bodies=bodies)
        secretary = open_database(f"postgresql://bench_secretary@/{name}?host={cluster.socket_dir}")
        n = [0]

        def place(db: Database) -> Callable[[], object]:
            def act() -> None:
                n[0] += 1
                update_meeting(db, 11, place=f"ห้องประชุม {n[0]}")

            return act

        def card(db: Database) -> Callable[[], object]:
            return lambda: add_card(db, session_id, "ความคิดเห็นจากการประชุม")

        for what, action in (("place saved", place), ("card added", card)):
            owner_ms, secretary_ms = [], []
            for _ in range(5):  # interleaved blocks: the two see the same server state and cache
                owner_ms.append(_median_ms(action(owner), ROUNDS // 5))
                secretary_ms.append(_median_ms(action(secretary), ROUNDS // 5))
            print(
                f"{what:<12} owner {statistics.median(owner_ms):6.2f} ms   "
                f"secretary (guarded) {statistics.median(secretary_ms):6.2f} ms"
            )
        print(f"demo office  at 0007_server {demo_without:5.1f} s   with 0008_rights (owner) {demo_with:5.1f} s")
        secretary.close()
        owner.close()
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
