"""A message naming a document without a clause ("辽政发〔2020〕9号 现在还有效吗", "大政发〔2017〕46号说创业补贴
是啥", "那辽宁省的文件说了啥"): answered from that document (eval5 finding 1). Before, the search took the
number as words and a preamble — of another document, even — came first.

- asks what it says (or names it alone): what the document is and its measures (answers.document_overview);
- asks whether it is in force: the document-level answer, each dated measure on the day asked;
- asks about a measure: the search within that document, clauses only (a preamble is never the answer
  to a question about a measure). Only for a document named by number: title words alone ("聊城稳就业
  通知 失业保险金标准") are steered by the search itself, as before.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import follow_ups, part_list, topic_clauses
from actions.clause_in_play import clause_hit, kind_of, own_words
from actions.dialogue_state import answer_with
from answers import absent_terms, citations, document_measures, document_overview, sentences
from answers.clause_answer import WORD_FOR_WORD, search_answer
from answers.contact import HOTLINE_NAME
from answers.models import Reply, button
from retrieval.search import search

OVERVIEW = re.compile(
    r"说了?(?:啥|什么|些啥|些什么)|讲了?(?:啥|什么|些啥|些什么)|写了?(?:啥|什么|些啥)|主要内容|(?:有|都有)(?:哪些|啥|什么)内容|"
    r"内容是|(?:是|是个)(?:啥|什么)文件|介绍一下|都有啥|有哪些(?:政策|措施)"
)
# Words that only point at the document: "那辽宁省的文件", "这个文件里".
POINTING = re.compile(
    r"若干意见|实施意见|实施办法|意见|办法|通知|措施|有效|生效|失效|作数|效|文件|文|里面|里边|里|中|上|那个|这个|的|说|讲|写|省|市|政府|现在|今天|目前|"
    # "凌政发〔2019〕14号 各项有效期到啥时候" (the nineteenth session heard its 五、（四）): each of its measures is the document
    r"各项|各条|每项|每条|各个|分别|都"
)


def reply(text: str, clause_ref, tracker: Tracker, as_of: date) -> Reply | None:
    """The reply to a message naming a clause exactly (`clause_ref`, "18号文第九条": that clause whole; "那第四
    部分第七条呢": of the document last cited) or one document and no clause; None otherwise."""
    rest = document_measures.rest_of_list(text, last_list(tracker), as_of) or document_measures.refined(
        text, last_list(tracker), as_of
    )
    if rest is not None:
        return rest
    item = list_item(text, clause_ref, tracker, as_of)
    if item is not None:
        return item
    listed = topic_clauses.reply(text, clause_ref, tracker, as_of)
    if listed is not None:  # "辽政发〔2020〕9号里关于高校毕业生的条款有哪些" (eval89 FB03)
        return listed
    part = part_list.reply(clause_ref, text, as_of, tracker)  # "第三部分讲的什么" (eval89 FB05): the part's clauses
    if part is not None:
        return part
    if clause_ref is not None:
        which = which_part(clause_ref)
        if which is not None:
            return which
        found = follow_ups.numbered_in_cited(clause_ref, tracker, as_of, text)
        return found or search_answer(search(text[:200], top_k=5, as_of=as_of).model_dump())
    return document_reply(text, as_of)


# "第一项", "上面列的第二个", "清单第3条": an item of the list just shown, not the document's own numbering
ITEM = re.compile(
    r"(?:(?:上面|刚才|你)?(?:列的|列出的|清单(?:里|上|中)?的?|单子上的?))?第\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>项|个|条)"
)
LIST_WORDS = re.compile(r"列的|列出|清单|单子|上面")


def list_item(text: str, clause_ref, tracker: Tracker, as_of: date) -> Reply | None:
    """ "第一条税费扣减每人每年多少钱你没写" right after a list of measures (eval29 P19 heard 46号's and 18号's （一）,
    each "原文没有写明具体金额"): the n-th measure listed, answered from its own clause. A document named in the message
    is that document's numbering."""
    from retrieval.references import normalize

    m = ITEM.search(normalize(text))  # in the reference's coordinates: no spaces, ASCII digits
    if m is None or clause_ref is not None and clause_ref.doc_ids and _document_at(clause_ref, m.span()):
        return None
    listed = last_list(tracker)
    if not listed or (m["unit"] == "条" and not LIST_WORDS.search(text) and not listed.get("shown")):
        return None
    lines = [x[2:] for x in listed.get("text", "").splitlines() if x.startswith("· ")]
    asked = ITEM.sub(" ", text)
    doc_id = (listed.get("document_measures") or {}).get("doc_id")
    if (
        m["unit"] == "条"
        and not LIST_WORDS.search(text)
        and doc_id
        and _own_clause_holds(doc_id, normalize(text), m, asked, lines)
    ):
        # "第一条里困难企业职工在岗培训补贴 截止日期你没列啊" after 辽政发's dated list (eval108 YB03, an officer, heard its
        # first item, （十八）): a 条 whose words the listed item does not hold is the document's own numbering
        return None
    replies = [r for n in _numbers(normalize(text), m) if (r := _item(n, lines, asked, as_of, doc_id)) is not None]
    if not replies:
        return None
    # "第2项和第5项" (eval30 Q15 heard （二） twice and never item 5): each, in turn
    return Reply(
        "\n\n".join(r.text for r in replies),
        [c for r in replies for c in r.citations],
        meta={**replies[-1].meta, "list_items": len(replies)},
    )


def _own_clause_holds(doc_id: str, text: str, first: re.Match, asked: str, lines: list[str]) -> bool:
    """The document's own clause of the number named holds a four-character run of what is asked, and the listed item
    of that number holds none."""
    from answers.sentences import compact, record_of, runs
    from knowledge.records import load_clauses
    from retrieval.references import resolve

    said = runs(compact(asked))
    numbers = _numbers(text, first)
    if not said or len(numbers) != 1:
        return False
    n = numbers[0]
    ids = resolve(load_clauses(), [doc_id], None, n)[0]
    rec = record_of(ids[0]) if len(ids) == 1 else None
    own = compact("".join(x.text for x in rec.sentences)) if rec is not None else ""
    item = compact(lines[n - 1]) if 0 < n <= len(lines) else ""
    return any(r in own for r in said) and not any(r in item for r in said)


def _numbers(text: str, first: re.Match) -> list[int]:
    """The item numbers named from the first "第N项" on ("第2项和第5项", "第二、三项"), three at most."""
    from retrieval.references import to_int

    span = text[first.start() : first.end() + 12]
    joined = re.match(
        r"第[^，。？?]*?(?:项|个|条)(?:\s*(?:和|、|跟|与|及|还有)\s*第?\s*[\d一二两三四五六七八九十]{1,3}\s*(?:项|个|条)?)*",
        span,
    )
    said = re.findall(r"\d{1,2}|[一二两三四五六七八九十]{1,3}", joined.group(0) if joined else first.group(0))
    out = [int(x) if x.isdigit() else to_int(x) or 0 for x in said]
    return list(dict.fromkeys(n for n in out if n))[:3]


def _item(n: int, lines: list[str], asked: str, as_of: date, doc_id: str | None = None) -> Reply | None:
    """The n-th listed measure answered from its clause: the line names its document, or the list was one
    document's ("· (二)企业招用…" of 大政发〔2020〕18号's list: eval31 T15 heard （一） twice)."""
    from knowledge.records import load_clauses
    from retrieval.references import find_reference, resolve

    if not 0 < n <= len(lines):
        return None
    ref = find_reference(lines[n - 1])
    if ref is None:
        return None
    ids, docs = list(ref.clause_ids), list(ref.doc_ids)
    if not docs and doc_id:
        ids, docs = resolve(load_clauses(), [doc_id], ref.part_no, ref.clause_no)[0], [doc_id]
    if len(ids) != 1:
        return None
    hit = clause_hit({"clause_id": ids[0], "doc_id": docs[0], "quote": lines[n - 1]}, as_of)
    if hit is None:
        return None
    # the item's own name picks its sentence in a long clause; the question's words after it
    query = f"{re.sub(r'^[(（][^)）]*[)）]', '', lines[n - 1])} {asked}"
    response = {"as_of": as_of.isoformat(), "results": [{**hit, "exact_reference": True}], "query": query}
    reply = search_answer(response)
    reply.text = f"您说的是上面列的第{n}项（{lines[n - 1]}）：\n{reply.text}"
    return reply


def _document_at(ref, span: tuple[int, int]) -> bool:
    """A document number next to the clause number ("大政发〔2020〕18号第一条"), not one elsewhere in the message
    ("第一条税费扣减…17年文件创业场地补贴…怎么没列")."""
    others = [(s, e) for s, e in ref.spans if e <= span[0] or s >= span[1]]  # the clause number's own span left out
    return not ref.spans or any(span[0] - e <= 4 and s - span[1] <= 4 for s, e in others)


def last_list(tracker: Tracker) -> dict:
    """The meta of the assistant's last list of a document's measures (its document and how many it showed), in the
    last two turns: "？？我没说再见啊…请把那12项列一下" comes after a reply in between (eval21 S19)."""
    answer = answer_with(tracker, 2, "document_measures")
    return {**answer["meta"], "text": answer.get("text") or ""} if answer else {}


def which_part(ref) -> Reply | None:
    """ "凌源那个文件第一条": a document numbering its clauses again in every part (凌政发〔2019〕14号 has five
    "（一）") names five clauses; which one is asked, with their headings, never one picked silently (eval9 G28)."""
    if len(ref.doc_ids) != 1 or ref.part_no is not None or len(ref.clause_ids) < 2:
        return None
    from knowledge.records import load_clauses

    by_id = {r.clause_id: r for r in load_clauses()}
    recs = [by_id[c] for c in ref.clause_ids if c in by_id]
    if len(recs) < 2 or len({r.part_no for r in recs}) != len(recs):
        return None
    name = recs[0].doc_number or recs[0].doc_title or "这份文件"
    lines = [f"{name}每一部分都从“（一）”重新编号，您说的这一条可能是："]
    labels = [f"{r.part_label}{citations.clause_label({'clause_label': r.clause_label})}" for r in recs]
    lines += [f"· {label}{r.heading or ''}" for label, r in zip(labels, recs, strict=True)]
    lines.append("请说是第几部分的（如“第一部分第一条”），我把那一条的原文发给您。")
    buttons = [
        button(label, f"{name}第{r.part_no}部分第{r.clause_no}条") for label, r in zip(labels, recs, strict=True)
    ]
    return Reply("\n".join(lines), [], buttons, meta={"which_part": [r.clause_id for r in recs]})


def document_reply(text: str, as_of: date) -> Reply | None:
    """The reply to a message naming one document and no clause, or None."""
    from retrieval.references import find_reference

    ref = find_reference(text)
    if ref is None or ref.names_clause or len(ref.doc_ids) != 1 or ref.how not in ("number", "short_number", "title"):
        return None
    doc_id = ref.doc_ids[0]
    rest = _without(text, ref.spans)
    if document_measures.asked(rest):  # "写了金额的措施都有哪些", "哪些措施还在执行 列一下" (eval14 L20)
        from knowledge.records import load_clauses

        rec = next((r for r in load_clauses() if r.doc_id == doc_id), None)
        listed = document_measures.measures(
            doc_id, (rec.doc_number or rec.doc_title or "这份文件") if rec else "这份文件", as_of, text
        )
        if listed is not None:
            return listed
    if kind_of(rest) == "in_force" and not _topic_words(_title_cut(rest, doc_id) if ref.how == "title" else rest):
        return document_overview.validity(doc_id, as_of)
    asks_overview = OVERVIEW.search(rest) and not _topic_words(OVERVIEW.sub("", rest))
    if asks_overview or (ref.how != "title" and not _topic_words(rest)):
        return document_overview.overview(doc_id, as_of)
    if ref.how == "title":
        return None
    absent = absent_terms.named_absent(rest)
    if (
        absent is not None
    ):  # "大政发〔2020〕18号 以工代训" (eval67 JB02, an agent, heard the nearest clause, then "标准多少"
        # another document's): said plainly, of that document and of every collected one
        number = ref.text if ref.how == "number" else "该文件"
        return Reply(
            f"{number}里没有“{absent}”这一项，收录的其他政策文件里也没有，无法按原文回答它的标准和条件。"
            f"如需了解，请拨打{HOTLINE_NAME}，由热线转相关部门；也可以回复“转人工”。",
            meta={"absent_term": absent, "low_confidence": True},
        )
    return _within(rest, doc_id, as_of)


def _without(text: str, spans) -> str:
    from retrieval.tokens import normalize

    norm = normalize(text)
    for s, e in spans:
        norm = norm[:s] + " " * (e - s) + norm[e:]
    return norm.strip()


def _title_cut(rest: str, doc_id: str) -> str:
    """The message without the title's words as people shorten them ("凌源2019年出的那个促进就业的办法": 促进就业, the
    year, "出的"; eval18 P24 on 2026-12-05 heard the clause on 组织领导 twice instead of the document's validity)."""
    from knowledge.registry import documents

    doc = documents().get(doc_id)
    title = (doc.title or "") if doc else ""
    pairs = {title[i : i + 2] for i in range(len(title) - 1)}
    kept = [
        ch for i, ch in enumerate(rest) if rest[max(0, i - 1) : i + 1] not in pairs and rest[i : i + 2] not in pairs
    ]
    cut = "".join(kept)
    return re.sub(r"(?:19|20)\d{2}年?|(?:出|发|印发|下发)的|想问问|想问|问问|请问", "", cut)


def _topic_words(rest: str) -> str:
    return POINTING.sub("", own_words(rest))


def _within(rest: str, doc_id: str, as_of: date) -> Reply | None:
    """ "大政发〔2017〕46号说创业补贴是啥": the clause of that document about it, the sentence that answers."""
    response = search(rest[:200], top_k=5, as_of=as_of, doc_ids=(doc_id,)).model_dump()
    clauses = [h for h in response["results"] if (r := sentences.record_of(h["clause_id"])) and r.kind == "clause"]
    if not clauses:
        return None
    if WORD_FOR_WORD.search(rest):  # "…关于创业担保贷款的那条原文…一字不差" (eval17 O13): that clause, whole
        clauses[0] = {**clauses[0], "exact_reference": True, "full_text": True}
    return search_answer({**response, "results": clauses})
