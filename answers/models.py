"""The composed answer: text for people, buttons, and the citations a channel renders as cards."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Reply:
    text: str
    citations: list[dict] = field(default_factory=list)
    buttons: list[dict] = field(default_factory=list)
    # Channel-independent facts about the answer (e.g. {"low_confidence": True}); not shown.
    meta: dict = field(default_factory=dict)

    def to_message(self) -> dict:
        """The contract's chat message: {"text", "buttons", "citations"}."""
        return {"text": self.text, "buttons": list(self.buttons), "citations": list(self.citations)}

    def to_payload(self) -> dict:
        """What an action sends as Rasa `json_message` (the REST channel returns it as `custom`)."""
        return {"answer": {**self.to_message(), "meta": dict(self.meta)}}


def button(title: str, payload: str) -> dict:
    return {"title": title, "payload": payload}
