"""Frozen entry point: ``meetingdesk`` (the command line; with no command it starts the desktop app)."""

from meetingdesk.cli import main

raise SystemExit(main())
