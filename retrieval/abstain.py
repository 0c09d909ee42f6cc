"""Does the knowledge base answer this question at all? Search ranks clauses relative to each other
(the best hit always scores 1.0), so "今天天气怎么样" still gets ten confident-looking hits. This
module judges the question against the best hit on an absolute scale and abstains below a
threshold calibrated on labelled answerable and unanswerable questions
(benchmarks/abstain_eval.py; data in benchmarks/data/abstain_labelled.jsonl).

Two signals, each in 0..1:
- coverage: the share of the question's own content words (longest forms: 公积金, not 公积 and 积金;
  words that say nothing in this domain such as 补贴 or 怎么 left out) found in the best clause;
- dense: the best cosine similarity between the question and any passage (the encoder the search
  already loaded); without an encoder, coverage stands alone.
relevance = mean of the two. It reads the searcher's public parts only, never its ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.tokens import normalize, words

# Calibrated by benchmarks/abstain_eval.py (threshold with the best F1 on the dev half; the
# table for every threshold is in benchmarks/results/abstain_eval*.txt), per encoder: cosines
# live on each model's own scale (E5 gives ~0.87 to unrelated text, USE far less).
THRESHOLD_BY_ENCODER = {"use-m3": 0.575, "e5-small-q4": 0.70}
USE_THRESHOLD = 0.575  # use-m3, and the fallback for an encoder not calibrated here
THRESHOLD = THRESHOLD_BY_ENCODER["e5-small-q4"]  # the default encoder's (retrieval.config)
NOTHING = "知识库中没有相关政策"
PIECE_CHARS = 3

# Words that say nothing about a topic in this domain: a question about "补贴" alone is too vague
# to claim a match on.
GENERIC = {
    "补贴",
    "政策",
    "申请",
    "办理",
    "多少",
    "可以",
    "能够",
    "哪些",
    "什么",
    "怎么",
    "怎样",
    "如何",
    "需要",
    "有没有",
    "请问",
    "一下",
    "现在",
    "还有",
    "规定",
    "就业",
    "工作",
    "钱",
}


def content_words(query: str, expanded: list[str] | tuple[str, ...] = ()) -> list[str]:
    said = [w for w in words(query) if len(w) >= 2 and w not in GENERIC]
    # a short message the word cutter splits into single characters ("稳岗" → 稳/岗, eval68 KB11 heard "没有找到" of
    # 聊城's "加大稳岗返还力度"): the whole message is its word
    whole = normalize(query or "").replace(" ", "")
    if not said and 2 <= len(whole) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", whole) and whole not in GENERIC:
        said = [whole]
    return said + [normalize(t) for t in expanded if len(t) >= 2 and t not in GENERIC]


def matched_words(query: str, clause_text: str, expanded=()) -> list[str]:
    text = normalize(clause_text)
    return sorted({w for w in content_words(query, expanded) if normalize(w) in text})


def topic_words(query: str) -> dict[str, list[str]]:
    """The question's content words in their longest form, each with its pieces: search
    tokenisation yields 公积金, 公积 and 积金, which must count as one word, found when the word
    or a piece of three characters or more is in the clause (应届毕业生 through 毕业生; two-
    character pieces are too loose: 结婚登记 is not 失业登记, 工伤认定 is not 工伤保险)."""
    ws = sorted(set(content_words(query)), key=len, reverse=True)
    out: dict[str, list[str]] = {}
    for w in ws:
        head = next((h for h in out if w in h), None)
        if head is None:
            out[w] = [w]
        elif len(w) >= PIECE_CHARS:
            out[head].append(w)
    return out


def coverage(query: str, clause_text: str, expanded: list[str] | tuple[str, ...] = ()) -> float:
    """Share of the question's words found in the clause; the lexicon's policy terms for the
    question ("招了应届的" → 高校毕业生) count as one more word when there are any."""
    units = list(topic_words(query).values())
    if not units and len(normalize(query)) >= 2:
        units = [[normalize(query)]]  # "稳岗": the tokeniser splits it to single characters
    extra = [normalize(t) for t in expanded if len(t) >= 2 and t not in GENERIC]
    if extra:
        units.append(extra)
    if not units:
        return 0.0
    text = normalize(clause_text)
    return sum(1 for forms in units if any(normalize(f) in text for f in forms)) / len(units)


@dataclass(frozen=True)
class Relevance:
    score: float
    coverage: float
    dense: float | None
    threshold: float

    @property
    def abstain(self) -> bool:
        return self.score < self.threshold

    def to_dict(self) -> dict:
        return {
            "score": round(self.score, 3),
            "coverage": round(self.coverage, 3),
            "dense": None if self.dense is None else round(self.dense, 3),
            "threshold": self.threshold,
            "abstain": self.abstain,
            "message": NOTHING if self.abstain else None,
        }


def best_dense(searcher, query: str) -> float | None:
    encoder, index = searcher.encoder, searcher.index.dense
    if encoder is None or index is None:
        return None
    sims, _ = index.search(encoder.encode([query], is_query=True)[0], 1)
    return max(0.0, float(sims[0])) if len(sims) else 0.0


def threshold_for(searcher) -> float:
    encoder = searcher.encoder
    return THRESHOLD_BY_ENCODER.get(encoder.name, USE_THRESHOLD) if encoder is not None else USE_THRESHOLD


def judge(
    searcher,
    query: str,
    top_hit: dict | None,
    expanded: list[str] | tuple[str, ...] = (),
    threshold: float | None = None,
) -> Relevance:
    """The question's relevance to the knowledge base, given the best hit (None: nothing found)
    and the lexicon's expansions of the question (the search response's `expanded_terms`)."""
    threshold = threshold_for(searcher) if threshold is None else threshold
    if top_hit is None:
        return Relevance(0.0, 0.0, None, threshold)
    cov = coverage(query, f"{top_hit.get('heading') or ''} {top_hit.get('text') or ''}", expanded)
    dense = best_dense(searcher, query)
    score = cov if dense is None else (cov + dense) / 2
    return Relevance(score, cov, dense, threshold)
