"""The province's sentence where the clause in play is silent: "需要反担保吗" on 凌源 四、（七） is answered
with 辽宁（二） "…对优质创业项目免除反担保要求…", the province's document applying in 凌源 (moved out of
actions/follow_ups.py to keep that module small).
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_detail, not_yet_issued, sentences, validity_words
from answers.clause_answer import verbatim
from answers.models import Reply
from knowledge import regions
from retrieval.search import search


def province_sentence(hit: dict, words: str, as_of: date) -> tuple[dict, str] | None:
    """(hit, sentence) of the text of a region containing the clause's place that says what the clause
    does not, about the same measure: "需要反担保吗" on 凌源 四、（七） → 辽宁（二） "…对优质创业项目免除反担保
    要求…" (the province's document applies in 凌源)."""
    from actions.clause_in_play import pairs as _pairs  # clause_in_play reads new_topic, which reads this module

    asked = [k for k in clause_detail.ALSO if k in words]  # the word said, not its kin ("利息" is not "贴息")
    place = hit.get("region")
    if not asked or not place:
        return None
    measure = _pairs(sentences.compact(f"{hit.get('heading') or ''}{(hit.get('highlights') or [''])[0]}"))
    for above in regions.ancestors(place)[1:]:
        found = search(f"{asked[0]} {hit.get('heading') or ''}", top_k=5, as_of=as_of, region=above)
        for other in not_yet_issued.hits_issued(found.model_dump()["results"], as_of)[0]:
            rec = sentences.record_of(other["clause_id"])
            if other.get("region") != above or rec is None:
                continue
            for sent in rec.sentences:
                said = sentences.compact(sent.text)
                # "要担保人不" → "…推荐免担保机制…免除反担保要求" (eval44 D12): the asked word's kin too
                kin = {w for k in asked for w in clause_detail.ALSO.get(k, (k,))} | set(asked)
                if any(w in said for w in kin) and len(measure & _pairs(said)) >= 3 and not _others(said, words):
                    return other, sent
    return None


# the people a sentence is for, when it opens with them ("平台就业人员购置生产经营必需工具的，可申请创业担保贷款及贴息")
FOR_GROUP = re.compile(
    r"^(?:对)?[^，。；]{0,6}?(平台就业人员|高校毕业生|大学生|退役军人|农民工|残疾人|建档立卡|就业困难人员)"
)


def _others(said: str, words: str) -> bool:
    """The sentence is for a group the question never names ("利息谁出" from a graduate raising cattle heard the platform
    workers' 贴息, eval87 DA03, twice)."""
    m = FOR_GROUP.search(said)
    return m is not None and m.group(1) not in words


def with_province(reply: Reply, hit: dict, words: str, as_of: date) -> Reply:
    """The reply, plus the province's sentence where the clause in play is silent and the province's
    text (which applies in the place) says it."""
    found = province_sentence(hit, words, as_of)
    if found is None:
        return reply
    other, sent = found
    rec = sentences.record_of(other["clause_id"])
    quote = sentences.quote_of(sent, clause_detail.asked_words(words), limit=80)
    cite = citations.from_hit(other, verbatim(quote.text))
    cite["validity"] = validity_words.own(rec, sent, as_of)
    said = (
        f"{other['region']}的文件在{hit['region']}适用，其中{citations.where(cite)}写明：\n“{quote.text}”"
        f"（{validity_words.status_words(cite['validity'], as_of)}）"
    )
    lines = reply.text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("本条原文未写"))
    lines[at] = lines[at].rstrip("。") + "；" + said
    reply.text = "\n".join(lines)
    reply.citations.append(cite)
    reply.meta["clause_ids"] = [*reply.meta.get("clause_ids", []), cite["clause_id"]]
    return reply
