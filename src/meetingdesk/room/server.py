"""The room's web server: the standard library's ``ThreadingHTTPServer`` on its own threads (never the GUI's),
listening only while joining is on, on the addresses given (the LAN address; loopback in tests).

Every address but ``/`` (the short one, where the join code is typed) carries the session's random token.
Phones follow the session by server-sent events: each stream waits for a change and sends its phone the state
(rebuilt at most every ``REBUILD_SECONDS`` however many phones listen). ``stop()`` closes every connection.
The routes and checks of one request are in ``room/http.py``.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.resources import resource_path
from meetingdesk.room.access import Buckets, Limits, new_join_code, session_seen, session_token
from meetingdesk.room.desk import PhoneDesk, Snapshot
from meetingdesk.services.sessions.board import CardView

if TYPE_CHECKING:
    from meetingdesk.services import Database

log = logging.getLogger(__name__)
REBUILD_SECONDS = 0.25  # the shared state is read again at most this often, however many phones listen
STREAM_SECONDS = 0.25  # one phone's stream sends at most this often (a stage change still arrives well within 1 s)
PAGES = {"": "index.html", "room.css": "room.css", "room.js": "room.js", "join": "join.html"}
PREFERRED_PORT = 8765  # the short address stays the same from one meeting to the next when it is free


@dataclass(frozen=True)
class RoomEvent:
    """What a phone did (``card``, ``dot``, ``signin``, ``survey``), the id of what it made, and for a dot the
    item it went on (``g12`` a group, ``c34`` a card)."""

    kind: str
    id: int
    item: str = ""
    card: CardView | None = None  # a card as saved (the window shows it without reading it again)


@dataclass
class _Job:
    """A phone's card or dot waiting for the next group commit; ``done`` is set once it is saved or refused."""

    kind: str  # "card" | "dot"
    payload: Any
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], handler: type, room: Room) -> None:
        self.room = room
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if self.room.connections() >= self.room.limits.max_streams:
            self.shutdown_request(request)  # more connections than a room has phones: refused at once
            return
        super().process_request(request, client_address)


class Room:
    """Joining turned on for one session: ``start()`` listens, ``stop()`` closes everything. ``on_input`` is
    called (on a server thread) after each phone action is committed; ``changed()`` tells the phones that the
    session moved on (from the console)."""

    def __init__(
        self,
        db: Database,
        session_id: int,
        *,
        lang: str = "th",
        hosts: tuple[str, ...] | None = None,
        port: int | None = None,
        token: str | None = None,
        limits: Limits | None = None,
        on_input: Callable[[RoomEvent], None] | None = None,
    ) -> None:
        self.desk = PhoneDesk(db, session_id, lang)
        self.session_id = session_id
        self.lang = lang
        self.hosts = hosts or ()
        self.port = port
        self.token = token or session_token(session_id)
        self.join_code = new_join_code()
        self.limits = limits or Limits()
        self.on_input = on_input
        self.stopping = False
        self.ended = threading.Event()  # set by stop(): streams waiting out their interval end at once
        self.pages = {name: resource_path("room", file).read_bytes() for name, file in PAGES.items()}
        seen = session_seen(session_id)  # a phone known before joining was turned off keeps its id (and dots)
        self.devices: set[str] = seen.devices
        self.surveyed: set[str] = seen.surveyed
        self.actions = Buckets(self.limits.burst, self.limits.per_second)
        self.new_devices = Buckets(self.limits.devices_burst, self.limits.devices_per_second)
        self.join_tries = Buckets(self.limits.join_tries_burst, self.limits.join_tries_per_second)
        # Phones' actions write one at a time (SQLite has one writer: the console then waits for one commit at
        # most, not for a queue of them); reads two at a time, leaving pooled connections for the window.
        self.writing = threading.Lock()
        self.busy = threading.BoundedSemaphore(2)
        self.lock = threading.Lock()
        self._version = 0
        self._cond = threading.Condition()
        self._snapshot: tuple[Snapshot, int, float] | None = None
        self._build = threading.Lock()
        self._jobs: list[_Job] = []
        self._jobs_ready = threading.Condition()
        self._open: set[socket.socket] = set()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    # --- life -------------------------------------------------------------------------------------------------

    def start(self) -> Room:
        """Listen (on the LAN address unless ``hosts`` were given); ``OSError`` when the port cannot be had."""
        from meetingdesk.room.http import Handler

        if not self.hosts:
            from meetingdesk.room.network import lan_address

            address = lan_address()
            if address is None:
                raise InvalidInput(
                    "ไม่พบเครือข่ายภายใน (Wi-Fi หรือสาย LAN) ต่อเครือข่ายเดียวกับโทรศัพท์ก่อน",
                    "No local network found (Wi-Fi or LAN): join the phones' network first.",
                )
            self.hosts = (address,)
        candidates = [PREFERRED_PORT, 0] if self.port is None else [self.port]  # None: the usual port if free
        for host in self.hosts:
            server = None
            for n, candidate in enumerate(candidates):
                try:
                    server = _Server((host, candidate), Handler, self)
                    break
                except OSError:
                    if n == len(candidates) - 1:
                        self.stop()
                        raise
            assert server is not None
            candidates = [server.server_address[1]]  # every address on the same port
            self._servers.append(server)
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"room-{host}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        writer = threading.Thread(target=self._write_groups, name="room-writer", daemon=True)
        writer.start()
        self._threads.append(writer)
        self.port = candidates[0]
        return self

    def stop(self) -> None:
        """Stop listening and close every connection (phones see the room end)."""
        self.stopping = True
        self.ended.set()
        with self._cond:
            self._cond.notify_all()
        with self._jobs_ready:
            self._jobs_ready.notify_all()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        with self.lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=2)
        self._servers.clear()
        self._threads.clear()

    @property
    def running(self) -> bool:
        return bool(self._servers) and not self.stopping

    def address(self) -> str:
        """The short address typed with the join code (``http://192.168.1.20:8765``)."""
        host = self.hosts[0]
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port or 0}"

    def url(self) -> str:
        """The join address with the token, for the QR code."""
        return f"{self.address()}/j/{self.token}/"

    def qr(self) -> tuple[tuple[bool, ...], ...]:
        """The join address as a QR code's modules (for the projector)."""
        from meetingdesk.room.qr import qr_matrix

        return qr_matrix(self.url())

    # --- connections ----------------------------------------------------------------------------------------

    def opened(self, sock: socket.socket) -> None:
        with self.lock:
            self._open.add(sock)

    def closed(self, sock: socket.socket) -> None:
        with self.lock:
            self._open.discard(sock)

    def connections(self) -> int:
        with self.lock:
            return len(self._open)

    # --- changes --------------------------------------------------------------------------------------------

    def changed(self) -> None:
        """The session changed (a stage, a reveal, a pause, a phone's dot): every phone hears of it."""
        with self._cond:
            self._version += 1
            self._cond.notify_all()

    def open_question(self, question_id: int | None) -> None:
        """The focus-group question phones may answer now (None: none)."""
        if self.desk.question_id != question_id:
            self.desk.question_id = question_id
            self.changed()

    def wait_change(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self._version != seen or self.stopping, timeout=timeout)
            return self._version

    def snapshot(self) -> tuple[Snapshot, int]:
        """The shared state and the change it reflects; read again when stale, at most every REBUILD_SECONDS."""
        with self._build:
            cached = self._snapshot
            if cached is not None and cached[1] == self._version:
                return cached[0], cached[1]
            if cached is not None and (wait := cached[2] + REBUILD_SECONDS - time.monotonic()) > 0:
                time.sleep(wait)
            version = self._version
            with self.busy:
                snapshot = self.desk.snapshot()
            self._snapshot = (snapshot, version, time.monotonic())
            return snapshot, version

    # --- phones' cards and dots, committed in groups --------------------------------------------------------

    def submit(self, kind: str, payload: Any) -> int:
        """A card (its text) or a dot ((participant, item)) from one phone: saved with whatever else is waiting
        (one commit), then its id; a refusal raises the service's ``UserError``."""
        job = _Job(kind, payload)
        with self._jobs_ready:
            if self.stopping:
                raise InvalidInput("การเข้าร่วมจากโทรศัพท์ปิดแล้ว", "Joining from phones has been turned off.")
            self._jobs.append(job)
            self._jobs_ready.notify()
        if not job.done.wait(30) or job.result is None:
            raise InvalidInput("บันทึกไม่ทัน ลองส่งอีกครั้ง", "Not saved in time; send it again.")
        if isinstance(job.result, BaseException):
            raise job.result
        if isinstance(job.result, CardView):
            self.done(RoomEvent(kind, job.result.id, card=job.result))
            return job.result.id
        self.done(RoomEvent(kind, int(job.result), payload[1]))
        return int(job.result)

    def _write_groups(self) -> None:
        """The room's one writer: what phones sent while the last commit was on its way goes in the next one."""
        while True:
            with self._jobs_ready:
                self._jobs_ready.wait_for(lambda: bool(self._jobs) or self.stopping)
                jobs, self._jobs = self._jobs, []
            if self.stopping and not jobs:
                return
            try:
                with self.writing:
                    for kind, write in (("card", self.desk.send_cards), ("dot", self.desk.cast_dots)):
                        mine = [job for job in jobs if job.kind == kind]
                        if mine:
                            for job, result in zip(mine, write([job.payload for job in mine]), strict=True):
                                job.result = result
            except Exception as exc:  # a disk or database trouble: every phone in the group hears of it
                log.exception("room: writing a group failed")
                for job in jobs:
                    job.result = job.result if job.result is not None else exc
            finally:
                for job in jobs:
                    job.done.set()

    def done(self, event: RoomEvent) -> None:
        """A phone's action is committed: the window hears of it; the phones only of a dot (the one thing of a
        phone's that shows on the others: what is left of its own dots, and the totals once revealed)."""
        if event.kind == "dot":
            self.changed()
        if self.on_input is not None:
            try:
                self.on_input(event)
            except Exception:  # the window's trouble must not turn a saved action into an error for the phone
                log.exception("room: on_input failed for %s", event)
