"""A person's name as Thai writes it: the prefix joined to the first name, then the last name
(``นายสมชาย ใจดี``, ``ดร.สมศรี มีสุข``). The one rule for every list, table, document and report."""

from __future__ import annotations


def person_name(prefix: str | None, first_name: str | None, last_name: str | None) -> str:
    """``("นาย", "สมชาย", "ใจดี")`` → ``นายสมชาย ใจดี``; missing parts are left out."""
    return f"{prefix or ''}{first_name or ''} {last_name or ''}".strip()
