"""Arabic to Thai digits (๐–๙) and back."""

from __future__ import annotations

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(text: str) -> str:
    """Return ``text`` with every Arabic digit replaced by its Thai digit."""
    return text.translate(_TO_THAI)


def arabic_digits(text: str) -> str:
    """Return ``text`` with every Thai digit replaced by its Arabic digit."""
    return text.translate(_TO_ARABIC)


def digits(text: str, thai: bool) -> str:
    """Thai digits when ``thai`` is true, the text unchanged otherwise."""
    return thai_digits(text) if thai else text
