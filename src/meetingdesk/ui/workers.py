"""Work off the GUI thread: a function run on Qt's thread pool, its result or its failure reported by signal.

The window that starts a ``Worker`` keeps a reference to it until it has finished (``finished``): the pool does
not own it (``autoDelete`` is off), so its signals outlive the run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    done = Signal(object)  # what the work returned
    failed = Signal(str)  # what went wrong, as the user reads it


class Worker(QRunnable):
    """Runs ``work()`` on a pool thread; an exception becomes ``failed(describe(exc))``, never a crash of the
    event loop."""

    def __init__(self, work: Callable[[], object], describe: Callable[[Exception], str]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.describe, self.finished = work, describe, False
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported, never raised into the event loop
            self.signals.failed.emit(self.describe(exc))
        else:
            self.signals.done.emit(result)
        finally:
            self.finished = True

    def start(self) -> Worker:
        QThreadPool.globalInstance().start(self)
        return self
