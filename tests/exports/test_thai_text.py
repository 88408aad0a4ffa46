"""Thai line breaking: between words only, nothing lost, marks never separated from their letters."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.exports.thai_text import break_lines, clusters, units, words

SENTENCE = "ที่ประชุมได้ร่วมกันพิจารณาผลการดำเนินงานทั้งสามระยะ และเห็นว่าควรเร่งดำเนินการในโรงเรียนที่มีผลการประเมินต่ำกว่าเกณฑ์"
MARK_FIRST = re.compile(r"^[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")


def test_words_are_thai_words() -> None:
    assert words("สำนักงานเขตพื้นที่การศึกษา") == ["สำนักงานเขต", "พื้นที่", "การศึกษา"]  # the dictionary's words
    assert "".join(words(SENTENCE)) == SENTENCE
    assert "พิจารณา" in words(SENTENCE) and "โรงเรียน" in words(SENTENCE)


def test_lines_break_between_words_and_lose_nothing() -> None:
    for width in range(8, 60, 3):
        lines = break_lines(SENTENCE, width, len)
        assert "".join(lines) == SENTENCE
        assert all(len(line.rstrip()) <= width for line in lines)
        assert not [line for line in lines if MARK_FIRST.match(line)]
        assert all(line == line.lstrip() for line in lines)
    assert break_lines("ก ข\nค", 100, len) == ["ก ข\n", "ค"]
    assert break_lines("ประชุม", 10, len, first_offset=8) == ["", "ประชุม"]  # the lead leaves no room: next line


def test_an_unbreakable_run_is_cut_between_clusters_only() -> None:
    word = "น้ำใจ" * 80
    lines = break_lines(word, 25, len)
    assert "".join(lines) == word
    assert all(len(line) <= 25 for line in lines)
    assert not [line for line in lines if MARK_FIRST.match(line)]
    assert clusters("เกี่ยว") == ["เกี่", "ย", "ว"]


def test_punctuation_stays_with_its_word() -> None:
    lines = [line.rstrip() for line in break_lines("ว่า “อนุมัติตามที่เสนอ” ผลการดำเนินการ (ยกเลิก).", 14, len)]
    assert not [line for line in lines if line[0] in "”)."]
    assert not [line for line in lines if line[-1] in "“("]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B) | st.sampled_from(" \nAa1."), max_size=400
    )
)
def test_any_thai_text_is_kept_whole(text: str) -> None:
    assert "".join(break_lines(text, 20, len)) == text


def test_a_number_stays_with_the_word_before_it() -> None:
    assert break_lines("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2", 44, len)[-1] == "เขต 2"
    lines = break_lines("รับรองรายงานการประชุมครั้งที่ 3/2569 โดยไม่มีการแก้ไข", 30, len)
    assert not [line for line in lines if line.startswith("3/2569")]


def test_an_abbreviation_stays_with_its_number() -> None:
    """ "ป.1" (grade 1), "ม.3", "พ.ศ.2569": a line ends before or after, never between "ป." and "1"."""
    for text, short, number in (
        ("ครูชั้น ป.1 สอนอ่าน", "ป.", "1"),
        ("นักเรียนชั้นม.3", "ม.", "3"),
        ("ภายในปี พ.ศ.2569", "พ.ศ.", "2569"),
    ):
        assert any("".join(unit).endswith(short + number) for unit in units(text))
        for width in range(len(short + number), len(text) + 1):  # narrower: the unit itself must be cut
            lines = [line.rstrip() for line in break_lines(text, width, len)]
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert not [line for line in lines if line.endswith(short)], (width, lines)


def test_a_long_paragraph_is_segmented_as_words() -> None:
    """nlpo3's safe mode returned tokens from wrong offsets past ~120 characters ('ประชุ|มครั้|ง')."""
    text = (
        "ตามมติการประชุมครั้งที่ 3/2569 ระเบียบวาระที่ 5.1 ว่า “มอบหมายให้กลุ่มนิเทศ ติดตามและประเมินผลการจัดการ"
        "ศึกษาดำเนินการและรายงานผลในการประชุมครั้งต่อไป” ผลการดำเนินการ ดังนี้"
    )
    assert "ครั้ง" in words(text) and "ต่อไป" in words(text) and "ประชุ" not in words(text)
    lines = break_lines(text, 30, len)
    assert not [a for a, b in itertools.pairwise(lines) if a.endswith("ครั้") or b.startswith("งต่อ")]


def test_a_name_never_breaks_inside() -> None:
    name = "นางสาวปิยะนุช รัตนาภรณ์"
    text = f"มอบหมายให้ {name} มาประชุมแทน"
    for width in range(len(name), 40):
        lines = break_lines(text, width, len, keep=(name,))
        assert "".join(lines) == text
        assert any(name in line for line in lines), (width, lines)
    assert break_lines(name, 15, len, keep=(name,))[0] == "นางสาวปิยะนุช "  # longer than a line: between its words


def test_a_list_dash_stays_with_its_first_word() -> None:
    lines = break_lines("- ปรับปรุงแผนปฏิบัติการ", 12, len)
    assert lines[0].strip() != "-" and lines[0].startswith("- ปรับปรุง")


def test_an_unknown_word_is_kept_whole_when_it_fits_on_a_line() -> None:
    unknown = "ฆฬฌฑฒ"  # no dictionary word: newmm returns it in pieces
    text = f"ประชุมเรื่อง {unknown}{unknown} ต่อ"
    lines = break_lines(text, len(unknown) * 2 + 2, len)
    assert f"{unknown}{unknown}" in [line.strip() for line in lines]
