"""A board past the floor that only gains cards at its end goes on from the last flow (board_flow.Pour): what it
plans must be exactly what a fresh arranger plans for the same board, card by card, page by page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from meetingdesk.techniques.board import Board, build_board
from meetingdesk.ui.widgets.board_layout import BoardPlan
from meetingdesk.ui.widgets.projector_board import ProjectorBoard
from tests.ui.test_projector_board import cards, clusters


def _widget(qtbot: QtBot) -> ProjectorBoard:
    widget = ProjectorBoard()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _plain(plan: BoardPlan) -> tuple[object, ...]:
    def rect(r: QRectF) -> tuple[float, ...]:
        return (r.x(), r.y(), r.width(), r.height())

    boxes = [(c.card_id, rect(c.rect), c.lines, c.offsets, c.dots, rect(c.dots_rect)) for c in plan.cards]
    headers = [(h.cluster_id, rect(h.rect), h.lines, h.continued) for h in plan.headers]
    return plan.px, plan.page, plan.pages, plan.page_label, boxes, headers, dict(plan.page_of_card)


@pytest.fixture
def pair(qtbot: QtBot) -> tuple[ProjectorBoard, ProjectorBoard]:
    return _widget(qtbot), _widget(qtbot)


def _fresh(qtbot: QtBot, board: Board) -> BoardPlan:
    widget = _widget(qtbot)  # a new arranger: nothing kept
    widget.set_board(board)
    return widget.plan


@pytest.mark.parametrize("groups", [0, 3])
def test_cards_added_at_the_end_plan_as_a_fresh_flow_does(qtbot: QtBot, groups: int) -> None:
    widget = _widget(qtbot)
    rows = cards(400, groups=groups)
    if groups:  # the new cards go to the last group: only that column grows
        rows = [(i, text, code, 102 if group is None and i > 300 else group) for i, text, code, group in rows]
    names = clusters(groups)
    widget.set_board(build_board(rows[:300], names, newest_card_id=300))
    first = widget.plan
    assert first.px == first.floor_px and first.pages > 1  # past the floor: the flow that is kept
    before = _plain(first)
    for end in (301, 302, 340, 400):  # one card, then a few, then a page's worth at once
        board = build_board(rows[:end], names, newest_card_id=end)
        widget.set_board(board)
        assert widget.arranger._kept is not None and len(widget.arranger._kept.slot_of) == end
        assert _plain(widget.plan) == _plain(_fresh(qtbot, board))
        assert widget.plan.page_of_card[end] == widget.plan.page
    assert _plain(first) == before and len(first.page_of_card) == 300  # a plan once made does not change
    with pytest.raises(KeyError):
        first.page_of_card[400]


def test_a_change_before_the_end_flows_again(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    rows = cards(300)
    widget.set_board(build_board(rows, [], newest_card_id=300))
    kept = widget.arranger._kept
    edited = [(i, "แก้ข้อความแล้ว " * 6 if i == 5 else text, code, group) for i, text, code, group in rows]
    board = build_board([*edited, (301, "การ์ดใหม่", "P1", None)], [], newest_card_id=301)
    widget.set_board(board)
    assert widget.arranger._kept is not kept  # not an extension: poured again from the start
    assert _plain(widget.plan) == _plain(_fresh(qtbot, board))
    widget.resize(1024, 600)  # another size: poured again as well, as a fresh board of that size is
    other = _widget(qtbot)
    other.resize(1024, 600)
    other.set_board(board)
    assert _plain(widget.plan) == _plain(other.plan)
