"""A cited answer to a free question, from a search response (contract "Search result" shape).

The key sentence(s) verbatim, the document and clause, the departments (lead first), the validity
in words on the as-of date; then up to two further clauses where they differ in region or topic
("the same question is answered differently in 凌源"). A top clause that shares no content word
with the question is not presented as the answer (see confidence.py).
"""
from __future__ import annotations

from datetime import date

from answers import citations, confidence, notices
from answers.departments import departments_text
from answers.models import Reply, button
from answers.validity_words import amended_words, badge, sentence

MAX_EXTRA = 2
EXTRA_MIN_SCORE = 0.6  # scores are scaled to the best hit (1.0); below this a clause is a stray


def key_sentences(hit: dict, limit: int = 2) -> list[str]:
    """The verbatim sentences that answered: the search highlights, else the clause's first sentence."""
    found = [h for h in hit.get("highlights") or [] if h]
    if found:
        return found[:limit]
    text = (hit.get("text") or "").split("\n")[0]
    return [text[:200]]


def _extras(hits: list[dict]) -> list[dict]:
    top = hits[0]
    seen = {(top.get("region"), top.get("heading"))}
    out = []
    for h in hits[1:]:
        key = (h.get("region"), h.get("heading"))
        if h.get("score", 0) < EXTRA_MIN_SCORE or key in seen:
            continue
        if h.get("region") == top.get("region") and h.get("doc_id") == top.get("doc_id"):
            continue  # same document and place: not a different answer, just a neighbour
        seen.add(key)
        out.append(h)
        if len(out) == MAX_EXTRA:
            break
    return out


def clause_block(hit: dict, as_of: date) -> tuple[str, dict]:
    quotes = key_sentences(hit)
    cite = citations.from_hit(hit, quotes[0])
    lines = [f"根据{citations.where(cite)}：", *[f"“{q}”" for q in quotes],
             f"责任单位：{departments_text(hit.get('departments', []), hit.get('lead_departments'))}。",
             sentence(hit["validity"], as_of, cite["departments"])]
    lines += [amended_words(a) for a in hit.get("amended_by") or []]
    return "\n".join(lines), cite


def search_answer(response: dict, notice: str | None = None) -> Reply:
    """Compose the answer to `response` (a SearchResponse as a dict)."""
    as_of = date.fromisoformat(response["as_of"])
    hits = response.get("results") or []
    head = [notice] if notice else []
    if not hits:
        return Reply("\n".join(head + [notices.NOTHING_FOUND]), buttons=[button("转人工", "/handoff")],
                     meta={"low_confidence": True})
    top = hits[0]
    body, cite = clause_block(top, as_of)
    if not confidence.is_confident(response["query"], top, response.get("expanded_terms", ())):
        text = "\n".join(head + [notices.LOW_CONFIDENCE, body, notices.OFFER_HUMAN])
        return Reply(text, [cite], [button("转人工", "/handoff")], meta={"low_confidence": True})
    parts, cites = head + [body], [cite]
    extras = _extras(hits)
    if extras:
        parts.append("其他地区或人群的相关规定：")
        for h in extras:
            q = key_sentences(h, 1)[0]
            c = citations.from_hit(h, q)
            parts.append(f"· {citations.doc_name(c)}{c['clause_label']}（{h.get('region')}，{badge(h['validity'])}）：“{q}”")
            cites.append(c)
    return Reply("\n".join(parts), cites, meta={"low_confidence": False, "clause_ids": [c["clause_id"] for c in cites]})
