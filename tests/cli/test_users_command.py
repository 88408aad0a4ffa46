"""``meetingdesk users``: an office server's people and rights from the command line, as its owner runs them —
the password read from standard input (a script's way; a terminal asks twice without echo), reaching the server
only as its SCRAM hash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg

from tests.conftest import ServerOffice

PASSWORD = "ห้องประชุม-2569"


def meetingdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingdesk", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def _listed(office: ServerOffice) -> dict[str, tuple[str, list[str]]]:
    done = meetingdesk("users", "list", "--json", "--db", office.url())
    assert done.returncode == 0, done.stderr
    return {u["name"]: (u["role"], u["bodies"]) for u in json.loads(done.stdout) if u["name"] in office.made}


def test_users_add_grant_revoke_list_remove(server_office: ServerOffice) -> None:
    name = f"somchai_{server_office.name}"
    server_office.made.append(name)
    url = server_office.url()
    added = meetingdesk("users", "add", name, "--role", "secretary", "--body", "1", "--db", url, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    assert _listed(server_office) == {name: ("secretary", ["บอร์ดบริหาร"])}
    with psycopg.connect(url) as conn:  # the superuser sees the stored password: a SCRAM verifier only
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$") and PASSWORD not in str(stored[0])

    granted = meetingdesk("users", "grant", name, "--body", "ผู้บริหารสถานศึกษา", "--db", url)
    assert granted.returncode == 0, granted.stderr
    assert _listed(server_office)[name] == ("secretary", ["บอร์ดบริหาร", "ผู้บริหารสถานศึกษา"])
    assert meetingdesk("users", "revoke", name, "--body", "1", "--db", url).returncode == 0
    assert _listed(server_office)[name] == ("secretary", ["ผู้บริหารสถานศึกษา"])

    again = meetingdesk("users", "add", name, "--role", "reader", "--db", url)  # exists: no password asked
    assert again.returncode == 0, again.stderr
    assert _listed(server_office)[name] == ("reader", ["ผู้บริหารสถานศึกษา"])

    removed = meetingdesk("users", "remove", name, "--db", url)
    assert removed.returncode == 0, removed.stderr
    assert _listed(server_office) == {}
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)).fetchone() == (0,)


def test_mistakes_are_one_line_and_exit_2(server_office: ServerOffice, tmp_path: Path) -> None:
    url = server_office.url()
    short = meetingdesk("users", "add", "newcomer", "--role", "reader", "--db", url, stdin="short\n")
    assert (short.returncode, short.stderr.count("\n")) == (2, 1)
    assert "8 ตัวอักษร" in short.stderr
    unknown_body = meetingdesk("users", "add", "newcomer", "--role", "secretary", "--body", "ไม่มี", "--db", url)
    assert unknown_body.returncode == 2 and "ไม่พบองค์คณะ ไม่มี" in unknown_body.stderr
    bad_name = meetingdesk("users", "add", "Robert'); DROP", "--role", "reader", "--db", url, stdin=PASSWORD)
    assert bad_name.returncode == 2 and "ชื่อผู้ใช้" in bad_name.stderr
    reader_with_body = meetingdesk("users", "add", "newcomer", "--role", "reader", "--body", "1", "--db", url)
    assert reader_with_body.returncode == 2 and "--body" in reader_with_body.stderr
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'newcomer'").fetchone() == (0,)
    demo = tmp_path / "office.sqlite3"
    assert meetingdesk("demo", "--db", str(demo)).returncode == 0
    on_file = meetingdesk("users", "list", "--db", str(demo))
    assert on_file.returncode == 2 and "เครื่องแม่ข่าย" in on_file.stderr


def test_only_the_owner_manages_users(server_office: ServerOffice) -> None:
    admin = server_office.login("admin")  # an admin edits rights (body_grant) but creates no sign-ins
    done = meetingdesk("users", "add", "newcomer", "--role", "reader", "--db", server_office.url(admin), stdin=PASSWORD)
    assert done.returncode == 2 and "ไม่มีสิทธิ์" in done.stderr, done.stderr
    secretary = server_office.login("secretary", (1,))
    done = meetingdesk("users", "grant", secretary, "--body", "6", "--db", server_office.url(secretary))
    assert done.returncode == 2 and "ไม่มีสิทธิ์" in done.stderr, done.stderr
    assert meetingdesk("users", "grant", secretary, "--body", "6", "--db", server_office.url(admin)).returncode == 0
