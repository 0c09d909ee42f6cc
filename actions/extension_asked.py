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
    lines = [f"原文关于“{named[0]}”期满后延长的规定："]
    cites = []
    for rec, s in found[:2]:
        hit = clause_json.as_hit(rec, as_of, [s.text])
        c = citations.from_hit(hit, s.text.strip())
        lines.append(
            f"· {citations.where(c)}：“{s.text.strip()}”（{validity_words.badge(validity_words.own(rec, s, as_of))}）"
        )
        cites.append(c)
    lines.append("文件没有写这之后再延长；现在能否延长、怎么办理，以经办部门认定为准。")
    return Reply(
        "\n".join(lines), cites, [button("转人工", "/handoff")], meta={"clause_ids": [c["clause_id"] for c in cites]}
    )
