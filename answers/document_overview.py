"""A document named as a whole ("辽政发〔2020〕9号现在还有效吗", "那辽宁省的文件说了啥"): answered from that
document, never from a preamble of another one (eval5 finding 1).

- `overview`: what the document is (title, number, issuer, date) and its measures by clause heading,
  with an offer to look one up; the citation is the document's preamble, so "第一条说啥" next is read
  in this document (actions.follow_ups.numbered_in_cited).
- `validity`: the document states no single period; each dated measure is named with its own period
  on the day asked, the rest are said to state none (the reading that never promises more).
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, sentences, validity_words
from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from answers.models import Reply, button
from knowledge.records import ClauseRecord, load_clauses
from retrieval.filters import validity_out

# A list of measures longer than this is cut: the person asks for one by its number.
MAX_HEADINGS = 40
QUOTE_LIMIT = 90


def records_of(doc_id: str) -> list[ClauseRecord]:
    return [r for r in load_clauses() if r.doc_id == doc_id]


def hit_of(rec: ClauseRecord, as_of: date) -> dict:
    """The search-result shape of a record (what citations and follow-ups read)."""
    return {
        "clause_id": rec.clause_id,
        "doc_id": rec.doc_id,
        "doc_number": rec.doc_number,
        "doc_title": rec.doc_title,
        "issuer": rec.issuer,
        "region": rec.region,
        "issued": rec.issued.isoformat() if rec.issued else None,
        "clause_label": rec.clause_label,
        "heading": rec.heading,
        "text": rec.text,
        "departments": list(rec.departments),
        "lead_departments": list(rec.lead_departments),
        "validity": validity_out(rec, as_of),
        "highlights": [],
    }


def _identity(rec: ClauseRecord) -> str:
    hit = {"doc_title": rec.doc_title, "doc_number": rec.doc_number, "issuer": rec.issuer, "issued": rec.issued}
    if not rec.doc_title:  # doc_name already says issuer and date
        return citations.doc_name(hit)
    issued = f"{cn_date(rec.issued)}印发" if rec.issued else "印发日期原文未载"
    return f"{citations.doc_name(hit)}，发文单位：{rec.issuer or '原文未载'}，{issued}"


def _label(rec: ClauseRecord, as_of: date) -> str:
    label = citations.clause_label(hit_of(rec, as_of)).rstrip(".．")
    return label if "、" in label else f"第{label}条"


def _cited(recs: list[ClauseRecord], text: str, as_of: date, detail: str) -> Reply:
    """The reply citing the document: its preamble (or first record) is in play, whole."""
    anchor = next((r for r in recs if r.kind == "preamble"), recs[0])
    cite = citations.from_hit(hit_of(anchor, as_of), "")
    cite["quote"] = ""
    return Reply(
        text,
        [cite],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "detail": detail, "document": anchor.doc_id},
    )


def overview(doc_id: str, as_of: date) -> Reply:
    """ "那辽宁省的文件说了啥": what the document is and the headings of its measures, short."""
    recs = records_of(doc_id)
    measures = [r for r in recs if r.kind == "clause"]
    lines = [f"{_identity(recs[0])}。", f"全文共{len(measures)}条措施，按原文顺序："]
    parts: dict[str, list[str]] = {}
    for rec in measures[:MAX_HEADINGS]:
        first = sentences.quote_of(rec.sentences[0], limit=30, keep_condition=False).text if rec.sentences else ""
        part = f"{rec.part_label or ''}{rec.part_heading or ''}"
        parts.setdefault(part, []).append(f"{rec.clause_label or ''}{rec.heading or first}")
    lines += [f"{part}：{'；'.join(items)}" if part else "；".join(items) for part, items in parts.items()]
    if len(measures) > MAX_HEADINGS:
        lines.append(f"……其余{len(measures) - MAX_HEADINGS}条从略。")
    restarts = len({r.clause_no for r in measures}) < len(measures)  # 凌政发〔2019〕14号 numbers each part anew
    example = "第二部分第一条说啥" if restarts else "第一条说啥"
    lines.append(f"想看哪一条，请说条号（例如“{example}”）或直接问某项政策，我引用原文回答。")
    return _cited(recs, "\n".join(lines), as_of, "document_overview")


DATES = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?")


def validity(doc_id: str, as_of: date) -> Reply:
    """ "辽政发〔2020〕9号现在还有效吗": no single period; each dated measure's own, on the day asked."""
    recs = records_of(doc_id)
    dated, bound = [], False
    for rec in recs:
        for s in rec.sentences:
            if s.validity is None:
                bound = bound or any(w in s.text for w in validity_words.EPIDEMIC_PERIOD)
                continue
            v = validity_words.own(rec, s, as_of)
            # the run holding its dates (eval96 MB03 read 18号（九）'s 2月9日 under the 1000元 part that follows them)
            dates = [sentences.compact(d) for d in DATES.findall(s.text)]
            quote = sentences.quote_of(s, dates, kind=sentences.DATED, limit=QUOTE_LIMIT).text
            where = _label(rec, as_of) if rec.kind == "clause" else "文件"
            heading = f"“{rec.heading}”" if rec.heading else ""
            # "2019年1月1日至12月31日" said to end 2020-12-31 (eval96 MB12 read it as a wrong date): the text that moved it
            moved = [c for c in s.validity.changes if c.since <= as_of]
            by = re.match(r"经(.+?)(?:延长|调整|改|停止)", moved[-1].basis) if moved else None
            note = f"（原文写至{cn_date(s.validity.end)}，经{by.group(1)}延长）" if by and s.validity.end else ""
            dated.append(f"· {where}{heading}：“{quote}”——{validity_words.status_words(v, as_of)}{note}")
    lines = [f"{_identity(recs[0])}。"]
    if dated:
        lines.append("这份文件没有规定全文统一的有效期，各项措施分别载明期限。原文写明期限的有：")
        lines += dated
        notes = ["其余各条原文未载明实施期限"]
    else:
        notes = ["这份文件没有规定全文统一的有效期，各条也都未载明实施期限"]
    if bound:
        notes.append("部分措施以疫情防控期间为期，原文未载明截止日期")
    lines.append("；".join(notes) + "，是否仍在执行需经办部门确认，以经办部门认定为准。")
    lines.append(f"具体办理和现行政策请拨打{HOTLINE_NAME}，由热线转相关部门。想看哪一条，请说条号。")
    return _cited(recs, "\n".join(lines), as_of, "document_validity")
