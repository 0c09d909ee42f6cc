"""Where a phrase is written: "自谋职业的军队退役人员在哪条" answered by the sentences holding it, word for word.

12345 evaluation 37 (Z23): a hotline agent asking where a term stands heard the nearest clause by meaning
(大政发〔2017〕46号（十六）, on 退役士兵) and was recorded 退役军人：是; the phrase is written in （十五）. A phrase asked
for by place in the texts is found by its own characters in every sentence of the collected documents (the place
named in the question keeps its own and its province's texts); each sentence is quoted whole with its clause and its
own validity. Nothing found word for word: None (the search answers as before).
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, sentences, validity_words
from answers.models import Reply, button
from knowledge import regions
from knowledge.records import load_clauses
from knowledge.script import simplified

WHERE = re.compile(
    r"^(?:请问|麻烦|帮我|帮忙)?(?:查(?:一)?下|查查|看看)?[“\"‘']?(?P<term>[\u4e00-\u9fff（）()]{3,30}?)[”\"’']?"
    r"(?:这个词|这句话|这个说法|这几个字|的说法)?(?:是)?(?:在|出现在|写在|出自|见于)?"
    r"(?:哪条|哪一条|哪个条款|哪些条款|哪几条|第几条|哪个文件|哪些文件|哪份文件|哪里写的|哪写的)"
    r"(?:里|中|上)?(?:呢|啊|呀|吗|有)?[？?。！!\s]*$"  # the lookup alone: "…在第几条 比例多少" asks the measure
)
SHOWN = 3


def reply(text: str, as_of: date) -> Reply | None:
    plain = re.sub(r"\s+", "", simplified(text or ""))
    m = WHERE.match(plain)
    if m is None:
        return None
    term = m.group("term")
    named = regions.regions_in_text(term)
    for place in named:  # "大连的文件里X在哪条": the place narrows, it is not part of the phrase
        term = re.sub(rf"^{place[:2]}[市县区省]?(?:的)?(?:文件)?(?:里|中)?", "", term)
    if len(term) < 3:
        return None
    found = [
        (rec, s)
        for rec in load_clauses()
        if not named or any(regions.covers(rec.region, p) or regions.covers(p, rec.region) for p in named)
        for s in rec.sentences
        if term in sentences.compact(s.text) and not sentences.is_heading(rec, s)
    ]
    if not found:
        return None
    by_clause: dict[str, tuple] = {}
    for rec, s in found:
        by_clause.setdefault(rec.clause_id, (rec, s))  # a clause once, by its first sentence holding the phrase
    lines = [f"“{term}”在收录文件中见于{len(by_clause)}条：" if len(by_clause) > 1 else f"“{term}”见于："]
    cites = []
    for i, (rec, s) in enumerate(list(by_clause.values())[:SHOWN], 1):
        hit = clause_json.as_hit(rec, as_of, [s.text])
        own = validity_words.own(rec, s, as_of)
        cite = {**citations.from_hit(hit, s.text.strip()), "validity": own}
        lines.append(f"{i}. {citations.where(cite)}（{validity_words.badge(own)}）：“{s.text.strip()}”")
        cites.append(cite)
    if len(by_clause) > SHOWN:
        lines.append(f"另有{len(by_clause) - SHOWN}条，可说出文件名或市县缩小范围。")
    lines.append("如需某条全文，请回复文号、条号和“原文”。")
    return Reply(
        "\n".join(lines),
        cites,
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [c["clause_id"] for c in cites], "term_where": term},
    )
