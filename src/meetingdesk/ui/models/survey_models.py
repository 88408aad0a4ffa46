"""Table models of a meeting's satisfaction survey: the forms entered (one row a form, a column an item) and each
item's figures (its mean, S.D., the words for it, and how many gave each score)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from meetingdesk.domain.satisfaction import ItemScore, level, score_key
from meetingdesk.services.satisfaction import Form
from meetingdesk.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex

Centre = Qt.AlignmentFlag.AlignCenter
Right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def figure(value: float | None) -> str:
    """A mean or S.D. as Thai reports print it (two decimals), a dash when there is none."""
    return "–" if value is None else f"{value:.2f}"


class FormsModel(QAbstractTableModel):
    """The forms of a survey: number, a score per item (blank shown as ``–``), the comment."""

    def __init__(self) -> None:
        super().__init__()
        self.items: tuple[str, ...] = ()
        self.forms: tuple[Form, ...] = ()

    def set_rows(self, items: tuple[str, ...], forms: tuple[Form, ...]) -> None:
        self.beginResetModel()
        self.items, self.forms = items, forms
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.forms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.items) + 2:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("SurveyTab", "ฉบับที่")
            if section == len(self.items) + 1:
                return QCoreApplication.translate("SurveyTab", "ข้อเสนอแนะ")
            return str(section)
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= len(self.items):
            return f"{section}. {self.items[section - 1]}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        form, column = self.forms[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(form.number)
            if column <= len(self.items):
                score = form.scores[column - 1]
                return "–" if score is None else str(score)
            return form.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and column <= len(self.items):
            return Centre
        if role == Qt.ItemDataRole.ToolTipRole and column > len(self.items) and form.comment:
            return form.comment
        return None

    def digits(self, row: int) -> str:
        """The row as the entry field shows it (``54035``)."""
        return "".join(score_key(s) for s in self.forms[row].scores)


class ItemScoresModel(QAbstractTableModel):
    """Each item's figures: number, wording, answers, mean, S.D., the words for the mean, and counts of 5 … 1."""

    HEADS: tuple[object, ...] = (  # marked for translation (context "SurveyTab")
        QT_TRANSLATE_NOOP("SurveyTab", "ข้อ"),
        QT_TRANSLATE_NOOP("SurveyTab", "รายการประเมิน"),
        QT_TRANSLATE_NOOP("SurveyTab", "ตอบ"),
        QT_TRANSLATE_NOOP("SurveyTab", "ค่าเฉลี่ย"),
        "S.D.",
        QT_TRANSLATE_NOOP("SurveyTab", "ระดับ"),
        "5",
        "4",
        "3",
        "2",
        "1",
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[ItemScore, ...] = ()

    def set_rows(self, rows: tuple[ItemScore, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SurveyTab", str(self.HEADS[section]))
        if role == Qt.ItemDataRole.ToolTipRole and section >= 6:
            return QCoreApplication.translate("SurveyTab", "จำนวนผู้ตอบที่ให้ %1 คะแนน").replace(
                "%1", str(self.HEADS[section])
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (
                str(index.row() + 1),
                row.label,
                str(row.responses),
                figure(row.mean),
                figure(row.sd),
                level(row.mean, ui_lang()),
            )
            return cells[column] if column < len(cells) else str(row.counts[10 - column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return Right if column in (2, 3, 4) else Centre
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.label
        return None
