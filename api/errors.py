"""422 answers people can read: each validation error in Chinese, naming the field.

FastAPI's list shape is kept (detail: [{loc, msg, type}]) so clients written against it still work;
`msg` becomes "message: 消息过长（最多500字）" and a top-level `message` joins them for display.
The rejected input is not echoed back (it may be 10 kB of text, or a phone number).
"""

from __future__ import annotations

import re

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from knowledge.inputs import BadInput

LOCATIONS = {"body", "query", "path", "header", "cookie"}
# Database ids are 32-bit on every backend: a longer number in a path is a 422, never a 500.
MAX_ID = 2**31 - 1

# Field names people see in the widget and in API clients' logs.
LABELS = {
    "message": "消息",
    "sender_id": "会话标识",
    "metadata": "附加信息",
    "channel": "渠道",
    "as_of": "日期",
    "rating": "评价",
    "comment": "意见",
    "answer_text": "答复内容",
    "clause_ids": "条款编号",
    "clause_id": "条款编号",
    "doc_id": "文件编号",
    "q": "问题",
    "top_k": "返回条数",
    "region": "地区",
    "limit": "条数",
    "feedback_id": "评价编号",
    "profile": "画像",
    "handoff_id": "转人工编号",
    "before_id": "分页位置",
}


# Messages from the layers below quote what was received ("收到 '…'", "未收录的地区“…”"): helpful
# for a typo, but a 1 MB value must not come back whole. Quoted values and path parts are cut.
ECHO_CHARS = 40
MAX_MESSAGE = 300
_QUOTED = re.compile(r"(['\"“‘「])(.{%d,}?)(['\"”’」])" % (ECHO_CHARS + 1), re.S)


def clip(text: str) -> str:
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{m.group(2)[:ECHO_CHARS]}…{m.group(3)}", str(text))
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "…"


def clip_loc(loc) -> list:
    return [p if not isinstance(p, str) or len(p) <= ECHO_CHARS else p[:ECHO_CHARS] + "…" for p in loc]


def field_path(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in LOCATIONS:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _label(loc) -> str:
    names = [p for p in loc if isinstance(p, str) and p not in LOCATIONS]
    return LABELS.get(names[-1], names[-1]) if names else "请求体"


def chinese(err: dict) -> str:
    """One pydantic error in Chinese (the field itself is prefixed by the caller)."""
    kind, ctx, label = err.get("type", ""), err.get("ctx") or {}, _label(err.get("loc", ()))
    if kind == "string_too_long":
        return f"{label}过长（最多{ctx.get('max_length')}字）"
    if kind == "string_too_short":
        return f"{label}不能为空" if ctx.get("min_length") == 1 else f"{label}过短（至少{ctx.get('min_length')}字）"
    if kind == "too_long":
        return f"{label}过多（最多{ctx.get('max_length')}项）"
    if kind == "missing":
        return f"缺少{label}"
    if kind == "string_pattern_mismatch":
        return f"{label}格式不正确（只能使用字母、数字和 _ - : . @）"
    if kind == "literal_error":
        choices = str(ctx.get("expected", "")).replace("'", "").replace(" or ", "、").replace(", ", "、")
        return f"{label}取值无效，可选：{choices}"
    if kind in ("int_parsing", "int_type", "float_parsing", "float_type", "int_from_float"):
        return f"{label}应为数字"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{label}应不小于{ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"{label}应不大于{ctx.get('le', ctx.get('lt'))}"
    if kind in (
        "string_type",
        "dict_type",
        "list_type",
        "model_attributes_type",
        "bool_type",
        "bool_parsing",
        "model_type",
    ):
        return f"{label}类型不正确"
    if kind == "json_invalid":
        return "请求体不是合法的 JSON"
    if kind == "value_error":
        # Our validators already speak Chinese ("应为 YYYY-MM-DD 格式的日期…"); pydantic prefixes them.
        return str(err.get("msg", "")).removeprefix("Value error, ")
    return f"{label}无效（{err.get('msg', '')}）"


def translate(errors: list[dict]) -> list[dict]:
    out = []
    for err in errors:
        loc = clip_loc(err.get("loc", ()))
        out.append(
            {"loc": loc, "msg": clip(f"{field_path(loc)}: {chinese(err)}"), "type": err.get("type", "value_error")}
        )
    return out


async def validation_handler(_request: Request, exc: RequestValidationError) -> JSONResponse:
    detail = translate(list(exc.errors()))
    return JSONResponse({"detail": detail, "message": "；".join(d["msg"] for d in detail)[:1000]}, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_handler)


def bad_input(exc: BadInput, where: str = "body") -> HTTPException:
    """A BadInput from the layers below as a 422 in FastAPI's own validation-error shape, so
    clients handle both kinds of 422 alike; `where` is "body" or "query"."""
    return HTTPException(
        status_code=422,
        detail=[{"loc": clip_loc([where, *exc.field.split(".")]), "msg": clip(exc.message), "type": "value_error"}],
    )
