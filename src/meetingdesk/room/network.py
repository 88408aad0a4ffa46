"""The laptop's address on the local network, for phones to reach: the room listens there only (no 0.0.0.0)."""

from __future__ import annotations

import contextlib
import ipaddress
import socket


def lan_address() -> str | None:
    """A private IPv4 address of this machine (192.168.x, 10.x, 172.16–31.x), or None when it has none.

    The route check opens a UDP socket towards a documentation address (RFC 5737) without sending anything:
    ``connect`` on UDP only picks the interface a packet would leave by."""
    candidates: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        candidates.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    with contextlib.suppress(OSError):
        candidates += [str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    for address in candidates:
        ip = ipaddress.ip_address(address)
        if ip.is_private and not ip.is_loopback and not ip.is_link_local:
            return str(ip)
    return None
