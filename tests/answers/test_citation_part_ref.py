"""A citation names the part where a document's clause labels restart in every part (eval3 B10: the card
said "（一）" for 凌政发〔2019〕14号 三、（一）, a label three clauses of that document share)."""

from __future__ import annotations

from answers import citations


def _hit(clause_id: str, label: str) -> dict:
    return {"clause_id": clause_id, "clause_label": label, "doc_id": clause_id.split(":")[0]}


def test_lingyuan_citation_keeps_its_part():
    cite = citations.from_hit(_hit("lingyuan-2019-14:3.1", "（一）"), "")
    assert cite["clause_ref"] == "三、（一）" and cite["clause_label"] == "（一）"


def test_a_document_numbered_throughout_keeps_its_label():
    assert citations.from_hit(_hit("dalian-2020-18:2.9", "（九）"), "")["clause_ref"] == "（九）"
