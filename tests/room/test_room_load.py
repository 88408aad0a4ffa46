"""The room under a bounded load on loopback (60 phones, 5 seconds: cards, then dots, while the facilitator
types): every request answered with a clear status, every card a phone was told is saved is in the database,
on the console and painted on the projector, and no participant's dots pass the cap. Timings are ``make
bench``'s (benchmarks/room_bench.py runs the full minute); none is asserted here."""

from __future__ import annotations

from pathlib import Path

from benchmarks.room_bench import run
from pytestqt.qtbot import QtBot


def test_sixty_phones_for_five_seconds(qtbot: QtBot, tmp_path: Path) -> None:
    result = run(seconds=5, phones=60, folder=tmp_path)
    assert set(result["statuses"]) <= {201, 409, 429}, result["statuses"]  # no 5xx, no dropped connection
    assert result["cards_sent"] > 0 and result["cards_painted"] == result["cards_sent"]
    assert result["cards_in_db"] == result["cards_sent"] + result["typed"] == result["cards_on_console"]
    assert 0 < result["dots_in_db"] <= 3 * 60  # three dots a phone, however often it asks
    assert result["statuses"][201] == result["cards_sent"] + result["dots_in_db"]
