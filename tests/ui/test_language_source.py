"""One source for the interface's language: every widget asks ``ui_lang()`` (ui/language.py), none is handed a
``lang`` or keeps one, and none reads the application context's (four sources — ``ui_lang()``, ``ctx.lang``, a
window's and a widget's own ``lang`` — were one too many: nothing made them agree)."""

from __future__ import annotations

import ast
from pathlib import Path

import meetingdesk.ui

UI = Path(meetingdesk.ui.__file__).parent


def strays(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.arg == "lang":
            found.append(f"line {node.lineno}: a parameter named lang")
        elif isinstance(node, ast.Attribute) and node.attr in {"lang", "_meetingdesk_lang"}:
            found.append(f"line {node.lineno}: reads .{node.attr}")
    return found


def test_widgets_ask_one_place_for_the_language() -> None:
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.name != "language.py" and (lines := strays(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_the_check_sees_a_widget_with_its_own_language() -> None:
    source = "class W:\n    def __init__(self, ctx, lang='th'):\n        self.lang = lang\n        x = ctx.lang\n"
    assert len(strays(ast.parse(source))) == 3
