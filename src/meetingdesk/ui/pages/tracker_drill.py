"""The tracker showing the rows behind a bar of the dashboard: the filters the tracker has (body, year, status,
owner) are set in its own boxes; what it has no box for (a quarter, a project, a work group, a decision's state)
is named in this bar above the table until the user clears it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from meetingdesk.domain.figures import Drill
from meetingdesk.domain.progress import DecisionProgress
from meetingdesk.ui.language import ui_lang


def drill_text(drill: Drill) -> str:
    """What a drill narrows the rows to, beyond the tracker's own filters."""
    parts = []
    if drill.progress is not None:
        parts.append(
            QCoreApplication.translate("TrackerDrill", "มติที่%1").replace(
                "%1", DecisionProgress(drill.progress).label(ui_lang())
            )
        )
    if drill.quarter is not None:
        parts.append(QCoreApplication.translate("TrackerDrill", "ไตรมาส %1").replace("%1", str(drill.quarter)))
    if drill.project_id is not None:
        parts.append(QCoreApplication.translate("TrackerDrill", "มติเกี่ยวกับโครงการที่เลือก"))
    if drill.owner_group_id is not None:
        parts.append(QCoreApplication.translate("TrackerDrill", "ของกลุ่มงานที่เลือก"))
    return " · ".join(parts)


class DrillBar(QWidget):
    """Shown while the tracker holds a drill from the dashboard; “show all” lets it go."""

    cleared = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.drill: Drill | None = None
        self.label = QLabel()
        self.label.setStyleSheet("color: #0b5394;")
        self.clear_button = QPushButton(self.tr("ล้างตัวกรองจากแดชบอร์ด"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.setVisible(False)

    def hold(self, drill: Drill) -> None:
        self.drill = drill
        extra = drill_text(drill)
        self.label.setText(self.tr("จากแดชบอร์ด") + (f": {extra}" if extra else ""))
        self.setVisible(True)

    def release(self) -> None:
        """Let the drill go without refiltering (the caller sets its own filter next)."""
        self.drill = None
        self.setVisible(False)

    def clear(self) -> None:
        self.release()
        self.cleared.emit()
