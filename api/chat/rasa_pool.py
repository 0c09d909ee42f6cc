"""Several Rasa servers behind one API: each conversation sticks to one of them, and moves to the
next only when its own cannot be reached.

POLICY_RASA_URL may list several servers, comma-separated. A conversation's server is chosen by a
hash of its id, so every API process (same list) sends it to the same Rasa: its turns are handled
in order by one server, and Rasa's Redis lock store guards the rare overlap (RASA-NOTES; Rasa
#9213). Every server shares one tracker store (PostgreSQL), so when a conversation's server is
down (refused connection) the next one picks the conversation up with all its facts. A timeout is
not failed over: that server may still be working on the turn, and asking another would answer
it twice.
"""

from __future__ import annotations

import hashlib


def parse_urls(value: str) -> list[str]:
    urls = [u.strip().rstrip("/") for u in value.split(",") if u.strip()]
    return urls or ["http://127.0.0.1:5005"]


def order_for(urls: list[str], sender_id: str) -> list[str]:
    """The servers to try for this conversation: its own first, then the others in ring order."""
    start = int.from_bytes(hashlib.sha256(sender_id.encode()).digest()[:8], "big") % len(urls)
    return urls[start:] + urls[:start]
