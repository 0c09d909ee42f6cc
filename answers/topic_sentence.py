"""The sentence a clause lookup's topic word asks for ("18号文第九条 申请时间" → "申请日期原则上为疫情解除后
3个月内…", the 8th of 9 sentences; eval8 F26 T5 read the first two and not that one).

A lookup that names a topic besides the clause number wants that sentence first: 申请时间 the sentence on
when to apply, 材料 the one on how, 多少钱 the first figure, 期限 the first period. None when the lookup
names no topic or the clause has no such sentence (the answer then reads the clause from its start).
"""

from __future__ import annotations

import re

from answers import measures, sentences
from answers.figures_said import SUM
from knowledge.records import ClauseRecord, Sentence

# (topic words, feature the sentence has, word the sentence must contain); the more specific first
TOPICS = [
    (re.compile(r"申请(?:时间|日期)|(?:什么|啥)时候(?:申请|办)|何时申请|哪天申请"), "period", "申请"),
    (re.compile(r"材料|手续|流程|怎么申请|如何申请|怎么办理"), "procedure", ""),
    (re.compile(r"多少钱|金额|标准|给多少|补多少|额度"), "amount", ""),
    (re.compile(r"期限|有效期|到什么时候|到啥时候"), "period", ""),
]


def holding_sum(candidates: list[Sentence], text: str) -> list[Sentence]:
    """The sentences stating a sum the message names ("那个2500元的" → "…按2500元/人标准…")."""
    figures = set(SUM.findall(text or ""))
    return [s for s in candidates if any(re.search(rf"(?<![\d.]){f}\s*元", s.text) for f in figures)]


def of(rec: ClauseRecord, query: str) -> Sentence | None:
    holding = holding_sum([s for s in rec.sentences if not sentences.is_heading(rec, s)], query)
    if len(holding) == 1:
        return holding[0]
    for words, feature, must in TOPICS:
        if not words.search(query or ""):
            continue
        fit = [
            s
            for s in rec.sentences
            if not sentences.is_heading(rec, s)
            and sentences.has_feature(s.text, feature)
            and must in s.text
            and not measures.is_target(s.text)
        ]
        # "…企业招用建档立卡贫困人口那个定额扣减，每人每年多少钱" (eval29 P19 heard the clause's first sum, a tax
        # exemption): of the sentences with that feature, the one sharing most of the lookup's words
        # the topic word itself is in every sentence fit ("期限"): it weighs nothing; a firm asking ("小微企业招用高校
        # 毕业生 社保补贴 期限", eval76 SB07 heard the graduates' own 灵活就业 period) is answered by the firms' sentence
        rest = words.sub("", query or "")
        return max(fit, key=lambda s: (_shared(rest, s.text) + _firm_fit(rest, s.text), -s.index)) if fit else None
    return named_by_words(rec, query)


FIRM_ASKS = re.compile(r"企业|单位|公司|招用|招聘|吸纳")
FIRM_SUBJECT = re.compile(r"^[^，。]{0,40}(?:单位|企业)(?:（[^）]*）)?[，,]")


def _firm_fit(query: str, text: str) -> int:
    """2 for a sentence granting a firm ("对新招用…的各类用人单位（含社会组织），…") when a firm's case is asked."""
    return 2 if FIRM_ASKS.search(query or "") and FIRM_SUBJECT.search(text) else 0


def _shared(query: str, text: str) -> int:
    said = re.sub(r"[^\u4e00-\u9fff\d]", "", query or "")
    return len({said[i : i + 2] for i in range(len(said) - 1)} & _pairs(sentences.compact(text)))


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


QUOTED_WORDS = 4  # pairs of characters a lookup shares with the one sentence it names, ahead of any other


def named_by_words(rec: ClauseRecord, query: str) -> Sentence | None:
    """ "（十五）公益性岗位那句延长1年的，2021年还有效吗" (eval23 U13 heard four other sentences of （十五）): the sentence
    the lookup quotes in its own words, when one shares clearly more of them than any other."""
    said = re.sub(r"[^\u4e00-\u9fff\d]", "", query or "")
    pairs = {said[i : i + 2] for i in range(len(said) - 1)}
    scored = sorted(
        (
            (len({p for p in pairs if p in sentences.compact(s.text)}), s)
            for s in rec.sentences
            if not sentences.is_heading(rec, s)
        ),
        key=lambda x: -x[0],
    )
    if not scored or scored[0][0] < QUOTED_WORDS or (len(scored) > 1 and scored[0][0] - scored[1][0] < 2):
        return None
    return scored[0][1]


def first(quotes: list[sentences.Quote], named: Sentence) -> list[sentences.Quote]:
    """The quotes with the named sentence's first, then (when it states a sum) the clause's other sentences stating
    one ("稳岗返还标准" on 辽政发（一）: the 6-month standard and the 中小微企业 100%, eval41 G14 heard the 100% only
    after "全文"), the rest in the clause's order."""
    lead = [q for q in quotes if q.sentence.index == named.index]
    summed = sentences.has_feature(named.text, "amount")
    alike = [
        q
        for q in quotes
        if summed and q not in lead and sentences.has_feature(q.text, "amount") and not measures.is_target(q.text)
    ]
    return lead + alike + [q for q in quotes if q not in lead and q not in alike]
