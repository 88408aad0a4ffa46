"""The trace of a finding and of a decision, read from a small office counted by hand and from the demo office."""

from __future__ import annotations

from sqlalchemy import select

from meetingdesk.services import actions, trace
from meetingdesk.services.trace import TraceKind
from meetingdesk.storage.database import Database
from meetingdesk.storage.models import Finding, decision_finding
from tests.services.counted_office import TODAY, counted_office


def _finding(db: Database, text: str) -> int:
    with db.reading() as s:
        return s.scalars(select(Finding.id).where(Finding.text == text)).one()


def test_a_finding_reads_from_finding_to_result(db: Database) -> None:
    c = counted_office(db)
    t = trace.of_finding(db, _finding(db, "นักเรียนอ่านไม่คล่อง"), today=TODAY)
    assert t.heading == "เส้นทางจากผลการดำเนินงานสู่ผลลัพธ์"
    assert t.subject == "นักเรียนอ่านไม่คล่อง — โครงการส่งเสริมการอ่าน (ระยะก่อนดำเนินการพัฒนา)"
    kinds = [step.kind.name for step in t.steps]
    # the finding; its meeting; D1 with two actions done (each: action, report); D2 noted; D3 with its actions,
    # one report, and the board's next meeting that followed D3 up (matters arising: D3 was still open)
    assert kinds == [
        "FINDING", "MEETING",
        "DECISION", "ACTION", "ACTION", "PROGRESS", "PROGRESS", "RESULT",
        "DECISION", "RESULT",
        "DECISION", "ACTION", "ACTION", "PROGRESS", "MEETING", "RESULT",
        "RESULT",
    ]  # fmt: skip
    assert [s.decision_id for s in t.steps if s.kind is TraceKind.DECISION] == [
        c.decisions["D1"], c.decisions["D2"], c.decisions["D3"],
    ]  # fmt: skip
    d1_result = t.steps[7]
    assert (d1_result.title, d1_result.detail) == ("ดำเนินการแล้ว", "ดำเนินการแล้ว 2 จาก 2 รายการ")
    assert d1_result.date is not None and d1_result.date.isoformat() == "2025-12-10"  # the last report of done
    assert t.steps[9].title == "ไม่มีการดำเนินการที่ต้องติดตาม"  # noted: nothing to carry out
    follow_up = t.steps[-3]
    assert follow_up.title == "ติดตามมติ: คณะกรรมการบริหาร สพป.ทดสอบ เขต 1 ครั้งที่ 1/2569 ระเบียบวาระที่ 3.2"
    assert t.steps[-2].title == "อยู่ระหว่างดำเนินการ"
    assert (t.steps[-1].title, t.steps[-1].detail) == ("ผลหลังดำเนินการพัฒนา", "อ่านคล่องขึ้นร้อยละ 20")
    assert "ผู้รับผิดชอบ นายวิชัย ทองคำ" in t.steps[3].detail


def test_a_decision_with_evidence(db: Database, tmp_path: object) -> None:
    c = counted_office(db)
    actions.update_action(db, c.actions["a9"], note="ได้ครูแล้ว 2 คน", evidence_path="evidence/9/คำสั่ง.pdf", on=TODAY)
    t = trace.of_decision(db, c.decisions["D7"], today=TODAY, lang="en")
    assert t.heading == "How a decision was carried out"
    assert [s.kind for s in t.steps][:3] == [TraceKind.FINDING, TraceKind.DECISION, TraceKind.ACTION]
    reports = [s for s in t.steps if s.kind is TraceKind.PROGRESS]
    assert [s.evidence for s in reports][-1] == "evidence/9/คำสั่ง.pdf"
    assert (t.steps[-1].title, t.steps[-1].detail) == ("Overdue", "1 of 2 actions done · 1 open · 1 overdue")
    assert TraceKind.PROGRESS.label("en") == "Progress" and TraceKind.PROGRESS.label() == "ความก้าวหน้า"


def test_a_demo_finding_reads_to_its_result(demo_db: Database) -> None:
    with demo_db.reading() as s:
        answered = list(s.scalars(select(decision_finding.c.finding_id).distinct()))
    assert answered
    for finding_id in answered:
        t = trace.of_finding(demo_db, finding_id)
        kinds = [s.kind for s in t.steps]
        assert kinds[0] is TraceKind.FINDING and TraceKind.DECISION in kinds and TraceKind.RESULT in kinds
        assert kinds.index(TraceKind.FINDING) < kinds.index(TraceKind.DECISION) < kinds.index(TraceKind.RESULT)


def test_a_demo_decision_reads_in_time_order_to_its_last_settled_action(demo_db: Database) -> None:
    """The walk's decision (executive board 1/2569 item 5.1, 20 Jan 2026): its findings were taken up again at
    meetings after it, which were listed before the decision; its second action was cancelled on 19 May 2026 but
    the result was dated 19 Feb ("1 of 1 done")."""
    import datetime as dt

    from meetingdesk.storage.models import AgendaItem, Decision, Meeting

    with demo_db.reading() as s:
        decision_id = s.scalars(
            select(Decision.id)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.date == dt.date(2026, 1, 20), AgendaItem.section == 5, AgendaItem.position == 1)
            .where(Decision.text.startswith("มอบหมายให้กลุ่มนโยบายและแผน"))
        ).one()
    t = trace.of_decision(demo_db, decision_id)
    kinds = [s.kind for s in t.steps]
    decision = t.steps[kinds.index(TraceKind.DECISION)]
    dates = [s.date for s in t.steps]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)  # type: ignore[type-var]
    earlier = [s for s in t.steps if s.kind is TraceKind.MEETING and s.date and s.date <= decision.date]  # type: ignore[operator]
    later = [s for s in t.steps if s.kind is TraceKind.MEETING and s.date and s.date > decision.date]  # type: ignore[operator]
    assert earlier and later
    assert all(t.steps.index(s) < t.steps.index(decision) for s in earlier)
    assert all(t.steps.index(s) > t.steps.index(decision) for s in later)
    # by hand: two actions, one done (19 Feb), one cancelled (19 May)
    (result,) = [s for s in t.steps if s.kind is TraceKind.RESULT]
    assert (result.title, result.detail) == ("ดำเนินการแล้ว", "ดำเนินการแล้ว 1 จาก 2 รายการ · ยกเลิก 1 รายการ")
    assert result.date == dt.date(2026, 5, 19)
    assert [s.date for s in t.steps if s.kind is TraceKind.MEETING and s.date > result.date] == [  # type: ignore[operator]
        dt.date(2026, 8, 12), dt.date(2026, 11, 26),
    ]  # fmt: skip
    # a finding found after the first meeting that took the decision's findings up reads after that meeting
    (late,) = [s for s in t.steps if s.kind is TraceKind.FINDING and s.date == dt.date(2025, 10, 26)]
    first_meeting = next(s for s in t.steps if s.kind is TraceKind.MEETING)
    assert first_meeting.date == dt.date(2025, 10, 21) and t.steps.index(first_meeting) < t.steps.index(late)


def test_a_decision_says_its_kind_once(db: Database) -> None:
    """ "รับทราบ: รับทราบ", "มอบหมาย: มอบหมายให้…": the kind is left out when the text already starts with it."""
    c = counted_office(db)

    def title(name: str, lang: str = "th") -> str:
        steps = trace.of_decision(db, c.decisions[name], today=TODAY, lang=lang).steps
        return next(s.title for s in steps if s.kind is TraceKind.DECISION)

    assert title("D2") == "รับทราบ"  # noted, with the kind's own words as its text
    assert title("D1") == "มอบหมายจัดทำแผน"
    assert title("D4") == "มอบหมาย: ซ่อมรั้ว"  # the kind still named where the text does not say it
    assert title("D1", "en").endswith(": มอบหมายจัดทำแผน")  # English kind, Thai text: both shown
