""" "你说的这几条现在还有效吗？有没有被后来的文件替代" right after an answer citing several clauses (eval87 DB08, a lawyer,
heard 46号's preamble as "最接近的一条"): each sentence cited in the last answer, with its own validity on the day, and
what the collection says of later texts (it records none replacing them)."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.dialogue_state import cited
from answers import citations, validity_words
from answers.dates import cn_date
from answers.models import Reply
from answers.sentences import record_of, sentence_of

ASKED = re.compile(
    r"(?:这几条|这些|这几项|这几个|它们|上面(?:这些|几条)?|刚才(?:说的|那几条)|你说的(?:这几条|这些)?)[^，。？?]{0,6}"
    r"(?:还有效|有效吗|有效没|还执行|还管用|过期|到期|失效|作废|被.{0,8}(?:替代|取代|代替|废止))"
)
MOST = 5


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not ASKED.search(text or ""):
        return None
    seen: set[str] = set()
    lines, cites = [f"按{cn_date(as_of)}计，刚才引用的各条："], []
    for c in (c for c in cited(tracker, 1) if c.get("quote")):
        rec = record_of(c["clause_id"])
        s = sentence_of(rec, c["quote"]) if rec is not None else None
        if rec is None or s is None or s.text in seen:
            continue
        seen.add(s.text)
        own = validity_words.own(rec, s, as_of)
        where = f"{c.get('doc_number') or c.get('doc_name')}{citations.label_words(c)}"
        lines.append(f"· {where}“{s.text.strip()}”：{validity_words.badge(own)}")
        cites.append({**c, "validity": own})
        if len(cites) >= MOST:
            break
    if not cites:
        return None
    lines.append("收录的文件中没有写明这些条款被后来的文件替代或废止；是否仍在执行、有无新规定，以经办部门说明为准。")
    return Reply("\n".join(lines), cites, meta={"cited_in_force": True})
