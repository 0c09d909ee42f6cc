"""Highlights: the sentences of a result clause that best match the question.

Only the clause's own sentences are shown (authored questions are an index field, not policy
text). A long sentence is cut to a window around its first matching term, so the highlight shows
the part that answered, verbatim.
"""

from __future__ import annotations

import numpy as np

from retrieval.corpus import Corpus
from retrieval.tokens import normalize

WINDOW = 120  # characters shown of a long sentence


def window(sentence: str, terms: list[str], width: int = WINDOW) -> str:
    if len(sentence) <= width:
        return sentence
    low = normalize(sentence)
    # normalize() drops whitespace, so positions are found on the original with a linear scan.
    hit = -1
    for term in sorted(terms, key=len, reverse=True):
        t = normalize(term)
        if t and t in low:
            hit = _original_offset(sentence, low.index(t))
            break
    if hit < 0:
        return sentence[:width] + "…"
    start = max(0, min(hit - width // 3, len(sentence) - width))
    text = sentence[start : start + width]
    return ("…" if start > 0 else "") + text + ("…" if start + width < len(sentence) else "")


def _original_offset(sentence: str, norm_pos: int) -> int:
    seen = 0
    for i, ch in enumerate(sentence):
        if not ch.isspace():
            if seen == norm_pos:
                return i
            seen += 1
    return 0


def pick(
    corpus: Corpus, clause: int, passage_scores: np.ndarray, passage_ids: np.ndarray, terms: list[str], count: int
) -> list[str]:
    """Top `count` sentences of `clause` by passage score; the first sentence if none matched."""
    best: list[tuple[float, int, str]] = []
    heading = (corpus.records[clause].heading or "").strip()
    for pid in passage_ids:
        p = corpus.passages[pid]
        score = float(passage_scores[pid])
        # The heading sentence ("实施援企稳岗政策。") matches often and says little: skip it.
        if p.kind == "sentence" and score > 0 and p.text.strip().rstrip("。") != heading:
            best.append((score, p.sentence_index or 0, p.text))
    best.sort(key=lambda x: (-round(x[0], 6), x[1]))
    chosen = [window(text, terms) for _, _, text in best[:count]]
    if not chosen:
        sentences = corpus.records[clause].sentences
        if sentences:
            chosen = [window(sentences[0].text, terms)]
    return chosen
