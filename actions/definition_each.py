""" "各地 就业困难人员 定义 有没有不同" (eval98 OB10, an officer, heard 辽宁's "范围由省政府…动态调整" and later that 辽宁's text
writes no range at all): each place's defining sentence side by side, a place with none of its own said to fall under the
wider text's, a place whose texts define it nowhere said so; never a definition the texts do not give."""

from __future__ import annotations

import re
from datetime import date

from actions.definition_words import DEFINITION, defined_term
from answers import citations
from answers.models import Reply
from answers.sentences import record_of
from knowledge import coverage, regions

EACH = re.compile(r"各地|各个地方|四个地方|几个地方|有没有不同|有什么不同|有啥不同|有啥区别|有什么区别|不一样|分别")
DEFINES = re.compile(r"指|包括|范围|是指")
ASKED = re.compile(r"定义|范围|界定|认定标准|认定条件")


def reply(text: str, as_of: date) -> Reply | None:
    if not ((DEFINITION.search(text or "") or ASKED.search(text or "")) and EACH.search(text or "")):
        return None
    from actions.turns import DEFINED_GROUP, definition_reply  # turns reads this module

    group = DEFINED_GROUP.search(text)
    term = defined_term(text) or (group.group(0) if group else "")
    if not term:
        return None

    named = regions.regions_in_text(text)
    places = named if len(named) >= 2 else coverage.document_regions()
    lines = [f"各地文件对“{term}”的规定："]
    cites: list[dict] = []
    for place in places:
        found = definition_reply(term, place, as_of)
        own = [c for c in found.citations if term in (c.get("quote") or "") and DEFINES.search(c.get("quote") or "")]
        if own and own[0].get("region") == place:
            rec = record_of(own[0].get("clause_id") or "")
            # "就业困难人员指…" then "范围包括…": the list of whom, from the same clause
            listed = [x.text.strip() for x in (rec.sentences if rec else []) if "范围包括" in x.text][:1]
            said = "".join(f"“{q}”" for q in [own[0]["quote"], *listed] if q)
            lines.append(f"【{place}】{citations.where(own[0])}：{said}")
            cites.append(own[0])
        elif own:
            lines.append(
                f"【{place}】本地收录的文件没有另行定义，适用{own[0].get('region')}的规定（{own[0].get('doc_number') or ''}）。"
            )
        else:
            lines.append(
                f"【{place}】收录的{place}文件没有写明{term}的范围和认定条件，以当地人力资源社会保障部门认定为准。"
            )
    lines.append("以上按各地收录的文件原文；具体认定以当地人力资源社会保障部门为准。")
    return Reply("\n".join(lines), cites, meta={"low_confidence": False, "definition_each": term})
