""" "聊城那个通知的发文字号是多少", "所以文号就是鲁政发〔2020〕5号吗", "哪天发的" (eval93 JB12, a student of policy, heard
the notice's opening sentence three times, its missing number only inside the header): the document's own facts, as
the registry has them (knowledge/documents.yaml): a number or title the copy does not print is said missing, and a
number the text cites is said to be that other document's, never this one's."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from answers import place_sentences
from answers.document_facts import fact_lines
from answers.models import Reply
from knowledge import regions
from knowledge.records import load_clauses
from knowledge.registry import Document, documents

ASKED = re.compile(
    r"文号|字号|哪天(?:发|印发|出|下发)|什么时候(?:发|印发|出|下发)的|(?:印发|发文|发布|下发)(?:日期|时间)|"
    r"哪年(?:发|出)的|标题是|全称|叫什么名"
)


def document_of(text: str, tracker: Tracker) -> Document | None:
    from retrieval.references import find_reference

    docs = documents()
    ref = find_reference(text)
    if ref is not None and len(ref.doc_ids) == 1:
        return docs.get(ref.doc_ids[0])
    named = regions.regions_in_text(text)
    of_place = [d for d in docs.values() if len(named) == 1 and d.region == named[0]]
    if len(of_place) == 1:  # "聊城那个通知": the one collected text of the place
        return of_place[0]
    cite, _ = in_play(tracker)
    return docs.get((cite or {}).get("doc_id") or ((cite or {}).get("clause_id") or "").split(":")[0])


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not ASKED.search(text or "") or len(text) > 40:
        return None
    doc = document_of(text, tracker)
    if doc is None:
        return None
    name = doc.display_title
    lines = []
    # "所以文号就是鲁政发〔2020〕5号吗": a number the document cites is that other document's
    for cited in [c for c in doc.cites if c.doc_number and c.doc_number in text and c.doc_number != doc.doc_number]:
        whose = f"《{cited.title}》" if cited.title else "它引用的文件"
        lines.append(f"不是。{cited.doc_number}是这份文件开头写明依据的{whose}的文号，不是这份文件本身的文号。")
    lines += [f"{name}：", *fact_lines(doc.doc_number, doc.title, doc.issuer, doc.issued, _source(doc), _note(doc))]
    # the document's opening sentence as the card: "有效期多久" next is asked of this document (actions/follow_ups.py)
    rec = next((r for r in load_clauses() if r.doc_id == doc.id), None)
    cites = [place_sentences.cite(rec, rec.sentences[0], as_of)] if rec is not None and rec.sentences else []
    return Reply("\n".join(lines), cites, meta={"document": doc.id})


def _source(doc: Document) -> str:
    """Where a number the copy does not print comes from (辽政发〔2020〕9号: 大政发〔2020〕18号's citation of it)."""
    source = doc.doc_number_source or ""
    return f"（{source}）" if source and not source.startswith("printed") else ""


def _note(doc: Document) -> str:
    note = (doc.title_note or "").replace("本件未印标题；", "").replace("本件未印标题", "")
    return f"（{note}）" if note else ""
