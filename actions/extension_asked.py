""" "来电人说3年到期了还没找着工作，还能延吗" right after 46号（十五）'s 公益性岗位 subsidy (eval80 WB01, an agent, heard
18号（十三）'s 2018届 registration deadline "延长至9月30日"): whether the measure in play can be extended is answered by the
sentence of the place's texts that extends that measure ("对从事公益性岗位政策期满仍未实现稳定就业的…政策享受期限可延长1年，
实施期限为2020年1月1日至12月31日"), with its own validity; none written, that is said."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.extension_ended import EXTENDS
from actions.profile import profile_from_slots
from answers import citations, clause_json, place_sentences, validity_words
from answers.models import Reply, button

ASKED = re.compile(r"(?:还能|能不能|可不可以|能否|可以)(?:再)?(?:接着)?(?:延|延长|续|顺延)|延长吗|能延吗|接着延|再延")
# the measures an extension sentence names ("享受灵活就业社会保险补贴政策期满", "从事公益性岗位政策期满")
AFTER_EXTENSION = re.compile(r"延长期满后|再次按程序|重新计算|累计安置次数")
MEASURES = ("公益性岗位", "灵活就业社会保险补贴", "社会保险补贴", "创业担保贷款", "稳岗返还", "失业保险金")


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    if not ASKED.search(text or ""):
        return None
    cite = in_play(tracker)[0]
    quote = (cite or {}).get("quote") or ""
    named = [m for m in MEASURES if m in quote or m in (text or "")]
    if cite is None or not named or EXTENDS.search(quote):
        return None  # nothing in play, or the sentence in play is the extension itself (follow_ups answers it)
    place = profile_from_slots(tracker.slots).get("region") or cite.get("region") or ""
    found = [
        (rec, s)
        for rec, s in (place_sentences.pairs(place, as_of) if place else ())
        if (m := EXTENDS.search(s.text)) and named[0] in m.group("measure")
    ]
    if not found:
        return None
    # "延长期满后各市政府确定仍需使用公益性岗位安置的，可再次按程序通过公益性岗位安置…累计安置次数原则上不超过2次" (eval89
    # FB11 was told "文件没有写这之后再延长" beside it): what the text allows after the extension, said with it
    after = [
        (rec, x)
        for rec, s in found[:2]
        for x in rec.sentences
        if x.index > s.index and AFTER_EXTENSION.search(x.text) and named[0] in x.text
    ]
    found = found[:2] + after[:1]
    lines = [f"原文关于“{named[0]}”期满后延长的规定："]
    cites = []
    for rec, s in found:
        hit = clause_json.as_hit(rec, as_of, [s.text])
        c = citations.from_hit(hit, s.text.strip())
        lines.append(
            f"· {citations.where(c)}：“{s.text.strip()}”（{validity_words.badge(validity_words.own(rec, s, as_of))}）"
        )
        cites.append(c)
    lines.append(
        "现在能否再次安置、怎么办理，以经办部门认定为准。"
        if after
        else "文件没有写这之后再延长；现在能否延长、怎么办理，以经办部门认定为准。"
    )
    return Reply(
        "\n".join(lines), cites, [button("转人工", "/handoff")], meta={"clause_ids": [c["clause_id"] for c in cites]}
    )
