"""Item data roles of the meeting window's lists and trees (and the dialogs they open), one value each."""

from __future__ import annotations

from PySide6.QtCore import Qt

IdRole = Qt.ItemDataRole.UserRole + 20  # the row's id: an agenda item, a decision, a finding
SectionRole = Qt.ItemDataRole.UserRole + 21  # an agenda section's number (on its heading)
ActionRole = Qt.ItemDataRole.UserRole + 22  # an action's id (under its decision)
