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
            # "聊城市人民政府的通知（2020年3月11日印发）": an unnumbered notice's date is said once (eval48 M20)
            docs.setdefault(cite.get("doc_number") or f"{cite.get('issuer') or ''}的通知", issued)
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


def place_line(region: str | None, as_of: date) -> tuple[str, bool]:
    """ "当时已印发、适用于聊城市的收录文件有：…" or, with none (聊城 on 2020-02-20: its notice is of 2020-03-11, eval48 M20
    heard one sentence three times and "找哪个部门问" was never answered), that none had been issued, and who to ask;
    with whether any had been."""
    from answers.contact import HOTLINE_NAME
    from knowledge import regions
    from knowledge.records import load_clauses

    if not region:
        return "", True
    docs: dict[str, date | None] = {}
    for rec in load_clauses():
        if regions.covers(rec.region, region):
            docs.setdefault(rec.doc_number or f"{rec.issuer}的通知", rec.issued)
    then = [d for d, issued in docs.items() if issued is None or issued <= as_of]
    if then:
        return f"当时已印发、适用于{region}的收录文件有：{'、'.join(then)}。", True
    first = min((i for i in docs.values() if i is not None), default=None)
    since = f"（最早的于{cn_date(first)}印发）" if first else ""
    return (
        f"收录的适用于{region}的文件在{cn_date(as_of)}都还没有印发{since}；当时的政策请向当地人力资源社会保障部门咨询，"
        f"或拨打{HOTLINE_NAME}。",
        False,
    )


def nothing_then_reply(later: str, region: str | None, as_of: date) -> str:
    """The reply when only texts issued later match: that, the texts of the day for the place, and the next step."""
    line, any_then = place_line(region, as_of)
    tail = "您可以问当时已印发文件里的措施，或回复“转人工”。" if any_then else "也可以回复“转人工”。"
    return "\n".join(x for x in (later, line, tail) if x)
