""" "那退役军人有专门的培训吗 学个开车修车啥的 花钱不": the measure a situation question names leads the first reply
when no measure listed names it.

eval53 L12, a veteran in 凌源, asked about training four times and heard 失业保险金 and ended 2020 extensions: the
measures with rules (what the form can work out) fill the list, and training, which the texts grant without an
amount (辽政发〔2020〕9号（十一）, 凌政发〔2019〕14号 一、（三）), has no rule. The sentence of the place's documents that
names the measure asked, in force or open on the day, is quoted first, cited with its own validity.
"""

from __future__ import annotations

from datetime import date

from actions.question_parts import MEASURE
from answers import citations, not_yet_issued, validity_words
from answers.clause_answer import verbatim
from answers.models import Reply
from answers.sentences import compact, is_heading, quote_of, record_of
from retrieval.search import search

# the words shared by too many measures to say which one is asked ("税" of any tax, "免" of any waiver)
TOO_WIDE = {"税", "免", "返还", "吸纳"}


def lead(first: Reply | None, text: str, region: str | None, as_of: date) -> Reply | None:
    if first is None or not region:
        return first
    keys = [k for k in dict.fromkeys(MEASURE.findall(text or "")) if k not in TOO_WIDE]
    shown = compact(first.text)
    missing = [k for k in keys if k not in shown]
    if not keys or len(missing) != len(keys):
        return first  # a listed measure, or the lead above it, names what was asked
    # of the sentences naming the measure, the one sharing most of the message's other words ("退役军人…培训" before
    # "为去产能失业人员免费提供…培训")
    own = {text[i : i + 2] for i in range(len(text) - 1)} - set(missing)
    found = []
    for rank, hit in enumerate(search(text[:200], region=region, top_k=5, as_of=as_of).model_dump()["results"]):
        rec = record_of(hit["clause_id"])
        if rec is None or not_yet_issued.later(rec.clause_id, as_of):
            continue
        for s in rec.sentences:
            if is_heading(rec, s):
                continue
            if any(k in compact(s.text) for k in missing) and validity_words.own(rec, s, as_of).get("status") not in (
                "expired",
                "not_started",
            ):
                found.append((-sum(p in compact(s.text) for p in own), rank, s.index, hit, rec, s))
    if found:
        *_, hit, rec, s = min(found, key=lambda x: x[:3])
        validity = validity_words.own(rec, s, as_of)
        q = quote_of(s, missing)
        cite = citations.from_hit(hit, verbatim(q.text))
        cite["validity"] = validity
        said = [
            f"关于您问的{'、'.join(missing)}，{citations.where(cite)}：",
            f"“{q.text}”",
            validity_words.sentence(validity, as_of),
        ]
        first.text = "\n".join(said) + "\n" + first.text
        first.citations = [cite] + list(first.citations)
    return first
