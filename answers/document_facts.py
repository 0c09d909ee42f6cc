"""Questions about the document itself, answered from the clause in play: "这个文件文号是多少",
"牵头单位是哪个", "这条谁负责". The facts are the registry's (knowledge records): a number, title or
date the document does not print is said to be missing ("原文未载文号"), never made up.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, sentences, validity_words
from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from answers.departments import departments_text
from answers.models import Reply, button


def in_play(hit: dict) -> str:
    """The sentence the conversation is on (the hit's first highlight, whole), cited so that the next
    follow-up stays on it ("牵头单位是谁" then "这条现在还有效吗" after a lookup naming one sentence, N08)."""
    rec = sentences.record_of(hit["clause_id"])
    found = (sentences.sentence_of(rec, h) for h in hit.get("highlights") or []) if rec else ()
    return next((s.text.strip() for s in found if s is not None), "")


def _reply(text: str, hit: dict, as_of: date | None = None) -> Reply:
    cite = citations.from_hit(hit, in_play(hit))
    rec = sentences.record_of(hit["clause_id"])
    said = sentences.sentence_of(rec, cite["quote"]) if rec is not None and cite["quote"] and as_of else None
    if rec is not None and said is not None and as_of is not None:
        # the card says the period of the sentence in play, as the turns before and after do (eval33 W13 read
        # "expired 2020-01-01–2020-12-31", the clause's latest end, between two "unknown" cards of the same sentence)
        cite["validity"] = validity_words.own(rec, said, as_of)
    return Reply(
        text,
        [cite],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "detail": "document"},
    )


def fact_lines(number, title, issuer, issued, number_note: str = "", title_note: str = "") -> list[str]:
    """文号, 标题, 发文单位, 印发日期 as the registry has them; one it does not have is said missing, never made up."""
    return [
        f"文号：{number}{number_note}" if number else "文号：原文未载文号",
        f"标题：《{title}》" if title else f"标题：原文未载标题{title_note}",
        f"发文单位：{issuer or '原文未载'}",
        f"印发日期：{cn_date(issued)}" if issued else "印发日期：原文未载",
    ]


def document_reply(hit: dict) -> Reply:
    """ "这个文件文号是多少": title, number, issuer and date as the registry has them."""
    title, number, issued = hit.get("doc_title"), hit.get("doc_number"), hit.get("issued")
    label = citations.clause_label(hit).rstrip(".．")
    facts = fact_lines(number, title, hit.get("issuer"), issued)
    # "四、（七）" is said as the text numbers it; only a bare number reads "第…条" ("第5条", "第（十二）条")
    said = f"第{label}条" if re.fullmatch(r"[（(]?[\d一二三四五六七八九十]+[)）]?", label) else label
    text = f"您问的条款是{citations.doc_name(hit)}{said}“{hit.get('heading') or ''}”。\n" if hit.get("heading") else ""
    text = (text or f"您问的{said}出自{citations.doc_name(hit)}。\n") + "；".join(facts) + "。"
    return _reply(text, hit)


PHONE = re.compile(r"电话|联系方式|号码|怎么联系")


def departments_reply(hit: dict, asked: str = "", as_of: date | None = None) -> Reply:
    """ "牵头单位是哪个" / "这条谁负责": the clause's units as the text lists them; the lead unit only
    where the text marks one. "电话多少" is answered too: none of the texts lists a telephone number."""
    cite = citations.from_hit(hit, "")
    units = list(hit.get("departments") or [])
    lead = list(hit.get("lead_departments") or [])
    listed = departments_text(units, lead, limit=len(units) or 1)
    if not units:
        said = "本条原文未列明责任单位。"
    elif lead:
        said = f"责任单位：{listed}。"
    else:
        said = f"本条原文未标明牵头单位，所列责任单位（按原文顺序）：{listed}。"
    phone = "原文未载明各单位的联系电话。" if PHONE.search(asked) else ""
    text = f"关于{citations.where(cite)}：\n{said}{phone}\n具体办理请拨打{HOTLINE_NAME}，由热线转相关部门。"
    return _reply(text, hit, as_of)
