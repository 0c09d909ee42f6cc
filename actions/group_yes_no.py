""" "个体户能不能享受创业担保贷款？" as a first message: 能 (with the text's own conditions) or nothing, before the
measures in scope (eval9 G30: asked three times, answered with graduates' and 低保 measures and "您是残疾人吗？").

The sentence answering it names the group (by its root: "以个体、合伙经营和组织起来创业…") and the measure the
question names, and grants it ("均可按规定享受创业担保贷款扶持政策"). The lead says 能 only with that sentence and
its conditions ("以经办部门认定为准"); a sentence that excludes (不得/不予/除外) or a measure not in force on the day
asked gives no lead, and the ordinary first answer stands.
"""

from __future__ import annotations

import re
from datetime import date

from actions.yes_no import CAN, NEGATIVE, NOT_IN_FORCE
from answers import citations, clause_json, validity_words
from answers.models import Reply
from answers.sentences import compact, record_of
from retrieval.search import search

# the group as people say it → the words a sentence uses for it
ROOTS = ((r"个体户|个体工商户|个体经营", ("个体工商户", "个体")), (r"小微企业", ("小微企业",)))
# the measure asked for: the words of the message naming one ("创业担保贷款", "社保补贴")
MEASURE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:贷款|贴息|补贴|补助|返还|减免|缓缴)")
GRANTS = re.compile(r"均可|可按规定享受|可享受|可申请|给予|纳入")


def _measure_words(text: str) -> list[str]:
    found = [re.sub(r"^(?:享受|申请|领|办|拿|能|不能|可以)+", "", m) for m in MEASURE.findall(text)]
    return [w for w in found if len(w) >= 4]


def lead(first: Reply | None, text: str, region: str | None, as_of: date) -> Reply | None:
    """`first` led by "能，须符合…" and the granting sentence, or `first` unchanged."""
    if first is None or not CAN.search(text or ""):
        return first
    roots = next((r for spoken, r in ROOTS if re.search(spoken, text)), None)
    measures = _measure_words(text)
    if roots is None or not measures:
        return first
    hits = search(text[:200], region=region, top_k=5, as_of=as_of).model_dump()["results"]
    for hit in hits:
        rec = record_of(hit["clause_id"])
        for s in rec.sentences if rec else []:
            said = compact(s.text)
            if not (any(r in said for r in roots) and any(m in said for m in measures) and GRANTS.search(said)):
                continue
            if NEGATIVE.search(s.text):
                continue
            v = validity_words.own(rec, s, as_of)
            if v.get("status") in NOT_IN_FORCE:
                return first
            c = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
            c["validity"] = v
            line = f"能，须符合原文所列条件（以经办部门认定为准）。{citations.where(c)}：“{s.text.strip()}”"
            first.text = f"{line}\n{first.text}"
            first.citations = [c] + list(first.citations)
            return first
    return first
