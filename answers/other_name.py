"""A measure asked for by a name no collected document uses ("一次性创业补贴"), where the clause found names a longer,
different one ("一次性创业项目推荐补贴", paid to whoever recommended the project): evaluation 33 (W21) heard the 500元
recommendation subsidy three times as the founder's own. The sentence using the name's core ("…纳入创业补贴范围") is
quoted first, and the reply says plainly that the names differ.
"""

from __future__ import annotations

import re

from answers import sentences
from answers.absent_terms import corpus_text
from knowledge import regions
from knowledge.records import ClauseRecord, Sentence

NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:补贴|补助|奖补)")
# words said before a name that are no part of it ("就说一次性创业补贴", "那个创业补贴")
LEAD = re.compile(r"^(?:.*?(?:就说|问|说|那个|这个|给|的|是|有))+")
# a name's opening words that say how it is paid, not what for ("一次性创业补贴" is a 创业补贴 paid once)
HOW_PAID = re.compile(r"^(?:一次性|每月|每年|按月|定额)")
# words that end a list of several subsidies, never a part of one's name ("…企业技师培训等政府补贴项目" is not a
# "培训等政府补贴" beside the 培训补贴 asked: eval85 BA01 heard it called another subsidy)
LIST = re.compile(r"等|和|及|与|或")


def typed(query: str) -> list[str]:
    """The names of subsidies typed in `query`, longest first; a place before a name is no part of it ("大连创业补贴",
    eval93 JB04)."""
    words = re.sub(r"\s+", "", query or "")
    for alias in sorted(regions._alias_map(), key=len, reverse=True):
        words = words.replace(alias, "，")
    names = {LEAD.sub("", m.group()) for m in NAME.finditer(words)}
    return sorted((n for n in names if len(n) >= 4), key=len, reverse=True)


def asked(query: str) -> str | None:
    """The longest name of a subsidy typed in `query` that no collected document contains, or None."""
    corpus = corpus_text()
    return next((n for n in typed(query) if n not in corpus), None)


def _in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def longer(name: str, text: str) -> str | None:
    """A name in `text` that holds every character of `name` in order, and more ("一次性创业项目推荐补贴")."""
    for m in NAME.finditer(text):
        found = m.group()
        for start in range(len(found)):
            part = found[start:]
            if len(part) > len(name) and part.startswith(name[:2]) and _in_order(name, part) and not LIST.search(part):
                return part
    return None


def core(name: str) -> str:
    return HOW_PAID.sub("", name)


def lead(rec: ClauseRecord, query: str) -> tuple[Sentence | None, Sentence, str] | None:
    """(the sentence naming the asked name's core, or None; the sentence naming the longer one; the line saying the
    names differ), or None when the clause names no longer name like the one asked."""
    body = [s for s in rec.sentences if not sentences.is_heading(rec, s)]
    name = asked(query)
    if name is None:
        # "给创业的人本人的那个创业补贴" (W21): a name the clause writes as it is, beside a longer one holding it
        name = next((n for n in typed(query) if any(n in sentences.compact(s.text) for s in body)), None)
        absent = False
    else:
        absent = True
    if name is None:
        return None
    found = next(((x, s) for s in body if (x := longer(name, sentences.compact(s.text)))), None)
    if found is None:
        return None
    other, its = found
    kernel = core(name)
    if len(kernel) < 4:
        return None  # "一次性补贴": no measure's name ("补贴" is every measure's; eval6 E22 heard the funding sentence)
    own = next(
        (s for s in body if kernel in sentences.compact(s.text) and other not in sentences.compact(s.text)), None
    )
    if own is None:
        # "一次性求职补贴" for 一次性求职创业补贴 (eval6 E14): a short name of the same measure, when the clause writes
        # the shorter one nowhere on its own; only a core written apart ("纳入创业补贴范围") makes the longer another
        return None
    line = f"收录的文件里没有叫“{name}”的补贴。" if absent else ""
    if own is not None:
        unpaid = "" if sentences.has_feature(own.text, "amount") else "，这一句没有写金额"
        line += f"本条写到“{kernel}”的是下面第一句{unpaid}；"
    line += (
        f"本条另有“{other}”（下面第二句），是另一项补贴，条件不同。"
        if own is not None
        else f"下面的“{other}”是另一项补贴，条件不同。"
    )
    return own, its, line
