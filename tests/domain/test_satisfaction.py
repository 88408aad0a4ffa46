"""The five-point form's pure rules: a typed row of digits, the words for a mean, the standard deviation."""

from __future__ import annotations

import pytest

from meetingdesk.domain.satisfaction import item_score, level, read_digits, read_key


def test_a_row_of_digits_reads_as_scores_with_blanks() -> None:
    assert read_digits("54435") == (5, 4, 4, 3, 5)
    assert read_digits("5 0 1") == (5, None, None, None, 1)
    assert read_digits("๕๔๐") == (5, 4, None)  # Thai digits are digits
    for key in ("6", "9", "a", "-", "ถ", "๖", "\t", "", "12"):
        with pytest.raises(ValueError):
            read_key(key)


@pytest.mark.parametrize(
    ("mean", "th", "en"),
    [
        (5.0, "มากที่สุด", "Very high"),
        (4.51, "มากที่สุด", "Very high"),
        (4.506, "มากที่สุด", "Very high"),  # shown as 4.51: read as shown
        (4.504, "มาก", "High"),  # shown as 4.50
        (4.50, "มาก", "High"),
        (3.51, "มาก", "High"),
        (3.0, "ปานกลาง", "Moderate"),
        (1.51, "น้อย", "Low"),
        (1.5, "น้อยที่สุด", "Very low"),
        (1.0, "น้อยที่สุด", "Very low"),
    ],
)
def test_the_words_for_a_mean(mean: float, th: str, en: str) -> None:
    assert level(mean) == th
    assert level(mean, "en") == en


def test_no_mean_has_no_words_and_one_answer_no_sd() -> None:
    assert level(None) == ""
    one = item_score("x", [0, 0, 0, 0, 1])
    assert (one.mean, one.responses, one.sd) == (5.0, 1, None)
    two = item_score("x", [1, 0, 0, 0, 1])
    assert two.mean == 3.0 and two.sd == pytest.approx(2.828427, abs=1e-6)
