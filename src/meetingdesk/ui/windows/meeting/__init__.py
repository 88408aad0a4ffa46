"""One meeting, from the agenda to the exported minutes: the window (``window.py``) and a file per tab —
``details``, ``agenda``, ``attendance``, ``record``, ``export``. The tabs read through ``services.meeting_view``
and change things through the services; none of them holds a database session."""

from __future__ import annotations

from meetingdesk.ui.windows.meeting.window import MeetingWindow

__all__ = ["MeetingWindow"]
