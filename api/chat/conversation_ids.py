"""Conversation ids issued by the server (contract "Chat"): whoever knows an id owns the conversation.

An id is `web-<random>.<signature>`: 96 random bits and an HMAC-SHA256 over them, so an id can only
come from us and nothing needs to be stored — several API processes sharing the secret agree, and
no migration is needed. A made-up id ("web-1", another person's guess, a `wx:` WeChat id) has no
valid signature and is refused: a conversation's facts are read back only to the one who holds it.

The key is POLICY_CONVERSATION_SECRET, else one derived from POLICY_SESSION_SECRET (required in
production), else — development with placeholders only — a random key for this process, so the
public placeholder never signs anything (ids then last until the process restarts; the widget
starts a new conversation when its stored id is refused).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from functools import lru_cache

from fastapi import HTTPException

from api.settings import PLACEHOLDER, Settings

PREFIX = "web-"
NOT_ISSUED = "会话标识无效或已过期：请不带 sender_id 重新开始对话（会话标识由服务器分配）"
_SHAPE = re.compile(r"^web-([A-Za-z0-9_\-]{16})\.([A-Za-z0-9_\-]{22})$")
_PROCESS_KEY = secrets.token_bytes(32)


def _configured(value: str | None) -> bool:
    return bool(value) and value != PLACEHOLDER


@lru_cache(maxsize=8)
def _key(conversation_secret: str, session_secret: str) -> bytes:
    if _configured(conversation_secret):
        return hashlib.sha256(f"conversation-ids|{conversation_secret}".encode()).digest()
    if _configured(session_secret):
        return hashlib.sha256(f"conversation-ids-from-session|{session_secret}".encode()).digest()
    return _PROCESS_KEY


def _sign(key: bytes, token: str) -> str:
    mac = hmac.new(key, f"conversation|{token}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode()[:22]


def key_for(settings: Settings) -> bytes:
    return _key(settings.conversation_secret, settings.session_secret)


def issue(settings: Settings) -> str:
    token = secrets.token_urlsafe(12)  # 16 url-safe characters
    return f"{PREFIX}{token}.{_sign(key_for(settings), token)}"


def is_issued(sender_id: str, settings: Settings) -> bool:
    m = _SHAPE.match(sender_id or "")
    return bool(m) and hmac.compare_digest(m.group(2), _sign(key_for(settings), m.group(1)))


def require_issued(sender_id: str, settings: Settings) -> str:
    """The id itself, or a 403 in Chinese (for every route that takes a conversation id)."""
    if not is_issued(sender_id, settings):
        raise HTTPException(status_code=403, detail=NOT_ISSUED)
    return sender_id
