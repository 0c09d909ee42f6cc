"""Whether a document writes what a question names at all ("贴息怎么算" of 凌政发〔2019〕14号, which never says
贴息: eval25 W14 heard the loan ceilings, then an unrelated "closest clause", and never that the text is silent)."""

from __future__ import annotations

from answers import sentences
from knowledge.records import load_clauses

# what people ask about a measure that a text may simply not write, and the words a text writes it with ("利息" is
# written "贴息": eval26 A02 was told 聊城's text "没有写‘利息’" beside its 贴息 sentence)
TERMS = {
    "贴息": ("贴息", "利息", "付息"),
    "利息": ("贴息", "利息", "利率", "付息"),
    "利率": ("利率", "利息", "贴息"),
    "抵押": ("抵押", "反担保", "担保人"),
    "反担保": ("反担保", "担保人"),
    "残保金": ("残保金", "残疾人就业保障金"),
    "公积金": ("公积金",),
}


def _doc_text(doc_id: str) -> str:
    return "".join(sentences.compact(r.text) for r in load_clauses() if r.doc_id == doc_id)


def unwritten(text: str, doc_id: str | None) -> str | None:
    """The one term the message names that the document never writes, or None."""
    asked = [t for t in TERMS if t in (text or "")]
    if len(asked) != 1 or not doc_id:
        return None
    written = _doc_text(doc_id)
    return None if any(w in written for w in TERMS[asked[0]]) else asked[0]


def line(term: str, doc_name: str) -> str:
    return f"{doc_name}全文没有写“{term}”。"
