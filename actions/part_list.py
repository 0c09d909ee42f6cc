""" "凌政发〔2019〕14号 第三部分讲的什么", "第三部分全部列一下" (eval89 FB05, a quality checker, heard only 三、（一）, then
一、（四） and another city's document): a part of a document named without a clause is that part's clauses, each by its
label, heading and first sentence, quoted; asked who pays within it ("里面哪些钱是县财政出的"), the part's sentences on
where the money comes from, and that the text names no other payer where it does not."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences, sentences
from answers.models import Reply

FUNDING_ASKED = re.compile(r"哪些钱|谁出|出钱|资金|经费|财政|列支|承担")
FUNDS = re.compile(r"列支|由[^。；]{0,12}(?:承担|负担)|资金从|预支")
PAYERS = re.compile(r"(?:县|市|省|区)?财政")


def reply(ref, text: str, as_of: date, tracker=None) -> Reply | None:
    """`tracker`: a part named without its document ("第三部分全部列一下") is of the document in play."""
    if ref is None or len(ref.doc_ids) > 1 or ref.part_no is None or ref.clause_no is not None:
        return None
    from knowledge.records import load_clauses
    from retrieval.references import resolve

    ids = set(ref.clause_ids)
    if not ref.doc_ids and tracker is not None:
        from actions.clause_in_play import in_play

        cite = in_play(tracker)[0] or {}
        doc_id = cite.get("doc_id") or (cite.get("clause_id") or "").split(":")[0]
        ids = set(resolve(load_clauses(), [doc_id], ref.part_no, None)[0]) if doc_id else set()
    recs = [r for r in load_clauses() if r.clause_id in ids]
    if not recs:
        return None
    recs.sort(key=lambda r: r.clause_no or 0)
    first = recs[0]
    name = first.doc_number or first.doc_title or "这份文件"
    part = f"{name}第{first.part_label.rstrip('、') if first.part_label else first.part_no}部分"
    part += f"“{first.part_heading}”" if first.part_heading else ""
    if FUNDING_ASKED.search(text or ""):
        return _funding(recs, part, text, as_of)
    lines = [f"{part}共{len(recs)}条："]
    cites = []
    for rec in recs:
        s = next((x for x in rec.sentences if not sentences.is_heading(rec, x)), None)
        if s is None:
            continue
        label = f"{rec.part_label or ''}{rec.clause_label}{rec.heading or ''}"
        lines.append(f"· {label}：“{s.text.strip()}”")
        cites.append(place_sentences.cite(rec, s, as_of))
    lines.append(f"以上每条只引了第一句；要看哪一条的全文，请说“{part.split('“')[0]}第（几）条”。")
    return Reply("\n".join(lines), cites, meta={"part_list": [r.clause_id for r in recs]})


def _funding(recs, part: str, text: str, as_of: date) -> Reply:
    found = [(rec, s) for rec in recs for s in rec.sentences if FUNDS.search(s.text)]
    named = PAYERS.search(text or "")
    lines = [f"{part}写到资金来源的句子："] if found else [f"{part}没有写明资金来源。"]
    cites = []
    for rec, s in found[:6]:
        lines.append(f"· {rec.part_label or ''}{rec.clause_label}：“{s.text.strip()}”")
        cites.append(place_sentences.cite(rec, s, as_of))
    if named and not any(named.group() in s.text for _, s in found):
        lines.append(f"这一部分原文没有写“{named.group()}”出资；具体由哪级财政承担，以经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"part_list": [r.clause_id for r in recs]})
