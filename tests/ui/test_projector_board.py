"""The projector's board, laid out and painted by the real widget offscreen; the tests read its plan (the
rectangles, lines, size and page it painted), not pixels (but one: kept lines paint drawText's pixels)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPainterPath
from pytestqt.qtbot import QtBot

from meetingdesk.exports import thai_text
from meetingdesk.techniques.board import Board, build_board
from meetingdesk.ui.language import set_ui_lang
from meetingdesk.ui.widgets.board_layout import FLOOR_MIN_PX, BoardPlan
from meetingdesk.ui.widgets.projector_board import ProjectorBoard

LONG = (
    "ควรจัดทำแผนพัฒนาการอ่านรายบุคคลสำหรับนักเรียนที่อ่านไม่ออก โดยให้ครูประจำชั้นบันทึกความก้าวหน้าทุกสองสัปดาห์"
    " และรายงานต่อศึกษานิเทศก์ผู้รับผิดชอบโรงเรียนเพื่อติดตามผลอย่างต่อเนื่องจนสิ้นปีการศึกษา"
)
IDEAS = [
    "ค่ายภาษาไทย",
    "ห้องสมุดเคลื่อนที่",
    "ให้ครูพี่เลี้ยงจับคู่กับครูชั้น ป.1 ในโรงเรียนขนาดเล็ก",
    "นิเทศแบบกัลยาณมิตรเดือนละครั้ง เน้นการสังเกตชั้นเรียนจริง",
    "ใช้แอปพลิเคชันติดตามการอ่านรายบุคคล และส่งผลให้ผู้ปกครองทุกสัปดาห์",
    LONG,
]


def cards(n: int, groups: int = 0) -> list[tuple[int, str, str, int | None]]:
    """``n`` cards of mixed length; with groups, every third card is not yet grouped."""
    return [
        (i + 1, IDEAS[i % len(IDEAS)], f"P{i % 9 + 1}", None if not groups or i % 3 == 0 else 100 + i % groups)
        for i in range(n)
    ]


def clusters(groups: int) -> list[tuple[int, str]]:
    return [(100 + g, name) for g, name in enumerate(["การอ่าน", "การนิเทศ", "ผู้ปกครอง", "งบประมาณ"][:groups])]


@pytest.fixture
def board(qtbot: QtBot) -> ProjectorBoard:
    widget = ProjectorBoard()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)  # the whole projected image: sizes are reckoned on 720 px
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(widget: ProjectorBoard, board: Board) -> BoardPlan:
    widget.set_board(board)
    widget.repaint()  # painted, not only planned
    return widget.plan


def test_cards_sit_in_their_groups_columns_after_an_ungrouped_one(board: ProjectorBoard) -> None:
    short = [(i, IDEAS[i % 5], code, group) for i, _text, code, group in cards(9, groups=2)]  # none needs "…"
    plan = shown(board, build_board(short, clusters(2), newest_card_id=9))
    assert [(h.cluster_id, h.lines) for h in plan.headers] == [
        (None, ("ยังไม่จัดกลุ่ม",)), (100, ("การอ่าน",)), (101, ("การนิเทศ",)),
    ]  # fmt: skip
    assert plan.pages == 1 and len(plan.cards) == 9
    group_of = {card_id: group for card_id, _text, _code, group in short}
    for card in plan.cards:  # under its own group's header, in that header's column
        header = next(h for h in plan.headers if h.rect.left() == card.rect.left())
        assert header.cluster_id == group_of[card.card_id] and card.rect.top() > header.rect.bottom()
    lefts = [h.rect.left() for h in plan.headers]
    assert lefts == sorted(lefts) and len(set(lefts)) == 3  # side by side, none over another


def test_the_ungrouped_column_is_named_in_the_interfaces_language(qtbot: QtBot, english: None) -> None:
    widget = ProjectorBoard()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    plan = shown(widget, build_board(cards(6, groups=1), clusters(1)))
    assert [h.lines for h in plan.headers] == [("Not grouped",), ("การอ่าน",)]
    alone = shown(widget, build_board(cards(6), []))  # no group yet: no header to tell the cards from
    assert alone.headers == () and len(alone.cards) == 6 and alone.cards[0].rect.top() == 0


def _line_ends(text: str, lines: tuple[str, ...]) -> list[int]:
    """Where each line ends in ``text`` (the ellipsis and the spaces at breaks are not the text's)."""
    ends, at = [], 0
    for line in lines:
        piece = line.removesuffix("…").strip()
        at = text.index(piece, at) + len(piece)
        ends.append(at)
    return ends


def test_a_long_card_wraps_to_three_lines_between_thai_words(board: ProjectorBoard) -> None:
    board.resize(480, 720)  # a narrow board: the long card cannot show whole in three lines
    plan = shown(board, build_board([(1, LONG, "P3", None), (2, IDEAS[3], "", None)], []))
    long, medium = plan.cards
    boundaries, at = {0}, 0
    for word in thai_text.words(LONG):
        at += len(word)
        boundaries.add(at)
    assert len(long.lines) == 3 and long.elided and long.lines[-1].endswith("…")
    assert set(_line_ends(LONG, long.lines)) <= boundaries  # never inside a word
    metrics = QFontMetricsF(board.measurer.font(plan.px))
    for n, line in enumerate(long.lines):  # and every line within the note
        start = long.code_width if n == 0 else 0.0
        assert start + metrics.horizontalAdvance(line) <= long.text_rect.width() + 0.5
    assert long.rect.contains(long.text_rect)
    assert "".join(medium.lines).replace(" ", "") == IDEAS[3].replace(" ", "") and not medium.elided  # whole


def test_lines_move_apart_where_a_tone_mark_would_touch_the_vowel_above(board: ProjectorBoard) -> None:
    m = board.measurer
    step = m.metrics(40).lineSpacing()
    width = m.width("ที่ที่ที่ที่", 40) + 1
    touching = m.wrap("ชุชุชุชุ ที่ที่ที่ที่", 40, width)  # ุ right over ่ (two lines of one word each)
    plain = m.wrap("กกกกกก ขขขขขข", 40, max(m.width("กกกกกก", 40), m.width("ขขขขขข", 40)) + 1)
    assert len(touching.lines) == 2 and len(plain.lines) == 2
    assert plain.offsets == (0.0, step)
    upper, lower = QPainterPath(), QPainterPath()  # the glyphs' outlines, marks and all
    upper.addText(0, 0, m.font(40), "ชุชุชุชุ")
    lower.addText(0, 0, m.font(40), "ที่ที่ที่ที่")
    below, above = upper.boundingRect().bottom(), -lower.boundingRect().top()
    assert below > m.metrics(40).descent() and above > m.metrics(40).ascent()  # both beyond the font's own
    assert touching.offsets[1] > step and touching.offsets[1] >= below + above


def test_more_cards_a_smaller_font_but_never_below_the_floor(board: ProjectorBoard) -> None:
    few = shown(board, build_board(cards(12), [], newest_card_id=12))
    assert few.pages == 1 and len(few.cards) == 12  # the whole board shows
    many = shown(board, build_board(cards(200, groups=4), clusters(4), newest_card_id=200))
    assert few.floor_px == many.floor_px == max(FLOOR_MIN_PX, round(720 / 38))
    assert many.floor_px <= many.px < few.px <= few.cap_px == 40
    some = shown(board, build_board(cards(30, groups=2), clusters(2), newest_card_id=30))
    assert few.px >= some.px >= many.px and some.pages == 1 and len(some.cards) == 30


def test_past_the_floor_the_page_shown_holds_the_newest_card(board: ProjectorBoard) -> None:
    rows, groups = cards(300, groups=3), clusters(3)
    plan = shown(board, build_board(rows, groups, newest_card_id=250))
    assert plan.px == plan.floor_px and plan.pages > 1
    assert set(plan.page_of_card) == {r[0] for r in rows}  # every card is on some page
    assert plan.page == plan.page_of_card[250] > 0 and 250 in {c.card_id for c in plan.cards}
    assert plan.page_label == f"หน้า {plan.page + 1}/{plan.pages}"
    assert board.rect().toRectF().contains(plan.page_rect)
    continued = [h for h in plan.headers if h.continued and h.lines]  # a group going on from the page before
    assert all(h.lines[-1].endswith("(ต่อ)") for h in continued)
    first = shown(board, build_board(rows, groups, newest_card_id=1))  # not grouped: the first column
    assert first.page == 0 and 1 in {c.card_id for c in first.cards}
    for card in plan.cards:  # every card shown lies within the board
        assert board.rect().toRectF().contains(card.rect)


def test_dots_are_hidden_until_revealed_then_beside_each_card_unclipped(board: ProjectorBoard) -> None:
    rows, groups = cards(12, groups=2), clusters(2)
    votes = {"card_dots": {r[0]: r[0] % 4 + 1 for r in rows}, "cluster_dots": {100: 12, 101: 7}}
    hidden = shown(board, build_board(rows, groups, **votes))  # type: ignore[arg-type]
    assert all(c.dots == "" and c.dots_rect.isEmpty() for c in hidden.cards)
    assert all(h.dots == "" for h in hidden.headers)
    figures = [line for h in hidden.headers for line in h.lines if any(ch.isdigit() for ch in line)]
    assert figures == []  # no count during voting that could be read as votes
    plan = shown(board, build_board(rows, groups, revealed=True, **votes))  # type: ignore[arg-type]
    assert {c.card_id: c.dots for c in plan.cards} == {r[0]: f"● {r[0] % 4 + 1}" for r in rows}
    for card in plan.cards:
        assert card.rect.contains(card.dots_rect) and card.dots_rect.left() >= card.text_rect.right()
    assert {h.cluster_id: h.dots for h in plan.headers if h.lines} == {None: "", 100: "● 12", 101: "● 7"}
    bold = board.measurer.metrics(plan.px, True)
    for header in plan.headers:
        if header.dots:
            assert header.rect.contains(header.dots_rect)
            widest = max(bold.horizontalAdvance(line) for line in header.lines)
            assert header.rect.left() + widest <= header.dots_rect.left()


def test_the_shortlist_is_ranked_by_dots(board: ProjectorBoard, qtbot: QtBot) -> None:
    items = [("งบประมาณ", 3), ("การอ่าน", 7), ("การนิเทศ", 5), ("ผู้ปกครอง", 5), ("สื่อ", 1)]
    plan = shown(board, build_board(cards(8), [], revealed=True, shortlist=items))
    assert plan.cards == () and plan.hidden_ranks == 0
    assert [(r.rank, r.lines, r.dots) for r in plan.ranks] == [
        (1, ("การอ่าน",), "7 คะแนน"), (2, ("การนิเทศ",), "5 คะแนน"), (2, ("ผู้ปกครอง",), "5 คะแนน"),
        (4, ("งบประมาณ",), "3 คะแนน"), (5, ("สื่อ",), "1 คะแนน"),
    ]  # fmt: skip
    tops = [r.rect.top() for r in plan.ranks]
    assert tops == sorted(tops) and all(r.rect.contains(r.dots_rect) for r in plan.ranks)
    assert plan.px > shown(board, build_board(cards(8), [])).px  # five names alone: larger than cards
    hidden = shown(board, build_board(cards(8), [], revealed=False, shortlist=items))
    assert hidden.ranks == ()  # never before the votes are revealed
    previous = set_ui_lang("en")
    english = ProjectorBoard()
    set_ui_lang(previous)
    qtbot.addWidget(english)
    english.resize(1280, 720)
    ranked = shown(english, build_board([], [], revealed=True, shortlist=items)).ranks
    assert [r.dots for r in ranked] == ["7 dots", "5 dots", "5 dots", "3 dots", "1 dot"]


def test_a_new_card_on_a_board_of_500_measures_that_card_only(board: ProjectorBoard) -> None:
    rows = [(i + 1, f"{IDEAS[i % len(IDEAS)]} ข้อที่ {i + 1}", "", None) for i in range(500)]
    shown(board, build_board(rows, [], newest_card_id=500))
    before = board.measurer.wrapped
    rows.append((501, "เพิ่มชั่วโมงอ่านหนังสือในห้องสมุด", "P2", None))
    plan = shown(board, build_board(rows, [], newest_card_id=501))
    assert 501 in {c.card_id for c in plan.cards} and plan.page == plan.pages - 1
    assert board.measurer.wrapped - before <= 2


class DrawnEachTime(ProjectorBoard):
    """The board as it was painted before lines were kept: ``drawText`` on its baseline, shaped on every paint."""

    def _line(self, painter: QPainter, x: float, baseline: float, text: str, px: float, bold: bool = False) -> None:
        painter.drawText(QPointF(x, baseline), text)


def test_kept_lines_paint_the_pixels_drawtext_paints(board: ProjectorBoard, qtbot: QtBot) -> None:
    """Lines shaped once and kept (``QStaticText``) sit where ``drawText`` put them: codes, group names on their
    rules, Thai marks above and below, at a large size and at the floor; a second paint shapes nothing new."""
    reference = DrawnEachTime()
    qtbot.addWidget(reference)
    reference.resize(1280, 720)
    reference.show()
    qtbot.waitExposed(reference)
    for n in (8, 300):
        made = build_board(cards(n, groups=2), clusters(2), cluster_dots={100: 4}, revealed=True, newest_card_id=n)
        plan = shown(board, made)
        assert plan.cards and plan.headers and any(c.code for c in plan.cards)
        assert board.grab().toImage() == shown_image(reference, made)
        kept = len(board._static)
        board.repaint()
        assert len(board._static) == kept


def shown_image(widget: ProjectorBoard, board: Board) -> QImage:
    shown(widget, board)
    return widget.grab().toImage()


def test_the_projector_goes_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    """Qt's offscreen platform with two screens (the layout qoffscreenintegration.cpp reads)."""
    config = tmp_path / "screens.json"
    screen = {"y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [
        {"name": "A-laptop", "x": 0, "width": 1280, "height": 800, **screen},
        {"name": "B-projector", "x": 1280, "width": 1920, "height": 1080, **screen},
    ]}))  # fmt: skip
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from meetingdesk.ui.windows.projector_window import ProjectorWindow\n"
        "w = ProjectorWindow()\n"
        "w.show_on_second_screen()\n"
        "for _ in range(5): app.processEvents()\n"
        "print(w.isFullScreen(), w.screen().name(), *w.geometry().getRect(), w.board.plan.floor_px)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "B-projector", "1280", "0", "1920", "1080", "28"]


def test_qts_calls_leave_none_alive(board: ProjectorBoard) -> None:
    """PySide6 6.12.0 under Python 3.11 took a reference from None on each call returning nothing, and the
    interpreter aborted once None ran out: the board paints thousands of such calls a minute (pyproject's cap)."""
    plan = shown(board, build_board(cards(60, groups=2), clusters(2)))
    before = sys.getrefcount(None)
    for _ in range(3):  # about 1,500 calls: a clean failure, before None would run out
        board.repaint()
    assert len(plan.cards) > 20 and abs(sys.getrefcount(None) - before) < 100


def test_a_smaller_size_shows_every_card_whole_rather_than_cut(board: ProjectorBoard) -> None:
    """Walked by a facilitator: long conclusions were cut with "…" while the board had room below them."""
    themes = [(100 + g, f"ประเด็นที่ {g + 1}") for g in range(7)]
    many = [(i, IDEAS[i % len(IDEAS)], "", 100 + i % 7) for i in range(1, 21)]
    plan = shown(board, build_board(many, themes))
    assert plan.pages == 1 and not any(card.elided for card in plan.cards)
    assert plan.px >= plan.floor_px


def test_a_group_going_on_in_the_next_column_is_named_there(board: ProjectorBoard) -> None:
    """Walked by a facilitator: a group's cards that ran into the next column stood under no heading, beside
    another group, as if they were that group's."""
    many = [(i, IDEAS[i % len(IDEAS)], "", 100 + (i % 2)) for i in range(1, 41)]
    plan = shown(board, build_board(many, clusters(2)))
    lefts = sorted({card.rect.left() for card in plan.cards})
    for left in lefts:  # every column of cards has a named header above it
        above = [h for h in plan.headers if h.rect.left() == left]
        assert above and all(h.lines for h in above), left
    assert any(h.continued and h.lines[-1].endswith("(ต่อ)") for h in plan.headers)


def test_a_grade_stays_whole_when_a_dot_badge_narrows_the_card(board: ProjectorBoard) -> None:
    """ "ป.1" broke between "ป." and "1" once the dots' badge took its room beside the text."""
    text = IDEAS[2]
    assert "ป.1" in text
    for width in range(360, 1281, 40):
        board.resize(width, 720)
        for revealed in (False, True):
            rows = [(1, text, "P2", None), (2, IDEAS[0], "", None)]
            plan = shown(board, build_board(rows, [], revealed=revealed, card_dots={1: 12, 2: 3}, cluster_dots={}))
            card = next(c for c in plan.cards if c.card_id == 1)
            assert not [line for line in card.lines if line.rstrip().endswith("ป.")], (width, revealed, card.lines)
