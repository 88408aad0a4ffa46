"""The room joins in: phones on the local network send cards, dots, questions, answers, a sign-in and a survey
to the session on the facilitator's laptop, through the same services as the console.

``desk`` (what a phone may see and do, via services), ``access`` (tokens, join codes, devices, rate limits),
``server`` (the HTTP server on its own threads, server-sent events), ``network`` (the LAN address), ``qr`` (the
join address as a QR matrix). No Qt here: the window hears of phone input through a callback. Nothing in this
package is imported until the facilitator turns joining on.
"""
