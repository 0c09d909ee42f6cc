"""Whose definition answers "我这种情况算不算就业困难人员": the person's own place's (eval4 finding 5).

A group is defined by the province's text (辽政发〔2020〕9号（十六）lists who is 就业困难人员); 大连's own
text says "就业困难人员范围按省政府有关规定执行", so a 大连 person is answered with 辽宁's list *because* 大连
says so, and reads that sentence too. 聊城 is in 山东: neither 辽宁's list nor any collected text defines
the group there, so the answer says the 聊城 text does not define it and the office decides, never a verdict
from another province's list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from answers import citations, clause_json, membership, place_sentences
from answers.models import Reply
from knowledge import regions
from knowledge.records import ClauseRecord, Sentence, load_clauses

REFERS_UP = re.compile(r"按省政府.{0,8}规定执行|按省政府确定的.{0,12}范围")


def _own_sentence(term: str, region: str) -> tuple[ClauseRecord, str] | None:
    for rec in load_clauses():
        if rec.region != region:
            continue
        for s in rec.sentences:
            if term in s.text and REFERS_UP.search(s.text):
                return rec, s.text.strip()
    return None


def _how_recognised(term: str, region: str) -> tuple[ClauseRecord, str, Sentence] | None:
    """The place's own sentence saying where or how one is recognised as `term` ("…可在常住地申请认定为就业困难人员")."""
    for rec in load_clauses():
        if rec.region == region:
            for s in rec.sentences:
                if term in s.text and re.search(r"认定为?" + re.escape(term), s.text):
                    return rec, s.text.strip(), s
    return None


def defining_region_applies(defined_in: str | None, region: str) -> bool:
    try:
        return bool(defined_in) and defined_in in regions.ancestors(region)
    except regions.UnknownRegion:
        return False


def referral_line(term: str, region: str | None, defined_in: str | None) -> str:
    """ "大连市的文件写明：“就业困难人员范围按省政府有关规定执行。”（…），以下是辽宁省的规定：" or ""."""
    if not region or not term or defined_in == region or not defining_region_applies(defined_in, region):
        return ""
    found = _own_sentence(term, region)
    if found is None:
        return ""
    rec, sentence = found
    cite = clause_json.fields(rec, clause_json.HIT_FIELDS)
    return f"{region}的文件写明：“{sentence}”（{citations.where(cite)}），以下是{defined_in}的规定："


def not_defined_line(term: str, region: str) -> str:
    return f"收录的{region}政策原文没有写明{term}的范围；您是否属于{term}，以当地人力资源社会保障部门认定为准。"


def placed(
    reply: Reply | None, fallback: Reply, term: str, region: str | None, asks: bool, as_of: date | None = None
) -> Reply:
    """The definition answer for a person in `region`: with the place's own referral sentence, or, where
    no collected text of the place defines the group, the fallback answer said so first."""
    if reply is not None:
        defined_in = reply.citations[0].get("region") if reply.citations else None
        line = referral_line(term, region, defined_in)
        if not line and term and region and defined_in != region and defining_region_applies(defined_in, region):
            # "大连有没有自己的规定" after 辽宁's 零就业家庭 (eval68 KB07 heard the province's sentence three times)
            line = f"收录的{region}文件没有对“{term}”另下定义，以下是{defined_in}的规定（在{region}适用）："
            own = _how_recognised(term, region)
            if own is not None:
                # "那在凌源怎么认定" (eval85 BB12, asked four ways, never heard 凌源's "可在常住地申请认定为就业困难人员")
                cite = clause_json.fields(own[0], clause_json.HIT_FIELDS)
                line = (
                    f"收录的{region}文件没有对“{term}”另下定义，只写明：“{own[1]}”（{citations.where(cite)}）；"
                    f"范围按{defined_in}的规定（在{region}适用）："
                )
                quoted = place_sentences.cite(own[0], own[2], as_of or date.today())
                reply = replace(reply, citations=[*reply.citations, quoted])
        if not line:
            return reply
        if asks and membership.verdict_led(reply.text):  # "算不算": the yes or no first, then why 辽宁's list
            verdict, _, rest = reply.text.partition("\n")
            return replace(reply, text=f"{verdict}\n{line}\n{rest}")
        return replace(reply, text=f"{line}\n{reply.text}")
    if asks and region and term:
        return replace(fallback, text=f"{not_defined_line(term, region)}\n{fallback.text}")
    if term and not fallback.meta.get("low_confidence"):
        # "困难企业有定义吗" (eval38 K23 heard three clauses using the word and never "没有"): said plainly first
        where = f"适用于{region}的" if region else ""
        return replace(
            fallback,
            text=f"收录的{where}文件都没有给“{term}”下定义（没有写明其范围或认定标准）；用到这个说法的规定有：\n{fallback.text}",
        )
    return fallback
