"""Structured sessions for the demo office: one finished session of each technique, one running now."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from meetingdesk.domain.enums import (
    CardKind,
    DecisionKind,
    Phase,
    RouteQuestionKind,
    SessionStatus,
    Technique,
)
from meetingdesk.services import sessions
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import AgendaItem, Meeting

IDEAS = (
    ("จัดค่ายภาษาไทยช่วงปิดภาคเรียน", "การอ่าน"), ("ให้ครูพี่เลี้ยงจับคู่กับครูชั้น ป.1", "การพัฒนาครู"),
    ("ทำแบบฝึกอ่านที่ใช้คำในชุมชน", "การอ่าน"), ("นิเทศแบบกัลยาณมิตรเดือนละครั้ง", "การนิเทศ"),
    ("ใช้แอปพลิเคชันติดตามการอ่านรายบุคคล", "เทคโนโลยี"), ("เชิญผู้ปกครองอ่านนิทานกับลูกทุกคืน", "ผู้ปกครอง"),
    ("ลดงานเอกสารของครูช่วงสอบอ่าน", "การพัฒนาครู"), ("แลกเปลี่ยนเรียนรู้ข้ามโรงเรียนในเครือข่าย", "การนิเทศ"),
    ("มุมหนังสือในห้องเรียนทุกห้อง", "การอ่าน"), ("คัดกรองนักเรียนที่อ่านไม่คล่องตั้งแต่ต้นปี", "การอ่าน"),
    ("จัดทำคลิปสอนสะกดคำให้ครูใช้ซ้ำได้", "เทคโนโลยี"), ("ประชุมผู้ปกครองชั้น ป.1 ทุกภาคเรียน", "ผู้ปกครอง"),
)  # fmt: skip
FOCUS_ROUTE = (
    (RouteQuestionKind.OPENING, "แนะนำตัว และเล่าประสบการณ์สอนอ่านที่ประทับใจ", 5),
    (RouteQuestionKind.KEY, "อะไรทำให้นักเรียน ป.1 อ่านไม่ออก", 15),
    (RouteQuestionKind.KEY, "โรงเรียนต้องการการสนับสนุนอะไรจากเขตพื้นที่", 15),
    (RouteQuestionKind.ENDING, "ข้อเสนอแนะสุดท้ายที่อยากฝาก", 5),
)
FOCUS_ANSWERS = (
    ("นักเรียนย้ายตามผู้ปกครองบ่อย เรียนไม่ต่อเนื่อง", "ครอบครัว"), ("ครูหนึ่งคนสอนสองชั้น", "อัตรากำลัง"),
    ("ไม่มีหนังสือระดับเริ่มอ่านเพียงพอ", "สื่อ"), ("ผู้ปกครองไม่มีเวลาฝึกอ่านกับลูก", "ครอบครัว"),
    ("อยากได้แบบฝึกที่ใช้ได้ทันที", "สื่อ"), ("ขอให้ลดการประเมินที่ซ้ำซ้อน", "ภาระงาน"),
)  # fmt: skip


def _item(db: Database, meeting_id: int, section: int) -> int:
    with db.reading() as s:
        item = s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.section == section)
            .order_by(AgendaItem.position)
        ).first()  # fmt: skip
        assert item is not None
        return item.id


def _meeting(db: Database, body_id: int, day: dt.date) -> int:
    with db.reading() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.body_id == body_id, Meeting.date == day))
        assert meeting_id is not None
        return meeting_id


def build_year_sessions(db: Database, rng: random.Random, bodies: list[int], staff: list[int]) -> None:
    at = dt.datetime(2026, 10, 28, 13, 30)
    focus = _focus_group(db, _item(db, _meeting(db, bodies[7], dt.date(2026, 10, 28)), 5), rng, at)
    brainstorm = _brainstorm(db, _item(db, _meeting(db, bodies[4], dt.date(2026, 6, 23)), 5), rng, at)
    _synthesis(db, _item(db, _meeting(db, bodies[0], dt.date(2026, 9, 22)), 5), [focus, brainstorm], at)
    _sujipuli(db, _item(db, _meeting(db, bodies[5], dt.date(2026, 10, 14)), 4), staff, at)
    # Running right now at the all-staff meeting: a brainstorm still taking ideas.
    live = sessions.start_session(
        db, Technique.BRAINSTORM, agenda_item_id=_item(db, _meeting(db, bodies[6], dt.date(2026, 11, 24)), 4)
    )
    sessions.step(db, live)
    for n, (idea, _theme) in enumerate(IDEAS[:5]):
        sessions.add_card(db, live, f"P{n + 1}: {idea}", now=dt.datetime(2026, 11, 24, 9, 10 + n))


def _brainstorm(db: Database, item_id: int, rng: random.Random, at: dt.datetime) -> int:
    sid = sessions.start_session(db, Technique.BRAINSTORM, agenda_item_id=item_id, now=at)
    sessions.step(db, sid)  # frame → generate
    cards = {}
    for n, (idea, theme) in enumerate(IDEAS):
        cards[idea] = (sessions.add_card(db, sid, f"P{n % 8 + 1}: {idea}", now=at + dt.timedelta(minutes=n)), theme)
    sessions.step(db, sid)  # → cluster
    clusters = {
        theme: sessions.create_cluster(db, sid, theme) for theme in dict.fromkeys(t for _c, t in cards.values())
    }
    for card_id, theme in cards.values():
        sessions.move_card(db, card_id, clusters[theme])
    sessions.step(db, sid)  # → vote
    sessions.set_vote_rules(db, sid, dots_per_participant=3, max_per_item=2)
    names = list(clusters)
    for p in range(1, 9):
        for cluster in rng.sample(names, 3):
            sessions.cast_dots(db, sid, participant=f"P{p}", cluster_id=clusters[cluster])
    sessions.reveal(db, sid)
    sessions.step(db, sid)  # → shortlist
    top = sessions.ranking(db, sid)[0]
    sessions.make_decision(db, sid, cluster_id=top.id, kind=DecisionKind.ASSIGNED)
    sessions.write_summary(db, sid)  # the facilitator puts the outcome in the minutes
    sessions.set_status(db, sid, SessionStatus.CLOSED)
    return sid


def _focus_group(db: Database, item_id: int, rng: random.Random, at: dt.datetime) -> int:
    sid = sessions.start_session(db, Technique.FOCUS_GROUP, agenda_item_id=item_id, now=at)
    questions = [sessions.add_route_question(db, sid, kind, text, minutes) for kind, text, minutes in FOCUS_ROUTE]
    for p in range(1, 7):
        sessions.add_participant(db, sid, f"P{p}", consent=True)
    sessions.step(db, sid)  # → discuss
    for q in questions[1:3]:
        for n, (answer, theme) in enumerate(rng.sample(FOCUS_ANSWERS, 4)):
            card = sessions.add_card(db, sid, f"P{n + 1}: {answer}", route_question_id=q, now=at)
            sessions.tag_card(db, card, [theme], quote=n == 0)
    sessions.step(db, sid)  # → summary
    sessions.add_card(db, sid, "ปัญหาหลักคือความต่อเนื่องของการเรียนและสื่อการอ่านที่ไม่เพียงพอ", now=at)
    sessions.write_summary(db, sid)
    sessions.set_status(db, sid, SessionStatus.CLOSED)
    return sid


def _synthesis(db: Database, item_id: int, sources: list[int], at: dt.datetime) -> int:
    sid = sessions.start_session(db, Technique.SYNTHESIS, agenda_item_id=item_id, now=at)
    sessions.pull_findings(db, sid, phase=Phase.AFTER, fiscal_year=2569, now=at)
    for source in sources:
        sessions.pull_cards(db, sid, source, tagged_only=source == sources[0], now=at)
    sessions.step(db, sid)  # → themes
    themes = {
        "คุณภาพการอ่าน": ("อ่าน", "สื่อ"),
        "การพัฒนาครูและการนิเทศ": ("ครู", "นิเทศ", "PLC"),
        "การมีส่วนร่วมของผู้ปกครอง": ("ผู้ปกครอง", "ครอบครัว"),
    }
    ids = {name: sessions.create_cluster(db, sid, name) for name in themes}
    from meetingdesk.storage.models import Card

    with db.reading() as s:
        cards = [(c.id, c.text + " " + c.tags) for c in s.scalars(select(Card).where(Card.session_id == sid))]
    for card_id, text in cards:
        for name, words in themes.items():
            if any(w in text for w in words):
                sessions.move_card(db, card_id, ids[name])
                break
    with db.reading() as s:  # the brainstorm's groups its cards came in with, left empty by the new themes
        from meetingdesk.storage.models import Cluster

        empty = [c.id for c in s.scalars(select(Cluster).where(Cluster.session_id == sid)) if c.id not in ids.values()]
        used = set(s.scalars(select(Card.cluster_id).where(Card.session_id == sid)))
    for cluster_id in empty:
        if cluster_id not in used:
            sessions.delete_cluster(db, cluster_id)
    sessions.step(db, sid)  # → conclude
    conclusions = {
        "คุณภาพการอ่าน": "ผลการอ่านดีขึ้นในโรงเรียนที่มีสื่อเพียงพอ ควรจัดสรรสื่อให้โรงเรียนขนาดเล็กก่อน",
        "การพัฒนาครูและการนิเทศ": "การนิเทศแบบกัลยาณมิตรและ PLC ได้ผล ควรทำต่อเนื่องทุกภาคเรียน",
        "การมีส่วนร่วมของผู้ปกครอง": "ผู้ปกครองมีส่วนร่วมน้อย ควรมีกิจกรรมอ่านร่วมกันที่บ้าน",
    }
    for name, text in conclusions.items():
        sessions.rename_cluster(db, ids[name], name, conclusion=text)
    sessions.step(db, sid)  # → recommend
    sessions.add_card(db, sid, "จัดสรรสื่อการอ่านให้โรงเรียนขนาดเล็กในปีงบประมาณ พ.ศ. 2570", now=at)
    sessions.make_decision(db, sid, cluster_id=ids["คุณภาพการอ่าน"], kind=DecisionKind.APPROVED)
    sessions.write_summary(db, sid)
    sessions.set_status(db, sid, SessionStatus.CLOSED)
    return sid


def _sujipuli(db: Database, item_id: int, staff: list[int], at: dt.datetime) -> int:
    sid = sessions.start_session(db, Technique.SUJIPULI, agenda_item_id=item_id, now=at)
    for point in ("ผลการทดสอบการอ่าน ป.1 ดีขึ้นร้อยละ 12", "โรงเรียนขนาดเล็ก 8 แห่งยังต่ำกว่าเกณฑ์",
                  "งบประมาณสื่อการอ่านใช้ไปร้อยละ 70"):  # fmt: skip
        sessions.add_card(db, sid, point, now=at)
    sessions.step(db, sid)  # → think
    for reflection in ("P1: ควรดูว่าโรงเรียนที่ดีขึ้นทำอะไรต่างไป", "P2: ครูต้องการเวลาสอนมากกว่าอบรม"):
        sessions.add_card(db, sid, reflection, now=at)
    sessions.step(db, sid)  # → ask
    answered = sessions.add_card(db, sid, "P3: สื่อที่เหลือจะแจกเมื่อไร", asked_to="ผู้อำนวยการกลุ่มนิเทศฯ", now=at)
    deferred = sessions.add_card(db, sid, "P4: จะช่วยโรงเรียนที่ต่ำกว่าเกณฑ์อย่างไร", asked_to="ผู้อำนวยการเขต", now=at)
    sessions.answer_question(db, answered, "ภายในเดือนธันวาคม")
    sessions.answer_question(db, deferred, defer=True)
    sessions.make_decision(db, sid, card_id=deferred, owner_person_id=staff[4], due=dt.date(2026, 12, 15))
    sessions.step(db, sid)  # → write
    sessions.add_card(db, sid, "เร่งนิเทศโรงเรียนที่ต่ำกว่าเกณฑ์ 8 แห่งก่อนสิ้นภาคเรียน", now=at)
    sessions.add_card(db, sid, "การเรียนรู้จากโรงเรียนที่ประสบความสำเร็จช่วยได้มากกว่าการอบรม", kind=CardKind.LESSON, now=at)
    sessions.write_summary(db, sid)
    sessions.set_status(db, sid, SessionStatus.CLOSED)
    return sid
