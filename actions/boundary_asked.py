"""A figure at a tier's edge asked about ("正好50%算哪档") after the clause stating the tiers: the side the text puts it.

12345 evaluation 48 (M15, a hotline agent): after 凌政发〔2019〕14号 三、（三） ("对见习期满留用率 50% 以下（含 50%）的见习
单位…；对见习期满留用率超过 50%的见习单位…"), "正好50%算哪档" heard 三、（一）'s 稳岗返还 "…失业保险费的 50%". The
text settles the edge itself: "（含 50%）" puts 50% in the lower tier, "超过 50%" leaves it out of the upper one. The
reply says which words settle it and quotes the sentence whole; only words the text writes are read ("含", "不超过",
"不低于" include the figure; "超过", "低于", "高于" do not).
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import clause_in_play
from actions.profile_facts import numeric_text
from answers import citations, clause_json, validity_words
from answers.departments import departments_text
from answers.models import Reply
from answers.sentences import compact, record_of

ASKED = re.compile(r"正好|刚好|恰好|整|哪档|哪一档|哪个档|哪头|算哪|属于哪|算(?:不算|以下|以上)")
FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def _tiers(sentence: str, n: str) -> list[tuple[str, bool]]:
    """(the words stating a tier at `n`%, whether `n`% itself is in it), as the sentence writes them."""
    pct = rf"{re.escape(n)}\s*[%％]"
    out = []
    for m in re.finditer(rf"{pct}\s*(?:及)?(以下|以上)\s*[（(]含\s*{pct}?\s*[）)]", sentence):
        out.append((m.group(0), True))
    for m in re.finditer(rf"(?:不超过|不高于|不低于|不少于|达到)\s*{pct}(?:\s*(?:及)?(?:以下|以上))?", sentence):
        out.append((m.group(0), True))
    for m in re.finditer(rf"(?:超过|高于|低于|大于|小于)\s*{pct}", sentence):
        if not re.search(r"不$", sentence[: m.start()]):
            out.append((m.group(0), False))
    return out


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    plain = numeric_text(text or "")
    figure = FIGURE.search(plain)
    if figure is None or not ASKED.search(plain) or len(plain) > 30:
        return None
    n = figure.group(1)
    cite = clause_in_play.in_play(tracker, text)[0]
    rec = record_of((cite or {}).get("clause_id") or "")
    if rec is None:
        return None
    for s in rec.sentences:
        tiers = _tiers(compact(s.text), n)
        inside = [words for words, includes in tiers if includes]
        if not inside:
            continue
        outside = [words for words, includes in tiers if not includes]
        said = f"正好{n}%属于原文“{inside[0]}”这一档"
        if outside:
            said += f"，不属于“{outside[0]}”"
        hit = clause_json.as_hit(rec, as_of, [s.text])
        quoted = citations.from_hit(hit, s.text)
        quoted["validity"] = validity_words.own(rec, s, as_of)
        lines = [
            f"{said}（以经办部门认定为准）。",
            f"{citations.where(quoted)}：“{s.text}”",
            f"责任单位：{departments_text(rec.departments, rec.lead_departments)}。",
            validity_words.sentence(quoted["validity"], as_of),
        ]
        return Reply("\n".join(lines), [quoted], meta={"low_confidence": False, "clause_ids": [rec.clause_id]})
    return None
