"""Thai word boundaries and line breaking, for writers (reportlab) that cannot find them themselves.

Thai has no spaces between words; a line may end only between words, never inside one and never between a
consonant and its vowel or tone marks. Words come from nlpo3 (the Rust implementation of PyThaiNLP's ``newmm``
maximal-matching segmenter) with PyThaiNLP's CC0 word list: the same words as pythainlp's ``newmm`` at a
sixteenth of the install size and a seventh of the time (measured; see the documents issue's note).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable

_lock = threading.Lock()
_loaded = False
_DICT = "meetingdesk-th"
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_MARKS = "\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ are written before their consonant


def _ensure_dictionary() -> None:
    global _loaded
    with _lock:
        if not _loaded:
            import nlpo3

            from meetingdesk.resources import resource_path

            nlpo3.load_dict(str(resource_path("thai", "words_th.txt")), _DICT)
            _loaded = True


def words(text: str) -> list[str]:
    """``text`` cut into words and the spaces between them; joined back, they give ``text`` exactly."""
    if not _THAI.search(text):
        return re.findall(r"\s+|\S+", text)
    _ensure_dictionary()
    import nlpo3

    # safe=True bounds the search on long unbroken runs (a 300-character "word") instead of exploring them.
    tokens = nlpo3.segment(text, _DICT, safe=True)
    if "".join(tokens) != text:  # never lose a character, whatever the segmenter does
        return re.findall(r"\s+|\S+", text)
    return tokens


def clusters(word: str) -> list[str]:
    """Grapheme clusters: a base character with the marks that sit on it (a line may break between them)."""
    out: list[str] = []
    for ch in word:
        attaches = unicodedata.combining(ch) or ch in _MARKS
        if out and (attaches or out[-1][-1] in _LEADING_VOWELS):
            out[-1] += ch
        else:
            out.append(ch)
    return out


_SHORT_NUMBER = re.compile(r"[0-9๐-๙][0-9๐-๙./]{0,8}")
_CLOSING = set("”’)]}.,;:!?ๆฯ")
_OPENING = set("“‘([{")


def _glued(tokens: list[str]) -> list[str]:
    """Keep punctuation with its word: a line never starts with a closing mark nor ends with an opening one."""
    out: list[str] = []
    for token in tokens:
        if out and not out[-1].isspace() and (token[0] in _CLOSING or out[-1][-1] in _OPENING) and not token.isspace():
            out[-1] += token
        elif len(out) >= 2 and out[-1] == " " and not out[-2].isspace() and _SHORT_NUMBER.fullmatch(token):
            out[-2:] = [out[-2] + " " + token]  # "เขต 2", "ครั้งที่ 3/2569": a number stays with its word
        else:
            out.append(token)
    return out


def break_lines(text: str, width: float, measure: Callable[[str], float], first_offset: float = 0.0) -> list[str]:
    """Fill lines greedily to ``width`` (as ``measure`` reckons it), breaking between words.

    ``"".join(lines) == text``: a line keeps the spaces (and the newline) it ends with, so the text is whole;
    a writer strips them when it draws. Widths add up word by word (each word is measured once), so a paragraph
    costs linear time. The first line starts ``first_offset`` in (a first-line indent, or bold words before the
    text). A word wider than a whole line is cut between grapheme clusters, the only place left.
    """
    lines: list[str] = []
    offset = first_offset
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        parts: list[str] = []
        used = offset
        has_text = False
        for token in _glued(words(paragraph)):
            token_width = measure(token)
            if token.isspace() or used + token_width <= width:
                parts.append(token)
                used += token_width
                has_text = has_text or not token.isspace()
                continue
            if has_text or (used > 0 and token_width <= width):  # full (or its lead leaves no room): end it
                lines.append("".join(parts))
                parts, used, has_text = [], 0.0, False
            if used + token_width <= width:
                parts.append(token)
                used += token_width
                has_text = True
                continue
            for cluster in clusters(token):  # an unbreakable run: cut it where a cut does least harm
                cluster_width = measure(cluster)
                if has_text and used + cluster_width > width:
                    lines.append("".join(parts))
                    parts, used = [], 0.0
                parts.append(cluster)
                used += cluster_width
                has_text = True
        lines.append("".join(parts) + ("\n" if number < len(paragraphs) - 1 else ""))
        offset = 0.0
    return lines
