from meetingdesk.domain.numbering import item_number, next_meeting_number


def test_next_meeting_number_starts_at_one_and_follows_the_highest() -> None:
    assert next_meeting_number([]) == 1
    assert next_meeting_number([1, 2, 3]) == 4
    assert next_meeting_number([2, 5]) == 6  # a gap is not refilled: numbers already printed stay unique


def test_item_number() -> None:
    assert item_number(4, 2) == "4.2"
