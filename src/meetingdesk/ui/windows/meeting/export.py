"""The export tab: the minutes, the agenda and the sign-in sheet as DOCX or PDF, written off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import UserError
from meetingdesk.services import meeting_view
from meetingdesk.ui.file_dialogs import save_file
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.language import ui_lang
from meetingdesk.ui.workers import Worker

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting.window import MeetingWindow


class ExportTab(QWidget):
    KINDS = (
        ("minutes", QT_TRANSLATE_NOOP("ExportTab", "รายงานการประชุม")),
        ("agenda", QT_TRANSLATE_NOOP("ExportTab", "ระเบียบวาระการประชุม")),
        ("signin", QT_TRANSLATE_NOOP("ExportTab", "ใบลงชื่อผู้เข้าประชุม")),
    )

    def __init__(self, window: MeetingWindow) -> None:
        super().__init__()
        self.w = window
        self.thai_digits = QCheckBox(self.tr("ใช้เลขไทย"))
        self.confidential = QCheckBox(self.tr("รวมเรื่องลับ"))
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        grid = QGridLayout()
        for row, (kind, label) in enumerate(self.KINDS):
            grid.addWidget(QLabel(self.tr(str(label))), row, 0)
            for col, fmt in enumerate(("docx", "pdf")):
                button = QPushButton(f"{fmt.upper()}…")
                button.clicked.connect(lambda _c=False, k=kind, f=fmt: self.ask_export(k, f))
                grid.addWidget(button, row, col + 1)
                self.buttons[(kind, fmt)] = button
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_file = QPushButton(self.tr("เปิดไฟล์"))
        self.open_folder = QPushButton(self.tr("เปิดโฟลเดอร์"))
        for button in (self.open_file, self.open_folder):
            button.setVisible(False)
        self.open_file.clicked.connect(lambda: self._open(self.last))
        self.open_folder.clicked.connect(lambda: self._open(self.last.parent))
        options = QHBoxLayout()
        options.addWidget(self.thai_digits)
        options.addWidget(self.confidential)
        options.addStretch(1)
        after = QHBoxLayout()
        after.addWidget(self.result, 1)
        after.addWidget(self.open_file)
        after.addWidget(self.open_folder)
        grid.setColumnStretch(3, 1)  # buttons keep their size; the rest of the row stays empty
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(grid)
        layout.addLayout(after)
        layout.addStretch(1)
        self.last: Path = Path()
        self.job: Worker | None = None
        self.progress: QProgressDialog | None = None

    def reload(self) -> None:
        from meetingdesk.services import settings

        self.thai_digits.setChecked(bool(settings.get(self.w.ctx.db, "export.thai_digits")))

    def default_name(self, kind: str, fmt: str) -> str:
        label = str(dict(self.KINDS)[kind])
        m = meeting_view.meeting_heading(self.w.ctx.db, self.w.meeting_id)
        return f"{label}-{m.number}-{m.year_be}.{fmt}"

    def ask_export(self, kind: str, fmt: str) -> None:
        name = save_file(self, self.tr("บันทึกเอกสาร"), self.default_name(kind, fmt), f"{fmt.upper()} (*.{fmt})")
        if name:
            self.export_to(kind, fmt, name)

    def export_to(self, kind: str, fmt: str, target: Path) -> None:
        """Write the document on a worker thread; a progress dialog shows while it runs."""
        from meetingdesk.exports.compose import ExportOptions

        self.w.record.flush()  # what was just typed is in the document
        options = ExportOptions(
            thai_digits=self.thai_digits.isChecked(), include_confidential=self.confidential.isChecked()
        )
        db, lang, meeting_id = self.w.ctx.db, ui_lang(), self.w.meeting_id

        def work() -> Path:  # the writers load on the worker thread, not in the GUI's
            from meetingdesk.services.documents import export_document

            return export_document(db, kind, meeting_id, fmt, target, options)

        def describe(exc: Exception) -> str:  # an export must never take the window down with it
            return exc.message(lang) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"

        self.job = Worker(work, describe)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        for button in self.buttons.values():
            button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("กำลังสร้างเอกสาร…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.result.setText(self.tr("กำลังสร้างเอกสาร…"))
        self.job.start()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        for button in self.buttons.values():
            button.setEnabled(True)

    def _done(self, path: object) -> None:
        self._finish()
        self.last = Path(str(path))
        self.result.setText(self.tr("บันทึกเอกสารแล้ว: ") + str(path))
        for button in (self.open_file, self.open_folder):
            button.setVisible(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.result.setText(self.tr("สร้างเอกสารไม่สำเร็จ: ") + message)
        interaction().warn(self, message)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
