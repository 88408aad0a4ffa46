"""A fiscal year's decisions followed up, as plain data: each decision with its meeting and actions (owner, due
date, status, latest progress note, completion date), and the counts a summary of them shows. Built by
``services/followup.py``; written by the follow-up report, its spreadsheet and the evidence report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from meetingdesk.domain.enums import ActionStatus, BodyKind, DecisionKind


@dataclass(frozen=True)
class ActionFollowup:
    action_id: int
    title: str
    owner: str
    owner_is_person: bool
    due: dt.date | None
    status: ActionStatus
    overdue: bool
    progress: str  # the latest progress note ("" when none was written)
    progress_on: dt.date | None
    done_on: dt.date | None  # when it was reported done (the last change to done)

    @property
    def on_time(self) -> bool | None:
        """Done by its due date; None when not done or without a due date (then it is not counted)."""
        if self.status is not ActionStatus.DONE or self.done_on is None or self.due is None:
            return None
        return self.done_on <= self.due


@dataclass(frozen=True)
class DecisionFollowup:
    decision_id: int
    kind: DecisionKind
    text: str
    item: str  # "4.2"
    item_title: str
    confidential: bool
    actions: tuple[ActionFollowup, ...]


@dataclass(frozen=True)
class MeetingFollowup:
    meeting_id: int
    body_id: int
    body: str
    body_kind: BodyKind
    number: int
    year_be: int
    date: dt.date
    decisions: tuple[DecisionFollowup, ...]


@dataclass(frozen=True)
class Totals:
    meetings: int
    decisions: int
    to_carry_out: int  # decisions with at least one action that is not cancelled
    carried_out: int  # of those, every such action done
    actions: int
    by_status: dict[ActionStatus, int]
    overdue: int
    done_with_due: int  # done actions that had a due date and a reported completion date
    done_on_time: int

    def percent(self, part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Followup:
    office: str
    body_id: int | None
    body: str  # "" for every body
    fiscal_year: int
    as_of: dt.date
    meetings: tuple[MeetingFollowup, ...]

    @property
    def totals(self) -> Totals:
        return totals_of(self.meetings)


def totals_of(meetings: Iterable[MeetingFollowup]) -> Totals:
    """The counts a summary of these meetings' decisions shows."""
    meetings = list(meetings)
    return totals_of_actions([d.actions for m in meetings for d in m.decisions], meetings=len(meetings))


def totals_of_actions(per_decision: Iterable[Sequence[ActionFollowup]], *, meetings: int = 0) -> Totals:
    """The counts for decisions given by their actions: a decision is to be carried out when it has an action
    that is not cancelled, carried out when every such action is done."""
    decisions = list(per_decision)
    actions = [a for acts in decisions for a in acts]
    live = [[a for a in acts if a.status is not ActionStatus.CANCELLED] for acts in decisions]
    counted = [a for a in actions if a.on_time is not None]
    return Totals(
        meetings=meetings,
        decisions=len(decisions),
        to_carry_out=sum(1 for acts in live if acts),
        carried_out=sum(1 for acts in live if acts and all(a.status is ActionStatus.DONE for a in acts)),
        actions=len(actions),
        by_status={s: sum(1 for a in actions if a.status is s) for s in ActionStatus},
        overdue=sum(1 for a in actions if a.overdue),
        done_with_due=len(counted),
        done_on_time=sum(1 for a in counted if a.on_time),
    )
