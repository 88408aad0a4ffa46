"""The techniques as stage machines and rules, without a database."""

from __future__ import annotations

import pytest

from meetingdesk.domain.enums import CardKind, Technique
from meetingdesk.domain.errors import InvalidInput
from meetingdesk.techniques.catalog import CATALOG
from meetingdesk.techniques.rules import Ballot, check_dots, parse_capture
from meetingdesk.techniques.undo import Command, UndoStack


@pytest.mark.parametrize("technique", list(Technique))
def test_every_technique_walks_forward_and_back_and_stops_at_the_ends(technique: Technique) -> None:
    spec = CATALOG[technique]
    key = spec.stages[0].key
    with pytest.raises(InvalidInput):
        spec.step(key, -1)
    visited = [key]
    while key != spec.stages[-1].key:
        key = spec.step(key, 1).key
        visited.append(key)
    assert visited == [s.key for s in spec.stages]
    with pytest.raises(InvalidInput):
        spec.step(key, 1)
    assert spec.step(key, -1).key == spec.stages[-2].key


def test_stages_say_what_typing_means() -> None:
    sujipuli = CATALOG[Technique.SUJIPULI]
    assert [s.input for s in sujipuli.stages] == [
        CardKind.KEY_POINT,
        CardKind.REFLECTION,
        CardKind.QUESTION,
        CardKind.CONCLUSION,
    ]
    brainstorm = CATALOG[Technique.BRAINSTORM]
    assert brainstorm.stage("generate").input is CardKind.IDEA and brainstorm.stage("generate").seconds
    assert brainstorm.stage("vote").voting and brainstorm.stage("cluster").clustering
    with pytest.raises(InvalidInput):
        brainstorm.stage("nonsense")


def test_capture_prefix_attributes_a_line() -> None:
    assert parse_capture("P3: ควรนิเทศทุกเดือน") == parse_capture("p3 : ควรนิเทศทุกเดือน")
    assert parse_capture("P3: ควรนิเทศทุกเดือน").participant_code == "P3"
    assert parse_capture("ป๓: ไม่ใช่รหัส").participant_code == ""
    assert parse_capture("P๑๒: เลขไทย").participant_code == "P12"
    assert parse_capture("  ความคิดไม่ระบุชื่อ ").text == "ความคิดไม่ระบุชื่อ"
    assert parse_capture("เวลา 09:30 น.").participant_code == ""


def test_dot_limits() -> None:
    votes = [Ballot("P1", ("cluster", 1), 2), Ballot("P2", ("cluster", 1), 3)]
    check_dots(votes, Ballot("P1", ("cluster", 2), 1), per_participant=3, per_item=2)
    with pytest.raises(InvalidInput, match="3 dots"):
        check_dots(votes, Ballot("P1", ("cluster", 2), 2), per_participant=3, per_item=2)
    with pytest.raises(InvalidInput, match="one item"):
        check_dots(votes, Ballot("P1", ("cluster", 1), 1), per_participant=5, per_item=2)
    check_dots(votes, Ballot("", ("cluster", 1), 40), per_participant=3, per_item=2)  # a hand count is the room's
    with pytest.raises(InvalidInput):
        check_dots(votes, Ballot("P3", ("card", 9), -1), per_participant=3, per_item=2)


def test_undo_and_redo() -> None:
    board: list[str] = []
    stack = UndoStack()
    for card in ("ก", "ข"):
        board.append(card)
        stack.push(Command(f"add {card}", undo=lambda c=card: board.remove(c), redo=lambda c=card: board.append(c)))
    assert stack.undo() is not None and board == ["ก"]
    assert stack.redo() is not None and board == ["ก", "ข"]
    stack.undo()
    stack.push(Command("add ค", undo=lambda: board.remove("ค"), redo=lambda: board.append("ค")))
    board.append("ค")
    assert stack.redo() is None  # a new action clears what could be redone
    assert stack.undo() is not None and stack.undo() is not None and stack.undo() is None and board == []
