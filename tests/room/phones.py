"""A phone as the room's server sees it: an HTTP client with its own cookie (its device), on loopback."""

from __future__ import annotations

import datetime as dt
import http.cookiejar
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from meetingdesk.domain.enums import Technique
from meetingdesk.services import meetings, sessions
from meetingdesk.storage.database import Database
from tests.services.helpers import new_meeting, small_office


@dataclass
class Reply:
    status: int
    body: Any


class Phone:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str = "state") -> Reply:
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path: str, body: Any, *, raw: bytes | None = None) -> Reply:
        data = raw if raw is not None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={"Content-Type": "application/json"})
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> Reply:
        try:
            with self.opener.open(request, timeout=10) as response:
                raw = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            raw, status = error.read(), error.code
        try:
            return Reply(status, json.loads(raw))
        except ValueError:
            return Reply(status, raw)


def brainstorm_on_a_meeting(db: Database) -> tuple[int, int]:
    """A small office's meeting with a brainstorm on its first item, at the generate stage: (session, meeting)."""
    office = small_office(db)
    meeting = new_meeting(db, office.board, dt.date(2026, 11, 24))
    item = meetings.add_agenda_item(db, meeting, 4, "ลดภาระงานครู")
    session = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item, title="ลดภาระงานครู")
    sessions.step(db, session)
    return session, meeting
