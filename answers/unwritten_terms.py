"""Whether a document writes what a question names at all ("贴息怎么算" of 凌政发〔2019〕14号, which never says
贴息: eval25 W14 heard the loan ceilings, then an unrelated "closest clause", and never that the text is silent)."""

from __future__ import annotations

from datetime import date

from answers import sentences
from knowledge.records import load_clauses, not_yet_issued

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


def _texts_in_force_there(doc_id: str, as_of: date) -> str:
    """The document's text and that of every document covering its place (辽宁's for 凌源): a term the province
    writes is answered from the province's sentence (actions/province_says.py), not called unwritten."""
    from knowledge.regions import covers

    region = next((r.region for r in load_clauses() if r.doc_id == doc_id), None)
    return "".join(
        sentences.compact(r.text)
        for r in load_clauses()
        if r.doc_id == doc_id or region and r.region and covers(r.region, region) and not not_yet_issued(r, as_of)
    )


def unwritten(text: str, doc_id: str | None, as_of: date) -> str | None:
    """The one term the message names that the document never writes, or None."""
    asked = [t for t in TERMS if t in (text or "")]
    if len(asked) != 1 or not doc_id:
        return None
    written = _texts_in_force_there(doc_id, as_of)
    return None if any(w in written for w in TERMS[asked[0]]) else asked[0]


def line(term: str, doc_name: str) -> str:
    return f"{doc_name}全文没有写“{term}”，适用于当地的上级文件也没有写。"
