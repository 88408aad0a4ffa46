"""One request to the room: its route, the checks every request passes (token, size, rate, device), and a clear
status when one fails — 400 bad input, 403 no or wrong token or device, 404 nothing there, 405 wrong method,
409 a rule of the session refused it (in the session's language), 413 too large, 429 too often. A refused
request has written nothing."""

from __future__ import annotations

import contextlib
import json
import secrets
from html import escape
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from meetingdesk.domain.errors import NotFound, UserError
from meetingdesk.room.access import device_code, same
from meetingdesk.room.hub import STREAM_SECONDS

if TYPE_CHECKING:
    from meetingdesk.room.hub import Hub, _Server

TYPES = {
    "": "text/html; charset=utf-8",
    "join": "text/html; charset=utf-8",
    "room.css": "text/css; charset=utf-8",
    "room.js": "text/javascript; charset=utf-8",
}
HEARTBEAT_SECONDS = 15
COOKIE = "md_dev"


class Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str = "") -> None:
        super().__init__(message or status.phrase)
        self.status = status
        self.message = message or status.phrase


class Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # a phone that opens a connection and sends nothing is let go
    server_version = "MeetingDesk"
    sys_version = ""

    @property
    def room(self) -> Hub:
        return self.server.room

    def setup(self) -> None:
        super().setup()
        self.room.opened(self.connection)
        self._cookie: str | None = None

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.room.closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # nothing about a phone is written to the terminal

    # --- routing --------------------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        try:
            self._route(method, urlsplit(self.path).path)
        except Refused as refused:
            self._json({"error": refused.message}, refused.status)
        except NotFound as exc:
            self._json({"error": exc.message(self.room.lang)}, HTTPStatus.NOT_FOUND)
        except UserError as exc:
            self._json({"error": exc.message(self.room.lang)}, HTTPStatus.CONFLICT)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _route(self, method: str, path: str) -> None:
        if self.room.stopping:
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE)
        if path in ("/", "/room.css"):  # the short address's page and its style: nothing of the session
            self._only(method, "GET")
            return self._page("join" if path == "/" else "room.css")
        if path == "/join":
            self._only(method, "POST")
            return self._join()
        if path == "/favicon.ico":  # every browser asks; no icon (nothing more to load on a weak Wi-Fi)
            self._only(method, "GET")
            return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        parts = path.split("/")
        if len(parts) < 3 or parts[1] != "j":
            raise Refused(HTTPStatus.NOT_FOUND)
        if not same(parts[2], self.room.token):
            raise Refused(HTTPStatus.FORBIDDEN, self._say("ลิงก์นี้ใช้ไม่ได้แล้ว", "This link no longer works."))
        if len(parts) == 3:  # /j/<token> → /j/<token>/ (the page's own addresses are relative)
            return self._redirect(path + "/")
        rest = "/".join(parts[3:])
        routes = {
            ("GET", ""): lambda: self._page(""),
            ("GET", "room.css"): lambda: self._page("room.css"),
            ("GET", "room.js"): lambda: self._page("room.js"),
            ("GET", "state"): self._state,
            ("GET", "events"): self._events,
            ("GET", "members"): lambda: self._json({"members": self.room.read(self.room.desk.members)}),
            ("GET", "survey"): lambda: self._json({"items": self.room.read(self.room.desk.survey_items)}),
            ("POST", "card"): self._card,
            ("POST", "dot"): self._dot,
            ("POST", "signin"): self._sign_in,
            ("POST", "survey"): self._survey,
        }
        action = routes.get((method, rest))
        if action is None:
            if any(route == rest for _m, route in routes):
                raise Refused(HTTPStatus.METHOD_NOT_ALLOWED)
            raise Refused(HTTPStatus.NOT_FOUND)
        action()

    def _only(self, method: str, allowed: str) -> None:
        if method != allowed:
            raise Refused(HTTPStatus.METHOD_NOT_ALLOWED)

    def _say(self, th: str, en: str) -> str:
        return en if self.room.lang == "en" else th

    # --- the device -----------------------------------------------------------------------------------------

    def _device(self, *, make: bool) -> str:
        """The phone's id from its cookie; a new one (rate-limited per address) when ``make``, else refused."""
        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            jar = SimpleCookie()
        device = jar[COOKIE].value if COOKIE in jar else ""
        if self.room.known(device):
            return device
        if not make:
            raise Refused(HTTPStatus.FORBIDDEN, self._say("เปิดหน้าเข้าร่วมใหม่อีกครั้ง", "Open the join page again."))
        if not self.room.new_devices.take(self.client_address[0]):
            raise Refused(HTTPStatus.TOO_MANY_REQUESTS)
        device = secrets.token_urlsafe(16)
        self.room.new_device(device)
        self._cookie = f"{COOKIE}={device}; Path=/j/{self.room.token}/; HttpOnly; SameSite=Strict; Max-Age=86400"
        return device

    def _acting(self) -> tuple[str, dict[str, Any]]:
        """A phone's action: a known device, within its rate, with a small JSON body."""
        device = self._device(make=False)
        if not self.room.actions.take(device):
            raise Refused(HTTPStatus.TOO_MANY_REQUESTS, self._say("ส่งถี่เกินไป รอสักครู่", "Too fast; wait a moment."))
        return device, self._body()

    def _body(self) -> dict[str, Any]:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(HTTPStatus.LENGTH_REQUIRED) from None
        if length < 0:
            raise Refused(HTTPStatus.BAD_REQUEST)
        if length > self.room.limits.max_body:
            self.close_connection = True  # the rest is not read
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, self._say("ข้อความยาวเกินไป", "Too long."))
        raw = self.rfile.read(length)
        if self.path.endswith("/join"):
            return {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise Refused(HTTPStatus.BAD_REQUEST) from None
        if not isinstance(body, dict):
            raise Refused(HTTPStatus.BAD_REQUEST)
        return body

    # --- pages and state ------------------------------------------------------------------------------------

    def _page(self, name: str) -> None:
        if name == "":
            self._device(make=True)
        self._send(HTTPStatus.OK, self.room.pages[name], TYPES[name])

    def _join(self) -> None:
        if not self.room.join_tries.take(self.client_address[0]):
            tried = self._say("ลองหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่", "Too many tries: wait a moment, then try again.")
            return self._join_again(HTTPStatus.TOO_MANY_REQUESTS, tried)
        code = str(self._body().get("code", "")).strip()
        if not same(code, self.room.join_code):
            wrong = self._say("รหัสเข้าร่วมไม่ถูกต้อง กรุณาดูรหัสบนจอแล้วลองอีกครั้ง", "Wrong code: check the screen, try again.")
            return self._join_again(HTTPStatus.FORBIDDEN, wrong)
        self._redirect(f"/j/{self.room.token}/")

    def _join_again(self, status: HTTPStatus, said: str) -> None:
        """The join page again with what was wrong: a phone's browser shows a page it can go on from, never the
        raw answer a script would read (the walk found ``{"error": …}`` on a phone)."""
        note = f'<p class="message" role="alert">{escape(said)}</p>'.encode()
        self._send(status, self.room.pages["join"].replace(b"<!--said-->", note), TYPES["join"])

    def _state(self) -> None:
        device = self._device(make=True)
        snapshot, _version = self.room.snapshot()
        self._json(snapshot.for_device(device_code(device)))

    def _events(self) -> None:
        """Server-sent events: the phone's state now, then again whenever it changes, until the room stops."""
        code = device_code(self._device(make=True))
        self.send_response(HTTPStatus.OK)
        self._headers("text/event-stream; charset=utf-8")
        self.end_headers()
        self.close_connection = True
        last, seen = "", -1
        self.connection.settimeout(HEARTBEAT_SECONDS * 2)
        while True:
            current = self.room.wait_change(seen, HEARTBEAT_SECONDS if seen >= 0 else 0)
            if self.room.stopping:  # joining turned off, the session ended: the phone's connection closes
                break
            if current == seen:
                self.wfile.write(b": still here\n\n")  # a quiet room: keep the connection open through Wi-Fi
            else:
                snapshot, seen = self.room.snapshot()
                payload = json.dumps(snapshot.for_device(code), ensure_ascii=False)
                if payload != last:
                    self.wfile.write(f"data: {payload}\n\n".encode())
                    last = payload
            self.wfile.flush()
            if self.room.ended.wait(STREAM_SECONDS):  # a busy room: changes are gathered, not sent one by one
                break
        with contextlib.suppress(OSError):  # the page hears that joining is off (not a Wi-Fi hiccup) at once
            self.wfile.write(b"event: ended\ndata: {}\n\n")
            self.wfile.flush()

    # --- actions --------------------------------------------------------------------------------------------

    def _card(self) -> None:
        _device, body = self._acting()
        text = body.get("text")
        if not isinstance(text, str):
            raise Refused(HTTPStatus.BAD_REQUEST)
        card_id = self.room.submit("card", text)
        self._json({"ok": True, "id": card_id}, HTTPStatus.CREATED)

    def _dot(self) -> None:
        device, body = self._acting()
        key = body.get("item")
        if not isinstance(key, str) or len(key) > 20:
            raise Refused(HTTPStatus.BAD_REQUEST)
        vote_id = self.room.submit("dot", (device_code(device), key))
        self._json({"ok": True, "id": vote_id}, HTTPStatus.CREATED)

    def _sign_in(self) -> None:
        _device, body = self._acting()
        person, replaces = body.get("person"), body.get("replaces")
        name, position = body.get("name", ""), body.get("position", "")
        if not all(isinstance(v, int) or v is None for v in (person, replaces)) or not all(
            isinstance(v, str) for v in (name, position)
        ):
            raise Refused(HTTPStatus.BAD_REQUEST)
        signin = {"person": person, "name": name, "position": position, "replaces": replaces}
        person_id = self.room.submit("signin", signin)
        self._json({"ok": True, "id": person_id}, HTTPStatus.CREATED)

    def _survey(self) -> None:
        device, body = self._acting()
        scores, comment = body.get("scores"), body.get("comment", "")
        if (
            not isinstance(scores, list)
            or not all(s is None or (isinstance(s, int) and not isinstance(s, bool)) for s in scores)
            or not isinstance(comment, str)
        ):
            raise Refused(HTTPStatus.BAD_REQUEST)
        form_id = self.room.submit("survey", (device, scores, comment))  # one form a phone: the writer checks
        self._json({"ok": True, "id": form_id}, HTTPStatus.CREATED)

    # --- responses ------------------------------------------------------------------------------------------

    def _headers(self, content_type: str) -> None:
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
            " form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        )
        if self._cookie:
            self.send_header("Set-Cookie", self._cookie)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self._headers(content_type)
        self.send_header("Content-Length", str(len(body)))
        if status == HTTPStatus.TOO_MANY_REQUESTS:
            self.send_header("Retry-After", "2")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, data: Any, status: HTTPStatus = HTTPStatus.OK) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.SEE_OTHER)
        self._headers("text/plain; charset=utf-8")
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
