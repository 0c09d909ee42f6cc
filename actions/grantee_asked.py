""" "那岗位补贴我们快递网点能拿吗？按最低工资给？" from a firm right after 46号（十五） (eval89 FA09, asked twice, never heard
no): a subsidy the clause in play grants to people ("对公益性岗位安置的就业困难人员给予岗位补贴，补贴标准为当地最低工资
标准"), asked by a unit whether it may have it, is said to be theirs, not the unit's, with what the clause grants the unit."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.profile import profile_from_slots
from answers import citations, place_sentences
from answers.measure_exists import BENEFIT_NOUN
from answers.models import Reply
from answers.sentences import is_heading, record_of

ASKED = re.compile(
    r"(?:能|可以)(?:拿|领|享受|申请)(?:吗|不|么)|能不能(?:拿|领|享受|申请)|有没有(?:我们的)?份|(?:我们|俺们)(?:有|能)"
)
FIRM = re.compile(r"我们|俺们|公司|企业|单位|网点|厂|店")
# "对公益性岗位安置的就业困难人员给予岗位补贴": whom the sentence grants to, before 给予
GRANTED_TO = re.compile(
    r"对(?P<who>[^，。；]{2,30}?(?:人员|毕业生|劳动者|人口|军人))给予[^，。；]{0,10}?(?P<what>[\u4e00-\u9fff]{2,8}补贴)"
)
UNIT = re.compile(r"对[^。；]{0,40}(?:单位|企业)[^。；]{0,6}，[^。；]{0,40}给予")


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    if not ASKED.search(text or "") or not FIRM.search(text or ""):
        return None
    if profile_from_slots(tracker.slots).get("applicant_type") not in ("enterprise", None):
        return None
    named = {re.sub(r"^(?:那|这|个|项|种)+", "", n) for n in BENEFIT_NOUN.findall(text)}
    cite = in_play(tracker)[0]
    rec = record_of((cite or {}).get("clause_id") or "")
    if rec is None or not named:
        return None
    granted = [
        (s, m)
        for s in rec.sentences
        if not is_heading(rec, s)
        and (m := GRANTED_TO.search(s.text))
        and any(n.endswith(m["what"]) or m["what"].endswith(n) for n in named)
    ]
    if not granted:
        return None
    s, m = granted[0]
    where = citations.where(cite)
    lines = [
        f"不是给单位的：{where}的{m['what']}是给“{m['who']}”的，原文是：“{s.text.strip()}”",
    ]
    cites = [place_sentences.cite(rec, s, as_of)]
    own_part = next((p for p in s.text.split("；") if UNIT.search(p)), None)
    unit = next((x for x in rec.sentences if x is not s and UNIT.search(x.text)), None)
    if own_part is not None:  # "对招用就业困难人员…的单位，…给予全额补贴；对公益性岗位安置的…给予岗位补贴"
        lines.append(f"这句中给单位的是前半句：“{own_part.strip()}”（不是岗位补贴）。")
    elif unit is not None:
        lines.append(f"这一条给单位的是：“{unit.text.strip()}”")
        cites.append(place_sentences.cite(rec, unit, as_of))
    lines.append("能否享受、享受多少，以经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"grantee": m["who"]})
