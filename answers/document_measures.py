"""A document's measures as a list ("大政发〔2017〕46号里写了具体金额的措施都有哪些", "哪些措施还在执行，帮我列一下"):
each measure the rules read from it, with the standard its own sentence states and its validity on the day asked;
those with a stated amount first, then those in force. Evaluation 14 (L20, a hotline operator) got one clause a
question and had to name every measure to hear it."""

from __future__ import annotations

import re
from datetime import date

from answers import citations, unruled_sentences, validity_words
from answers.models import Reply
from knowledge.eligibility.engine import default_engine

LISTED = re.compile(
    r"清单|列一下|列出|列个|列一列|哪些(?:措施|政策|补贴|条款|项目)|(?:措施|政策|补贴)都有(?:哪些|啥|什么)|(?:措施|条款)有(?:哪些|啥|什么)|有金额|写了(?:具体)?金额"
)
LISTED_PLAINLY = re.compile(r"清单|列一下|列出|列个|列一列|都列")  # a list asked for in so many words
MOST = 15  # lines: a phone screen; the rest are named by count
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万?元|%|％)")


def asked(rest: str) -> bool:
    return bool(LISTED.search(rest) or COUNT_ENDED.search(rest))


# "凌政发〔2019〕14号 里有几条已经到期了" (eval104 UB03): how many have ended, which is the list of them
COUNT_ENDED = re.compile(r"(?:(?<!哪)几条|(?<!哪)几项|多少条|多少项)[^，。？?]{0,4}(?:到期|过期|失效)")


# "哪些措施写了截止时间或者有效期" (eval20 R19, a hotline operator): the dated measures come first
PERIOD_ASKED = re.compile(r"截止|截至|期限|有效期|到期|到什么时候|到啥时候|哪天结束")
# "剩下9项也列一下", "其余的呢", "全部列出来" after a list that said "另有N项未列出" (R19 got another clause)
REST = re.compile(
    r"剩下|剩余|其余|其他(?:的)?(?:几|\d+|[一二三四五六七八九十]+)项|另外(?:那)?(?:几|\d+|[一二三四五六七八九十]+)项|"
    r"那(?:几|\d+|[一二三四五六七八九十]+)项|全部列|都列|列全|全列|没列(?:出)?的|未列出的|后面的"
)


# what a list is narrowed to ("哪些是给企业的", "哪些有金额", "哪些到期了", "哪些写了截止日期"), in one message or said
# right after a list (refined)
PERSON_ASKED = re.compile(r"(?:给|对|面向)个人|个人(?:的|可以|能|申请)|给(?:老百姓|群众|居民)")
FIRM_ASKED = re.compile(r"(?:给|对|面向)(?:企业|单位|用人单位|公司)|(?:企业|单位|公司)(?:的|可以|能|申请)")
WITH_AMOUNT_ASKED = re.compile(r"有(?:具体)?金额|写了(?:具体)?(?:金额|数额)|有具体(?:数|标准)")
# "哪些明确到期了" (eval43 E17): a word may stand between
ENDED_ASKED = re.compile(
    # "里有几条已经到期了" (eval104 UB03, an officer, heard 三（三）'s 见习 as the nearest clause)
    r"(?:哪些|哪几项|哪几个|(?<!哪)几条|(?<!哪)几项|多少条|多少项)[^，。？?哪写有]{0,4}?(?:到期|过期|失效)|(?:已经|已)(?:到期|过期|失效)的|"
    r"(?:^|\s)(?:那)?(?:到期|过期|失效)了?的(?:呢|有哪些)?[?？]?$"  # "到期了的" alone after a list (eval64 GB05)
)
DATED_ASKED = re.compile(r"(?<!没)写了(?:截止|到期|实施期限|有效期|期限)|(?<!没)有(?:截止|到期)(?:日期|时间)")
# "还有哪些没写期限的" after the ended ones (eval93 JB03, an officer, was asked "以什么身份申请" twice)
UNDATED_ASKED = re.compile(
    r"(?:没|没有|未)(?:写|载明|写明|规定)?(?:实施)?(?:期限|截止|有效期|到期)|有效期未知|不知道(?:什么时候|啥时候)到期"
)
REFINE = re.compile(r"哪些|哪几(?:项|个|条)|其中")


def _applicant_asked(text: str) -> str | None:
    person, firm = PERSON_ASKED.search(text or ""), FIRM_ASKED.search(text or "")
    if person and firm:  # the later words say what is asked now ("…列一下 哪些是给企业的")
        return "person" if person.start() > firm.start() else "enterprise"
    return "person" if person else "enterprise" if firm else None


# "所有按人头给固定金额的补贴都列一下" (eval22 T19, a hotline operator, was questioned as a firm instead)
PER_HEAD_ASKED = re.compile(r"按人头|每人|每个人|一个人|人头|每名")
PER_HEAD = re.compile(r"(?:每人|1人|1名|/人|每名)[^，。；]{0,12}?\d+(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*元\s*/\s*人")


def measures(
    doc_id: str | None,
    doc_name: str,
    as_of: date,
    asked_text: str = "",
    skip: int = 0,
    place: str | None = None,
    base: str | None = None,
) -> Reply | None:
    """The document's measures on the day asked, or with `place` ("大连市") the measures of that place's own texts;
    `skip`: those a list just showed (the rest asked for)."""
    engine = default_engine()
    benefits = [  # the engine's validity of each measure on the day asked
        b
        for b in engine.evaluate({}, as_of)["benefits"]
        if (
            engine.by_id[b["benefit_id"]].jurisdiction == place
            if place
            else any(c.clause_id.startswith(f"{doc_id}:") for c in engine.by_id[b["benefit_id"]].citations)
        )
    ]
    applicant = _applicant_asked(asked_text)  # "凌政发〔2019〕14号里给个人的补贴 列一下" (eval40 H17 heard firms' too)
    if applicant:
        benefits = [b for b in benefits if applicant in engine.by_id[b["benefit_id"]].applicant_types]
    if WITH_AMOUNT_ASKED.search(asked_text):  # "哪些有金额": those whose standard gives a figure
        benefits = [b for b in benefits if FIGURE.search(engine.by_id[b["benefit_id"]].amount.standard or "")]
    if ENDED_ASKED.search(asked_text):  # "哪些到期了"
        # and those whose event window closed (聊城 第1条's 复工 by 2020-03-10, eval46 N17): none can be newly met
        benefits = [
            b
            for b in benefits
            if (b.get("validity") or {}).get("status") == "expired" or (b.get("window") or {}).get("status") == "closed"
        ]
    if UNDATED_ASKED.search(asked_text):  # "没写期限的": no end of their own written
        benefits = [
            b
            for b in benefits
            if not (b.get("validity") or {}).get("end") and (b.get("window") or {}).get("status") != "closed"
        ]
    elif base is not None and DATED_ASKED.search(asked_text):  # "哪些写了截止日期" after a list; asked first, the
        # dated ones come first (PERIOD_ASKED) and "剩下的" lists the others (eval21 R19)
        benefits = [b for b in benefits if (b.get("validity") or {}).get("end")]
    if PER_HEAD_ASKED.search(asked_text):
        benefits = [b for b in benefits if PER_HEAD.search(engine.by_id[b["benefit_id"]].amount.standard or "")]
    topic = topic_asked(asked_text)  # "创业类补贴有哪些" (eval33 W19 heard 39 measures of every kind)
    of_topic = [b for b in benefits if topic and topic in engine.by_id[b["benefit_id"]].name]
    benefits = of_topic or benefits
    current = bool(CURRENT_ASKED.search(asked_text))  # "现在还能申请的": not those that ended (W19)
    left_out = [b for b in benefits if current and _over(b, as_of)]
    benefits = [b for b in benefits if b not in left_out]
    if not benefits:
        return None

    dated_first = bool(PERIOD_ASKED.search(asked_text))
    end = end_named(asked_text)
    ending = [b for b in benefits if (b.get("validity") or {}).get("end") == end] if end else []
    if ending:  # "所有到2020年12月31日的条款都列出来" (eval21 S19, a hotline operator): those ending that day only
        benefits = ending

    def order(b: dict) -> tuple:
        standard = engine.by_id[b["benefit_id"]].amount.standard or ""
        status = (b.get("validity") or {}).get("status")
        undated = dated_first and not (b.get("validity") or {}).get("end")
        return (undated, not FIGURE.search(standard), status in ("expired", "not_started"))

    day = f"{as_of.year}年{as_of.month}月{as_of.day}日"
    shown = sorted(benefits, key=order)[skip : skip + MOST]
    if not shown:
        return None
    kind = f"“{topic}”类" if of_topic else {"person": "给个人的", "enterprise": "给企业的"}.get(applicant or "", "")
    if WITH_AMOUNT_ASKED.search(asked_text):
        kind = f"写了具体金额或比例的{kind}"
    if UNDATED_ASKED.search(asked_text):
        kind = f"原文未写明截止日期的{kind}"
    head = (
        f"{doc_name}中实施期限至{end[:4]}年{int(end[5:7])}月{int(end[8:])}日的措施共{len(benefits)}项"
        if ending and end
        else f"{doc_name}中{kind}、按{day}计没有到期的措施共{len(benefits)}项"
        if left_out
        else f"{doc_name}中有规定标准或办法的{kind}措施共{len(benefits)}项"
    )
    lines = [
        f"{head}，以下是其余{len(shown)}项（第{skip + 1}至{skip + len(shown)}项；按{day}计的有效期分组）："
        if skip
        else f"{head}（括号内为标准摘要，以原文为准；按{day}计的有效期分组）："
    ]
    cites = []
    groups: dict[str, list[str]] = {}
    for b in shown:  # one badge a group: the same words are not said 12 times
        rule = engine.by_id[b["benefit_id"]]
        first = (b.get("citations") or [{}])[0]
        label = f"{first.get('doc_number') or '' if place else ''}{first.get('clause_ref') or ''}"
        window = b.get("window") or {}
        v = b.get("validity") or {}
        if window.get("status") == "closed" and window.get("end"):  # said as the sentence's own badge says it
            v = {**v, "window_closed": window["end"]}
        groups.setdefault(validity_words.badge(v), []).append(f"· {label}{rule.name}")
        cites.append(  # a card as every answer's: the document's name and the measure's departments (eval38 K17: "None 1.")
            {
                **citations.from_benefit(b, (b.get("citations") or [{}])[0]),
                "quote": rule.citations[0].quote,
                "validity": b.get("validity"),
            }
        )
    for badge, items in groups.items():
        lines += [f"【{badge}】", *items]
    if ending and end and not skip and doc_id:
        lines += _other_sentences(doc_id, end, [c.get("quote") or "" for c in cites])
    elif doc_id and not skip and not of_topic and not WITH_AMOUNT_ASKED.search(asked_text):
        if not PER_HEAD_ASKED.search(asked_text) and not DATED_ASKED.search(asked_text):
            ended = bool(ENDED_ASKED.search(asked_text))
            lines += unruled_sentences.lines(doc_id, as_of, applicant, ended, current)
    left = len(benefits) - skip - len(shown)
    if left > 0:
        lines.append(f"另有{left}项未列出；回复“剩下的”接着列，要哪一项，说条款号或名称即可。")
    if left_out and not skip:
        lines.append(
            f"另有{len(left_out)}项已到期、尚未开始，或是疫情期间（多年前）的措施，现在不能按它们申请，未列出。"
        )
    lines.append("以上标准均摘自原文，能否申请以经办部门认定为准；要某一条的原文，说“第几条”即可。")
    scope = {"doc_id": doc_id, "place": place}  # what "剩下的" lists the rest of
    meta = {
        "document_measures": scope,
        "doc_name": doc_name,
        "shown": skip + len(shown),
        "asked": asked_text[:100],
        "base": (base if base is not None else asked_text)[:100],  # the list first asked for, before any narrowing
    }
    return Reply("\n".join(lines), cites[:3], meta=meta)


def _other_sentences(doc_id: str, end: str, quoted: list[str]) -> list[str]:
    """Sentences of the document stating that end that no listed measure quotes (大政发〔2020〕18号（十六）'s 劳动预备制
    has no rule of its own: eval21 S19 asked for it three times)."""
    from answers.sentences import compact
    from knowledge.records import load_clauses

    said = [compact(q)[:20] for q in quoted]
    found = [
        f"· {r.clause_label}“{x.text.strip()}”"
        for r in load_clauses()
        if r.doc_id == doc_id
        for x in r.sentences
        if x.validity
        and x.validity.end
        and x.validity.end.isoformat() == end
        and not any(q and (q in compact(x.text) or compact(x.text)[:20] in q) for q in said)
    ]
    return ["原文中写明这一期限、上面未列出的句子还有：", *found] if found else []


END_NAMED = re.compile(r"(20\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(底|末))")


def end_named(text: str) -> str | None:
    """The end day a list is asked for ("2020年12月31日到期的", "2020年底到期"), ISO, when the text asks about ends."""
    m = END_NAMED.search(text)
    if m is None or not PERIOD_ASKED.search(text) and "到" not in text:
        return None
    if m.group(4):
        return f"{m.group(1)}-12-31"
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# "创业类补贴", "培训方面的政策", "社保相关的补贴": the kind of measure asked, read in the measures' names
TOPIC = re.compile(r"([\u4e00-\u9fff]{2})(?:类|方面|相关)的?(?:补贴|政策|措施|补助)")  # the word: its two characters
CURRENT_ASKED = re.compile(r"现在还?能|还能申请|还能领|还在执行|现行|仍然有效|还有效|目前有效|现在有效|没到期|未到期")


def topic_asked(text: str) -> str | None:
    m = TOPIC.search(text or "")
    return m.group(1) if m else None


def _over(b: dict, as_of: date) -> bool:
    """Ended or not begun on the day, or a measure of the epidemic's (or of its 2020 window) years after it."""
    v = b.get("validity") or {}
    closed = (b.get("window") or {}).get("status") == "closed"
    return v.get("status") in ("expired", "not_started") or closed or validity_words.long_after_epidemic(v, as_of)


def place_list(text: str, region: str | None, as_of: date) -> Reply | None:
    """ "把大连市文件里所有按人头给固定金额的补贴都列一下": the place's own measures, as a document's are listed."""
    if not region or not asked(text):
        return None
    return measures(None, f"{region}的文件", as_of, text, place=region)


def refined(text: str, last_meta: dict, as_of: date) -> Reply | None:
    """ "哪些是给企业的", "哪些有金额", "哪些到期了" right after a list: the same list, narrowed (eval40 H17 heard an
    off-point clause and another document's questions)."""
    # "现在还有效的" right after the list (eval53 L17 heard one clause's validity three times): of the list, too
    current = bool(CURRENT_ASKED.search(text)) and len(text) <= 16
    # "给企业的", "已到期的" alone (eval64 GB05, a supervisor, heard one clause, then a dead end): short, it narrows too
    short = len(re.sub(r"\s", "", text)) <= 10
    if not last_meta.get("document_measures") or not (REFINE.search(text) or current or short) or len(text) > 40:
        return None
    narrowed = (
        _applicant_asked(text)
        or WITH_AMOUNT_ASKED.search(text)
        or ENDED_ASKED.search(text)
        or DATED_ASKED.search(text)
        or UNDATED_ASKED.search(text)
        or current
    )
    if not narrowed:
        return None
    scope = last_meta["document_measures"]
    base = last_meta.get("base") or last_meta.get("asked") or ""  # "哪些到期了" after "哪些有金额": of the first list
    if UNDATED_ASKED.search(text) or DATED_ASKED.search(text) or current and ENDED_ASKED.search(base):
        # "还有哪些现在能办" after "哪些已经过期了" (eval103 TB07, an officer, heard "上面列出的措施中没有符合…"): the part
        # of the list not ended, not the ended ones narrowed again
        base = ENDED_ASKED.sub(
            " ", base
        )  # "还有哪些没写期限的" after "哪些过期了": another part of the list, not of that
    name = last_meta.get("doc_name") or "这份文件"
    found = measures(scope.get("doc_id"), name, as_of, f"{base} {text}", place=scope.get("place"), base=base)
    if found is not None and current:
        found.text = f"{_current_line(found.text)}\n{found.text}"
    whose = _applicant_asked(base)
    if found is None and whose and WITH_AMOUNT_ASKED.search(text):
        # "哪些写了金额" after "给个人的措施" (eval55 I17 heard that the whole document had none): none of those listed,
        # and the document's measures that do state one
        wider = measures(scope.get("doc_id"), name, as_of, text, place=scope.get("place"))
        said = {"person": "个人", "enterprise": "企业"}.get(whose, "")
        if wider is not None:
            wider.text = (
                f"上面列的给{said}的措施原文都没有写具体金额；{name}中写了金额的是下面这些（不限于给{said}的）：\n"
                + wider.text
            )
            return wider
    return found or Reply(f"上面列出的措施中没有符合“{text.strip()}”的。", meta={**last_meta, "shown": 0})


def _current_line(listed: str) -> str:
    """What the list's validity groups say of "现在还有效的", first: the measures dated in force, and that those
    without a stated end cannot be confirmed from the text."""
    groups = re.findall(r"^【([^】]+)】", listed, flags=re.M)
    unknown = [g for g in groups if g.startswith("有效期未知")]
    if groups and len(unknown) == len(groups):
        return "下列各项原文都没有写明截止日期，没有一项能从原文确认现在仍然有效；是否仍在执行，请向责任单位核实。"
    if unknown:
        return "下列“现行”组各项按原文仍在实施期内；“有效期未知”组原文没有写明截止日期，是否仍在执行请向责任单位核实。"
    return "下列各项按原文仍在实施期内（以经办部门认定为准）。"


def rest_of_list(text: str, last_meta: dict, as_of: date) -> Reply | None:
    """ "剩下9项也列一下" right after a list with "另有N项未列出": the next ones, in the same order."""
    if not last_meta.get("document_measures") or not REST.search(text):
        return None
    scope = last_meta["document_measures"]
    return measures(
        scope.get("doc_id"),
        last_meta.get("doc_name") or "这份文件",
        as_of,
        last_meta.get("asked") or "",
        skip=int(last_meta.get("shown") or 0),
        place=scope.get("place"),
    )
