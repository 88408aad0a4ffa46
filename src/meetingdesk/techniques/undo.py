"""Undo and redo of board actions: each action knows how to undo and redo itself (services do the work)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Command:
    label: str
    undo: Callable[[], object]
    redo: Callable[[], object]


@dataclass
class UndoStack:
    done: list[Command] = field(default_factory=list)
    undone: list[Command] = field(default_factory=list)
    limit: int = 200

    def push(self, command: Command) -> None:
        """Record an action already carried out."""
        self.done.append(command)
        del self.done[: -self.limit]
        self.undone.clear()

    def undo(self) -> Command | None:
        """Take back the last action; if that is refused (an exception), the action stays where it was."""
        if not self.done:
            return None
        self.done[-1].undo()
        command = self.done.pop()
        self.undone.append(command)
        return command

    def redo(self) -> Command | None:
        if not self.undone:
            return None
        self.undone[-1].redo()
        command = self.undone.pop()
        self.done.append(command)
        return command

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
