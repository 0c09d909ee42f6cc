"""One clause asked about in detail: a follow-up on the clause just cited ("能领几次", "去哪办",
"现在还执行吗"), a procedure question ("利息咋算，要抵押不") or a definition ("什么样的人算就业困难人员").

Only the clause's own sentences are quoted, whole (answers.sentences), and the follow-up keeps the
measure just cited: the sentence quoted before (the hit's highlight) leads, so "能给几年" after the
残疾人 场地补贴 is answered from that sentence, not from a neighbour about 灵活就业. Each quoted
sentence says its own validity (never the clause's latest end), and one unit is named as the one to
ask only when a quoted sentence names it. Where the clause says nothing on the point (materials,
time limits, how often), the answer says so — it never fills the gap.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, sentences, validity_words
from answers.clause_answer import clause_block, verbatim
from answers.models import Reply, button
from answers.sentences import Quote, quote_of
from knowledge.records import ClauseRecord, Sentence

# kind of follow-up -> (the composer's question kind, what is said when no quoted sentence has it)
LOOKS_FOR = {
    "times": ("period", "原文没有写明可以享受几次或享受多长时间"),
    "amount": ("amount", "原文没有写明具体金额或标准"),
    "where": ("procedure", "原文没有写明申请地点和办理流程"),
    "procedure": ("procedure", "原文没有列出申请材料和办理时限"),
    "in_force": (None, ""),
}
# A word asked and the words a clause uses for it ("利息咋算" is answered by a sentence on 贴息).
ALSO = {
    "利息": ("贴息", "利率", "付息"),
    "抵押": ("抵押", "反担保", "担保人"),
    "担保人": ("担保人", "反担保"),
    "材料": ("材料", "提供", "提交", "证明"),
    "几次": ("不可同时享受", "不重复享受", "一次性"),  # "能领几次": the rule on combining, then "一次性"
}
_SENTENCES = re.compile(r"[^。；]+[。；]?")


def _split(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.findall(text.replace("\n", "")) if len(s.strip()) > 3]


def _record(hit: dict) -> ClauseRecord | None:
    return sentences.record_of(hit["clause_id"])


def _asked_words(words: str) -> list[str]:
    return [w for key, alts in ALSO.items() if key in words for w in alts]


def _chosen(rec: ClauseRecord, hit: dict, kind: str, words: str) -> list[Quote]:
    """The sentences answering the follow-up: the measure cited before first (its highlight)."""
    qkind, _ = LOOKS_FOR[kind]
    highlights = hit.get("highlights") or []
    asked = _asked_words(words)
    if kind == "in_force":
        quotes = sentences.choose(rec, "", highlights, asked, limit=1)
        return quotes
    asking = {"period": "几年", "amount": "多少"}.get(qkind or "", "材料")  # a question of this kind
    query = words if sentences.question_kind(words) == qkind else asking
    cited = next((x for x in (sentences.sentence_of(rec, h) for h in highlights) if x is not None), None)
    if cited is not None and sentences.has_feature(cited.text, qkind):  # the measure just cited answers it
        quotes = [quote_of(cited, asked, qkind)]
    else:
        quotes = sentences.choose(rec, query, highlights, asked, limit=2)
    named = [s for w in asked for s in rec.sentences if w in sentences.compact(s.text)]  # by the word's rank
    if named and named[0] not in [q.sentence for q in quotes]:  # "利息" asked: the sentence on 贴息 first
        quotes = [quote_of(named[0], asked, qkind)] + quotes[:1]
    return quotes


def detail(hit: dict, kind: str, as_of: date, words: str = "") -> Reply:
    """The clause's sentences bearing on `kind`, each with its own validity."""
    qkind, missing = LOOKS_FOR[kind]
    rec = _record(hit)
    if rec is not None:
        quotes = _chosen(rec, hit, kind, words)
    else:  # a clause outside the built records (another build): its sentences, the clause's validity
        asked = _asked_words(words)
        found = [
            s
            for s in _split(hit.get("text") or "")
            if not qkind or sentences.has_feature(s, qkind) or any(w in s for w in asked)
        ]
        found.sort(key=lambda s: not any(w in s for w in asked))
        quotes = [Quote(Sentence(index=i, text=s), s, False) for i, s in enumerate(found[:2])]
    # the quotes are chosen here; what the clause does not say is said once, in this kind's words
    text, cite = clause_block(hit, as_of, "", quotes=quotes or None)
    lines = text.split("\n")
    lines[0] = "关于" + lines[0].removeprefix("根据")  # a follow-up on the clause, not a new answer
    if qkind and not any(sentences.has_feature(q.text, qkind) for q in quotes):
        lines.insert(-1, f"{missing}。")
    if rec is None and quotes:
        cite["quote"] = verbatim(quotes[0].text)
    return Reply(
        "\n".join(lines) + "\n具体请咨询责任单位，也可以回复“转人工”。",
        [cite],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "detail": kind},
    )


DEFINING = r"指|是指|范围包括|包括|认定|界定|所称|是.{0,6}的人员"


def definition(hits: list[dict], term: str, as_of: date, about: str = "") -> Reply | None:
    """The sentence that defines `term`, cited with its own validity; None when no clause defines it.
    `about` ("单亲妈妈算不算" after a definition): the defining sentence sharing two characters with it
    comes first, even when it names the term only through the clause ("范围包括…单亲抚养未成年人者")."""
    pairs = {about[i : i + 2] for i in range(len(about) - 1)} - {"算不", "不算", "属不", "不属"}
    for hit in hits:
        rec = _record(hit)
        pool = list(rec.sentences) if rec else [Sentence(index=i, text=s) for i, s in enumerate(_split(hit["text"]))]
        pool.sort(key=lambda s: not any(p in s.text for p in pairs))
        for s in pool:
            named = not term or term in s.text or any(p in s.text for p in pairs) and term in (hit.get("text") or "")
            if named and re.search(DEFINING, s.text):
                q = quote_of(s, [term] if term else [])
                v = validity_words.own(rec, s, as_of) if rec else hit["validity"]
                cite = citations.from_hit(hit, verbatim(q.text))
                cite["validity"] = v
                text = "\n".join(
                    [
                        f"根据{citations.where(cite)}：",
                        f"“{q.text}”",
                        validity_words.sentence(v, as_of),
                        "这是政策原文对该词的说明；具体是否符合，以经办部门认定为准。"
                        "想知道自己能享受什么，可以说说您的情况。",
                    ]
                )
                return Reply(
                    text, [cite], meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "definition": term}
                )
    return None
