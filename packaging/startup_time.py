"""Start-up time of the frozen build against the source install (median of N runs, wall clock).

    python packaging/startup_time.py [--runs 10]

Three measures per program: ``--version`` (the command line's cost to start), and the desktop app from launch to
its first painted window and to the painted meetings list (offscreen; ``MEETINGDESK_BENCH_EXIT_WHEN_PAINTED`` =
``frame`` / ``list`` leaves at that paint), on the demo office in a temporary data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = {
    "source (.venv)": ROOT / ".venv" / "bin" / "meetingdesk",
    "frozen (dist)": ROOT / "dist" / "MeetingDesk" / "meetingdesk",
}


def wall(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp}
        data = str(Path(tmp) / "data")
        subprocess.run([str(PROGRAMS["source (.venv)"]), "demo", "--data-dir", data], env=env, check=True,
                       capture_output=True)  # fmt: skip
        frame = {**env, "MEETINGDESK_BENCH_EXIT_WHEN_PAINTED": "frame"}
        listed = {**env, "MEETINGDESK_BENCH_EXIT_WHEN_PAINTED": "list"}
        for name, exe in PROGRAMS.items():
            wall([str(exe), "--version"], env)  # warm the page cache
            version = [wall([str(exe), "--version"], env) for _ in range(args.runs)]
            window = [wall([str(exe), "--data-dir", data], frame) for _ in range(args.runs)]
            table = [wall([str(exe), "--data-dir", data], listed) for _ in range(args.runs)]
            print(f"{name:15} --version {statistics.median(version) * 1000:5.0f} ms   "
                  f"first window {statistics.median(window) * 1000:5.0f} ms   "
                  f"meetings listed {statistics.median(table) * 1000:5.0f} ms   (median of {args.runs})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
