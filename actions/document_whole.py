"""Questions of the collected documents as wholes, answered from the registry and the clauses built from the texts, never
from a clause a search finds: "哪个文件最新" (eval96 MB10, an officer, heard "没有理解", then 辽政发（一）), "大政发〔2020〕18号
一共有多少条措施" (MB03 heard its clause （八）, then another document's preamble), "有没有新文件替代它" (MB12 heard a 放管服
sentence) and "过期以后还能申请吗" (MB12 heard a registration sentence)."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.document_asked import document_of
from answers import citations, in_force_overview, place_sentences
from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from answers.models import Reply
from knowledge import regions
from knowledge.eligibility.engine import default_engine
from knowledge.records import ClauseRecord, load_clauses
from knowledge.registry import Document, documents
from retrieval.references import find_reference

# "辽宁和山东 哪边就业政策好点", "辽宁好还是山东好 补贴哪边多": places ranked as wholes
PLACES_RANKED = re.compile(
    r"哪(?:边|个地方|里|个省|个市|儿)[^，。？?]{0,8}(?:好|多|高|优惠|强)|(?:好|多)还是[^，。？?]{1,6}(?:好|多)|(?:比一比|比比|比较)[^，。？?]{0,6}(?:哪个|谁)|比(?:哪个|谁)(?:多|好|高|强)"
)
NEWEST = re.compile(
    r"(?:哪个|哪份|哪一个|哪一份)[^，。？?]{0,10}(?:最新|最近)|最新(?:的)?(?:是)?(?:哪个|哪份)|"
    r"(?:哪个|哪份)[^，。？?]{0,6}(?:最后|最晚)(?:发|出|印发)"
)
COUNT = re.compile(
    r"(?:一共|总共|共|总计)(?:有|分了?|分成|包括)?(?:多少|几)(?:条|项|部分|个部分)|(?:分了|分成)(?:多少|几)(?:条|个?部分)|"
    r"(?:多少|几)条(?:措施|政策|规定|意见)"
)
REPLACED = re.compile(
    r"替代|取代|代替|废止|作废|接替|有没有新(?:的)?(?:文件|规定|政策)|(?:新|后来)(?:的)?文件(?:吗|没有|呢)"
)
# "哪个效力高", "两个文件说法不一样听哪个的" (eval97 NB12, a lawyer, heard lists of subsidies)
WHICH_COUNTS = re.compile(
    r"效力|(?:说法|规定|写的|写法)(?:不一样|不同|冲突|矛盾|不一致)[^？?]{0,8}(?:听|按|以)(?:哪个|谁)|以哪个为准|按哪个(?:执行|来|算)|听哪个的|"
    # "跟2020年18号文冲突的话按哪个" (eval100 QB12, an officer, heard 18号（一）'s 地铁 sentence)
    r"(?:冲突|矛盾|不一致|打架)[^？?]{0,6}(?:听|按|以)(?:哪个|哪份|谁)"
)
# "依据的是哪个上级文件" (eval98 OB12, a lawyer, heard "没有找到" and an unrelated quote)
GROUNDS = re.compile(
    r"依据(?:的是)?(?:哪个|哪些|什么)(?:上级)?文件|上级文件|根据(?:哪个|哪些|什么)文件(?:制定|出台|印发)|贯彻(?:哪个|哪些)文件"
)
DOCUMENT_WORDS = re.compile(r"文件|通知|意见|办法|〔|号文|这份|这个文|[一二三四五六七八九十\d]+号")
AFTER_END = re.compile(
    r"(?:过期|到期|失效)(?:了)?(?:以后|之后|后|了)[^，。？?]{0,6}(?:还能|还可以|能不能|可不可以|还让)(?:申请|领|办|享受|补)|"
    # "我那会儿能领的补贴 现在还能补领吗" (eval100 QA11, laid off in 2020, asked three times and heard questions)
    r"补(?:领|办|申请|发)(?:吗|不|么|行不行|可以吗|能行吗)|(?:能|可以|能不能|可不可以)补(?:领|办|申请|发)|补着领"
)


# "凌政发〔2019〕14号 哪些措施被辽政发〔2020〕9号延长了" (eval101 RB12, an officer, heard all 17 measures, then 辽宁（十）)
EXTENDED_ASKED = re.compile(
    r"被[^，。？?]{0,16}延长|延长了(?:哪些|哪几|什么|啥)|(?:哪些|哪几[条项个]|什么|啥)[^，。？?]{0,8}延长"
)


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not text or len(text) > 60:
        return None
    if EXTENDED_ASKED.search(text) and DOCUMENT_WORDS.search(text):
        doc = document_of(text, tracker)
        return _extended(doc, as_of) if doc is not None else None
    # "有几条政策适合我", "能代替单位缴费吗": a count or a replacement asked of a document names one
    of_document = bool(DOCUMENT_WORDS.search(text))
    if COUNT.search(text) and of_document:
        doc = document_of(text, tracker)
        if doc is None:
            return None
        counted = _count(doc, as_of)
        if in_force_overview.ASKED.search(re.sub(r"\s+", "", text)):
            # "一共几条 哪些还有效" (eval107 XB03, an officer, heard every measure of the place counted): this document's
            counted.text += "\n" + "\n".join(_periods(doc, as_of))
        return counted
    if REPLACED.search(text) and of_document:
        doc = document_of(text, tracker)
        return _replaced(doc, as_of) if doc is not None else None
    if GROUNDS.search(text):
        doc = document_of(text, tracker)
        return _grounds(doc, as_of) if doc is not None else None
    if PLACES_RANKED.search(text) and len(regions.regions_in_text(text)) >= 2:
        return _places_ranked(regions.regions_in_text(text))
    if NEWEST.search(text):
        return _newest()
    if WHICH_COUNTS.search(text):
        return _which_counts(text, tracker, as_of)
    if AFTER_END.search(text):
        return _after_end(document_of(text, tracker))
    return None


def _periods(doc: Document, as_of: date) -> list[str]:
    """The periods of the measures the rules read from this document alone (not the province's beside a city's)."""
    name = doc.doc_number or doc.display_title
    own = [b for b in default_engine().evaluate({}, as_of)["benefits"] if b["benefit_id"].startswith(f"{doc.id}.")]
    if not own:
        return []
    lines = in_force_overview.periods(own, as_of, f"{name}中写有标准或办法的")
    return [*lines, f"逐项的期限，可以说“{name}的措施有哪些”。"]


def _places_ranked(named: list[str]) -> Reply:
    """ "辽宁和山东 哪边就业政策好点" (eval108 YB12, rated 1, heard 辽政发（二十五）'s 表扬激励 twice): the texts rank no place;
    what is collected for each place named is said, and a measure to compare is asked for."""
    lines = ["各地的政策不能笼统比较好坏，收录的文件也没有这样的比较；我能按原文比较的是具体某一项。收录的文件："]
    for place in named:
        own = [d for d in documents().values() if regions.covers(place, d.region) or regions.covers(d.region, place)]
        listed = "；".join(
            f"{d.region}{d.doc_number or '的通知（原文未载文号）'}（{d.issued.year if d.issued else '印发日期不详'}年）"
            for d in sorted(own, key=lambda d: d.issued or date.min)
        )
        lines.append(f"· {place}：{listed or '没有收录这里的文件'}")
    lines.append(f"想比较的话，请说具体哪一项，例如“{named[0]}和{named[1]}的一次性吸纳就业补贴对比一下”。")
    return Reply("\n".join(lines), meta={"places_ranked": True, "low_confidence": False})


def _clauses(doc: Document) -> list[ClauseRecord]:
    return [r for r in load_clauses() if r.doc_id == doc.id and r.kind == "clause"]


def _count(doc: Document, as_of: date) -> Reply:
    """ "共5个部分、23条：一、稳定和扩大就业岗位（（一）至（八））…", counted from the clauses the build split."""
    clauses = _clauses(doc)
    name = doc.doc_number or doc.display_title
    parts: dict[int, list[ClauseRecord]] = {}
    for r in clauses:
        if r.part_no is not None:
            parts.setdefault(r.part_no, []).append(r)
    if parts:
        head = f"{name}正文共{len(parts)}个部分、{len(clauses)}条："
        lines = [
            f"· {rs[0].part_label or ''}{rs[0].part_heading or ''}（{rs[0].clause_label}至{rs[-1].clause_label}，{len(rs)}条）"
            for _, rs in sorted(parts.items())
        ]
    else:
        head = (
            f"{name}正文共{len(clauses)}条（{clauses[0].clause_label}至{clauses[-1].clause_label}）。"
            if clauses
            else ""
        )
        lines = []
    said = "\n".join([head, *lines, "以上按原文的编号计；想看某一条，可以直接问“第几条”。"])
    first = clauses[0] if clauses else None
    cites = [place_sentences.cite(first, first.sentences[0], as_of)] if first is not None and first.sentences else []
    return Reply(said, cites, meta={"document": doc.id, "low_confidence": False})


def _replaced(doc: Document, as_of: date) -> Reply:
    """Whether a later collected text says it replaces this one: the statements the registry quotes from later texts
    covering its place, with whom they concern; never a replacement the texts do not state."""
    name = doc.doc_number or doc.display_title
    later = [
        d
        for d in sorted(documents().values(), key=lambda d: d.issued or date.min)
        if d.id != doc.id
        and d.issued
        and doc.issued
        and d.issued > doc.issued
        and (regions.covers(d.region, doc.region) or regions.covers(doc.region, d.region))
    ]
    lines = [f"收录的文件里，没有一份写明替代或废止{name}。"]
    cites = []
    for d in later:
        for s in d.supersession:
            lines.append(
                f"{d.doc_number or d.display_title}（{cn_date(d.issued)}印发）写的是：“{s.statement}”"
                f"所指为{s.scope}，不是{name}。"
            )
            cites += _stated(d, s.statement, as_of)
    lines.append(f"以上只就收录的文件而言；现在有没有新的文件，请咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。")
    return Reply("\n".join(lines), cites, meta={"document": doc.id, "low_confidence": False})


def _stated(doc: Document, statement: str, as_of: date) -> list[dict]:
    """The citation of the sentence of `doc` holding a statement the registry quotes from it (at most one)."""
    found = place_sentences.find(re.compile(re.escape(statement[:20])), doc.region, as_of)
    return [c for c in found if (c.get("clause_id") or "").startswith(f"{doc.id}:")][:1]


def _extended(doc: Document, as_of: date) -> Reply:
    """The sentences of `doc` whose period a later collected text moved, each with its own words, the new end and the
    moving text's sentence; the rest said to be moved by none."""
    name = doc.doc_number or doc.display_title
    lines, cites = [], []
    for rec in _clauses(doc):
        for sent in rec.sentences:
            moved = [c for c in (sent.validity.changes if sent.validity else ()) if c.since <= as_of]
            if not moved:
                continue
            cite = place_sentences.cite(rec, sent, as_of)
            cites.append(cite)
            by = moved[-1].basis.split("：", 1)
            lines.append(
                f"· {citations.label_words(cite)}“{sent.text.strip()}”——原文写至{cn_date(sent.validity.end)}，"
                f"{by[0]}（{'已到期' if moved[-1].end < as_of else '仍在期限内'}，按{cn_date(as_of)}计）"
                + (f"；延长的原文：{by[1]}" if len(by) > 1 else "")
            )
    if not lines:
        return Reply(
            f"收录的文件里，没有写明延长{name}中哪一项措施期限的规定。以经办部门认定为准。",
            [],
            meta={"low_confidence": False},
        )
    head = f"{name}中，期限被后来的文件写明延长的有{len(lines)}处："
    tail = f"其余各项原文没有写到被延长；是否另有延长规定，请咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。"
    return Reply("\n".join([head, *lines, tail]), cites, meta={"document": doc.id, "low_confidence": False})


def _newest() -> Reply:
    docs = sorted(documents().values(), key=lambda d: d.issued or date.min, reverse=True)
    lines = [f"收录的{len(docs)}份文件按印发日期从新到旧："]
    for i, d in enumerate(docs, 1):
        when = f"{cn_date(d.issued)}印发" if d.issued else "印发日期原文未载"
        number = d.doc_number or "原文未载文号"
        lines.append(f"{i}. {number}《{d.title}》（{d.issuer}，{when}）" if d.title else f"{i}. {d.display_title}")
    lines.append(
        f"最新的是第1份。以上只是收录的文件；现在有没有更新的文件，请咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。"
    )
    return Reply("\n".join(lines), [], meta={"low_confidence": False, "documents_listed": True})


def _dated(doc: Document) -> bool:
    """Whether any measure of the document has a period written (its rules' validity says so)."""
    from knowledge.eligibility.engine import default_engine

    return any(
        r.validity is not None
        and r.validity.kind != "none"
        and any((c.clause_id or "").startswith(f"{doc.id}:") for c in r.citations)
        for r in default_engine().rules
    )


def _after_end(doc: Document | None) -> Reply:
    """A measure's period ended: the text is no longer a basis to apply on; late claims are the office's to rule on."""
    name = doc.doc_number or doc.display_title if doc is not None else "文件"
    if doc is not None and not _dated(doc):
        # "去年招的呢…能补申请吗" of 46号 (eval104 UA10 heard of 46号's 实施期限, which it never writes): no end to be past
        return Reply(
            f"{name}的措施原文都没有写实施期限，不存在“到期后补申请”的问题；之前发生的能否申请、现在是否仍在执行，"
            f"以经办部门认定为准。具体可咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。",
            [],
            meta={"low_confidence": False, "after_end": True, "document": doc.id},
        )
    return Reply(
        f"原文写明了实施期限的措施，期限届满后就不能再以{name}为依据申请了；原文没有写到期后补申请的办法，"
        "期限内已发生、尚未办理的能否补办，以经办部门认定为准。原文没有写期限的措施，是否仍在执行需经办部门确认。"
        f"具体可咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。",
        [],
        meta={"low_confidence": False, "after_end": True, **({"document": doc.id} if doc is not None else {})},
    )


def _which_counts(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """Which of two documents prevails: who issued each and when, and the only sentences of the texts that rule on it
    (a later text's "…与本意见不一致的，按照本意见执行", quoted with whom it concerns); never a ranking they do not give."""
    from actions.form_plan import said_so_far

    docs = documents()
    said = " ".join([text, *said_so_far(tracker)[-3:]])
    named = [d for d in docs.values() if d.doc_number and d.doc_number in said]
    # "46号文…跟18号文…": each named by its short number, one piece at a time
    for piece in re.split(r"[，,。；;？?\s]|跟|和|与|同|比", said):
        ref = find_reference(piece) if piece else None
        doc = docs.get(ref.doc_ids[0]) if ref is not None and len(ref.doc_ids) == 1 else None
        if doc is not None and doc not in named:
            named.append(doc)
    if len(named) < 2:
        return None
    named.sort(key=lambda d: d.issued or date.min)
    lines = ["；".join(f"{d.doc_number}由{d.issuer}于{cn_date(d.issued)}印发" for d in named) + "。"]
    if len({d.issuer for d in named}) == 1:
        lines.append("两份是同一机关的文件，收录的文本没有写哪一份效力更高。")
    cites = []
    for d in named[1:]:
        for sup in d.supersession:
            cites += _stated(d, sup.statement, as_of)
            lines.append(f"{d.doc_number}写明：“{sup.statement}”所指为{sup.scope}。")
    earlier = named[0]
    lines.append(
        f"收录的文本没有写{earlier.doc_number}被替代或废止；两份对同一事项写法不同时按哪份执行，"
        f"以经办部门的口径为准，请咨询当地人力资源社会保障部门或拨打{HOTLINE_NAME}。"
    )
    return Reply("\n".join(lines), cites, meta={"low_confidence": False, "documents_compared": [d.id for d in named]})


def _grounds(doc: Document, as_of: date) -> Reply:
    """The documents a text says it implements, from its opening as the registry records it, each with the title the
    text gives; a collected one is said to be collected."""
    name = doc.doc_number or doc.display_title
    if not doc.cites:
        return Reply(f"{name}原文没有写明依据的上级文件。", meta={"document": doc.id, "low_confidence": False})
    collected = documents()
    lines = [f"{name}原文写明依据或引用的文件有（依据的文件一般写在开头）："]
    for c in doc.cites:
        title = f"《{c.title}》" if c.title else ""
        held = "（已收录）" if c.doc_id and c.doc_id in collected else "（未收录，原文只提到它）"
        lines.append(f"· {title}（{c.doc_number}）{held}" if c.doc_number else f"· {title}{held}")
    rec = next((r for r in load_clauses() if r.doc_id == doc.id and r.kind in ("preamble", "cover")), None)
    said = next(
        (x for x in (rec.sentences if rec else []) if any(c.doc_number and c.doc_number in x.text for c in doc.cites)),
        None,
    )
    cites = [place_sentences.cite(rec, said, as_of)] if rec is not None and said is not None else []
    return Reply("\n".join(lines), cites, meta={"document": doc.id, "low_confidence": False})
