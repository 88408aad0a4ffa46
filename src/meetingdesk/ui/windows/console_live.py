"""A facilitator's console follows another user's changes to its session (an office server, ``ui/live.py``):
new cards are appended and changed cards updated in place, as phone input is (``console_room.py``); groups, dots,
the stage or anything coalesced read the session again. The typed line is never touched; the projector and the
phones of this room follow the board."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from meetingdesk.domain.errors import UserError
from meetingdesk.services import sessions
from meetingdesk.services.live import Heard

if TYPE_CHECKING:
    from meetingdesk.ui.windows.facilitator_console import FacilitatorConsole

SESSION_TABLES = frozenset({"technique_session", "card", "cluster", "participant", "route_question", "vote"})


def follow(console: FacilitatorConsole, heard: Heard) -> None:
    """Show what another user changed in the console's session."""
    sid = console.session_id
    if not heard.touches_session(sid):
        return
    mine = [n for n in heard.notes if n.table in SESSION_TABLES and n.session_id in (sid, None)]
    cards = [n for n in mine if n.table == "card" and n.op in ("i", "u") and n.row_id is not None]
    if heard.everything or len(cards) < len(mine) or not _cards(console, [n.row_id for n in cards if n.row_id]):
        console.reload()
    console.room_control.follow()  # phones joined to this console hear of it too


def _cards(console: FacilitatorConsole, ids: list[int]) -> bool:
    """New cards appended, changed ones replaced in place; False when one could not be read (deleted since)."""
    from meetingdesk.ui.windows.facilitator_console import card_row

    model = console.card_model
    known = {row.id for row in model.rows()}
    try:
        rows = [card_row(sessions.card_view(console.db, card_id)) for card_id in dict.fromkeys(ids)]
    except UserError:
        return False
    for row in rows:
        if row.id in known:
            model.update(row.id, **{f.name: getattr(row, f.name) for f in fields(row) if f.name != "id"})
        else:
            model.append(row)
            console._newest = row.id
    console._refresh_clusters()  # the groups' counts, and the board (and the projector)
    console.panel.refresh()
    return True
