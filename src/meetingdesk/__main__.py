"""``python -m meetingdesk`` runs the command line (the GUI with no arguments)."""

from meetingdesk.cli import main

raise SystemExit(main())
