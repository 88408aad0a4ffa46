"""Phones in the other techniques, by the same services: su-ji-pu-li questions go to the queue (and a phone types
nothing while the facilitator notes key points); a focus-group answer only while the facilitator has opened the
question, and it answers that question."""

from __future__ import annotations

from meetingdesk.domain.enums import CardKind, QuestionStatus, RouteQuestionKind, Technique
from meetingdesk.room.server import Room
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from tests.room.phones import Phone


def test_sujipuli_questions_reach_the_queue(db: Database) -> None:
    sid = sessions.start_session(db, Technique.SUJIPULI, title="ผลการนิเทศภาคเรียนที่ 1")
    room = Room(db, sid, hosts=("127.0.0.1",), port=0).start()
    try:
        phone = Phone(room.url())
        assert phone.get().body["input"] is None  # สุ: the facilitator notes the key points
        assert phone.post("card", {"text": "จดเอง"}).status == 409
        sessions.step(db, sid)  # จิ: reflections
        sessions.step(db, sid)  # ปุ: questions
        room.changed()
        assert phone.get().body["input"] == "question"
        assert phone.post("card", {"text": "งบประมาณมาจากไหน"}).status == 201
    finally:
        room.stop()
    (card,) = sessions.board_view(db, sid).cards
    assert (card.kind, card.question_status, card.from_room) == (CardKind.QUESTION, QuestionStatus.OPEN, True)


def test_a_focus_group_answer_only_when_the_question_is_opened(db: Database) -> None:
    sid = sessions.start_session(db, Technique.FOCUS_GROUP, title="การนิเทศแบบกัลยาณมิตร")
    first = sessions.add_route_question(db, sid, RouteQuestionKind.OPENING, "ท่านได้รับการนิเทศกี่ครั้ง")
    second = sessions.add_route_question(db, sid, RouteQuestionKind.KEY, "สิ่งใดช่วยได้มากที่สุด")
    sessions.step(db, sid)  # the discussion
    room = Room(db, sid, hosts=("127.0.0.1",), port=0).start()
    try:
        phone = Phone(room.url())
        assert phone.get().body["input"] is None
        assert phone.post("card", {"text": "สองครั้ง"}).status == 409  # not opened to phones
        room.open_question(second)
        state = phone.get().body
        assert state["input"] == "response" and state["stage"]["prompt"] == "สิ่งใดช่วยได้มากที่สุด"
        assert phone.post("card", {"text": "การสังเกตการสอนร่วมกัน"}).status == 201
        room.open_question(None)
        assert phone.post("card", {"text": "อีกคำตอบ"}).status == 409
    finally:
        room.stop()
    (card,) = sessions.board_view(db, sid).cards
    assert (card.kind, card.question_id, card.question) == (CardKind.RESPONSE, second, 2)
    assert first != second


def test_the_phone_speaks_english_when_the_session_does(db: Database) -> None:
    sid = sessions.start_session(db, Technique.BRAINSTORM, title="Reading")
    sessions.step(db, sid)
    room = Room(db, sid, lang="en", hosts=("127.0.0.1",), port=0).start()
    try:
        phone = Phone(room.url())
        state = phone.get().body
        assert (state["lang"], state["stage"]["title"]) == ("en", "Generate")
        assert "criticise" in state["stage"]["prompt"]
        assert phone.post("card", {"text": ""}).body["error"] == "Please enter the text."
    finally:
        room.stop()
