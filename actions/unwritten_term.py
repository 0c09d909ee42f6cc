"""A follow-up about something the document in play never writes ("贴息呢？贴息怎么算你没说啊" after 凌政发〔2019〕14号
四、（七）'s loan ceilings: eval25 W14 heard an unrelated "closest clause"). Said plainly, with the sentence just
cited, and who can say more.
"""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import clause_hit, in_play
from answers import citations, unwritten_terms
from answers.models import Reply
from answers.notices import HOTLINE_NAME


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not any(t in (text or "") for t in unwritten_terms.TERMS):
        return None
    cite = in_play(tracker, text)[0]
    doc_id = (cite or {}).get("doc_id") or ((cite or {}).get("clause_id") or "").split(":")[0]
    term = unwritten_terms.unwritten(text, doc_id, as_of) if cite else None
    hit = clause_hit(cite, as_of) if cite is not None and term is not None else None
    if cite is None or term is None or hit is None:
        return None
    cite = citations.from_hit(hit, cite.get("quote") or "")  # the document's full name, whatever the list kept
    lines = [
        unwritten_terms.line(term, citations.doc_name(cite)),
        f"刚才引用的{citations.where(cite)}只写：“{cite.get('quote') or ''}”",
        f"关于“{term}”，请向经办部门咨询，也可拨打{HOTLINE_NAME}，由热线转相关部门。",
    ]
    return Reply("\n".join(lines), [cite], meta={"unwritten": term})
