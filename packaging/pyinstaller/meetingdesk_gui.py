"""Frozen entry point: ``MeetingDesk`` (the desktop app, no console window on Windows)."""

import sys

if sys.argv[1:2] == ["--room-server"]:  # the room's own process (meetingdesk.room.server starts it): no Qt, no CLI
    from meetingdesk.room.child import main as room_server

    raise SystemExit(room_server())

from meetingdesk.cli import main

raise SystemExit(main())
