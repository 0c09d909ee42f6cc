"""Messages the dialogue never heard, kept until it is back.

A turn answered by the search fallback (Rasa down or over its timeout) never reaches the tracker, so
what it said ("俺们在大连") was asked again when the dialogue came back (12345 E01: the region asked four
times). Those texts ride with the next message that does reach Rasa, as metadata "unheard", and the
actions read their facts (actions/unheard.py). Kept in this process only, bounded: with several API
workers a conversation that moves to another worker loses them, as it would without this.
"""

from __future__ import annotations

from collections import OrderedDict

PER_CONVERSATION = 3
CONVERSATIONS = 5000


class Unheard:
    def __init__(self) -> None:
        self._texts: OrderedDict[str, list[str]] = OrderedDict()

    def add(self, sender_id: str, text: str) -> None:
        texts = self._texts.pop(sender_id, [])
        self._texts[sender_id] = (texts + [text])[-PER_CONVERSATION:]
        while len(self._texts) > CONVERSATIONS:
            self._texts.popitem(last=False)

    def pending(self, sender_id: str) -> list[str]:
        return list(self._texts.get(sender_id, []))

    def heard(self, sender_id: str) -> None:
        self._texts.pop(sender_id, None)
