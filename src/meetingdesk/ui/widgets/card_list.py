"""The console's list of a session's cards: one line a card, the newest at the bottom.

A one-column table rather than a ``QListView``: a list view lays out every row again on each insertion, asking
the (Python) model for an index per row — about 4,000 calls into Python for a 2,000-card board, ~3 ms on every
Enter. A table's rows are a header's fixed-height sections, so a new card costs the same on any board. Each new
card repaints the rows in view; their lines are shaped once and kept (``QStaticText``), which halves that repaint
(2.7 → 1.5 ms for 28 rows of Thai).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

KEPT_LINES = 2000  # shaped lines kept; past that the cache starts again (a screenful is ~30)


class CardList(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._lines = _ShapedOnce(self)
        self.setItemDelegate(self._lines)
        self._fit_rows()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and the last card (a table's would go to the row's first and last
        column: with one column, nowhere)."""
        rows = self.model().rowCount() if self.model() is not None else 0
        if rows and action is QAbstractItemView.CursorAction.MoveHome:
            return self.model().index(0, 0)
        if rows and action is QAbstractItemView.CursorAction.MoveEnd:
            return self.model().index(rows - 1, 0)
        return super().moveCursor(action, modifiers)

    def _fit_rows(self) -> None:
        """One line of the view's font with a little air (Thai marks above and below stay inside)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._lines.forget()
            self._fit_rows()


class _ShapedOnce(QStyledItemDelegate):
    """The style's row (background, selection, focus) with the text drawn from a line shaped and elided once."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._lines: dict[tuple[str, int], QStaticText] = {}  # by text and width, in the view's font
        self._margin = parent.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, parent) + 1

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A card cut short with "…" shows its whole line (its group, tags) as a tooltip; over a card shown
        whole, the list's own tooltip (how to edit, delete and drag) as before."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = str(index.data() or "")
            if option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 2 * self._margin:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return False

    def forget(self) -> None:
        """The view's font or style changed: every line is shaped again."""
        self._lines.clear()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = self._margin
        width = rect.width() - 2 * margin
        line = self._lines.get((text, width))
        if line is None:
            if len(self._lines) >= KEPT_LINES:
                self._lines.clear()
            line = QStaticText(opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.prepare(QTransform(), opt.font)
            self._lines[text, width] = line
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(_group(opt.state), _ink(opt.state)))  # as the style draws a row's text
        top = rect.top() + (rect.height() - line.size().height()) / 2
        painter.drawStaticText(QPointF(rect.left() + margin, top), line)


def _group(state: QStyle.StateFlag) -> QPalette.ColorGroup:
    if not state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    return QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive


def _ink(state: QStyle.StateFlag) -> QPalette.ColorRole:
    selected = state & QStyle.StateFlag.State_Selected
    return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
