"""Chat request and result shapes (contract: POST /api/v1/chat)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from knowledge.inputs import BadInput, as_of_date

MAX_MESSAGE_CHARS = 500
CHANNELS = ("web", "wechat", "console", "cli")


class ChatMetadata(BaseModel):
    # Accepted for older clients but never trusted: the route sets the channel (contract "Chat").
    channel: Literal["web", "wechat", "console", "cli"] | None = Field(
        default=None, description="已不使用：渠道由接口决定（保留以兼容旧客户端）"
    )
    as_of: str | None = Field(default=None, description="按此日期判断政策有效期 YYYY-MM-DD，默认今天")

    @field_validator("as_of")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        try:
            return as_of_date(v).isoformat()
        except BadInput as exc:
            raise ValueError(exc.message) from None


class ChatRequest(BaseModel):
    sender_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9_\-:.@]+$",
        description="服务器分配的会话标识；不带则开始新的对话，回复中返回新标识",
    )
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, description="用户消息，最多500字")
    metadata: ChatMetadata = Field(default_factory=ChatMetadata)


@dataclass
class Handoff:
    reason: str
    topic: str | None
    departments: list[str]
    profile: dict


@dataclass
class ChatResult:
    messages: list[dict]
    degraded: bool = False  # answered by the search fallback (dialogue service down)
    handoff: Handoff | None = None
    handoff_id: int | None = None
    extras: list[dict] = field(default_factory=list)  # other custom payloads from actions

    def to_response(self) -> dict:
        return {"messages": self.messages}


_PAYLOAD = re.compile(r"^/[a-z_]+(\{.*\})?$", re.S)


def clean_message(text: str) -> str:
    """Whitespace normalised (jieba turns spaces into tokens, which breaks DIET: Rasa #7910).

    A leading "/" makes Rasa skip NLU: only button payloads ("/handoff", '/inform{…}') may use it;
    a person who types "/天气" is read as text."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=[\u4e00-\u9fff，。？！、]) (?=[\u4e00-\u9fff，。？！、])", "", text)
    if text.startswith("/") and not _PAYLOAD.match(text):
        text = text.lstrip("/").strip() or text
    return text
