"""The crash harness itself: it counts a missing acknowledged write as lost (so a green run means something)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from tools import crashtest

from tests.pgcluster import Cluster

SERVER_TRIALS = 5  # bounded for the suite; `python tools/crashtest.py --server --trials 50` is the longer form


def test_one_trial_loses_nothing_and_a_removed_card_is_counted(tmp_path: Path) -> None:
    # 12 attendance rows and the session come first: the kill clock starts once cards are being acknowledged,
    # however slow the machine is (a fixed delay killed a loaded machine's child before its first card).
    lost, writes, problems = crashtest.trial(0, 11, tmp_path, wait_for=20)
    assert (lost, problems) == (0, []) and writes >= 20
    path = tmp_path / "trial-0" / "crash.sqlite3"
    con = sqlite3.connect(path)
    card_id, text = con.execute("SELECT id, text FROM card ORDER BY id LIMIT 1").fetchone()
    con.execute("DELETE FROM card WHERE id = ?", (card_id,))
    con.commit()
    con.close()
    acked: list[dict[str, object]] = [{"kind": "card", "id": card_id, "text": text}]
    assert crashtest.verify(path, acked) == (1, [])


def test_kill_trials_on_the_server_lose_nothing_acknowledged(
    tmp_path: Path, pg_cluster: Cluster, pg_empty_template: str
) -> None:
    """The short form of ``python tools/crashtest.py --server``: a client doing acknowledged writes on the server
    is SIGKILLed at random moments; everything it acknowledged is on the server after, nothing half-written."""

    def new_server_db() -> str:
        return pg_cluster.url(pg_cluster.create_database(template=pg_empty_template))

    total = 0
    for number in range(SERVER_TRIALS):
        lost, writes, problems = crashtest.trial(number, 2569, tmp_path, wait_for=20, new_server_db=new_server_db)
        assert (lost, problems) == (0, [])
        total += writes
    assert total >= 20 * SERVER_TRIALS


def test_a_card_removed_on_the_server_is_counted_lost(pg_url: str) -> None:
    from sqlalchemy import text

    from meetingdesk.storage.server import make_server_engine

    location = crashtest.prepare(Path(tempfile.mkdtemp()), pg_url)
    acked: list[dict[str, object]] = [{"kind": "card", "id": 1, "text": "ไม่มีการ์ดนี้"}]
    assert crashtest.verify(location, acked) == (1, [])
    engine = make_server_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM card")).scalar() == 0
    engine.dispose()
