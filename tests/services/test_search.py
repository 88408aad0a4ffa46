"""Thai search finds words inside running text, short words too, and says where each hit lives."""

from __future__ import annotations

import datetime as dt

from meetingdesk.domain.enums import DecisionKind, FindingKind, Phase
from meetingdesk.services import actions, meetings
from meetingdesk.services.search import search
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Finding, Project
from tests.services.helpers import new_meeting, small_office


def _office_with_text(db: Database) -> dict[str, int]:
    o = small_office(db)
    meeting = new_meeting(db, o.board, dt.date(2026, 1, 20))
    item = meetings.add_agenda_item(
        db, meeting, 5, "พิจารณาแนวทางการนิเทศโรงเรียนขนาดเล็ก",
        background="ผลการนิเทศพบว่านักเรียนอ่านออกเขียนได้ดีขึ้นในภาคเรียนที่สอง",
    )  # fmt: skip
    decision = meetings.record_decision(db, item, DecisionKind.ASSIGNED, "มอบหมายให้ศึกษานิเทศก์ติดตามผลทุกเดือน")
    action = actions.add_action(db, decision, "จัดทำปฏิทินการนิเทศแบบกัลยาณมิตร", owner_person_id=o.member)
    with db.writing() as s:
        project = Project(fiscal_year=2569, name="โครงการส่งเสริมการอ่านออกเขียนได้")
        s.add(project)
        s.flush()
        finding = Finding(
            project_id=project.id, phase=Phase.AFTER, kind=FindingKind.RESULT,
            text="นักเรียนชั้นประถมศึกษาปีที่ 1 อ่านคล่องร้อยละ 92", source="การนิเทศ ติดตาม",
        )  # fmt: skip
        s.add(finding)
        s.flush()
        ids = {"project": project.id, "finding": finding.id}
    return {"meeting": meeting, "item": item, "decision": decision, "action": action, **ids}


def test_a_thai_word_inside_running_text_is_found(db: Database) -> None:
    ids = _office_with_text(db)
    hits = search(db, "อ่านออกเขียนได้")
    kinds = {(h.kind, h.id) for h in hits}
    assert ("agenda_item", ids["item"]) in kinds  # in the background text, mid-sentence
    item_hit = next(h for h in hits if h.kind == "agenda_item")
    assert item_hit.meeting_id == ids["meeting"]
    assert item_hit.title == "5.1 พิจารณาแนวทางการนิเทศโรงเรียนขนาดเล็ก"
    assert "อ่านออกเขียนได้" in item_hit.snippet


def test_every_kind_points_to_what_a_user_opens(db: Database) -> None:
    ids = _office_with_text(db)
    by_kind = {h.kind: h for h in search(db, "นิเทศ", limit=20)}
    assert set(by_kind) == {"agenda_item", "decision", "action", "finding"}
    assert by_kind["decision"].meeting_id == ids["meeting"]
    assert by_kind["action"].meeting_id == ids["meeting"]
    assert by_kind["finding"].project_id == ids["project"] and by_kind["finding"].meeting_id is None


def test_two_character_words_are_found_by_the_fallback(db: Database) -> None:
    _office_with_text(db)
    hits = search(db, "ดี")  # shorter than a trigram: inside ดีขึ้น
    assert [h.kind for h in hits] == ["agenda_item"]
    assert search(db, "ขึ้น ดี")[0].kind == "agenda_item"  # a long and a short word together


def test_every_word_must_match_and_syntax_is_just_text(db: Database) -> None:
    _office_with_text(db)
    assert search(db, "นิเทศ กัลยาณมิตร")[0].kind == "action"
    assert search(db, "นิเทศ ไม่มีคำนี้") == []
    for odd in ('"', "AND OR NOT", "นิเทศ*", "(", "NEAR(a b)", "'; DROP TABLE meeting; --"):
        search(db, odd)  # no syntax error, whatever the user typed
    assert search(db, "   ") == []


def test_edits_and_deletes_reach_the_index(db: Database) -> None:
    ids = _office_with_text(db)
    meetings.update_agenda_item(db, ids["item"], title="พิจารณาแผนพัฒนาคุณภาพการศึกษา")
    assert any(h.id == ids["item"] for h in search(db, "แผนพัฒนาคุณภาพ"))
    assert not any(h.kind == "agenda_item" for h in search(db, "ขนาดเล็ก"))
    meetings.delete_agenda_item(db, ids["item"])
    assert search(db, "แผนพัฒนาคุณภาพ") == []
    assert search(db, "กัลยาณมิตร") == []  # its decision and action went with it


def test_results_are_ranked(demo_db: Database) -> None:
    hits = search(demo_db, "การนิเทศ", limit=30)
    assert len(hits) == 30
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)  # FTS5 rank: lower is better
