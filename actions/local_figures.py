"""A figure the text leaves to local practice, said by the person, put into the measure's formula (evaluations 9
and 10: G07, H26, H28).

The rules write "当地最低工资标准的50%" or "按照最低缴费基数计算的应缴纳社会保险费的60%" as a `local` figure, never
computed. A person who says "当地最低工资1730" or "按最低基数每月应缴社保1000" has given it: "招了5个就业困难人员
当地最低工资1730 岗位补贴一年一共多少" is 50% × 1730元 × 5人 = 4325元/月, 51900元 a year, for at most 3 years. Only the
local figure itself is taken (a ceiling such as "基本生活费（以当地最低工资标准为补贴上限）" is not a value), only
from words that name it, and every worked sum says "以经办部门认定为准".
"""

from __future__ import annotations

import re
from datetime import date

from actions.profile_facts import extract, numeric_text
from knowledge.eligibility.amounts import compute, num
from knowledge.eligibility.logic import Context
from knowledge.eligibility.schema import Formula, Rule

# the local figure (as the rules write it, or its ending) → the words that state its value
SAID = (
    # a figure of three digits or more, not "一半" (eval12 J04: "最低工资一半" was a minimum wage of 1元)
    (
        "当地最低工资标准",
        re.compile(r"最低工资(?:标准)?\s*(?:是|为|按|大概|约|才|现在是)?\s*(\d{3,}(?:\.\d+)?)(?![半成%％倍])"),
    ),
    (
        "按最低缴费基数计算的应缴纳社会保险费",
        re.compile(
            r"最低(?:缴费)?基数[^，。,；\d]{0,12}?(\d+(?:\.\d+)?)(?![\d.]*\s*[%％])|"  # "60%" is the rate (eval12 J11)
            r"(?:每个?月|一个月|每月|月)[^，。,；\d]{0,8}?(?:交|缴|应缴)[^，。,；\d]{0,6}?(\d+(?:\.\d+)?)(?![\d.]*\s*[%％])"
            r"[^，。,；]{0,6}?最低"
        ),
    ),
    ("月人均失业保险金", re.compile(r"人均失业(?:保险)?金\s*(?:是|为|大概|约)?\s*(\d{3,}(?:\.\d+)?)(?![半成%％倍])")),
)
YEAR_ASKED = re.compile(r"一年|每年|全年|1年")
PER = {"per_month": "/月", "per_year": "/年"}


def said_locals(text: str) -> dict[str, float]:
    digits = numeric_text(text)
    out: dict[str, float] = {}
    for name, pattern in SAID:
        m = pattern.search(digits)
        if m:
            out[name] = float(next(g for g in m.groups() if g))
    return out


def _fill(node, said: dict[str, float], used: list[str]):
    if isinstance(node, dict):
        local = node.get("local")
        if isinstance(local, str):
            name = next((n for n in said if local == n or local.endswith(n)), None)
            if name is not None:
                used.append(name)
                return {"const": said[name], "unit": "元"}
        return {k: _fill(v, said, used) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill(v, said, used) for v in node]
    return node


def line(rule: Rule, text: str, as_of: date, earlier: str = "") -> str:
    """ "按您说的（当地最低工资标准1730元）计算：50% × 1730元 × 5人 = 4325元/月，一年51900元…" or ""."""
    a = rule.amount
    said = said_locals(text) or said_locals(earlier)
    if a.formula is None or not said:
        return ""
    used: list[str] = []
    filled = Formula.model_validate(_fill(a.formula.model_dump(by_alias=True, exclude_none=True), said, used))
    if not used:
        return ""
    facts = {**extract(earlier, as_of), **extract(text, as_of)} if earlier else extract(text, as_of)
    c = compute(filled, Context(profile=facts, as_of=as_of))
    if not c.value:
        return ""
    per = PER.get(a.period or "", "")
    if not per and filled.kind == "pct" and filled.of is not None and filled.of.kind == "const":
        per = "/月"  # a share of a monthly figure (the premium, the minimum wage) is a month's
    worked = f"{c.text} = {num(round(c.value, 2))}元{per}"
    if per == "/月" and YEAR_ASKED.search(text):
        worked += f"，一年（12个月）{num(round(c.value * 12, 2))}元"
    limit = f"；补贴期限{a.max_duration}" if a.max_duration and a.max_duration not in a.standard else ""
    names = "、".join(f"{n}{num(said[n])}元" for n in dict.fromkeys(used))
    return f"按您说的（{names}）计算：{worked}{limit}（原文“{a.standard}”），以经办部门认定为准。"
