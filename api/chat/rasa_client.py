"""Rasa's REST channel, and what its replies mean.

The REST channel answers HTTP 200 with a partial or empty list even when an action failed, so an
empty reply is treated as the dialogue being unavailable, never as success (RASA-NOTES).
Actions send composed answers as `custom` {"answer": {...}} and hand-offs as {"handoff": {...}}.
"""

from __future__ import annotations

import httpx

from api.chat.models import Handoff


class DialogueUnavailable(Exception):
    def __init__(self, reason: str, unreachable: bool = False):
        super().__init__(reason)
        self.unreachable = unreachable  # nothing was sent: another server may take the turn


async def send(
    client: httpx.AsyncClient, base_url: str, sender_id: str, message: str, metadata: dict, timeout_s: float
) -> list[dict]:
    try:
        r = await client.post(
            f"{base_url.rstrip('/')}/webhooks/rest/webhook",
            json={"sender": sender_id, "message": message, "metadata": metadata},
            timeout=timeout_s,
        )
    except httpx.HTTPError as exc:
        raise DialogueUnavailable(f"{type(exc).__name__}", unreachable=isinstance(exc, httpx.ConnectError)) from None
    if r.status_code != 200:
        raise DialogueUnavailable(f"HTTP {r.status_code}")
    try:
        items = r.json()
    except ValueError:
        raise DialogueUnavailable("reply is not JSON") from None
    if not isinstance(items, list) or not items:
        raise DialogueUnavailable("empty reply")
    return items


def _buttons(raw) -> list[dict]:
    return [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in raw or []
        if isinstance(b, dict)
    ]


def interpret(items: list[dict]) -> tuple[list[dict], Handoff | None, list[dict]]:
    """REST items → contract messages, a hand-off if one was requested, and other custom payloads."""
    messages: list[dict] = []
    handoff: Handoff | None = None
    extras: list[dict] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        custom = item.get("custom")
        if isinstance(custom, dict):
            if isinstance(custom.get("answer"), dict):
                a = custom["answer"]
                messages.append(
                    {
                        "text": str(a.get("text", "")),
                        "buttons": _buttons(a.get("buttons")),
                        "citations": list(a.get("citations") or []),
                    }
                )
            if isinstance(custom.get("handoff"), dict):
                h = custom["handoff"]
                handoff = Handoff(
                    reason=str(h.get("reason") or "user_request")[:32],
                    topic=h.get("topic"),
                    departments=list(h.get("departments") or []),
                    profile=dict(h.get("profile") or {}),
                )
            if not {"answer", "handoff"} & custom.keys():
                extras.append(custom)
            continue
        if item.get("text") or item.get("buttons"):
            messages.append(
                {"text": str(item.get("text") or ""), "buttons": _buttons(item.get("buttons")), "citations": []}
            )
    return messages, handoff, extras
