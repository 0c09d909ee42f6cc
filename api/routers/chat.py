"""POST /api/v1/chat: one turn with the assistant (contract "Chat")."""
from __future__ import annotations

from fastapi import APIRouter

from api.chat.models import ChatRequest
from api.deps import ChatDep

router = APIRouter(prefix="/api/v1", tags=["chat"])


@router.post("/chat")
async def chat(body: ChatRequest, service: ChatDep) -> dict:
    """与助手对话一轮：返回回复消息（文字、按钮、原文引用）。对话服务不可用时返回带提示的原文检索答复。"""
    result = await service.reply(body.sender_id, body.message, body.metadata.model_dump())
    return result.to_response()
