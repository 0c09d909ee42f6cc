"""One benefit in words: name, amount with its calculation, citation, departments, validity."""
from __future__ import annotations

from datetime import date

from answers import citations
from answers.departments import departments_text
from answers.money import yuan
from answers.validity_words import sentence


def amount_words(benefit: dict) -> str:
    amount = benefit.get("amount") or {}
    text = amount.get("text") or ""
    if amount.get("value") is None:
        return text or "金额原文未载明具体标准"
    if amount.get("value_is_lower_bound"):
        return text or f"至少{yuan(amount['value'], amount.get('unit', '元'))}"
    return text or yuan(amount['value'], amount.get('unit', '元'))


def benefit_block(benefit: dict, as_of: date, index: int | None = None) -> tuple[str, list[dict]]:
    cites = [citations.from_benefit(benefit, c) for c in benefit.get("citations", [])]
    head = f"{index}. " if index is not None else ""
    lines = [f"{head}{benefit['name']}", f"   金额：{amount_words(benefit)}"]
    if cites:
        lines.append(f"   依据：{citations.where(cites[0])}：“{cites[0]['quote']}”")
    lines.append(f"   责任单位：{departments_text(benefit.get('departments', []))}")
    lines.append(f"   有效期：{sentence(benefit['validity'], as_of, benefit.get('departments'))}")
    window = benefit.get("window")
    if window and window.get("basis"):
        lines.append(f"   申请条件中的时间要求：{window['basis']}")
    return "\n".join(lines), cites[:1]
