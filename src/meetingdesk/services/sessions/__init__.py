"""Structured sessions: every facilitator action is one transaction, so a card is on disk before it is shown.

The stages and rules come from ``techniques/``; this package stores what happens in them, one module a concern:
``lifecycle`` (stages, status, countdown), ``cards`` (cards and clusters), ``votes``, ``focus_group``, ``synthesis``,
``outcome`` (decisions and the minutes), ``listing``.
"""

from meetingdesk.services.sessions._common import stage_of
from meetingdesk.services.sessions.board import (
    BoardView,
    CardView,
    ClusterView,
    RouteQuestionView,
    RouteView,
    SessionState,
    board_view,
    card_view,
    other_sessions,
    route_view,
    session_state,
)
from meetingdesk.services.sessions.cards import (
    DeletedCluster,
    add_card,
    create_cluster,
    delete_card,
    delete_cards,
    delete_cluster,
    edit_card,
    move_card,
    move_cards,
    rename_cluster,
    restore_card,
    restore_cards,
    restore_cluster,
    restore_tags,
    tag_card,
    tag_cards,
)
from meetingdesk.services.sessions.focus_group import (
    add_participant,
    add_participants,
    add_route_question,
    delete_route_question,
    edit_route_question,
    focus_group_view,
)
from meetingdesk.services.sessions.lifecycle import set_anonymous, set_status, start_session, step, timer
from meetingdesk.services.sessions.listing import (
    MeetingChoice,
    agenda_items_of,
    list_sessions,
    meetings_to_run_sessions_in,
)
from meetingdesk.services.sessions.outcome import (
    answer_question,
    decision_draft,
    make_decision,
    outcome_lines,
    take_back_decision,
    write_summary,
)
from meetingdesk.services.sessions.synthesis import pull_cards, pull_findings
from meetingdesk.services.sessions.votes import cast_dots, hand_count, ranking, reveal, set_vote_rules
from meetingdesk.techniques.countdown import remaining_seconds
from meetingdesk.techniques.ranking import Ranked

__all__ = [
    "BoardView",
    "CardView",
    "ClusterView",
    "DeletedCluster",
    "MeetingChoice",
    "Ranked",
    "RouteQuestionView",
    "RouteView",
    "SessionState",
    "add_card",
    "add_participant",
    "add_participants",
    "add_route_question",
    "agenda_items_of",
    "answer_question",
    "board_view",
    "card_view",
    "cast_dots",
    "create_cluster",
    "decision_draft",
    "delete_card",
    "delete_cards",
    "delete_cluster",
    "delete_route_question",
    "edit_card",
    "edit_route_question",
    "focus_group_view",
    "hand_count",
    "list_sessions",
    "make_decision",
    "meetings_to_run_sessions_in",
    "move_card",
    "move_cards",
    "other_sessions",
    "outcome_lines",
    "pull_cards",
    "pull_findings",
    "ranking",
    "remaining_seconds",
    "rename_cluster",
    "restore_card",
    "restore_cards",
    "restore_cluster",
    "restore_tags",
    "reveal",
    "route_view",
    "session_state",
    "set_anonymous",
    "set_status",
    "set_vote_rules",
    "stage_of",
    "start_session",
    "step",
    "tag_card",
    "tag_cards",
    "take_back_decision",
    "timer",
    "write_summary",
]
