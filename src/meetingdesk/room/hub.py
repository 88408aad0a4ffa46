"""The room's web server, in the room's own process (``room/child.py``): the standard library's
``ThreadingHTTPServer`` listening only while joining is on, on the addresses given (the LAN address; loopback
in tests). Its Python work — parsing requests, the phones' streams, reading the session for their snapshots —
no longer competes with the console's window for one interpreter.

Every address but ``/`` (the short one, where the join code is typed) carries the session's random token.
Phones follow the session by server-sent events: each stream waits for a change and sends its phone the state
(rebuilt at most every ``REBUILD_SECONDS`` however many phones listen). The room reads the database itself
(readers do not block the writer); every write goes over the pipe to the console's process, the one writer
(``room/server.py``), and the phone's request waits for its answer. ``stop()`` closes every connection.
The routes and checks of one request are in ``room/http.py``.
"""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from meetingdesk.domain.errors import InvalidInput
from meetingdesk.resources import resource_path
from meetingdesk.room.access import Buckets, Limits
from meetingdesk.room.desk import PhoneDesk, Snapshot
from meetingdesk.room.pipe import raise_refusal

if TYPE_CHECKING:
    from meetingdesk.services import Database

REBUILD_SECONDS = 0.25  # the shared state is read again at most this often, however many phones listen
STREAM_SECONDS = 0.25  # one phone's stream sends at most this often (a stage change still arrives well within 1 s)
PAGES = {"": "index.html", "room.css": "room.css", "room.js": "room.js", "join": "join.html"}
ANSWER_SECONDS = 30  # a phone's write waits this long for the console's process to answer
TURNED_OFF = ("no", False, "การเข้าร่วมจากโทรศัพท์ปิดแล้ว", "Joining from phones has been turned off.")


@dataclass
class _Waiting:
    """A phone's write sent to the console's process; ``done`` is set once it is answered."""

    done: threading.Event = field(default_factory=threading.Event)
    reply: Any = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, sock: socket.socket, handler: type, room: Hub) -> None:
        self.room = room
        host, port = sock.getsockname()[:2]
        super().__init__((host, port), handler, bind_and_activate=False)
        self.socket.close()
        self.socket = sock  # already bound and listening
        self.server_address, self.server_name, self.server_port = (host, port), host, port

    def process_request(self, request: Any, client_address: Any) -> None:
        if self.room.connections() >= self.room.limits.max_streams:
            self.shutdown_request(request)  # more connections than a room has phones: refused at once
            return
        super().process_request(request, client_address)


class Hub:
    """One session's room, listening: ``start()`` listens, ``stop()`` closes everything. ``send`` carries a
    message to the console's process (``room/pipe.py``)."""

    def __init__(
        self,
        db: Database,
        session_id: int,
        *,
        send: Callable[[Any], bool],
        token: str,
        join_code: str,
        lang: str = "th",
        limits: Limits | None = None,
        devices: set[str] | None = None,
        question_id: int | None = None,
    ) -> None:
        self.desk = PhoneDesk(db, session_id, lang)
        self.desk.question_id = question_id
        self.session_id = session_id
        self.send = send
        self.lang = lang
        self.token = token
        self.join_code = join_code
        self.limits = limits or Limits()
        self.stopping = False
        self.ended = threading.Event()  # set by stop(): streams waiting out their interval end at once
        self.pages = {name: resource_path("room", file).read_bytes() for name, file in PAGES.items()}
        self.devices: set[str] = set(devices or ())  # a phone known before joining was turned off keeps its id
        self.actions = Buckets(self.limits.burst, self.limits.per_second)
        self.new_devices = Buckets(self.limits.devices_burst, self.limits.devices_per_second)
        self.join_tries = Buckets(self.limits.join_tries_burst, self.limits.join_tries_per_second)
        self.busy = threading.BoundedSemaphore(2)  # reads two at a time
        self.lock = threading.Lock()
        self._version = 0
        self._cond = threading.Condition()
        self._snapshot: tuple[Snapshot, int, float] | None = None
        self._build = threading.Lock()
        self._numbers = itertools.count(1)
        self._waiting: dict[int, _Waiting] = {}
        self._open: set[socket.socket] = set()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    # --- life -------------------------------------------------------------------------------------------------

    def start(self, sockets: list[socket.socket]) -> Hub:
        """Serve on the listening sockets the console's process opened (``room/server.py``): their port was
        known, and phones' connections waited in them, before this process was ready."""
        from meetingdesk.room.http import Handler

        for sock in sockets:
            server = _Server(sock, Handler, self)
            self._servers.append(server)
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"room-{sock.fileno()}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop listening and close every connection (phones see the room end); writes still waiting are
        refused."""
        self.stopping = True
        self.ended.set()
        with self._cond:
            self._cond.notify_all()
        with self.lock:
            waiting, self._waiting = list(self._waiting.values()), {}
        for job in waiting:
            job.reply = TURNED_OFF
            job.done.set()
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

    # --- connections and devices ----------------------------------------------------------------------------

    def opened(self, sock: socket.socket) -> None:
        with self.lock:
            self._open.add(sock)

    def closed(self, sock: socket.socket) -> None:
        with self.lock:
            self._open.discard(sock)

    def connections(self) -> int:
        with self.lock:
            return len(self._open)

    def known(self, device: str) -> bool:
        with self.lock:
            return device in self.devices

    def new_device(self, device: str) -> None:
        """A phone's new id: kept here, and by the console's process for the next time joining is turned on."""
        with self.lock:
            self.devices.add(device)
        self.send(("device", device))

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

    def read(self, action: Callable[..., Any], *args: Any) -> Any:
        """A read through the services (at most two at once)."""
        with self.busy:
            return action(*args)

    # --- writes, by the console's process -------------------------------------------------------------------

    def submit(self, kind: str, payload: Any) -> int:
        """A phone's write (``card`` its text, ``dot`` (participant, item), ``signin`` a dict, ``survey``
        (device, scores, comment)): sent to the console's process, which saves it with whatever else is waiting
        (one commit) and answers the id; a refusal raises the service's ``UserError``."""
        job = _Waiting()
        with self.lock:
            stopped = self.stopping
            if not stopped:
                number = next(self._numbers)
                self._waiting[number] = job
        if stopped or not self.send(("job", number, kind, payload)):
            raise_refusal(TURNED_OFF)
        if not job.done.wait(ANSWER_SECONDS) or job.reply is None:
            with self.lock:
                self._waiting.pop(number, None)
            raise InvalidInput("บันทึกไม่ทัน ลองส่งอีกครั้ง", "Not saved in time; send it again.")
        if job.reply[0] == "no":
            raise_refusal(job.reply)
        if kind == "dot":
            self.changed()  # what is left of the phone's dots, and the totals once revealed
        return int(job.reply[1])

    def answer(self, number: int, reply: Any) -> None:
        """The console's process answered a write: ``("ok", id)`` or a refusal (``room/pipe.py``)."""
        with self.lock:
            job = self._waiting.pop(number, None)
        if job is not None:
            job.reply = reply
            job.done.set()
