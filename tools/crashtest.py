"""``make crashtest``: kill a scripted meeting with SIGKILL at random moments and prove nothing acknowledged is lost.

A child process runs a meeting the way the app does it — attendance, cards typed at speed, groups, votes,
decisions, actions — through the services, one transaction per action, and prints an acknowledgement after each
committed write. The parent kills it at a random moment (seeded, reproducible), reopens the database, and checks
that every acknowledged write is there exactly as acknowledged, that nothing half-written is visible (each action
is whole or absent), and that ``PRAGMA integrity_check`` is ``ok``. It prints ``lost N of M acknowledged writes``
and exits non-zero on any loss.

With ``--server`` the same meeting runs against a throw-away PostgreSQL cluster (``tests/pgcluster.py``), each
trial on a new database: the client is killed, not the server, so what is checked is that a client's commit,
once acknowledged, is on the server, and that an action cut off mid-way left nothing of itself.

    python tools/crashtest.py --trials 500 --seed 2569
    python tools/crashtest.py --trials 50 --server
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def child(location: str, setup_file: Path, seed: int) -> None:
    """The scripted meeting: runs until killed, acknowledging each committed write on stdout."""
    from meetingdesk.domain.enums import AttendanceStatus, DecisionKind, Technique
    from meetingdesk.services import actions, meetings, sessions
    from meetingdesk.storage.database import open_database

    rng = random.Random(seed)
    db = open_database(location)
    setup = json.loads(setup_file.read_text())
    meeting, item, people = setup["meeting"], setup["item"], setup["people"]

    def ack(kind: str, ident: int, **data: object) -> None:
        sys.stdout.write(json.dumps({"kind": kind, "id": ident, **data}, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    for person in people:
        status = AttendanceStatus.PRESENT if rng.random() < 0.8 else AttendanceStatus.ABSENT
        ident = meetings.mark_attendance(
            db, meeting, person, status, reason="ติดราชการ" if status.value == "absent" else ""
        )
        ack("attendance", ident, person=person, status=status.value)
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item)
    sessions.step(db, sid)
    ack("session", sid)
    groups: list[int] = []
    cards: list[int] = []
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.6 or not cards:
            text = f"P{rng.randint(1, 9)}: ความคิดเห็นที่ {n} เรื่องการนิเทศโรงเรียนขนาดเล็ก"
            ident = sessions.add_card(db, sid, text)
            cards.append(ident)
            ack("card", ident, text=text.split(": ", 1)[1])
        elif roll < 0.68:
            ident = sessions.create_cluster(db, sid, f"กลุ่มที่ {len(groups) + 1}")
            groups.append(ident)
            ack("cluster", ident, name=f"กลุ่มที่ {len(groups)}")
        elif roll < 0.85 and groups:
            card, group = rng.choice(cards), rng.choice(groups)
            ack("intent", card, cluster=group)  # a move in flight may be committed before the kill, unannounced
            sessions.move_card(db, card, group)
            ack("move", card, cluster=group)
        elif roll < 0.93 and groups:
            sessions.hand_count(db, sid, cluster_id=rng.choice(groups), count=rng.randint(0, 20))
        else:
            decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, f"มติที่ {n}")
            ack("decision", decision, text=f"มติที่ {n}")
            action = actions.add_action(db, decision, f"ดำเนินการตามมติที่ {n}", owner_person_id=rng.choice(people),
                                        due_date=dt.date(2026, 12, 31))  # fmt: skip
            ack("action", action, decision=decision)


def prepare(folder: Path, url: str | None = None) -> str:
    """The office the meeting runs in: a new file in ``folder``, or the empty server database at ``url``;
    the ids the child needs go into ``folder/setup.json``."""
    from meetingdesk.domain.enums import BodyKind, MemberRole
    from meetingdesk.services import meetings, office, people
    from meetingdesk.storage.database import open_database

    location = url or str(folder / "crash.sqlite3")
    db = open_database(location, create=True)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2")
    body = people.add_body(db, "คณะกรรมการบริหาร", BodyKind.EXECUTIVE_BOARD)
    persons = [people.add_person(db, f"กรรมการ{i}", "ทดสอบ", prefix="นาย") for i in range(12)]
    for person in persons:
        people.add_member(db, body, person, MemberRole.MEMBER)
    meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 24)))
    item = meetings.add_agenda_item(db, meeting, 5, "พิจารณาแนวทางการนิเทศ")
    db.close()
    (folder / "setup.json").write_text(json.dumps({"meeting": meeting, "item": item, "people": persons}))
    return location


def _present(kind: str, ident: int, entry: dict[str, object], tables: dict[str, dict[int, Any]]) -> bool:
    """Is this acknowledged write in the database, exactly as acknowledged?"""
    if kind == "move":
        return ident in tables["card"]
    row = tables[kind].get(ident)
    if row is None:
        return kind == "session" and ident in tables["session"]
    if kind == "card":
        return bool(row.text == entry["text"])
    if kind == "cluster":
        return bool(row.name == entry["name"])
    if kind == "decision":
        return bool(row.text == entry["text"])
    if kind == "action":
        return bool(row.decision_id == entry["decision"])
    if kind == "attendance":
        return bool(row.status.value == entry["status"])
    return True


def verify(location: Path | str, acked: list[dict[str, object]]) -> tuple[int, list[str]]:
    """How many acknowledged writes are missing, and any other problem found in the reopened database."""
    from sqlalchemy import select

    from meetingdesk.storage import postgres, sqlite
    from meetingdesk.storage.database import open_database
    from meetingdesk.storage.models import Action, Attendance, Card, Cluster, Decision, TechniqueSession

    db = open_database(location)
    problems: list[str] = []
    lost = 0
    with db.reading() as s:
        problems += (postgres if db.on_server else sqlite).integrity_check(s.connection())
        cards = {c.id: c for c in s.scalars(select(Card))}
        clusters = {c.id: c for c in s.scalars(select(Cluster))}
        decisions = {d.id: d for d in s.scalars(select(Decision))}
        actions = {a.id: a for a in s.scalars(select(Action))}
        attendance = {a.id: a for a in s.scalars(select(Attendance))}
        sessions = {t.id for t in s.scalars(select(TechniqueSession))}
        tables = {"card": cards, "cluster": clusters, "decision": decisions, "action": actions,
                  "attendance": attendance, "session": dict.fromkeys(sessions)}  # fmt: skip
        last_move: dict[int, int] = {}
        in_flight = acked[-1] if acked and acked[-1]["kind"] == "intent" else None
        for entry in acked:
            if entry["kind"] == "intent":
                continue
            kind, ident = str(entry["kind"]), int(entry["id"])  # type: ignore[call-overload]
            lost += not _present(kind, ident, entry, tables)
            if kind == "move":
                last_move[ident] = int(entry["cluster"])  # type: ignore[call-overload]
        for card, cluster in last_move.items():  # the last acknowledged move is where the card is
            allowed = {cluster}
            if in_flight is not None and int(in_flight["id"]) == card:  # type: ignore[call-overload]
                allowed.add(int(in_flight["cluster"]))  # type: ignore[call-overload]
            if card in cards and cards[card].cluster_id not in allowed:
                lost += 1
        for action in actions.values():  # nothing half-written: an action always has its decision
            if action.decision_id not in decisions:
                problems.append(f"action {action.id} without its decision")
    db.close()
    return lost, problems


def trial(
    number: int, seed: int, folder: Path, *, wait_for: int = 1, new_server_db: Callable[[], str] | None = None
) -> tuple[int, int, list[str]]:
    """One kill trial. The random delay starts once ``wait_for`` writes are acknowledged, not at a fixed time,
    so a slow or busy machine moves the kill later instead of killing before the meeting has begun.
    ``new_server_db``: the trial runs on the empty server database whose URL it returns."""
    work = folder / f"trial-{number}"
    work.mkdir()
    location = prepare(work, new_server_db() if new_server_db else None)
    rng = random.Random(seed * 1000 + number)
    delay = rng.uniform(0.0, 1.0)
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", location, "--setup", str(work / "setup.json"),
         "--seed", str(seed * 1000 + number)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in iter(proc.stdout.readline, ""):
            lines.append(line)
            if len(lines) >= wait_for:
                started.set()
        started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started.wait(timeout=120)  # the random moment falls within the meeting, not in Python's start-up
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)  # whatever it was doing
    proc.wait()
    reader.join(timeout=10)  # what it printed before it died is still in the pipe: those were acknowledged too
    error = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if "Traceback" in error:
        return 0, 0, [f"trial {number}: the child failed: {error.strip().splitlines()[-1]}"]
    acked: list[dict[str, object]] = []
    for line in lines:
        if line.endswith("\n"):  # a line cut by the kill was never a complete acknowledgement
            acked.append(json.loads(line))
    lost, problems = verify(location, acked)
    writes = sum(1 for a in acked if a["kind"] != "intent")
    return lost, writes, [f"trial {number}: {p}" for p in problems]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2569)
    parser.add_argument("--server", action="store_true", help="on a throw-away PostgreSQL cluster")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--setup", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.setup, args.seed)
        return 0
    if args.server:
        sys.path.insert(0, str(ROOT))
        from tests.pgcluster import Cluster

        from meetingdesk.storage.database import open_database

        cluster = Cluster().start()
        try:
            template = cluster.create_database(name="empty_template")
            open_database(cluster.url(template), create=True).close()  # migrated once; each trial gets a copy
            return _trials(args, lambda: cluster.url(cluster.create_database(template=template)))
        finally:
            cluster.stop()
    return _trials(args, None)


def _trials(args: argparse.Namespace, new_server_db: Callable[[], str] | None) -> int:
    folder = Path(tempfile.mkdtemp(prefix="meetingdesk-crashtest-"))
    total_lost = total = 0
    problems: list[str] = []
    started = time.perf_counter()
    for number in range(args.trials):
        lost, acked, found = trial(number, args.seed, folder, new_server_db=new_server_db)
        total_lost += lost
        total += acked
        problems += found
        if (number + 1) % 50 == 0:
            print(f"{number + 1} trials, {total} acknowledged writes so far", file=sys.stderr)
    where = " on the server" if new_server_db else ""
    print(f"lost {total_lost} of {total} acknowledged writes in {args.trials} kill trials{where} "
          f"(seed {args.seed}, {time.perf_counter() - started:.0f} s)")  # fmt: skip
    for problem in problems:
        print(problem)
    if total_lost == 0 and not problems:
        import shutil

        shutil.rmtree(folder)
        return 0
    print(f"databases kept in {folder}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
