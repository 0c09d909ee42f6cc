"""Whether a document writes what a question names at all ("贴息怎么算" of 凌政发〔2019〕14号, which never says
贴息: eval25 W14 heard the loan ceilings, then an unrelated "closest clause", and never that the text is silent)."""

from __future__ import annotations

from answers import sentences
from knowledge.records import load_clauses

# what people ask about a measure that a text may simply not write (each a word the texts use where they do)
TERMS = ("贴息", "利息", "利率", "抵押", "反担保", "残保金", "公积金", "免征期限")


def _doc_text(doc_id: str) -> str:
    return "".join(sentences.compact(r.text) for r in load_clauses() if r.doc_id == doc_id)


def unwritten(text: str, doc_id: str | None) -> str | None:
    """The one term the message names that the document never writes, or None."""
    asked = [t for t in TERMS if t in (text or "")]
    if len(asked) != 1 or not doc_id or asked[0] in _doc_text(doc_id):
        return None
    return asked[0]


def line(term: str, doc_name: str) -> str:
    return f"{doc_name}全文没有写“{term}”。"
