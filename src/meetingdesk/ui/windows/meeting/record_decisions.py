"""The record tab's decisions and actions at work: record a decision with its kind and votes, add an action with
its owner and due date, take one back, correct a decision, certify the previous minutes (a mixin of ``RecordTab``,
which supplies the fields, the chosen item and ``_chosen`` to show it again)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QListWidget, QSpinBox, QWidget

from meetingdesk.domain.enums import DecisionKind
from meetingdesk.services import actions, meetings
from meetingdesk.ui.common import ThaiDateEdit, chosen
from meetingdesk.ui.interaction import interaction
from meetingdesk.ui.models.roles import ActionRole, IdRole

if TYPE_CHECKING:
    from meetingdesk.ui.windows.meeting.window import MeetingWindow


class DecisionActions(QWidget):
    w: MeetingWindow
    item_id: int | None
    decisions: QListWidget
    kind: QComboBox
    decision_text: QLineEdit
    votes: QCheckBox
    votes_for: QSpinBox
    votes_against: QSpinBox
    votes_abstain: QSpinBox
    action_title: QLineEdit
    owner: QComboBox
    due: ThaiDateEdit
    has_due: QCheckBox
    _previous: int  # set when the item certifies the previous minutes
    _previous_number: str

    flush: Callable[[], bool]  # RecordTab's: save what was typed first
    _chosen: Callable[[], None]  # RecordTab's: show the chosen item again

    def add_decision(self) -> int | None:
        if self.item_id is None:
            return None
        self.flush()
        votes = (
            (self.votes_for.value(), self.votes_against.value(), self.votes_abstain.value())
            if self.votes.isChecked()
            else None
        )
        did, ok = self.w.run(
            meetings.record_decision, self.w.ctx.db, self.item_id, chosen(self.kind, DecisionKind),
            self.decision_text.text(), votes=votes,
        )  # fmt: skip
        if ok:
            self.decision_text.clear()
            self._chosen()
        return did if ok else None

    def add_action(self) -> int | None:
        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None:
            interaction().inform(self, self.tr("บันทึกมติก่อน แล้วจึงเพิ่มการดำเนินการตามมติ"))
            return None
        kind, owner = self.owner.currentData() or (None, None)
        aid, ok = self.w.run(
            actions.add_action, self.w.ctx.db, int(entry.data(IdRole)), self.action_title.text(),
            owner_person_id=owner if kind == "person" else None, owner_group_id=owner if kind == "group" else None,
            due_date=self.due.date() if self.has_due.isChecked() else None,
        )  # fmt: skip
        if ok:
            self.action_title.clear()
            self._chosen()
        return aid if ok else None

    def remove_chosen(self) -> bool:
        """Take back the chosen decision (with its actions) or action, after asking."""
        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None:
            return False
        action_id = entry.data(ActionRole)
        what = entry.text().strip().removeprefix("→ ")
        answer = interaction().confirm(self, (self.tr("ลบงาน “%1” หรือไม่?") if action_id is not None
             else self.tr("ลบมติ “%1” พร้อมงานที่ต้องดำเนินการตามมตินี้หรือไม่?")).replace("%1", what),
        )  # fmt: skip
        if not answer:
            return False
        if action_id is not None:
            ok = self.w.run(meetings.delete_action, self.w.ctx.db, int(action_id))[1]
        else:
            ok = self.w.run(meetings.delete_decision, self.w.ctx.db, int(entry.data(IdRole)))[1]
        if ok:
            self._chosen()
        return ok

    def edit_chosen(self) -> bool:
        """Correct the chosen decision (its wording, kind, votes, the findings it answers) until certified."""
        from meetingdesk.services.decisions import decision_detail
        from meetingdesk.ui.dialogs.decision_dialog import DecisionDialog

        entry = self.decisions.currentItem() if self.decisions.count() else None
        if entry is None or self.w.frozen:
            return False
        ctx = self.w.ctx
        detail = decision_detail(ctx.db, int(entry.data(IdRole)))
        if DecisionDialog(ctx.db, detail, self).exec() != QDialog.DialogCode.Accepted:
            return False
        self._chosen()
        self.w.show_heading()
        self.w.changed.emit()
        return True

    def certify_previous(self) -> bool:
        """Section 2: this meeting certifies the previous meeting's minutes — asked first, with any amendments."""
        from meetingdesk.ui.dialogs.certify_dialog import CertifyDialog

        dialog = CertifyDialog(
            self.w.ctx, self._previous, self._previous_number, self.w.meeting_id, self.w.meeting_date, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._chosen()
        self.w.changed.emit()  # the certified meeting's status changed in the meetings list
        return True
