"""Is the top clause really about the question?

Search scores are scaled so the best hit is always 1.0 ("今天天气怎么样" still gets a top hit), so
confidence is judged from words instead: a question is answered only when some content word it
says (or a policy term the lexicon maps it to) appears in the clause. Otherwise the answer says
what was found and offers a person, never presenting an unrelated clause as the answer.
"""
from __future__ import annotations

from retrieval.tokens import normalize, words

# Words that say nothing about a topic in this domain: a question about "补贴" alone is too vague
# to claim a match on.
GENERIC = {"补贴", "政策", "申请", "办理", "多少", "可以", "能够", "哪些", "什么", "怎么", "怎样", "如何",
           "需要", "有没有", "请问", "一下", "现在", "还有", "规定", "就业", "工作", "钱"}


def content_words(query: str, expanded: list[str] | tuple[str, ...] = ()) -> list[str]:
    said = [w for w in words(query) if len(w) >= 2 and w not in GENERIC]
    return said + [normalize(t) for t in expanded if len(t) >= 2 and t not in GENERIC]


def matched_words(query: str, clause_text: str, expanded=()) -> list[str]:
    text = normalize(clause_text)
    return sorted({w for w in content_words(query, expanded) if normalize(w) in text})


def is_confident(query: str, hit: dict, expanded=()) -> bool:
    body = " ".join([hit.get("heading") or "", hit.get("text") or ""])
    return bool(matched_words(query, body, expanded))
