"""POST /api/v1/chat: one turn with the assistant (contract "Chat").

The server issues conversation ids (api/chat/conversation_ids.py): without `sender_id` a new
conversation starts; an id we did not issue — a guess, another person's made-up id, a WeChat
`wx:` id — is refused with 403, so nobody can continue (and read back) someone else's dialogue.
The channel is this route's ("web"), whatever the client's metadata says.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.chat import conversation_ids
from api.chat.models import ChatRequest
from api.clients import client_address
from api.deps import ChatDep, SettingsDep
from api.rate_limits import ChatLimit

router = APIRouter(prefix="/api/v1", tags=["chat"])


@router.post(
    "/chat",
    dependencies=[ChatLimit],
    responses={403: {"description": "会话标识不是服务器分配的"}, 429: {"description": "请求过于频繁"}},
)
async def chat(body: ChatRequest, request: Request, service: ChatDep, settings: SettingsDep) -> dict:
    """与助手对话一轮：返回回复消息（文字、按钮、原文引用）和会话标识 sender_id（下一轮带上）。
    对话服务不可用时返回带提示的原文检索答复。"""
    if body.sender_id is None:
        sender_id = conversation_ids.issue(settings)
    else:
        sender_id = conversation_ids.require_issued(body.sender_id, settings)
    metadata = {**body.metadata.model_dump(), "channel": "web"}
    result = await service.reply(sender_id, body.message, metadata, caller=f"ip:{client_address(request, settings)}")
    return {"sender_id": sender_id, **result.to_response()}
