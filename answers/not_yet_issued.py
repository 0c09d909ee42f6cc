"""Texts not yet issued on the day asked are not offered.

12345 evaluation 36 (T22, T18, T16, T04): a 大连 firm asking on 2020-02-15 what it can use now heard three measures
of 大政发〔2020〕18号 (issued 2020-06-30), twice, each badged 未开始; a 凌源 woman asking on 2019-07-01 heard items of
辽政发〔2020〕9号. A hotline on that day could not have known those texts. Ruling: a question about what applies on a
day is answered from the texts issued by then; a text issued later is named once, with its date, only when nothing
issued by then matches (so the person learns that the matching text came later and nothing of it could be claimed
then). A document or clause asked for by its number is still answered (it is named, so it is known).
"""

from __future__ import annotations

from datetime import date

from answers import citations
from answers.dates import cn_date
from answers.sentences import record_of
from knowledge.records import not_yet_issued


def issued_of(clause_id: str) -> date | None:
    rec = record_of(clause_id or "")
    return rec.issued if rec is not None else None


def later(clause_id: str, as_of: date) -> bool:
    """The clause's document was issued after `as_of` (the records' own test, by the built clause index)."""
    rec = record_of(clause_id or "")
    return rec is not None and not_yet_issued(rec, as_of)


def benefit_later(benefit: dict, as_of: date) -> bool:
    cites = benefit.get("citations") or []
    return bool(cites) and all(later(c.get("clause_id") or "", as_of) for c in cites)


def hits_issued(hits: list[dict], as_of: date) -> tuple[list[dict], list[dict]]:
    """(hits of texts issued by `as_of`, hits of texts issued later)."""
    kept = [h for h in hits if not later(h.get("clause_id") or "", as_of)]
    return kept, [h for h in hits if h not in kept]


def later_line(found: list[dict], as_of: date, then_issued: bool = False) -> str:
    """ "…大政发〔2020〕18号（2020年6月30日印发）…当时还没有出台" for hits or benefits of later texts; `then_issued`: the
    reply goes on with what was issued by then."""
    docs: dict[str, date] = {}
    for item in found:
        cite = (item.get("citations") or [item])[0]
        issued = issued_of(cite.get("clause_id") or "")
        if issued is not None:
            docs.setdefault(cite.get("doc_number") or citations.doc_name(cite), issued)
    named = "、".join(f"{doc}（{cn_date(d)}印发）" for doc, d in docs.items())
    measures = [item["name"] for item in found if item.get("name")][:2]
    if measures:  # the measures asked about, by name ("用工补贴能领多少" on 2020-03-01, before 聊城's notice)
        more = "等" if len(found) > len(measures) else ""
        named += f"中的“{'”“'.join(measures)}”{more}"
    if then_issued:
        return f"与您的问题最相关的{named}按{cn_date(as_of)}还没有出台，印发前不能依据它申请；以下是当时已印发文件中的规定："
    return (
        f"按{cn_date(as_of)}，收录的文件中与您的问题直接相关的规定当时还没有出台：{named}。"
        "这些文件印发前不能依据它们申请。"
    )


def unnamed_line(as_of: date, then_issued: bool = False) -> str:
    """What a cited answer says when the texts matching best were issued after the day asked: nothing of them (a
    caller on 2020-02-15 cannot be shown a notice of 2020-04-02: eval45 C11, C20, C22 read it as a document from
    the future), only that the texts of the day hold no sentence on it; `then_issued`: the nearest of those follows."""
    if then_issued:
        return (
            f"按{cn_date(as_of)}已印发的收录文件中，没有与您的问题直接对应的规定；以下是当时已印发文件中最接近的规定："
        )
    return f"按{cn_date(as_of)}已印发的收录文件中，没有与您的问题直接对应的规定。"
