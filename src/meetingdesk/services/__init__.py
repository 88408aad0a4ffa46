"""Use cases: each public function is one user action in one transaction. No Qt.

``Database`` is named here for the widgets' type annotations: they hold the handle services take, never a
session of their own."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meetingdesk.storage.database import Database as Database
