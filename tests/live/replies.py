"""Reading a chat reply (contract "Chat" shape), shared by the live conversation tests."""

from __future__ import annotations


def text(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def citations(reply: dict) -> list[dict]:
    return [c for m in reply["messages"] for c in m["citations"]]


def payloads(reply: dict) -> list[str]:
    return [b["payload"] for m in reply["messages"] for b in m["buttons"]]


def clause_ids(reply: dict) -> list[str]:
    return [c["clause_id"] for c in citations(reply)]
