"""A document's measures as a list ("大政发〔2017〕46号里写了具体金额的措施都有哪些", "哪些措施还在执行，帮我列一下"):
each measure the rules read from it, with the standard its own sentence states and its validity on the day asked;
those with a stated amount first, then those in force. Evaluation 14 (L20, a hotline operator) got one clause a
question and had to name every measure to hear it."""

from __future__ import annotations

import re
from datetime import date

from answers import validity_words
from answers.models import Reply
from knowledge.eligibility.engine import default_engine

LISTED = re.compile(
    r"清单|列一下|列出|列个|列一列|哪些(?:措施|政策|补贴|条款|项目)|(?:措施|政策|补贴)都有(?:哪些|啥|什么)|有金额|写了(?:具体)?金额"
)
MOST = 15  # lines: a phone screen; the rest are named by count
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万?元|%|％)")


def asked(rest: str) -> bool:
    return bool(LISTED.search(rest))


def measures(doc_id: str, doc_name: str, as_of: date) -> Reply | None:
    engine = default_engine()
    benefits = [  # the engine's validity of each measure on the day asked
        b
        for b in engine.evaluate({}, as_of)["benefits"]
        if any(c.clause_id.startswith(f"{doc_id}:") for c in engine.by_id[b["benefit_id"]].citations)
    ]
    if not benefits:
        return None

    def order(b: dict) -> tuple:
        standard = engine.by_id[b["benefit_id"]].amount.standard or ""
        status = (b.get("validity") or {}).get("status")
        return (not FIGURE.search(standard), status in ("expired", "not_started"))

    day = f"{as_of.year}年{as_of.month}月{as_of.day}日"
    lines = [
        f"{doc_name}中有规定标准或办法的措施共{len(benefits)}项（括号内为标准摘要，以原文为准；按{day}计的有效期分组）："
    ]
    cites = []
    groups: dict[str, list[str]] = {}
    for b in sorted(benefits, key=order)[:MOST]:  # one badge a group: the same words are not said 12 times
        rule = engine.by_id[b["benefit_id"]]
        label = (b.get("citations") or [{}])[0].get("clause_ref") or ""
        groups.setdefault(validity_words.badge(b.get("validity") or {}), []).append(f"· {label}{rule.name}")
        cites.append(
            {**(b.get("citations") or [{}])[0], "quote": rule.citations[0].quote, "validity": b.get("validity")}
        )
    for badge, items in groups.items():
        lines += [f"【{badge}】", *items]
    if len(benefits) > MOST:
        lines.append(f"另有{len(benefits) - MOST}项未列出；要哪一项，说条款号或名称即可。")
    lines.append("以上标准均摘自原文，能否申请以经办部门认定为准；要某一条的原文，说“第几条”即可。")
    return Reply("\n".join(lines), cites[:3], meta={"document_measures": doc_id})
