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
_known: frozenset[str] = frozenset()
_DICT = "meetingdesk-th"
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_MARKS = "\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ are written before their consonant


def _ensure_dictionary() -> None:
    global _loaded, _known
    with _lock:
        if not _loaded:
            import nlpo3

            from meetingdesk.resources import resource_path

            path = resource_path("thai", "words_th.txt")
            nlpo3.load_dict(str(path), _DICT)
            _known = frozenset(path.read_text(encoding="utf-8").split())
            _loaded = True


def words(text: str) -> list[str]:
    """``text`` cut into words and the spaces between them; joined back, they give ``text`` exactly."""
    if not _THAI.search(text):
        return re.findall(r"\s+|\S+", text)
    _ensure_dictionary()
    import nlpo3

    # Not safe=True: nlpo3's "safe" mode cuts text past about 120 characters into chunks and then returns
    # tokens from the wrong offsets (a 172-character paragraph came back as 'ตามมติการ|ประชุ|มครั้|ง…'), which
    # put line breaks inside words. The plain search is linear on every input measured, random Thai included.
    tokens: list[str] = []
    for run in re.findall(r"\s+|\S+", text):
        tokens += [run] if run.isspace() or not _THAI.search(run) else nlpo3.segment(run, _DICT, safe=False)
    if "".join(tokens) != text:  # never lose a character, whatever the segmenter does
        return re.findall(r"\s+|\S+", text)
    return tokens


def _unknown(token: str) -> bool:
    """A Thai piece the dictionary does not hold: newmm cuts an unknown word into such syllable-like pieces."""
    return bool(_THAI.search(token)) and token not in _known and not token.isspace()


Unit = tuple[str, ...]  # pieces that stay on one line unless the whole does not fit on a line of its own


_DASHES = {"-", "–", "•"}


def units(text: str, keep: tuple[str, ...] = ()) -> list[Unit]:
    """``text`` as units a line may break between: a word with its punctuation, a number with its word, the
    pieces of a word the dictionary does not know, a list's leading dash with its first word, and every span in
    ``keep`` (a person's name: title, first name and surname) whole. Joined, the units give ``text`` exactly."""
    spans = _spans(text, keep)
    out: list[list[str]] = []
    start = 0
    dash = False
    for piece in _glued(words(text)):
        inside = any(a < start < b for a, b in spans)
        follows_word = bool(out) and not piece.isspace() and not out[-1][-1].isspace()
        if out and (inside or dash or (follows_word and _unknown(piece) and _unknown(out[-1][-1]))):
            out[-1].append(piece)
            dash = dash and piece.isspace()  # the dash takes the space after it and the first word
        else:
            out.append([piece])
            dash = len(out) == 1 and piece in _DASHES
        start += len(piece)
    return [tuple(u) for u in out]


def _spans(text: str, keep: tuple[str, ...]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for name in sorted({k for k in keep if k.strip()}, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            if not any(a <= at < b for a, b in found):
                found.append((at, at + len(name)))
            at = text.find(name, at + len(name))
    return found


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
_ABBREVIATED = re.compile(r"[\u0e01-\u0e2e]\.$")  # "ป.", "ม.", "พ.ศ.": a Thai abbreviation, before its number


def _glued(tokens: list[str]) -> list[str]:
    """Keep punctuation with its word: a line never starts with a closing mark nor ends with an opening one."""
    out: list[str] = []
    for token in tokens:
        if out and not out[-1].isspace() and (token[0] in _CLOSING or out[-1][-1] in _OPENING) and not token.isspace():
            out[-1] += token
        elif out and _ABBREVIATED.search(out[-1]) and token[0].isdigit():
            out[-1] += token  # "ป.1", "ม.3", "พ.ศ.2569": a line never ends between the abbreviation and its number
        elif len(out) >= 2 and out[-1] == " " and not out[-2].isspace() and _SHORT_NUMBER.fullmatch(token):
            out[-2:] = [out[-2] + " " + token]  # "เขต 2", "ครั้งที่ 3/2569": a number stays with its word
        else:
            out.append(token)
    return out


def break_lines(
    text: str,
    width: float,
    measure: Callable[[str], float],
    first_offset: float = 0.0,
    keep: tuple[str, ...] = (),
) -> list[str]:
    """Fill lines greedily to ``width`` (as ``measure`` reckons it), breaking between the ``units`` of the text.

    ``"".join(lines) == text``: a line keeps the spaces (and the newline) it ends with, so the text is whole;
    a writer strips them when it draws. Widths add up piece by piece (each piece is measured once), so a paragraph
    costs linear time. The first line starts ``first_offset`` in (a first-line indent, or bold words before the
    text). A unit wider than a whole line is cut between its pieces (the syllables of an unknown word, the words
    of a name), and a piece wider than a whole line between grapheme clusters, the only place left.
    """
    lines: list[str] = []
    offset = first_offset
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        end = "\n" if number < len(paragraphs) - 1 else ""
        if offset + measure(paragraph) <= width:  # fits whole (most table cells): no need to find its words
            lines.append(paragraph + end)
            offset = 0.0
            continue
        parts: list[str] = []
        used = offset
        has_text = False

        def end_line() -> None:
            nonlocal parts, used, has_text
            lines.append("".join(parts))
            parts, used, has_text = [], 0.0, False

        for unit in units(paragraph, keep):
            widths = [measure(piece) for piece in unit]
            unit_width = sum(widths)
            if unit[0].isspace() or used + unit_width <= width:
                parts += unit
                used += unit_width
                has_text = has_text or not unit[0].isspace()
                continue
            if has_text or (used > 0 and unit_width <= width):  # full (or its lead leaves no room): end it
                end_line()
            if used + unit_width <= width:
                parts += unit
                used += unit_width
                has_text = True
                continue
            for piece, piece_width in zip(unit, widths, strict=True):  # wider than a line: cut between pieces
                if has_text and used + piece_width > width and not piece.isspace():
                    end_line()
                if piece_width <= width or piece.isspace():
                    parts.append(piece)
                    used += piece_width
                    has_text = has_text or not piece.isspace()
                    continue
                for cluster in clusters(piece):  # one piece wider than a line: cut where a cut does least harm
                    cluster_width = measure(cluster)
                    if has_text and used + cluster_width > width:
                        end_line()
                    parts.append(cluster)
                    used += cluster_width
                    has_text = True
        lines.append("".join(parts) + end)
        offset = 0.0
    return lines
