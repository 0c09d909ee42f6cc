"""What a collected text says of a period another sentence leaves to "现行规定" ("补贴期限按现行规定执行", 大政发
〔2020〕18号（十二）; eval40 H09 and H12 heard twice that no period is written, although 大政发〔2017〕46号（十五）
gives the disabled up to 3 years). knowledge/period_links.yaml names the pairs; the line quotes the older
sentence with its own validity and leaves to the office whether it is the rule meant."""

from __future__ import annotations

from datetime import date

import yaml

from answers import citations, clause_json, validity_words
from answers.sentences import compact, record_of, sentence_of
from knowledge import paths
from knowledge.builds import per_build


@per_build()
def links() -> tuple[dict, ...]:
    path = paths.DATA_DIR / "period_links.yaml"
    if not path.exists():
        return ()
    return tuple((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("links") or ())


def _marked(sentence: str, quote: str) -> str:
    """The quote as read: "…" where it starts inside its sentence, the sentence's end kept when it reaches it."""
    whole, part = sentence.strip(), quote.strip().rstrip("。")
    head = "" if whole.startswith(part) else "…"
    tail = "。" if whole.rstrip("。").endswith(part) else "…"
    return f"{head}{part}{tail}"


def line(clause_id: str, texts: list[str], as_of: date) -> tuple[str, dict] | None:
    """("“补贴期限按现行规定执行”，原文没有写几年；收录的文件中…", the older sentence's citation) when a quoted text of
    `clause_id` holds a linked phrase whose sentence is issued by `as_of`; else None."""
    said = compact("".join(texts))
    for link in links():
        if link["clause_id"] != clause_id or compact(link["says"]) not in said:
            continue
        rec = record_of(link["see_clause"])
        s = sentence_of(rec, link["see_quote"]) if rec is not None else None
        if rec is None or s is None or (rec.issued is not None and rec.issued > as_of):
            continue
        cite = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), link["see_quote"])
        cite["validity"] = validity_words.own(rec, s, as_of)
        badge = validity_words.badge(cite["validity"])
        where = f"{cite.get('doc_number') or citations.doc_name(cite)}{citations.label_words(cite)}"
        return (
            f"“{link['says']}”，本句没有写几年。收录的文件中，{where}（{badge}）写的是：“{_marked(s.text, link['see_quote'])}”"
            "是否即为这里所说的现行规定、您适用其中哪一种，以经办部门认定为准。",
            cite,
        )
    return None
