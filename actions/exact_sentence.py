"""The sentence that answers a question word for word leads the first reply when no listed measure quotes it.

eval6 E13: "个体户能享受创业带头人社保补贴吗" — 辽政发〔2020〕9号（二） says exactly "被认定为创业带头人的个体工商户可参照
享受创业带头人社会保险补贴政策", and search ranks it first by far; but no rule carries that sentence (it grants
by reference, with no amount), so the first reply listed the clause's other rules (失业保险费率, 农民工工资保证金)
and asked whether a small restaurant was a 工程建设项目 builder. The sentence is said first, cited, with its own
validity; the measures follow as before. Only a clear winner that shares a long run of the question's words
leads — a near tie is the usual measures-first reply.
"""

from __future__ import annotations

import re
from datetime import date

from actions import spoken_facts
from actions.profile_facts import numeric_text
from answers import citations, not_yet_issued, validity_words
from answers.clause_answer import verbatim
from answers.departments import departments_text
from answers.in_force_first import longest_shared
from answers.models import Reply
from answers.sentences import compact, quote_of, record_of, sentence_of
from retrieval import references
from retrieval.search import search

SURE = 0.95  # the top hit's score
MARGIN = 0.3  # over the second hit's
SHARED = 4  # characters in one run, question and sentence ("创业带头人")
AMOUNT_ASKED = re.compile(r"咋算|怎么算|如何计算|多少钱|给多少|补多少|多少|标准是|什么标准|啥标准")
FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万?元|%|％)|百分之|[一二两三四五六七八九十百千万]+元"
)  # an amount, not "满3个月"
BENEFIT = re.compile(r"..(?:补贴|补助|贷款|返还)$")  # "见习补贴": a benefit's name, ending the run shared


def lead(first: Reply | None, text: str, region: str | None, as_of: date, known: dict | None = None) -> Reply | None:
    if first is None:
        return first
    hits = search(text[:200], region=region, top_k=2, as_of=as_of).model_dump()["results"]
    if not hits or hits[0]["score"] < SURE:
        return first
    top = hits[0]
    if not_yet_issued.later(top["clause_id"], as_of) and not references.find_reference(text):
        # "凌源开饭店的…今年稳岗返还能返不" on 2019-12-10 (eval47 R08) led with 辽政发〔2020〕9号, issued in 2020: a
        # text not yet issued never leads (the measures issued by then follow; a later text is named by them once)
        return first
    rec = record_of(top["clause_id"])
    s = sentence_of(rec, (top.get("highlights") or [""])[0]) if rec else None
    plain = re.sub(r"[^\u4e00-\u9fff]|[的了呢吗啊呀]", "", text)  # "裁员率的标准" shares "裁员率标准"
    shared = longest_shared(plain, compact(s.text)) if s else ""
    if s is None or len(shared) < SHARED:
        return first
    if AMOUNT_ASKED.search(text) and not FIGURE.search(s.text):
        # "见习补贴咋算": the sentence of the same clause that states the figure (eval12's rehearsal: "满3个月后…继续享受
        # 就业见习补贴" led instead of "将就业见习补贴标准提高至当地最低工资标准的60%")
        figured = [x for x in rec.sentences if shared in compact(x.text) and FIGURE.search(x.text)]
        if figured:
            s = figured[0]
    # a near tie leads only with the benefit the question names that no listed measure names ("有见习补贴不"
    # after a father's questions, eval8 F23, listed 一次性求职创业补贴 and never said a word of 见习)
    tie = len(hits) > 1 and hits[0]["score"] - hits[1]["score"] < MARGIN
    if tie and not (
        BENEFIT.search(shared) and not any(shared in compact(c.get("quote") or "") for c in first.citations)
    ):
        return first
    if any(compact(s.text)[:20] in compact(c.get("quote") or "") for c in first.citations):
        return first  # a listed measure quotes it already
    q = quote_of(s, [plain])
    cite = citations.from_hit(top, verbatim(q.text))
    cite["validity"] = validity_words.own(rec, s, as_of)
    if cite["validity"].get("status") == "expired" and (first.meta or {}).get("in_force"):
        # "稳岗返还现在还有没有" (eval39 J21 heard the extension that ended in 2020 as "直接相关的原文", then "不能"):
        # an ended sentence never leads a list holding measures still in force
        return first
    said = [
        f"与您的问题直接相关的原文：{citations.where(cite)}：",
        f"“{q.text}”",
        *rate_line(q.text, text, known),
        *_procedure_line(q.text, text, rec),
        validity_words.sentence(cite["validity"], as_of),
    ]
    first.text = "\n".join(said) + "\n" + first.text
    first.citations = [cite] + list(first.citations)
    return first


def _procedure_line(sentence: str, text: str, rec) -> list[str]:
    """ "临时生活补助 去哪申请 要啥材料" (eval28 Z21 heard the sentence, never that it names neither): what the clause does not
    say, with its units."""
    if not PROCEDURE_ASKED.search(text) or re.search(r"申请|提交|材料|经办|窗口|网办|办理", sentence):
        return []
    units = departments_text(rec.departments, rec.lead_departments)
    return [f"原文没有写明申请地点和材料；本条责任单位：{units}。"]


PROCEDURE_ASKED = re.compile(
    r"去哪(?:儿)?(?:申请|办|领)|在哪(?:儿)?(?:申请|办)|找哪个部门|找谁办|要啥材料|带啥|要带|什么材料|哪些材料"
)


def rate_line(sentence: str, text: str, known: dict | None = None) -> list[str]:
    """ "裁员率标准是多少，我们28个人裁了5个" (eval9 G34): the person's rate worked against the sentence's bounds.
    `known`: the facts as they stand now; a rate corrected since ("不对，裁的是5个不是4个") is theirs, not the words'
    of the question asked before it (eval31 T03 heard "20人中裁员4人…在标准以内" beside "不符合")."""
    facts: dict = {}
    if "裁员率" not in sentence:
        return []
    staff = spoken_facts.HEADCOUNT.search(numeric_text(text)) or spoken_facts.STAFF_COUNT.search(numeric_text(text))
    if staff is not None:
        facts["employees"] = int(next(g for g in staff.groups() if g))
        spoken_facts.laid_off(numeric_text(text), facts)
    n = spoken_facts.LAID_OFF.search(numeric_text(text))
    said = f"按您说的{facts.get('employees')}人中裁员{n.group(1) if n else ''}人计算：裁员率约{facts.get('layoff_rate')}%，"
    now = known or {}
    if now.get("layoff_rate") is not None and now.get("layoff_rate") != facts.get("layoff_rate"):
        facts = {k: now[k] for k in ("layoff_rate", "layoffs") if k in now}
        staff_now = now.get("employees") or now.get("insured_employees")
        said = f"按您说的{f'{staff_now}人、' if staff_now else ''}裁员率约{facts['layoff_rate']}%计算："
    if "layoff_rate" not in facts:
        return []
    if not FIGURE.search(sentence):
        # "裁员率标准按照国家和省有关规定执行" (大政发〔2020〕18号（三）) states no figure: 聊城's 5.5% / 20% is not its
        # standard (eval21 S23, a 大连 firm, heard "在放宽后的标准以内（30人（含）以下…）")
        return [said + "这句原文没有写裁员率的具体数字，是否符合以经办部门认定为准。"]
    verdict = "在放宽后的标准以内" if facts.get("layoffs") == "few" else "超过了放宽后的标准"
    return [said + f"{verdict}（30人（含）以下按参保职工人数计，以经办部门认定为准）。"]
