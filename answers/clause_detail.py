"""One clause asked about in detail: a follow-up on the clause just cited ("能领几次", "去哪办",
"现在还执行吗"), a procedure question ("利息咋算，要抵押不") or a definition ("什么样的人算就业困难人员").

Only the clause's own sentences are quoted; where it says nothing on the point (materials, time
limits, how often), the answer says so and names the departments to ask — it never fills the gap.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations
from answers.departments import departments_text
from answers.models import Reply, button
from answers.validity_words import sentence

# What each kind of question looks for in the clause's sentences, and what is said when none has it.
LOOKS_FOR = {
    "times": (r"次|年|月|期限|最长|不超过|累计|期满", "原文没有写明可以享受几次或享受多长时间"),
    "amount": (r"\d|元|%|标准|额度|比例", "原文没有写明具体金额或标准"),
    "where": (r"申请|经办|办理|提出|向|受理|窗口|平台|网办", "原文没有写明申请地点和办理流程"),
    "procedure": (
        r"申请|材料|提供|经办|办理|审核|贴息|利率|利息|抵押|担保|反担保|还款|流程|程序",
        "原文没有列出申请材料和办理时限",
    ),
    "in_force": (r"实施期限|自\d{4}年|至\d{4}年|起施行|有效期", ""),
}
# A word asked and the words a clause uses for it ("利息咋算" is answered by a sentence on 贴息).
ALSO = {
    "利息": r"利息|贴息|利率|付息",
    "抵押": r"抵押|反担保|担保人",
    "担保人": r"担保人|反担保",
    "材料": r"材料|提供|提交|证明",
    "多久": r"时限|工作日|日内|月内",
    "多长时间": r"时限|工作日|日内|月内",
}
_SENTENCES = re.compile(r"[^。；]+[。；]?")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.findall(text.replace("\n", "")) if len(s.strip()) > 3]


def _head(hit: dict) -> tuple[str, dict]:
    cite = citations.from_hit(hit, "")
    return citations.where(cite), cite


def detail(hit: dict, kind: str, as_of: date, words: str = "") -> Reply:
    """The clause's sentences bearing on `kind` (plus those sharing `words` with the question)."""
    where, cite = _head(hit)
    pattern, missing = LOOKS_FOR[kind]
    found = [s for s in sentences(hit.get("text") or "") if re.search(pattern, s)]
    if kind == "procedure" and words:  # "利息" or "抵押" asked: the sentences on them first
        asked = [ALSO[w] for w in ALSO if w in words]
        named = [s for s in found if any(re.search(p, s) for p in asked)]
        found = named + [s for s in found if s not in named]
    lines = [f"关于{where}："]
    if kind != "in_force":
        lines += [f"“{s}”" for s in found[:3]] or [f"{missing}。"]
        if found and missing and kind in ("procedure", "where"):
            lines.append(f"{missing}。")
    lines.append(sentence(hit["validity"], as_of, (cite["departments"] or [None])[0]))
    lines.append(
        f"具体请咨询责任单位：{departments_text(hit.get('departments', []), hit.get('lead_departments'))}。"
        "也可以回复“转人工”。"
    )
    cite["quote"] = found[0] if found else (sentences(hit.get("text") or "") or [""])[0]
    return Reply(
        "\n".join(lines),
        [cite],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "detail": kind},
    )


DEFINING = r"指|是指|范围包括|包括|认定|界定|所称|是.{0,6}的人员"


def definition(hits: list[dict], term: str, as_of: date) -> Reply | None:
    """The sentence that defines `term`, cited; None when no clause defines it (the caller searches)."""
    for hit in hits:
        for s in sentences(hit.get("text") or ""):
            if (not term or term in s) and re.search(DEFINING, s):
                where, cite = _head(hit)
                cite["quote"] = s
                text = "\n".join(
                    [
                        f"根据{where}：",
                        f"“{s}”",
                        sentence(hit["validity"], as_of, (cite["departments"] or [None])[0]),
                        "这是政策原文对该词的说明；具体是否符合，以经办部门认定为准。"
                        "想知道自己能享受什么，可以说说您的情况。",
                    ]
                )
                return Reply(
                    text, [cite], meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "definition": term}
                )
    return None
