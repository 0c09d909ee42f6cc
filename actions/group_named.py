"""A question naming the people it is about ("那退役的能参加免费培训不") is answered first by a clause that names them,
where the search ranked one close behind a clause that does not (eval86 CA05, a veteran, twice heard 辽政发（十三）'s
"将灵活就业人员纳入重点就业群体，开展免费职业技能培训" by its 免费培训, never （十一）'s "…退役军人…重点群体专项培训计划")."""

from __future__ import annotations

import re

# the people as said, and as the texts write them
GROUPS = (
    (re.compile(r"退役|退伍|当兵"), "退役"),
    (re.compile(r"残疾"), "残疾"),
    (re.compile(r"农民工|打工"), "农民工"),
    (re.compile(r"大学生|高校毕业生|应届|毕业生"), "高校毕业生"),
    (re.compile(r"贫困户|建档立卡|脱贫"), "贫困"),
)
NEAR = 0.7  # of the top score: a clause this close may come first for naming the people asked about


def prefer(response: dict, text: str, pool: list[dict] | None = None) -> dict:
    """`pool`: the hits before a filter that keeps only clauses granting a measure (a training plan grants none)."""
    hits = response.get("results") or []
    named = [word for pattern, word in GROUPS if pattern.search(text or "")]
    if not hits or len(named) != 1:
        return response
    word, top = named[0], hits[0]
    if word in (top.get("text") or ""):
        return response
    for hit in pool or hits:
        if hit is not top and hit["score"] >= NEAR * top["score"] and word in (hit.get("text") or ""):
            # its sentence naming them is the one quoted first
            marks = [h for h in hit.get("highlights") or [] if word in h] or _naming(hit, word)
            first = {**hit, "highlights": marks}
            return {**response, "results": [first] + [h for h in hits if h["clause_id"] != hit["clause_id"]]}
    return response


def _naming(hit: dict, word: str) -> list[str]:
    """The clause's sentence naming the people, as the hit's highlight (the search marked others)."""
    from answers.sentences import is_heading, record_of

    rec = record_of(hit.get("clause_id") or "")
    found = [x.text for x in (rec.sentences if rec else []) if word in x.text and not is_heading(rec, x)]
    return found[:1] or list(hit.get("highlights") or [])
