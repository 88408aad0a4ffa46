"""The demo office (a year or a decade of a real-looking Educational Service Area Office), built through the
services as a user's actions would be: ``build_demo`` (here), the office (``office.py``), its year (``year.py``)
or decade (``decade.py``), its Thai content (``content.py``), structured sessions (``sessions.py``) and
satisfaction forms (``satisfaction.py``). Not part of the app's layers: nothing in ``services`` imports it."""

from __future__ import annotations

from meetingdesk.demo.office import Progress, quiet
from meetingdesk.storage.database import Database


def build_demo(db: Database, *, scale: str = "year", progress: Progress = quiet) -> None:
    """Fill an empty database with the demo office: a realistic year (``year.py``), or ten years for benchmarks
    (``decade.py``). Both are deterministic."""
    if scale == "decade":
        from meetingdesk.demo.decade import build_decade

        build_decade(db, progress)
    else:
        from meetingdesk.demo.year import build_year

        build_year(db, progress)


__all__ = ["build_demo"]
