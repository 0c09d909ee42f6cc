"""Helpers for tests that drive the real processes and a real browser."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx

from stack.ports import start_on_free_ports
from stack.runner import Stack

STAFF_TOKEN = "test-staff-token"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialling out on a machine with no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@dataclass
class Running:
    """A started stack as tests see it."""

    stack: Stack
    db_url: str
    staff_token: str = STAFF_TOKEN

    @property
    def url(self) -> str:
        return self.stack.api_url

    api_url = url

    def chat(self, sender_id: str | None, message: str, metadata: dict | None = None) -> dict:
        return self.stack.chat(sender_id, message, metadata)

    def conversation(self, metadata: dict | None = None) -> "Conversation":
        """A new person talking to this stack (the id is issued on the first `say`)."""
        return Conversation(httpx.Client(base_url=self.url, timeout=60), metadata)

    def staff_get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", headers={"Authorization": f"Bearer {self.staff_token}"}, timeout=30)


class Conversation:
    """One person's conversation through POST /api/v1/chat, as the widget holds it: the first turn
    goes without `sender_id` and the server issues one; every later turn sends it back.

    `client` is anything with `.post(path, json=…)` relative to the API: an httpx.Client with a
    base_url (a running stack) or FastAPI's TestClient (in-process tests)."""

    def __init__(self, client, metadata: dict | None = None):
        self.client, self.metadata = client, metadata
        self.sender_id: str | None = None

    def say(self, message: str, metadata: dict | None = None) -> dict:
        body: dict = {"message": message}
        if self.sender_id:
            body["sender_id"] = self.sender_id
        if metadata or self.metadata:
            body["metadata"] = metadata or self.metadata
        r = self.client.post("/api/v1/chat", json=body)
        r.raise_for_status()
        reply = r.json()
        self.sender_id = reply["sender_id"]
        return reply


def start_conversation(client, message: str = "你好", metadata: dict | None = None) -> str:
    """Start a conversation and return the id the server issued (for tests that need a valid one)."""
    conversation = Conversation(client, metadata)
    conversation.say(message)
    return conversation.sender_id


def start(workdir: Path, with_dialogue: bool, extra_env: dict | None = None) -> Running:
    db_url = f"sqlite:///{workdir / 'app.db'}"
    env = {
        "POLICY_DATABASE_URL": db_url,
        "POLICY_STAFF_TOKEN": STAFF_TOKEN,
        "POLICY_SESSION_SECRET": "test-session-secret",
        "POLICY_CONVERSATION_SECRET": "test-conversation-secret",
        "POLICY_ENV": "development",
        # one test session plays many people from one address (127.0.0.1): the per-address limits
        # would refuse it; the limits themselves are tested on their own stacks and apps
        "POLICY_CHAT_RATE_PER_MINUTE": "0",
        "POLICY_SEARCH_RATE_PER_MINUTE": "0",
        "POLICY_HANDOFF_LIMIT_PER_HOUR": "0",
        **(extra_env or {}),
    }
    # A busy shared machine (several Rasa trainings at once) can take longer than the default to
    # load a model: POLICY_START_TIMEOUT_S raises the bound for a test run, never removes it.
    timeout_s = float(os.environ.get("POLICY_START_TIMEOUT_S", "240"))  # test-only knob, not a setting

    rasa_servers = int(env.get("POLICY_RASA_SERVERS", "1"))  # more than one: the load tool's --env

    def start_on(ports: list[int]) -> Stack:
        # Without dialogue nothing listens on the Rasa port: chat degrades to the search fallback,
        # as when Rasa is down.
        stack = Stack(
            api_port=ports[0],
            rasa_port=ports[1],
            action_port=ports[2],
            with_dialogue=with_dialogue,
            workdir=workdir,
            env=env,
            more_rasa_ports=ports[3:],
        )
        return stack.start(log=lambda *_: None, timeout_s=timeout_s)

    return Running(start_on_free_ports(2 + rasa_servers, start_on), db_url)
