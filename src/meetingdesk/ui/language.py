"""The interface's language: one value for the whole process, set once at start-up (``app.install_translation``)
and read by every widget that shows a label Qt's ``tr()`` cannot translate — an enum's name (``.label``), a
refusal (``UserError.message``), a date. Widgets take no ``lang`` argument and keep no ``lang`` attribute; they ask
here (a test in tests/ui/test_language_source.py holds that).
"""

from __future__ import annotations

_lang = "th"


def ui_lang() -> str:
    """``th`` or ``en``."""
    return _lang


def set_ui_lang(lang: str) -> str:
    """Set the interface's language (anything but ``en`` is Thai); returns the one it replaced."""
    global _lang
    previous, _lang = _lang, ("en" if lang == "en" else "th")
    return previous
