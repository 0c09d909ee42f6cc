"""A term the collected documents do not contain ("以工代训是啥"): said plainly, with no "closest clause"
from another measure (eval5 E25 was answered with 以工代赈, a different thing).

Said absent only when nothing could carry it: the term is in no document's text, in no phrase of the
lexicon (people's words the search maps onto the texts' words: "稳岗补贴" → 稳岗返还), and part of it
(a pair of characters) is in no document at all — a new combination of known words stays the search's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from answers.contact import HOTLINE_NAME
from answers.models import Reply, button
from knowledge.script import simplified

ASKED = re.compile(
    r"^(?:请问|问一下|那个|这个|那|所谓的?)?(?P<a>[\u4e00-\u9fff]{3,8}?)(?:是啥|是什么|是个啥|是啥意思|是什么意思|啥意思|什么意思)"
    r"[?？。!！]?$|^(?:请问)?(?:什么是|啥是|啥叫|什么叫)(?P<b>[\u4e00-\u9fff]{3,8}?)[?？。!！]?$"
)


@lru_cache(maxsize=4)
def _texts(build: str) -> tuple[str, frozenset[str], tuple[str, ...]]:
    from knowledge.records import load_clauses
    from retrieval.lexicon import load_lexicon

    corpus = "\n".join(simplified(r.text) for r in load_clauses())
    pairs = frozenset(corpus[i : i + 2] for i in range(len(corpus) - 1))
    phrases = tuple(p for g in load_lexicon().groups for p in (*g.policy, *g.say))
    return corpus, pairs, phrases


def _build() -> str:
    from knowledge import builds

    return str(builds.active_id())


def corpus_text() -> str:
    """Every collected clause's text, simplified, joined (per build)."""
    return _texts(_build())[0]


def absent_term(text: str) -> str | None:
    """The term asked about ("以工代训") when the documents do not contain it, else None."""
    m = ASKED.match(re.sub(r"\s+", "", simplified(text or "")))
    term = (m.group("a") or m.group("b")) if m else None
    if not term:
        return None
    corpus, pairs, phrases = _texts(_build())
    if term in corpus or any(term in p or p in term for p in phrases if len(p) >= 2):
        return None
    return term if any(term[i : i + 2] not in pairs for i in range(len(term) - 1)) else None


@lru_cache(maxsize=4)
def _not_covered(build: str) -> tuple[str, ...]:
    """knowledge/terms_not_covered.yaml, longest first, without a term the build's documents do contain: read once
    per build (every turn asks), not once per message."""
    import yaml

    from knowledge import paths

    listed_file = paths.data_dir() / "terms_not_covered.yaml"  # a build published before the list: none
    listed = (yaml.safe_load(listed_file.read_text(encoding="utf-8")) or []) if listed_file.exists() else []
    corpus = _texts(build)[0]
    return tuple(t for t in sorted(listed, key=len, reverse=True) if t not in corpus)


def named_absent(text: str) -> str | None:
    """A measure of knowledge/terms_not_covered.yaml named anywhere in the message ("以工代训补贴能补多少"), while
    no document contains it."""
    said = re.sub(r"\s+", "", simplified(text or ""))
    return next((t for t in _not_covered(_build()) if t in said), None)


# "以工代训还是学徒补贴": another measure asked beside the absent one, the words before its 补贴/补助/贷款
OTHER_MEASURE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:补贴|补助|贷款|返还|奖补)")


def rest_asked(text: str, term: str) -> str | None:
    """The message without the absent term when it asks about another measure the documents do have
    ("…听说有以工代训还是学徒补贴啥的 能给多少钱": 学徒 is in 大连's text; eval18 P07 heard only "没有以工代训")."""
    rest = simplified(text or "").replace(term, "")
    corpus = _texts(_build())[0]
    stems = (m.group(1) for m in OTHER_MEASURE.finditer(re.sub(r"\s+", "", rest)))
    return rest if any(stem[-2:] in corpus for stem in stems) else None


def absent_line(term: str) -> str:
    return f"收录的政策文件里没有“{term}”这一项，也没有对它的解释。"


def reply(text: str) -> Reply | None:
    term = absent_term(text) or named_absent(text)
    if term is None:
        return None
    said = (
        f"收录的政策文件里没有“{term}”这一项，也没有对它的解释，我无法按原文回答。"
        f"如需了解，请拨打{HOTLINE_NAME}，由热线转相关部门；也可以回复“转人工”。"
    )
    return Reply(said, buttons=[button("转人工", "/handoff")], meta={"absent_term": term, "low_confidence": True})
