"""The crash harness itself: it counts a missing acknowledged write as lost (so a green run means something)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tools import crashtest


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
