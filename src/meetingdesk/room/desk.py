"""What a phone may see and do in one session, through the same services as the facilitator's console: the same
stages, dot caps, hidden votes, anonymity, pause (read-only) and close (frozen). Nothing here re-implements a
rule; a refusal comes back as the service's ``UserError`` and nothing is written.

Everything returned is plain JSON-ready data; the server (``room/server.py``) only carries it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from meetingdesk.domain.enums import AttendanceStatus, CardKind, SessionStatus, Technique
from meetingdesk.domain.errors import InvalidInput, UserError
from meetingdesk.services import attendance, meeting_view, satisfaction, sessions
from meetingdesk.services.sessions.board import CardView
from meetingdesk.techniques.board import in_the_room
from meetingdesk.techniques.catalog import CATALOG

if TYPE_CHECKING:
    from meetingdesk.services import Database

refused_later = InvalidInput("ไม่ได้บันทึก", "Not saved.")  # a place held until the service's answer fills it

# What a participant may type from a phone, by stage input: the facilitator's own notes (key points) and the
# group's conclusions stay the facilitator's; a focus-group response only while the facilitator allows it.
PHONE_KINDS = frozenset({CardKind.IDEA, CardKind.REFLECTION, CardKind.QUESTION, CardKind.RESPONSE})
MAX_TEXT = 500  # characters in one card or comment (a card on the projector shows three lines)


@dataclass(frozen=True)
class Snapshot:
    """The room's shared state at one moment, and the dots each participant has used (per item)."""

    shared: dict[str, Any]
    dots: dict[str, Counter[str]] = field(default_factory=dict)  # participant code -> item key -> dots

    def for_device(self, code: str) -> dict[str, Any]:
        """What one phone is shown: the shared state with its own dots (nobody else's)."""
        mine = self.dots.get(code, Counter())
        voting = self.shared.get("voting")
        if not voting:
            return self.shared
        left = max(0, voting["each"] - sum(mine.values()))
        return {**self.shared, "voting": {**voting, "mine": dict(mine), "left": left}}


class PhoneDesk:
    """One session's phone-side actions; ``question_id`` is the focus-group question the facilitator has opened
    to phones (None: phones do not answer now)."""

    def __init__(self, db: Database, session_id: int, lang: str = "th") -> None:
        self.db = db
        self.session_id = session_id
        self.lang = lang
        self.question_id: int | None = None

    # --- reading --------------------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Read in one or two short transactions: the session's row, and its board only while the room votes."""
        state = sessions.session_state(self.db, self.session_id)
        spec = CATALOG[state.technique]
        stage = spec.stage(state.stage)
        shared: dict[str, Any] = {
            "lang": self.lang,
            "title": state.title,
            "status": state.status.value,
            "stage": {
                "key": stage.key,
                "title": stage.title(self.lang),
                "prompt": stage.prompt(self.lang),
                "n": spec.index(stage.key) + 1,
                "of": len(spec.stages),
            },
            "input": None,
            "codes": not state.anonymous,
            "meeting": state.meeting_id is not None,
        }
        kind = self._phone_input(state.technique, stage.input)
        if kind is not None and state.status is SessionStatus.ACTIVE:
            shared["input"] = kind.value
        if state.technique is Technique.FOCUS_GROUP and kind is not None:
            asked = next((q for q in sessions.route_view(self.db, self.session_id).questions
                          if q.id == self.question_id), None)  # fmt: skip
            shared["stage"]["prompt"] = asked.text if asked else shared["stage"]["prompt"]
        dots: dict[str, Counter[str]] = {}
        if stage.voting:
            view = sessions.board_view(self.db, self.session_id)
            state = view.session
            shown = [c for c in in_the_room(state.technique, stage, view.cards) if not c.hidden]
            revealed = state.votes_revealed
            items = [
                {"key": f"g{c.id}", "text": c.name, **({"dots": c.dots} if revealed else {})} for c in view.clusters
            ] + [
                {"key": f"c{c.id}", "text": c.text, **({"dots": c.dots} if revealed else {})}
                for c in shown
                if c.cluster_id is None
            ]
            shared["voting"] = {
                "items": items,
                "each": state.dots_per_participant,
                "cap": state.max_dots_per_item,
                "revealed": revealed,
                "open": state.status is SessionStatus.ACTIVE,
            }
            for ballot in sessions.ballots(self.db, self.session_id):
                if ballot.participant:
                    kind_, target = ballot.target
                    key = ("g" if kind_ == "cluster" else "c") + str(target)
                    dots.setdefault(ballot.participant, Counter())[key] += ballot.dots
        return Snapshot(shared, dots)

    def _phone_input(self, technique: Technique, kind: CardKind | None) -> CardKind | None:
        if kind not in PHONE_KINDS:
            return None
        if technique is Technique.FOCUS_GROUP and self.question_id is None:
            return None  # the facilitator has not opened the question to phones
        return kind

    def meeting_id(self) -> int:
        meeting = sessions.session_state(self.db, self.session_id).meeting_id
        if meeting is None:
            raise InvalidInput(
                "กิจกรรมนี้ไม่ได้อยู่ในการประชุม จึงไม่มีการลงชื่อหรือแบบประเมิน",
                "This session is not part of a meeting, so there is no sign-in or survey.",
            )
        return meeting

    def members(self) -> list[dict[str, Any]]:
        """The meeting's members not yet recorded (to sign in as), and every member (to name whom one replaces)."""
        view = meeting_view.attendance(self.db, self.meeting_id())
        rows = [r for r in view.rows if r.person_id in view.member_ids and r.substitute_for_id is None]
        return [
            {
                "id": r.person_id,
                "name": r.name,
                "role": (r.role.label(self.lang) if r.role else r.role_text),
                "open": r.status is None,
            }
            for r in rows
        ]

    def survey_items(self) -> list[str]:
        return list(satisfaction.survey_items(self.db, self.meeting_id()))

    # --- acting ---------------------------------------------------------------------------------------------

    def send_cards(self, texts: list[str]) -> list[CardView | UserError]:
        """Cards of the current stage from several phones, committed together (``sessions.add_room_cards``): each
        card as saved, or why it was refused. A ``P3:`` code only counts where the session keeps codes."""
        kinds = PHONE_KINDS if self.question_id is not None else PHONE_KINDS - {CardKind.RESPONSE}
        results: list[CardView | UserError] = []
        lines: list[tuple[str, int | None]] = []
        at: list[int] = []
        for text in texts:
            try:
                lines.append((_limited(text, "ข้อความ", "text"), self.question_id))
                at.append(len(results))
                results.append(refused_later)
            except UserError as refused:
                results.append(refused)
        for n, result in zip(at, sessions.add_room_cards(self.db, self.session_id, lines, kinds=kinds), strict=True):
            results[n] = result
        return results

    def cast_dots(self, ballots: list[tuple[str, str]]) -> list[int | UserError]:
        """One dot each from several phones, each (participant code, item key: ``g12`` a group, ``c34`` a card),
        at the voting stage and within the caps (``sessions.cast_room_dots``): the vote's id, or why not."""
        results: list[int | UserError] = []
        valid: list[tuple[str, int | None, int | None]] = []
        at: list[int] = []
        for participant, key in ballots:
            if len(key) < 2 or key[0] not in "gc" or not key[1:].isdigit():
                results.append(InvalidInput("ไม่มีรายการนี้ให้ลงคะแนน", "There is no such item to vote on."))
                continue
            item = int(key[1:])
            valid.append((participant, item if key[0] == "c" else None, item if key[0] == "g" else None))
            at.append(len(results))
            results.append(refused_later)
        for n, result in zip(at, sessions.cast_room_dots(self.db, self.session_id, valid), strict=True):
            results[n] = result
        return results

    def sign_in(self, person_id: int | None, *, name: str = "", position: str = "", replaces: int | None = None) -> int:
        """A member signs in by choosing their name (the time is recorded); a substitute types their name and
        chooses whom they replace. Someone already recorded is left to the secretary."""
        meeting_id = self.meeting_id()
        members = {m["id"]: m for m in self.members()}
        now = dt.datetime.now().time().replace(microsecond=0)
        if replaces is not None:
            if replaces not in members or not members[replaces]["open"]:
                raise InvalidInput(
                    "เลือกกรรมการที่ยังไม่ได้ลงชื่อ ซึ่งท่านมาประชุมแทน", "Choose the member, not yet signed in, you replace."
                )
            name = _limited(name, "ชื่อผู้มาประชุมแทน", "substitute's name", 120)
            return attendance.add_outside_attendee(
                self.db, meeting_id, name, position[:120], substitute_for_id=replaces, signed_in_at=now
            )
        if person_id is None or person_id not in members:
            raise InvalidInput("ไม่พบชื่อนี้ในรายชื่อกรรมการ", "That name is not on the list of members.")
        if not members[person_id]["open"]:
            raise InvalidInput(
                "ชื่อนี้ลงไว้แล้ว หากไม่ถูกต้องโปรดแจ้งฝ่ายเลขานุการ",
                "This name is already recorded; if that is wrong, tell the secretary.",
            )
        attendance.mark_attendance(self.db, meeting_id, person_id, AttendanceStatus.PRESENT, signed_in_at=now)
        return person_id

    def submit_survey(self, scores: list[int | None], comment: str) -> int:
        """One satisfaction form (the service checks the scores against the meeting's items)."""
        comment = comment.strip()[:MAX_TEXT]
        return satisfaction.submit_form(self.db, self.meeting_id(), scores, comment)


def _limited(text: str, th: str, en: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(str(text).split())
    if not text:
        raise InvalidInput(f"กรุณากรอก{th}", f"Please enter the {en}.")
    if len(text) > limit:
        raise InvalidInput(f"{th}ยาวเกิน {limit} ตัวอักษร", f"The {en} is longer than {limit} characters.")
    return text
