"""Small things every window uses: a service call whose refusal becomes a message, combo boxes, Thai dates."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from meetingdesk.domain.errors import NeedsConfirmation, UserError
from meetingdesk.domain.thai.names import person_name as person_name  # the one rule, for the widgets
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang as ui_lang  # the interface's language, one source
from meetingdesk.ui.widgets.thai_date_edit import ThaiDateEdit as ThaiDateEdit  # every date field

T = TypeVar("T")


def run(parent: QWidget, action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, bool]:
    """Call a service; a user's mistake (or a disk problem) becomes a message in the interface's language and
    changes nothing (the service's transaction was rolled back)."""
    try:
        return action(*args, **kwargs), True
    except NeedsConfirmation as exc:  # allowed but unusual: ask, and on yes do it
        answer = interaction().confirm(parent, exc.message(ui_lang()))
        if answer:
            return run(parent, action, *args, **kwargs, confirmed=True)
        return None, False
    except UserError as exc:
        interaction().warn(parent, exc.message(ui_lang()))
        return None, False


E = TypeVar("E", bound=enum.Enum)


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member a combo box holds (Qt hands string enums back as plain strings)."""
    data = combo.currentData()
    return None if data is None else kind(data)


def undo_redo_shortcuts(
    widget: QWidget,
    undo: Callable[[], object],
    redo: Callable[[], object],
    *,
    context: Qt.ShortcutContext | None = None,
) -> None:
    """Ctrl+Z and Ctrl+Y on every platform (Qt's Linux Redo is only Ctrl+Shift+Z; offices expect Ctrl+Y too)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if QKeySequence("Ctrl+Y") not in redo_keys:
        redo_keys.append(QKeySequence("Ctrl+Y"))
    for keys, slot in ((QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), undo), (redo_keys, redo)):
        shortcut = QShortcut(widget)
        shortcut.setKeys(keys)
        if context is not None:
            shortcut.setContext(context)
        shortcut.activated.connect(slot)


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """One line of text to correct (a card, a group's name), in a dialog wide enough to read a long Thai line;
    None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.resize(max(560, parent.fontMetrics().horizontalAdvance(text) + 80), dialog.sizeHint().height())
    return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
