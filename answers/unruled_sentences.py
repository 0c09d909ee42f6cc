"""Sentences of a document that grant something but carry no rule of their own, for its list of measures.

12345 evaluation 47 (R17, a supervisor): "辽政发〔2020〕9号里给个人的措施 列一下" heard "共5项" — the measures the rules
read — while （十八）'s 临时生活补助, 价格临时补贴, 失业补助金 and （十一）'s 劳动预备制 were left out without a word, and "哪些
过期了" then missed the ones that ended. These sentences grant without a standard or a condition the engine could
check, so they have no rule; a list of the document's measures names them after the ruled ones, each with its clause
and (for a long one) its opening words marked cut, and its own validity on the day asked.
"""

from __future__ import annotations

import re
from datetime import date

from answers import validity_words
from answers.sentences import compact
from knowledge.eligibility.engine import default_engine
from knowledge.records import load_clauses

GRANTS = re.compile(
    r"发放|给予[^。；]{0,30}(?:补贴|补助|奖励|资助|贴息|支持)|(?:补贴|补助)标准|纳入[^。；]{0,20}(?:培训|保障|救助|范围)|"
    r"可继续领取|提高[^。；]{0,10}标准|免费|贷款"
)
FOR_PEOPLE = re.compile(r"人员|劳动者|毕业生|劳动力|农民工|青年|个人|家庭|失业保险金")
FOR_FIRMS = re.compile(r"企业|单位|机构|载体|孵化|平台")
# what a government or a sector is asked to do ("鼓励…", "推进…", "对…出现缺口的地区"): no one's benefit
DUTY = re.compile(r"^(?:鼓励|各市|推进|推动|充分|加强|支持各|引导|完善)|地区")
MONEY = re.compile(r"发放|补贴|补助|贷款|失业保险金")  # what pays comes before what admits to a service
MOST = 8
SHORT = 60  # characters of a sentence said whole; a longer one is cut and marked


def lines(doc_id: str, as_of: date, applicant: str | None, ended_only: bool, current_only: bool = False) -> list[str]:
    """ "原文还写有…" and a line a sentence, or [] when the document has none beyond its rules."""
    quoted = [
        compact(c.quote)
        for rule in default_engine().by_id.values()
        for c in rule.citations
        if c.clause_id.startswith(f"{doc_id}:") and c.quote
    ]
    found: list[tuple[bool, str]] = []
    for rec in load_clauses():
        if rec.doc_id != doc_id:
            continue
        for s in rec.sentences:
            said = compact(s.text)
            if (
                not GRANTS.search(s.text)
                or DUTY.search(s.text)
                or any(said[:20] in q or q[:20] in said for q in quoted)
            ):
                continue
            people, firms = bool(FOR_PEOPLE.search(s.text)), bool(FOR_FIRMS.search(s.text))
            if applicant == "person" and not people or applicant == "enterprise" and not firms:
                continue
            status = validity_words.own(rec, s, as_of).get("status")
            if ended_only and status != "expired" or current_only and status in ("expired", "not_started"):
                continue
            text = s.text.strip()
            shown = text if len(text) <= SHORT else text[: SHORT - 5] + "…"
            ended = "（已到期）" if status == "expired" and not ended_only else ""
            found.append((not MONEY.search(text), f"· {rec.clause_label}“{shown}”{ended}"))
    if not found:
        return []
    ordered = [line for _, line in sorted(found, key=lambda x: x[0])]  # money first, then clause order (stable)
    more = f"（另有{len(ordered) - MOST}句，说条款号可看原文）" if len(ordered) > MOST else ""
    return [
        "原文还写有下列措施，未写明标准或申请条件、未单列为上面的规则（要原文，说条款号即可）：",
        *ordered[:MOST],
        *([more] if more else []),
    ]
