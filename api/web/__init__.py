"""The web room: the public JSON API (search, eligibility, chat, documents, clauses, feedback) and the
widget with its demo page. Routers read a request and call api/services or api/chat; a room never
imports another room (tests/test_layout.py)."""
