""" "辽政发〔2020〕9号里关于高校毕业生的条款有哪些", "第几条讲见习" (eval89 FB03, an officer, heard two sentences of （十四）
as if they were all, and （十）, （十二）, （十一） were never named): the clauses of the document (named, or the one in play)
whose text writes the topic, each by its label and heading with the first sentence writing it, quoted."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences, sentences
from answers.models import Reply

ASKED = re.compile(
    r"(?:关于|有关|涉及|针对|写到|提到)(?P<t>[\u4e00-\u9fff]{2,8}?)的?(?:条款|条|内容|规定)(?:都)?(?:有|是)?(?:哪些|哪几条|哪几个)|"
    r"(?P<u>[\u4e00-\u9fff]{2,8}?)(?:相关|方面)的?(?:条款|条)(?:都)?(?:有|是)?(?:哪些|哪几条)|"
    # "第几条讲的是创业担保贷款" (eval97 NB03, an officer, heard "没有写到“是创业担保贷款”的条款")
    r"(?:第几条|哪一?条|哪几条)(?:是)?(?:讲|说|写|规定)(?:的)?(?:是)?(?P<v>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:[?？。呢吗]|$)"
)
# the texts' own word for what people call it
SAID_AS = {
    "大学生": "高校毕业生",
    "毕业生": "高校毕业生",
    "失业金": "失业保险金",
    "公益岗": "公益性岗位",
    "贷款": "创业担保贷款",
}
WRITTEN_AS = {"高校毕业生": ("高校、中职毕业生", "大学生", "毕业年度"), "失业保险": ("失业保险金", "稳岗返还")}
MOST = 10


def reply(text: str, ref, tracker, as_of: date) -> Reply | None:
    """`ref`: the clause reference read from the message, if any; the document alone is read here, only once a topic is
    asked (this runs on every turn)."""
    m = ASKED.search(text or "")
    if m is None:
        return None
    if ref is None:
        from retrieval.references import find_reference

        ref = find_reference(text)
    topic = next(g for g in m.groups() if g)
    topic = re.sub(r"^(?:文件|这个|那个|里面?|中)+", "", topic)
    topic = SAID_AS.get(topic, topic)
    if len(topic) < 2:
        return None
    doc_id = _document(ref, tracker)
    if doc_id is None:
        return None
    from knowledge.records import load_clauses

    # the texts' other ways of writing it ("高校、中职毕业生", "大学生": eval92 IB03 missed 凌源 三、（三） and 四、（七）)
    forms = [topic, *WRITTEN_AS.get(topic, ())]
    recs = [
        r
        for r in load_clauses()
        if r.doc_id == doc_id and r.kind == "clause" and any(f in sentences.compact(r.text) for f in forms)
    ]
    first = next((r for r in load_clauses() if r.doc_id == doc_id), None)
    from knowledge.registry import documents

    doc = documents().get(doc_id)  # 聊城's notice prints no number or title: its issuer and date name it
    name = (first.doc_number if first else None) or (doc.display_title if doc else "这份文件")
    if not recs:
        return Reply(f"{name}中没有写到“{topic}”的条款。", meta={"topic_clauses": []})
    lines = [f"{name}中写到“{topic}”的条款共{len(recs)}条（每条引写到它的第一句）："]
    cites = []
    for rec in recs[:MOST]:
        writing = [x for x in rec.sentences if any(f in sentences.compact(x.text) for f in forms)]
        s = next((x for x in writing if not sentences.is_heading(rec, x)), writing[0])
        label = f"{rec.part_label or ''}{rec.clause_label}{rec.heading or ''}"
        lines.append(f"· {label}：“{s.text.strip()}”")
        cites.append(place_sentences.cite(rec, s, as_of))
    if len(recs) > MOST:
        lines.append(f"另有{len(recs) - MOST}条未列出。")
    lines.append("要看哪一条的全文，请说条号（如“第（十四）条”）。")
    return Reply("\n".join(lines), cites, meta={"topic_clauses": [r.clause_id for r in recs]})


def _document(ref, tracker) -> str | None:
    if ref is not None and len(ref.doc_ids) == 1:
        return ref.doc_ids[0]
    if ref is not None and ref.doc_ids:
        return None
    from actions.clause_in_play import in_play

    cite = in_play(tracker)[0] if tracker is not None else None
    return (cite or {}).get("doc_id") or ((cite or {}).get("clause_id") or "").split(":")[0] or None
