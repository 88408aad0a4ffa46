"""A worker thread's burst reaches the GUI thread as one wake-up (ui/inbox.py), in order, nothing lost."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from meetingdesk.ui.inbox import Inbox


def test_a_burst_from_a_thread_wakes_the_gui_thread_once(qtbot: QtBot) -> None:
    inbox: Inbox[int] = Inbox()
    woken: list[list[int]] = []
    inbox.arrived.connect(lambda: woken.append(inbox.take()))
    sender = threading.Thread(target=lambda: [inbox.put(n) for n in range(100)])
    sender.start()
    sender.join()
    qtbot.waitUntil(lambda: bool(woken))
    qtbot.wait(50)  # nothing more is on its way: one wake-up for the whole burst
    assert woken == [list(range(100))]
    inbox.put(100)  # taken, so the next item wakes it again
    qtbot.waitUntil(lambda: len(woken) == 2)
    assert woken[1] == [100]
