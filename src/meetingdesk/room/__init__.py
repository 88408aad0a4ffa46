"""The room joins in: phones on the local network send cards, dots, questions, answers, a sign-in and a survey
to the session on the facilitator's laptop, through the same services as the console.

The web server is a process of its own, so its work does not compete with the window for one interpreter:
``server`` (the console's side: starts and stops that process, and is the one writer of what phones send),
``child`` (the process's entry), ``hub`` (its HTTP server on its threads, server-sent events, the phones'
snapshots read from the database), ``http`` (one request's routes and checks), ``pipe`` (the messages between
the two processes), ``desk`` (what a phone may see and do, via services), ``access`` (tokens, join codes,
devices, rate limits), ``network`` (the LAN address), ``qr`` (the join address as a QR matrix). No Qt here: the
window hears of phone input through a callback. Nothing in this package is imported until the facilitator turns
joining on.
"""
