"""The room, as the console's process runs it: the room's web server is a process of its own
(``room/child.py``, ``room/hub.py``) so that its Python work does not compete with the window for one
interpreter; this side starts and stops it and is the one writer of what phones send.

Why one writer here, not two processes writing: SQLite lets one writer in at a time, and a second writing
process brings back its busy-handler waits (up to 1.9 s for a console Enter, measured). So the room's process
reads the database itself (for the phones' snapshots; readers do not block the writer) and sends each write over
a pipe (``room/pipe.py``); a thread here commits what arrived while the last commit was on its way in one group,
answers the id or the refusal, and tells the window (``on_input``, on that thread) with the card as saved.

This side opens the listening sockets and hands them over, so the address is known (and a busy port refused)
at once, and turning joining on does not wait the ~0.6 s the room's process takes to import and open the
database: phones' connections wait in the sockets meanwhile. The room's process ends with ``stop()``, with this
process (its pipe closes), or by itself — then ``on_input`` hears ``RoomEvent("lost")`` and the console says
that joining stopped.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.room import turns
from meetingdesk.room.access import Limits, new_join_code, session_seen, session_token
from meetingdesk.room.desk import PhoneDesk
from meetingdesk.room.pipe import Pipe, receive, refusal
from meetingdesk.services.sessions.board import CardView

if TYPE_CHECKING:
    from meetingdesk.services import Database

log = logging.getLogger(__name__)
PREFERRED_PORT = 8765  # the short address stays the same from one meeting to the next when it is free
ACK_SECONDS = 0.5  # the longest the console waits for the room's process to hear of a change
STOP_SECONDS = 5  # … and this long to close every phone's connection before it is ended
FAILED = InvalidInput("บันทึกไม่ได้ ลองส่งอีกครั้ง", "Not saved; send it again.")
_children: set[subprocess.Popen[bytes]] = set()  # every room's process this program started and has not ended


@dataclass(frozen=True)
class RoomEvent:
    """What a phone did (``card``, ``dot``, ``signin``, ``survey``), the id of what it made, and for a dot the
    item it went on (``g12`` a group, ``c34`` a card). ``lost``: the room's process ended by itself."""

    kind: str
    id: int
    item: str = ""
    card: CardView | None = None  # a card as saved (the window shows it without reading it again)


@dataclass
class _Job:
    """A phone's write, from the room's process, waiting for the next group commit."""

    number: int
    kind: str  # "card" | "dot" | "signin" | "survey"
    payload: Any
    result: Any = None


def room_command() -> list[str]:
    """How the room's process is started: this Python with the module, or the frozen app with its argument."""
    from meetingdesk.room.child import ARGUMENT

    if getattr(sys, "frozen", False):
        return [sys.executable, ARGUMENT]
    return [sys.executable, "-m", "meetingdesk.room.child"]


def listen(hosts: tuple[str, ...], port: int | None) -> list[socket.socket]:
    """A listening socket on each address, all on one port: ``port``, or (None) the usual one when free, else
    any; ``OSError`` when it cannot be had."""
    candidates = [PREFERRED_PORT, 0] if port is None else [port]
    sockets: list[socket.socket] = []
    try:
        for host in hosts:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            for n, candidate in enumerate(candidates):
                try:
                    sockets.append(socket.create_server((host, candidate), family=family, backlog=64))
                    break
                except OSError:
                    if n == len(candidates) - 1:
                        raise
            candidates = [sockets[-1].getsockname()[1]]  # every address on the same port
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class Room:
    """Joining turned on for one session: ``start()`` listens and starts the room's process (without waiting for
    it: ``ready`` is set once it serves), ``stop()`` closes everything. ``on_input`` is called (on the writer's
    thread) after each phone action is committed; ``changed()`` tells the phones that the session moved on."""

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
        self.db = db
        self.desk = PhoneDesk(db, session_id, lang)
        self.session_id = session_id
        self.lang = lang
        self.hosts = hosts or ()
        self.port = port
        self.token = token or session_token(session_id)
        self.join_code = new_join_code()
        self.limits = limits or Limits()
        self.on_input = on_input
        self.seen = session_seen(session_id)  # a phone known before joining was turned off keeps its id (and dots)
        self.stopping = False
        self.lost = False  # the room's process ended by itself
        self._started = False
        self.child: subprocess.Popen[bytes] | None = None
        self._pipe: Pipe | None = None
        self._sockets: list[socket.socket] = []
        self.ready = threading.Event()  # set once the room's process serves phones
        self._acked = threading.Condition()  # the console's changes sent to the room's process, and heard
        self._sent = self._heard = 0
        self._jobs: list[_Job] = []
        self._jobs_ready = threading.Condition()
        self._free = threading.Event()  # cleared while the facilitator's own change is under way (``hold``)
        self._free.set()
        self._held_until = 0.0
        self._threads: list[threading.Thread] = []

    # --- life -------------------------------------------------------------------------------------------------

    def start(self) -> Room:
        """Listen (on the LAN address unless ``hosts`` were given; ``OSError`` when the port cannot be had) and
        hand the sockets to the room's process, started here; if it cannot serve, ``on_input`` hears ``lost``."""
        if not self.hosts:
            from meetingdesk.room.network import lan_address

            address = lan_address()
            if address is None:
                raise InvalidInput(
                    "ไม่พบเครือข่ายภายใน (Wi-Fi หรือสาย LAN) ต่อเครือข่ายเดียวกับโทรศัพท์ก่อน",
                    "No local network found (Wi-Fi or LAN): join the phones' network first.",
                )
            self.hosts = (address,)
        sockets = listen(self.hosts, self.port)  # the port is known, and a busy one refused, here and now
        self.port = sockets[0].getsockname()[1]
        try:
            child = subprocess.Popen(
                room_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=None if sys.stderr is not None else subprocess.DEVNULL,  # the window's own, when it has one
                pass_fds=() if sys.platform == "win32" else [sock.fileno() for sock in sockets],
                # on Windows: no console window, and a priority below the window's (room/child.py: NICER)
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
                | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),
            )
        except OSError:
            for sock in sockets:
                sock.close()
            raise
        assert child.stdin is not None and child.stdout is not None
        _children.add(child)
        self.child, self._pipe, self._sockets = child, Pipe(child.stdin), sockets
        if sys.platform == "win32":  # the listening sockets: shared with the new process …
            handed: list[Any] = [sock.share(child.pid) for sock in sockets]
        else:  # … or inherited
            handed = [sock.fileno() for sock in sockets]
        self._pipe.send(
            {
                "location": self.db.location,
                "session_id": self.session_id,
                "token": self.token,
                "join_code": self.join_code,
                "lang": self.lang,
                "limits": self.limits,
                "devices": set(self.seen.devices),
                "question_id": self.desk.question_id,
                "sockets": handed,
            }
        )
        self._started = True  # phones' connections wait in the sockets until the process serves them (~0.6 s)
        self._run(self._read, "room-pipe")
        self._run(self._write_groups, "room-writer")
        turns.room_started()  # the window's thread waits at most 1 ms for the writer's (room/turns.py)
        return self

    def _run(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        """Stop the room's process: it closes every connection (phones see the room end) and ends."""
        if self._started and not self.stopping:
            turns.room_stopped()
        self.stopping = True
        self._free.set()  # a held group is written now: everything phones were told is saved
        with self._jobs_ready:
            self._jobs_ready.notify_all()
        child, pipe = self.child, self._pipe
        if child is not None and pipe is not None:
            pipe.send(("stop",))
            try:
                child.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            pipe.close()
            _children.discard(child)
        self._close_sockets()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout=2)
        self._threads.clear()
        if child is not None and child.stdout is not None:
            child.stdout.close()

    def _close_sockets(self) -> None:
        """The listening sockets' copies here (the room's process has its own, or has ended)."""
        sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()

    @property
    def running(self) -> bool:
        return self.child is not None and not (self.stopping or self.lost) and self.child.poll() is None

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

    # --- changes, to the room's process ---------------------------------------------------------------------

    def changed(self) -> None:
        """The session changed (a stage, a reveal, a pause): every phone hears of it; returns once the room's
        process knows (a phone's next request sees the change; a pipe's round trip, well under a millisecond)."""
        self._tell_room(("changed",))

    def open_question(self, question_id: int | None) -> None:
        """The focus-group question phones may answer now (None: none)."""
        if self.desk.question_id != question_id:
            self.desk.question_id = question_id
            self._tell_room(("question", question_id))

    def _tell_room(self, message: tuple[Any, ...]) -> None:
        if self._pipe is None or not self.running:
            return
        with self._acked:
            self._sent += 1
            number = self._sent
        if self._pipe.send((*message, number)) and self.ready.is_set():  # before, the room reads it before serving
            with self._acked:
                self._acked.wait_for(lambda: self._heard >= number or not self.running, timeout=ACK_SECONDS)

    # --- from the room's process ----------------------------------------------------------------------------

    def _read(self) -> None:
        """What the room's process sends, until it ends (stopped, or by itself: then the window hears)."""
        child = self.child
        assert child is not None and child.stdout is not None
        while (message := receive(child.stdout)) is not None:
            if message[0] == "job":
                with self._jobs_ready:
                    self._jobs.append(_Job(message[1], message[2], message[3]))
                    self._jobs_ready.notify()
            elif message[0] == "device":
                self.seen.devices.add(message[1])
            elif message[0] == "heard":
                with self._acked:
                    self._heard = max(self._heard, message[1])
                    self._acked.notify_all()
            elif message[0] == "ready":
                self._close_sockets()
                self.ready.set()
            elif message[0] == "failed":
                log.error("room: the room's process could not start: %s", message[2])
        self._close_sockets()
        with self._acked:
            self._acked.notify_all()
        if self._started and not self.stopping:
            self.lost = True
            log.warning("room: the room's process ended by itself (exit code %s)", child.poll())
            self._tell(RoomEvent("lost", 0))

    # --- phones' writes, committed in groups ----------------------------------------------------------------

    def hold(self, seconds: float) -> None:
        """The facilitator's own change is under way: the phones' next group waits until ``release`` (at most
        ``seconds``), so the window's thread has the interpreter to itself meanwhile (the group is only larger)."""
        self._held_until = time.monotonic() + seconds
        self._free.clear()

    def release(self) -> None:
        self._free.set()

    def _write_groups(self) -> None:
        """The room's one writer: what phones sent while the last commit was on its way goes in the next one."""
        while True:
            with self._jobs_ready:
                self._jobs_ready.wait_for(lambda: bool(self._jobs) or self.stopping)
            if not self._free.is_set() and not self.stopping:  # the window's own change first; phones gather
                self._free.wait(max(0.0, self._held_until - time.monotonic()))
            with self._jobs_ready:
                jobs, self._jobs = self._jobs, []
            if self.stopping and not jobs:
                return
            try:
                for kind, write in (("card", self.desk.send_cards), ("dot", self.desk.cast_dots)):
                    mine = [job for job in jobs if job.kind == kind]
                    if mine:
                        for job, result in zip(mine, write([job.payload for job in mine]), strict=True):
                            job.result = result
                for job in jobs:
                    if job.kind in ("signin", "survey"):
                        job.result = self._one(job)
            except Exception as exc:  # a disk or database trouble: every phone in the group hears of it
                log.exception("room: writing a group failed")
                for job in jobs:
                    job.result = job.result if job.result is not None else exc
            for job in jobs:
                self._answer(job)

    def _one(self, job: _Job) -> Any:
        """A sign-in or a survey form: its own transaction; a refusal is its answer."""
        try:
            if job.kind == "signin":
                p = job.payload
                return self.desk.sign_in(p["person"], name=p["name"], position=p["position"], replaces=p["replaces"])
            device, scores, comment = job.payload
            if device in self.seen.surveyed:
                raise InvalidInput("ส่งแบบประเมินจากเครื่องนี้แล้ว", "This phone has sent its form.")
            self.seen.surveyed.add(device)
            try:
                return self.desk.submit_survey(scores, comment)
            except Exception:
                self.seen.surveyed.discard(device)
                raise
        except UserError as refused:
            return refused

    def _answer(self, job: _Job) -> None:
        """The window hears, then the phone (through the room's process): once a phone is told its card is
        saved, the console has it."""
        result = job.result
        if isinstance(result, UserError):
            reply: Any = refusal(result)
        elif isinstance(result, BaseException | None):
            reply = refusal(FAILED)
        else:
            reply = ("ok", result.id if isinstance(result, CardView) else int(result))
            if isinstance(result, CardView):
                self._tell(RoomEvent("card", result.id, card=result))
            else:
                self._tell(RoomEvent(job.kind, int(result), job.payload[1] if job.kind == "dot" else ""))
        if self._pipe is not None:
            self._pipe.send(("done", job.number, reply))

    def _tell(self, event: RoomEvent) -> None:
        if self.on_input is not None:
            try:
                self.on_input(event)
            except Exception:  # the window's trouble must not turn a saved action into an error for the phone
                log.exception("room: on_input failed for %s", event)


@atexit.register
def _end_children() -> None:
    """No room's process outlives this one (it would end anyway when its pipe closes; this is at once)."""
    for child in list(_children):
        with contextlib.suppress(OSError):
            child.kill()
