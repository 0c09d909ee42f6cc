"""Helpers for tests that drive the real processes and a real browser."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx

from stack.runner import Stack, free_port

STAFF_TOKEN = "test-staff-token"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialling out on a machine with no network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


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

    def chat(self, sender_id: str, message: str, metadata: dict | None = None) -> dict:
        return self.stack.chat(sender_id, message, metadata)

    def staff_get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", headers={"Authorization": f"Bearer {self.staff_token}"}, timeout=30)


def start(workdir: Path, with_dialogue: bool, extra_env: dict | None = None) -> Running:
    db_url = f"sqlite:///{workdir / 'app.db'}"
    env = {"POLICY_DATABASE_URL": db_url, "POLICY_STAFF_TOKEN": STAFF_TOKEN,
           "POLICY_SESSION_SECRET": "test-session-secret", "POLICY_ENV": "development", **(extra_env or {})}
    stack = Stack(api_port=free_port(), rasa_port=free_port(), action_port=free_port(),
                  with_dialogue=with_dialogue, workdir=workdir, env=env)
    if not with_dialogue:
        # Nothing listens here: chat degrades to the search fallback, as when Rasa is down.
        stack.rasa_port = free_port()
    # a shared, loaded machine may need longer than the default to load Rasa's model
    stack.start(log=lambda *_: None, timeout_s=float(os.environ.get("POLICY_START_TIMEOUT_S") or 240))
    return Running(stack, db_url)
