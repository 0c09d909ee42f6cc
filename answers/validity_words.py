"""Validity in words relative to an as-of date.

The status itself is computed below (knowledge.validity / eligibility.periods); this module only
says it. An expired measure is said to be expired, and one whose text states no end is never
called current: the caller is sent to the department to confirm.
"""
from __future__ import annotations

from datetime import date

from answers.dates import cn_date

BADGE = {"active": "现行", "expired": "已到期", "not_started": "未开始", "unknown": "有效期未知"}


def badge(validity: dict) -> str:
    """The short label a card shows (never by colour alone)."""
    label = BADGE.get(validity.get("status", "unknown"), "有效期未知")
    if validity.get("status") in ("active", "expired") and validity.get("end"):
        return f"{label}（至{cn_date(validity['end'])}）"
    return label


AMENDED = {"extend": "实施期限延长至{end}", "suspend": "停止执行（执行至{end}）", "replace": "改按新规定执行（原规定执行至{end}）"}


def amended_words(a: dict) -> str:
    """Which later text changed a clause's period: "（本条实施期限已由辽政发〔2020〕9号（一）延长至2020年12月31日。）"."""
    what = AMENDED.get(a.get("kind", "extend"), AMENDED["extend"]).format(end=cn_date(a["end"]))
    return f"（本条经{a['by']}{what}。）"


def sentence(validity: dict, as_of: date, departments: list[str] | None = None) -> str:
    """One sentence: "该政策实施期限至2020年12月31日，已到期（按2026年11月22日计）。"."""
    status = validity.get("status", "unknown")
    start, end = validity.get("start"), validity.get("end")
    day = cn_date(as_of)
    ask = f"请向{departments[0]}核实" if departments else "请向责任单位核实"
    if status == "expired":
        return f"该政策实施期限至{cn_date(end)}，已到期（按{day}计），现行政策{ask}。"
    if status == "active":
        span = f"实施期限至{cn_date(end)}" if end else "在实施期限内"
        return f"该政策{span}，按{day}计仍在实施期内。"
    if status == "not_started":
        return f"该政策自{cn_date(start)}起实施，按{day}计尚未开始。"
    since = f"自{cn_date(start)}起实施，" if start else ""
    return f"该政策{since}原文未载明实施期限，是否仍在执行{ask}。"
