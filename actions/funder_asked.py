""" "见习补贴谁出钱" right after a clause was quoted (eval85 BB08, a lawyer, asked three times and heard "原文没有写明具体
金额", then a firm's list): where the money comes from. The clause's own sentence saying so ("…所需资金从就业补助资金…
列支", "由财政承担2/3…由见习单位承担") is quoted; where it says nothing, that is said, and the sentences of the other
collected texts that say it of the same measure follow, each marked with its place (they bind only there)."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import pairs
from actions.question_parts import MEASURE
from answers import citations, place_sentences
from answers.models import Reply
from answers.sentences import is_heading, record_of

ASKED = re.compile(
    # "谁给发钱" after 凌源's 公益性岗位 standard (eval89 FB11 heard 临时生活补助's 低保 sentence)
    r"谁(?:来)?(?:出钱|出资|掏钱|承担|负担|买单|出)(?![现来去])|谁(?:给)?发(?:钱|工资|补贴)|谁(?:给)?发(?:的)?(?=$|[？?吗呢啊])|哪(?:个部门|儿|里)(?:给)?发(?:钱|补贴)|由谁(?:来)?(?:承担|负担|出)|(?:钱|资金|经费)(?:是)?(?:从)?哪(?:儿|里)?(?:来|出)|"
    r"(?:财政|政府)(?:出|承担|负担|掏)?(?:钱)?还是(?:单位|企业|见习单位|用人单位|公司)|"
    r"(?:单位|企业|公司)(?:出|承担|负担|掏)?(?:钱)?还是(?:财政|政府)"
)
# a sentence saying where the money comes from ("…承担培训任务" is a task, no money)
FUNDS = re.compile(r"(?:费用?|费)[^。；]{0,8}由[^。；]{0,10}承担|由[^。；]{0,12}(?:承担|负担)(?!相应|培训)|列支|资金从")
MOST = 2


def _named_clause(text: str, cite: dict | None, as_of: date) -> dict | None:
    """The clause the message names ("第三部分第（三）条…基本生活费是谁出的", eval89 FB05 heard 三、（二）'s 学徒 funds), of
    the document it names or, naming none, of the document in play."""
    from knowledge.records import load_clauses
    from retrieval.references import find_reference, resolve

    ref = find_reference(text or "")
    if ref is None or not ref.names_clause or ref.clause_no is None:
        return None
    docs = list(ref.doc_ids) or [(cite or {}).get("doc_id") or ((cite or {}).get("clause_id") or "").split(":")[0]]
    ids, _ = resolve(load_clauses(), [d for d in docs if d], ref.part_no, ref.clause_no)
    rec = record_of(ids[0]) if len(ids) == 1 else None
    if rec is None:
        return None
    return place_sentences.cite(rec, rec.sentences[0], as_of)


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    if not ASKED.search(text or "") or re.search(r"利息|贴息|息钱", text):
        return None  # "利息谁出" asks whether the loan's interest is subsidised (its 贴息 sentence answers)
    cite, _ = in_play(tracker)
    cite = _named_clause(text, cite, as_of) or cite
    rec = record_of((cite or {}).get("clause_id") or "")
    if cite is None or rec is None:
        return None
    own = [s for s in rec.sentences if FUNDS.search(s.text) and not is_heading(rec, s)]
    # "见习人员的基本生活费是谁出的": the sentence naming what is paid for first
    asked = pairs(text)
    own.sort(key=lambda s: -len(asked & pairs(s.text)))
    where = citations.where(cite)
    if own:
        cites = [place_sentences.cite(rec, s, as_of) for s in own]
        lines = [f"{where}写明资金来源：", *(f"“{s.text.strip()}”" for s in own[:MOST])]
        return Reply("\n".join(lines), cites[:MOST], meta={"funder": "own"})
    # the measure the question names ("见习补贴谁出钱"), else the one the quoted sentence names
    keys = list(dict.fromkeys(MEASURE.findall(text))) or list(dict.fromkeys(MEASURE.findall(cite.get("quote") or "")))
    lines = [f"{where}没有写这项补贴的钱由谁出（财政还是单位），以经办部门说明为准。"]
    found = []
    if keys:
        pattern = re.compile(
            rf"(?:{'|'.join(map(re.escape, keys))})[^。]*(?:{FUNDS.pattern})|(?:{FUNDS.pattern})[^。]*(?:{'|'.join(map(re.escape, keys))})"
        )
        found = [c for c in place_sentences.find(pattern, None, as_of) if c.get("clause_id") != cite.get("clause_id")]
    if found:
        lines.append("收录的其他文件对同类补贴写有（只适用于各自地区）：")
        lines += [f"【{c.get('region')}】{place_sentences.line(c)[2:]}" for c in found[:MOST]]
    return Reply("\n".join(lines), [cite, *found[:MOST]], meta={"funder": "elsewhere" if found else "none"})
