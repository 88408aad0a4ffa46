"""Errors a user can cause, each with a message in Thai and in English.

Bugs stay loud (ordinary exceptions); a ``UserError`` becomes one readable line in the CLI and a message box
in the UI, and the action that raised it has changed nothing.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: the message says what, in both languages."""

    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.th = th
        self.en = en

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


class NotFound(UserError):
    """The thing asked for does not exist (an unknown id)."""


class RecordFrozen(UserError):
    """The meeting's minutes are certified: its record can change only through an amendment."""


class InvalidInput(UserError):
    """A value the user typed breaks a rule (empty title, end before start, ...)."""


class DatabaseProblem(UserError):
    """The database file cannot be used: not ours, too new, unreadable, read-only, missing."""


class NeedsConfirmation(UserError):
    """Allowed but unusual (a second meeting of a body on one day): the UI asks the question in the message and,
    on yes, repeats the call with ``confirmed=True``."""


class EditConflict(UserError):
    """Someone else changed the same field of the same row since this person read it: nothing was saved, and
    the message says who changed what, when, to what."""


class ServerUnreachable(DatabaseProblem):
    """The office server could not be reached (down, restarting, the network gone) during an action: nothing of
    it was saved unless its commit reached the server before the answer was lost — the same action may be tried
    again (the console does, by itself) once the server answers. A refusal by the server is never this."""


class NotAllowed(UserError):
    """The office server refused the change: the signed-in user has no right to it (a reader, a secretary of
    another body, a secretary certifying). Nothing was saved."""
