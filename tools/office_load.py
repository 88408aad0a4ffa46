"""Many desks on one office server at once: client processes doing a secretary's or a planner's actions through
the services — the record's fields of the same few meetings, actions added and progressed, attendance — for a
bounded time, each acknowledging every committed write (and every refusal) on stdout.

Then the end state is checked against what was acknowledged, with the audit trail as the order of events:

- lost updates: an acknowledged edit of a field that is neither in the end state nor followed (in the row's
  versions) by another change of that field; an acknowledged action, progress report or attendance mark missing;
- silent overwrites: an acknowledged edit made on version R and written as version V, while some version
  between R and V changed the same field (its writer's change replaced without being seen); a status change of
  an action whose "old" value is not the status the previous version left;
- ``meetingdesk check`` on the database after.

    python tools/office_load.py --clients 20 --seconds 20       # on a throw-away cluster
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("background", "discussion", "summary")
MEETINGS = 3
ITEMS_PER_MEETING = 2
PEOPLE = 8


def prepare(url: str) -> dict[str, Any]:
    """The shared office: meetings with items, a decision each with an action, people on the body's roster."""
    import datetime as dt

    from meetingdesk.domain.enums import BodyKind, DecisionKind, MemberRole
    from meetingdesk.services import actions, meetings, office, people
    from meetingdesk.storage.database import open_database

    db = open_database(url, create=True)
    office.create_office(db, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1")
    body = people.add_body(db, "คณะกรรมการบริหาร", BodyKind.EXECUTIVE_BOARD)
    persons = [people.add_person(db, f"กรรมการ{i}", "ทดสอบ", prefix="นาย") for i in range(PEOPLE)]
    for person in persons:
        people.add_member(db, body, person, MemberRole.MEMBER)
    setup: dict[str, Any] = {"meetings": [], "items": [], "decisions": [], "actions": [], "people": persons}
    for n in range(MEETINGS):
        meeting = meetings.create_meeting(db, meetings.NewMeeting(body_id=body, date=dt.date(2026, 11, 2 + 7 * n)))
        setup["meetings"].append(meeting)
        for k in range(ITEMS_PER_MEETING):
            item = meetings.add_agenda_item(db, meeting, 4, f"เรื่องที่ {n}.{k}")
            setup["items"].append(item)
            decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, f"มติ {n}.{k}")
            setup["decisions"].append(decision)
            setup["actions"].append(actions.add_action(db, decision, f"ดำเนินการ {n}.{k}", owner_person_id=persons[0]))
    db.close()
    return setup


def client(url: str, setup: dict[str, Any], number: int, seconds: float, pace: float = 0.0) -> None:
    """One desk: waits for "go" on stdin, then acts until the time is up; one JSON line per outcome. ``pace``:
    a person's pause between actions, on average (0: as fast as the server answers)."""
    import datetime as dt

    from meetingdesk.domain.enums import ActionStatus, AttendanceStatus
    from meetingdesk.domain.errors import EditConflict, UserError
    from meetingdesk.services import actions, meetings
    from meetingdesk.services.meeting_view import record_item
    from meetingdesk.storage.database import open_database

    rng = random.Random(number)
    db = open_database(url)
    db.user  # noqa: B018  (signed in before the clock starts)
    record_item(db, setup["items"][0])  # the mappers configured and the queries compiled, as a desk open a while
    role = "secretary" if number % 2 else "planner"

    def say(kind: str, took: float = 0.0, **data: Any) -> None:
        sys.stdout.write(json.dumps({"kind": kind, "client": number, "took": took, **data}, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    say("ready")
    sys.stdin.readline()
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        if pace:
            time.sleep(rng.uniform(0.5 * pace, 1.5 * pace))
        n += 1
        tag = f"c{number}-{n}"
        roll = rng.random()
        started = time.perf_counter()
        try:
            if (role == "secretary" and roll < 0.7) or roll < 0.3:
                item, name = rng.choice(setup["items"]), rng.choice(FIELDS)
                seen = record_item(db, item).version  # the desk opens the item; the save is what is timed
                started = time.perf_counter()
                value = f"{name} {tag} บันทึกโดยเครื่องที่ {number}"
                version = meetings.update_agenda_item(db, item, expected_version=seen, **{name: value})
                took = time.perf_counter() - started
                say("edit", took, item=item, field=name, value=value, read=seen, version=version)
            elif roll < 0.8:
                meeting, person = rng.choice(setup["meetings"]), rng.choice(setup["people"])
                status = rng.choice((AttendanceStatus.PRESENT, AttendanceStatus.ABSENT))
                ident = meetings.mark_attendance(db, meeting, person, status, reason="ติดราชการ")
                say("attendance", time.perf_counter() - started, id=ident, meeting=meeting, person=person,
                    status=status.value)  # fmt: skip
            elif roll < 0.9:
                decision = rng.choice(setup["decisions"])
                title = f"งาน {tag}"
                ident = actions.add_action(db, decision, title, owner_person_id=setup["people"][0])
                say("action", time.perf_counter() - started, id=ident, title=title)
            else:
                action = rng.choice(setup["actions"])
                status = rng.choice((ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.NOT_STARTED))
                ident = actions.update_action(db, action, status=status, note=tag, on=dt.date(2026, 11, 27))
                say("progress", time.perf_counter() - started, id=ident, action=action, note=tag)
        except EditConflict:
            say("conflict", time.perf_counter() - started)
        except UserError as exc:
            say("refused", time.perf_counter() - started, message=exc.en)
    db.close()


@dataclass
class Outcome:
    acknowledged: int = 0
    conflicts: int = 0
    refused: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    overwritten: list[str] = field(default_factory=list)
    check: str = ""
    took: list[float] = field(default_factory=list)  # seconds per acknowledged action, every client
    kinds: list[tuple[str, float]] = field(default_factory=list)  # (kind, seconds) of every outcome
    errors: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.lost or self.overwritten or self.check or self.errors or self.refused)


def _start(url: str, setup_json: str, number: int, seconds: float, pace: float) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, "--client", str(number), "--url", url, "--setup", setup_json]
    return subprocess.Popen(
        [*command, "--seconds", str(seconds), "--pace", str(pace)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def run(url: str, *, clients: int = 20, seconds: float = 10.0, pace: float = 0.0, setup: Any = None) -> Outcome:
    """Start the clients, let them all go at once, wait, and check the end state (``setup``: the office of an
    earlier ``prepare``)."""
    setup = setup or prepare(url)
    setup_json = json.dumps(setup)
    procs = [_start(url, setup_json, number, seconds, pace) for number in range(clients)]
    for proc in procs:  # every desk signed in before any starts: the load is all of them at once
        assert proc.stdout is not None
        proc.stdout.readline()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outcome = Outcome()
    said: list[dict[str, Any]] = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            outcome.errors.append(err.strip()[-1500:] or f"exit {proc.returncode}")
        said += [json.loads(line) for line in out.splitlines() if line.endswith("}")]
    for entry in said:
        outcome.kinds.append((entry["kind"], entry["took"]))
        if entry["kind"] == "conflict":
            outcome.conflicts += 1
        elif entry["kind"] == "refused":
            outcome.refused.append(entry["message"])
        else:
            outcome.acknowledged += 1
            outcome.took.append(entry["took"])
    verify(url, said, outcome)
    return outcome


def verify(url: str, said: list[dict[str, Any]], outcome: Outcome) -> None:
    """Lost updates and silent overwrites, per the audit trail; then ``meetingdesk check``."""
    from sqlalchemy import select

    from meetingdesk.storage.database import open_database
    from meetingdesk.storage.models import Action, ActionUpdate, AgendaItem, Attendance, AuditEntry

    db = open_database(url, read_only=True)
    with db.reading() as s:
        trail: dict[tuple[str, int], list[tuple[int, dict[str, list[Any]]]]] = defaultdict(list)
        for entry in s.scalars(select(AuditEntry).order_by(AuditEntry.version)):
            trail[(entry.table_name, entry.row_id)].append((entry.version, json.loads(entry.fields)))
        items = {i.id: i for i in s.scalars(select(AgendaItem))}
        action_rows = {a.id: a for a in s.scalars(select(Action))}
        updates = {u.id: u for u in s.scalars(select(ActionUpdate))}
        attendance = {a.id: a for a in s.scalars(select(Attendance))}
    db.close()
    marks: dict[tuple[int, int], set[str]] = defaultdict(set)
    for entry in said:
        if entry["kind"] == "attendance":
            marks[(entry["meeting"], entry["person"])].add(entry["status"])
    rows = {(a.meeting_id, a.person_id): a for a in attendance.values()}
    for entry in said:
        kind = entry["kind"]
        if kind == "edit":
            _check_edit(entry, items, trail[("agenda_item", entry["item"])], outcome)
        elif kind == "action" and getattr(action_rows.get(entry["id"]), "title", None) != entry["title"]:
            outcome.lost.append(f"action {entry['id']} ({entry['title']})")
        elif kind == "progress" and getattr(updates.get(entry["id"]), "note", None) != entry["note"]:
            outcome.lost.append(f"progress {entry['id']} ({entry['note']})")
        elif kind == "attendance":
            row = rows.get((entry["meeting"], entry["person"]))
            if row is None or row.status.value not in marks[(entry["meeting"], entry["person"])]:
                outcome.lost.append(f"attendance of {entry['person']} at {entry['meeting']}")
    for (table, row_id), versions in trail.items():  # each status change made knowing the status before it
        if table != "action":
            continue
        status = None
        for _version, fields in versions:
            if "status" in fields:
                old, new = fields["status"]
                if status is not None and old != status:
                    outcome.overwritten.append(f"action {row_id}: status {status} replaced as if it were {old}")
                status = new
    result = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "--db", url, "check"], capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode != 0:
        outcome.check = (result.stdout + result.stderr).strip()


def _check_edit(
    entry: dict[str, Any], items: dict[int, Any], versions: list[tuple[int, dict[str, list[Any]]]], outcome: Outcome
) -> None:
    name, value, read, written = entry["field"], entry["value"], entry["read"], entry["version"]
    mine = [fields for version, fields in versions if version == written]
    if not mine or mine[0].get(name, [None, None])[1] != value:
        outcome.lost.append(f"item {entry['item']} {name} v{written}: not in the audit trail")
        return
    later = [v for v, fields in versions if v > written and name in fields]
    if not later and getattr(items[entry["item"]], name) != value:
        outcome.lost.append(f"item {entry['item']} {name} v{written}: neither kept nor superseded")
    unseen = [v for v, fields in versions if read < v < written and name in fields]
    if unseen:
        outcome.overwritten.append(f"item {entry['item']} {name}: v{written} (made on v{read}) replaced v{unseen}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pace", type=float, default=0.0, help="seconds between one desk's actions, on average")
    parser.add_argument("--client", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--setup", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client is not None:
        client(args.url, json.loads(args.setup), args.client, args.seconds, args.pace)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.pgcluster import Cluster

    cluster = Cluster().start()
    try:
        url = cluster.url(cluster.create_database())
        outcome = run(url, clients=args.clients, seconds=args.seconds, pace=args.pace)
    finally:
        cluster.stop()
    took = sorted(outcome.took)
    p95 = took[int(0.95 * (len(took) - 1))] * 1000 if took else 0.0
    print(
        f"{args.clients} clients, {args.seconds:.0f} s: {outcome.acknowledged} acknowledged writes, "
        f"{outcome.conflicts} conflicts refused, lost {len(outcome.lost)}, silently overwritten "
        f"{len(outcome.overwritten)}, check {'clean' if not outcome.check else 'NOT clean'}; p95 {p95:.1f} ms"
    )
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, seconds in outcome.kinds:
        by_kind[kind].append(seconds * 1000)
    for kind, values in sorted(by_kind.items()):
        values.sort()
        print(f"  {kind}: {len(values)}, median {values[len(values) // 2]:.1f} ms, "
              f"p95 {values[int(0.95 * (len(values) - 1))]:.1f} ms")  # fmt: skip
    for line in (*outcome.lost, *outcome.overwritten, *outcome.errors, *outcome.refused[:10], outcome.check):
        if line:
            print(line)
    return 0 if outcome.clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
