"""What the room sees of a board, without Qt: a su-ji-pu-li question's state in the queue."""

from __future__ import annotations


def test_a_question_in_the_rooms_queue_shows_what_became_of_it_and_whom_it_was_put_to() -> None:
    from meetingdesk.domain.enums import QuestionStatus
    from meetingdesk.techniques.board import as_asked

    assert as_asked("สื่อจะแจกเมื่อไร", QuestionStatus.OPEN, "ผอ.กลุ่มนิเทศฯ", "th") == "สื่อจะแจกเมื่อไร (ถึง ผอ.กลุ่มนิเทศฯ)"
    assert as_asked("สื่อจะแจกเมื่อไร", QuestionStatus.ANSWERED, "", "th") == "✓ ตอบแล้ว: สื่อจะแจกเมื่อไร"
    assert as_asked("When?", QuestionStatus.DEFERRED, "the director", "en") == "→ Deferred: When? (to the director)"
    assert as_asked("ทำไม", None, "", "th") == "ทำไม"
