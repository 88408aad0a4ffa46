"""The console's list of cards (ui/widgets/card_list.py), painted offscreen and read back as pixels: each row's
text in its colour — a hidden card grey, a selected one in the selection's ink — elided when too long, and the
same after the font changes."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from meetingdesk.ui.models.board_models import CardBoardModel, CardRow
from meetingdesk.ui.widgets.card_list import CardList

LONG = "นิเทศแบบกัลยาณมิตรเดือนละครั้ง เน้นการสังเกตชั้นเรียนจริง และจัดทำแผนพัฒนาการอ่านรายบุคคล " * 3


@pytest.fixture
def view(qtbot: QtBot) -> CardList:
    model = CardBoardModel()
    model.set_rows([
        CardRow(1, "มุมหนังสือทุกห้อง", "P1", None),
        CardRow(2, "ค่ายภาษาไทย", "", None, hidden=True),
        CardRow(3, LONG, "", None),
        CardRow(4, "แบบฝึกอ่านจากคำในชุมชน", "", None),
    ])  # fmt: skip
    widget = CardList()
    widget.setModel(model)
    widget.model_ = model  # type: ignore[attr-defined]  # kept alive with the view
    qtbot.addWidget(widget)
    widget.resize(420, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _row(view: CardList, row: int) -> QImage:
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().grab(rect).toImage()


def _text(image: QImage) -> list[tuple[int, QColor]]:
    """The pixels of the row's text (x, colour): far in lightness from the row's background (its commonest
    colour), so neither the focus frame nor the letters' smoothing counts."""
    pixels = [(x, image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height())]
    counts = Counter(p.rgb() for _x, p in pixels)
    background = QColor.fromRgb(counts.most_common(1)[0][0]).lightness()
    return [(x, p) for x, p in pixels if abs(p.lightness() - background) > 60]


def _ink(image: QImage) -> QColor:
    """The text's colour: its pixel farthest from the background (the letters' stems, not their smoothing)."""
    background = QColor.fromRgb(Counter(image.pixel(x, 0) for x in range(image.width())).most_common(1)[0][0])
    return max((p for _x, p in _text(image)), key=lambda p: abs(p.lightness() - background.lightness()))


def _ink_width(image: QImage) -> int:
    """How far right the text reaches."""
    return max((x for x, _p in _text(image)), default=0)


def test_rows_are_drawn_in_their_colours(view: CardList) -> None:
    assert _ink(_row(view, 0)).lightness() < 30  # black ink
    assert _ink(_row(view, 1)).name() == "#8a8a8a"  # a card hidden from the room: grey, as the model says
    view.selectRow(3)
    selected = view.palette().highlightedText().color()
    assert abs(_ink(_row(view, 3)).lightness() - selected.lightness()) < 8  # the selection's ink on its colour


def test_a_long_card_is_elided_inside_its_row_and_reshaped_for_a_new_font(view: CardList) -> None:
    image = _row(view, 2)
    assert 0 < _ink_width(image) < image.width() - 2  # cut with "…" inside the row, not run off its edge
    short = _ink_width(_row(view, 0))
    view.setFont(QFont(view.font().family(), view.font().pointSize() * 2))
    assert view.rowHeight(0) >= view.fontMetrics().height()  # rows grow with the font
    assert _ink_width(_row(view, 0)) > short * 1.5  # the line was shaped again, at the new size


def test_home_and_end_go_to_the_first_and_last_card(qtbot: QtBot, view: CardList) -> None:
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 3 and [i.row() for i in view.selectionModel().selectedRows()] == [3]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0 and [i.row() for i in view.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1


def _tooltip(view: CardList, row: int) -> str:
    QToolTip.hideText()
    rect = view.visualRect(view.model().index(row, 0))
    point = rect.center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_card_cut_short_shows_its_whole_line_as_a_tooltip(view: CardList) -> None:
    view.setToolTip("วิธีใช้")
    assert _tooltip(view, 2) == LONG  # elided in the row: the whole card on hovering
    assert _tooltip(view, 0) == "วิธีใช้"  # shown whole: the list's own help, as before
