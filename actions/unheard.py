"""Facts said in turns the dialogue never heard.

When Rasa is down or too slow, the API answers from search and the dialogue's tracker never sees the
message; the API then sends those texts with the next message that reaches the dialogue (metadata
"unheard", api/chat/unheard.py). The 12345 evaluation found "俺们在大连" said in a turn answered by the
fallback, then the region asked four times when the dialogue came back (E01, E05). What those turns state
fills only the facts still unknown: anything said since, or stored, wins.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, Text

from rasa_sdk import Tracker

from actions.context import metadata
from actions.profile_facts import extract, keep_applicant


def unheard_texts(tracker: Tracker) -> list[str]:
    texts = metadata(tracker).get("unheard") or []
    return [t for t in texts if isinstance(t, str) and t.strip()][-3:] if isinstance(texts, list) else []


def unheard_facts(tracker: Tracker, as_of: date) -> Dict[Text, Any]:
    out: Dict[Text, Any] = {}
    for text in unheard_texts(tracker):  # the later turn wins over the earlier
        out.update(keep_applicant(extract(text, as_of), out.get("applicant_type"), text))
    return {k: v for k, v in out.items() if tracker.get_slot(k) is None}


def unheard_clause(tracker: Tracker) -> dict | None:
    """The clause a turn the dialogue never heard looked up ("凌源那个文件三、（二）" answered by the
    search fallback while Rasa was busy): it is the one just quoted to the person, later than any
    answer in the tracker (eval8 F21: "现在还执行吗" was answered from 辽政发〔2020〕9号's closing)."""
    texts = unheard_texts(tracker)
    if not texts:
        return None
    from retrieval.references import lookup

    found = lookup(texts[-1])
    if len(found) != 1 or found[0].kind != "clause":
        return None
    rec = found[0]
    return {
        "clause_id": rec.clause_id,
        "doc_id": rec.doc_id,
        "region": rec.region,
        "heading": rec.heading,
        "quote": rec.text[:120],
    }
