"""The demo office (a year or a decade of a real-looking Educational Service Area Office), built through the
services as a user's actions would be: ``build_demo`` (``office.py``), its Thai content (``content.py``) and its
structured sessions (``sessions.py``). Not part of the app's layers: nothing in ``services`` imports it."""

from meetingdesk.demo.office import build_demo

__all__ = ["build_demo"]
