"""Who may reach the room: the session's random token (in every address), the short join code shown on the
projector, the devices the room has seen, and how often each may act (token buckets, no clock in the rules
beyond ``time.monotonic``)."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """Sizes and rates the room accepts (per device unless said otherwise)."""

    max_body: int = 4096  # bytes in one request's body
    burst: float = 10  # actions a device may take at once …
    per_second: float = 1.0  # … and then this many a second
    devices_burst: float = 20  # new devices one address may make at once (a person with a phone makes one) …
    devices_per_second: float = 0.2  # … then one every five seconds
    join_tries_burst: float = 5  # join codes one address may try at once …
    join_tries_per_second: float = 0.1  # … then one every ten seconds
    max_streams: int = 400  # live connections (server-sent events) in all


@dataclass
class Buckets:
    """A token bucket per key: ``take(key)`` is False once the key has spent its burst faster than the rate."""

    burst: float
    per_second: float
    _levels: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            level, then = self._levels.get(key, (self.burst, now))
            level = min(self.burst, level + (now - then) * self.per_second)
            if level < 1:
                self._levels[key] = (level, now)
                return False
            self._levels[key] = (level - 1, now)
            if len(self._levels) > 10_000:  # a flood of made-up keys does not grow memory without end
                self._levels.clear()
            return True


def new_token() -> str:
    """A secret for the addresses phones use (128 bits)."""
    return secrets.token_urlsafe(16)


_tokens: dict[int, str] = {}
_tokens_lock = threading.Lock()


def session_token(session_id: int) -> str:
    """The session's token while the program runs: the same when joining is turned on again (phones that joined
    keep their place and their dots), never the same for two sessions, new after a restart."""
    with _tokens_lock:
        return _tokens.setdefault(session_id, new_token())


@dataclass
class Seen:
    """The phones a session's room has given an id (and those that sent the survey), kept while the program runs
    like the token: a phone keeps its id, and so its participant code and the dots counted from its votes, when
    joining is turned off and on again."""

    devices: set[str] = field(default_factory=set)
    surveyed: set[str] = field(default_factory=set)


_seen: dict[int, Seen] = {}


def session_seen(session_id: int) -> Seen:
    """The session's phones (the same object for every room of the session while the program runs)."""
    with _tokens_lock:
        return _seen.setdefault(session_id, Seen())


def new_join_code() -> str:
    """Six digits for the projector: typed with the short address, exchanged for the token (rate-limited)."""
    return f"{secrets.randbelow(1_000_000):06d}"


_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def device_code(device: str) -> str:
    """The participant code a phone votes under (``M-`` and six letters from its device id): stable for the
    device, never its id, and apart from the ``P1`` codes the facilitator types."""
    digest = hashlib.sha256(device.encode()).digest()
    return "M-" + "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in digest[:6])


def same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())
