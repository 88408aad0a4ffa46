"""The join address as a QR code's modules (segno: pure Python, no dependencies; imported only here, when
joining is turned on)."""

from __future__ import annotations


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, without the quiet zone (the widget paints that margin)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
