"""Frozen entry point: ``MeetingDesk`` (the desktop app, no console window on Windows)."""

from meetingdesk.cli import main

raise SystemExit(main())
