"""The room's own process: ``python -m meetingdesk.room.child`` (in the frozen app, the app itself with
``--room-server``: packaging/pyinstaller/). Started by ``room/server.py`` when the facilitator turns joining on;
never imports Qt.

Standard input and output are the pipe to the console's process (``room/pipe.py``); anything printed goes to
standard error instead. The room ends on ``("stop",)`` or when the pipe closes — the console's process has
ended, however it ended, so no room outlives it.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading

NICER = 5  # of 19: below the window, well above anything idle
ARGUMENT = "--room-server"  # what the frozen app's entry points recognise before importing anything else


def main() -> int:
    if sys.platform == "win32":  # the pipe carries bytes as they are (no newline translation)
        import msvcrt

        for stream in (sys.stdin, sys.stdout):
            msvcrt.setmode(stream.fileno(), os.O_BINARY)
    if hasattr(os, "nice"):  # the room's server gives way to the window: the facilitator's Enter comes first, a
        os.nice(NICER)  # phone's card waits a few ms more (on Windows the console starts it below normal instead)
    out = sys.stdout.buffer  # the pipe to the console …
    if sys.stderr is None:  # the frozen app on Windows, started from the window: nowhere to write
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    sys.stdout = sys.stderr  # … and a stray print() goes to standard error, not into the pipe
    logging.basicConfig(level=logging.WARNING, format="room: %(levelname)s %(name)s: %(message)s")
    from meetingdesk.room.pipe import Pipe, receive

    pipe = Pipe(out)
    incoming = sys.stdin.buffer
    settings = receive(incoming)
    if settings is None:
        return 1
    from meetingdesk.room.hub import Hub
    from meetingdesk.services.context import open_reader

    try:
        db = open_reader(settings.pop("location"))
    except Exception as exc:  # a database the room cannot read: the console says so
        pipe.send(("failed", 0, str(exc)))
        return 1
    shared = settings.pop("sockets")
    hub = Hub(db, send=pipe.send, **settings)
    try:
        if sys.platform == "win32":
            hub.start([socket.fromshare(data) for data in shared])
        else:
            hub.start([socket.socket(fileno=fd) for fd in shared])
    except OSError as exc:
        pipe.send(("failed", exc.errno or 0, str(exc)))
        db.close()
        return 1
    pipe.send(("ready",))
    try:
        while (message := receive(incoming)) is not None and message[0] != "stop":
            if message[0] == "done":
                hub.answer(message[1], message[2])
            elif message[0] == "changed":
                hub.changed()
                pipe.send(("heard", message[1]))
            elif message[0] == "question":
                hub.open_question(message[1])
                pipe.send(("heard", message[2]))
    finally:
        stopping = threading.Thread(target=hub.stop, daemon=True)  # every phone hears that the room ended
        stopping.start()
        stopping.join(timeout=5)
        db.close()
        pipe.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    os._exit(code)  # every connection is closed and the database too: no interpreter teardown to wait for
