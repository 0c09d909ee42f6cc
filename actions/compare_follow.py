"""A follow-up on a comparison just given ("现在哪个还有效" after 稳岗返还 in four places, eval46 N19 heard a count of
all 54 of 大连's measures and a date no text gives): the compared measures, grouped by their period on the day."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import which_higher
from actions.dialogue_state import answer_with
from answers import citations, clause_json, compare
from answers.dates import cn_date
from answers.models import Reply
from knowledge import regions
from knowledge.records import clause_index, load_clauses

ASKED = re.compile(
    r"(?:哪个|哪些|哪几个|哪条|哪项)(?:现在)?(?:还)?(?:有效|在执行|执行|能申请|能用|没过期|过期|到期)|还有效吗|还执行吗|"
    # "大连的还在执行吗" after 见习补贴 in four places (eval92 IB10, an officer, heard a 报到期限 sentence of 18号)
    r"还(?:在)?(?:执行|有效)(?:吗|不|没)|过期了(?:吗|没)|"
    # "期限呢" right after four places compared (eval69 LB05, a supervisor, heard 辽宁's sentence alone)
    r"^(?:那)?(?:各自的?|分别的?)?(?:期限|有效期|实施期限)(?:呢|是多久|到什么时候|分别是)?[？?]?$"
)
GROUPS = [
    ("active", "写明期限、按{day}仍在期限内的"),
    ("expired", "已到期或享受条件的期间已结束的"),
    ("unknown", "原文未载明截止日期、现在是否执行需经办部门确认的"),
]


def _last_compare(tracker: Tracker) -> dict:
    return answer_with(tracker, 1, "compare", "compare_aspect").get("meta") or {}


def _group(m: dict) -> str:
    v = m.get("validity") or {}
    if v.get("window_closed") or v.get("status") in ("expired", "not_started"):
        return "expired"
    return "active" if v.get("status") == "active" else "unknown"


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    meta = _last_compare(tracker)
    topic = compare.find_topic(meta["compare"], None) if meta.get("compare") else None
    if topic is None:
        # "聊城和凌源呢 没有就说没有" after the places' sentences on one measure (eval67 JB05 heard a 科技 clause)
        named = regions.regions_in_text(text or "")
        if meta.get("compare_aspect") and named and len(text) <= 20 and PLACE_ASKED.search(text):
            return each_place(" ".join(meta["compare_aspect"]), named, as_of, least=1)
        if meta.get("compare_aspect") and FIGURES_ASKED.search(text or ""):
            return _with_figures(tracker, meta)
        if meta.get("compare_aspect") and which_higher.ASKED.search(text or ""):
            # "哪个补得多" right after each place's sentences (eval99 PB06 heard "超出服务范围"): the figures written, and that
            # sentences of different people and bases are not set against each other
            said = _with_figures(tracker, meta)
            said.text += "\n各地所列对象和计算基数不同，“哪个多”按原文不能直接比，实际标准以当地经办部门核定为准。"
            return said
        return None
    if which_higher.ASKED.search(text or "") and not regions.regions_in_text(text or ""):
        return _higher(text or "", topic, meta.get("compare_places") or [], as_of)
    if UNITS_ASKED.search(text or ""):
        return _units(text or "", topic, meta.get("compare_places") or [], as_of)
    if not ASKED.search(text or ""):
        return _one_place(text or "", topic, as_of) or _aspect(text or "", meta.get("compare_places") or [], as_of)
    places = meta.get("compare_places") or []
    # "大连的还在执行吗": the place named of those compared, alone
    shown = [p for p in regions.regions_in_text(text or "") if p in places] or places
    columns = [c for c in compare.compare(topic, as_of)["regions"] if not shown or c["region"] in shown]
    grouped: dict[str, list[str]] = {}
    records = clause_index(load_clauses())
    cites = []
    for c in columns:
        quotes = [m["rate"] for m in c["measures"] if m.get("rate")]
        cites += [citations.from_hit(clause_json.as_hit(records[c["clause_id"]], as_of, [q]), q) for q in quotes]
        for m in c["measures"]:
            grouped.setdefault(_group(m), []).append(f"  - 【{c['region']}】{m['who']}：“{m['rate']}”（{m['badge']}）")
    day = cn_date(as_of)
    lines = [f"按{day}计，上面{topic['name']}各项的期限："]
    for key, head in GROUPS:
        if grouped.get(key):
            lines.append(f"· {head.format(day=day)}：")
            lines += grouped[key]
    lines.append("期限按各句原文判断；具体能否申请以当地经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"compare": topic["name"], "compare_places": places})


def _higher(text: str, topic: dict, places: list[str], as_of: date) -> Reply:
    """ "哪个返得多" right after 稳岗返还 compared (eval96 MB06, an agent, heard "超出服务范围"): the line on which is higher,
    over the measures compared, each quoted with its figure."""
    columns = [c for c in compare.compare(topic, as_of)["regions"] if not places or c["region"] in places]
    records = clause_index(load_clauses())
    lines = [f"{'、'.join(dict.fromkeys(c['region'] for c in columns))}的{topic['name']}："]
    cites = []
    for c in columns:
        for m in c["measures"]:
            lines.append(f"· 【{c['region']}】{m['who']}：“{m['rate']}”（{m['badge']}）")
            if m.get("rate"):
                cites.append(
                    citations.from_hit(clause_json.as_hit(records[c["clause_id"]], as_of, [m["rate"]]), m["rate"])
                )
    lines.append(which_higher.verdict(text, columns))
    return Reply("\n".join(lines), cites, meta={"compare": topic["name"], "compare_places": places})


# "大连那个100%的，责任单位写的是谁" right after 稳岗返还 compared (eval93 JB10, an officer, was asked "贵企业规模"):
# the departments of the clauses compared, of the place and the figure named
UNITS_ASKED = re.compile(r"责任单位|哪个部门|哪些部门|什么部门|谁负责|牵头")
FIGURE_NAMED = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|万元|个月)")


def _units(text: str, topic: dict, places: list[str], as_of: date) -> Reply | None:
    named = [p for p in regions.regions_in_text(text) if not places or p in places] or places
    columns = [c for c in compare.compare(topic, as_of)["regions"] if not named or c["region"] in named]
    figures = [re.sub(r"\s", "", f) for f in FIGURE_NAMED.findall(text)]
    stating = [
        c for c in columns if any(f in re.sub(r"\s", "", m["rate"] or "") for f in figures for m in c["measures"])
    ]
    columns = stating or columns
    if not columns:
        return None
    lines = [
        f"【{c['region']}】{c['doc_number'] or c['doc_name']}{citations.label_words(c)}“{c['heading']}”的责任单位："
        f"{c['departments_text']}。"
        for c in columns
    ]
    lines.append("责任单位按原文所列（牵头单位在前）；具体由哪个部门经办，以经办部门告知为准。")
    records = clause_index(load_clauses())
    cites = [
        citations.from_hit(clause_json.as_hit(records[c["clause_id"]], as_of, [m["rate"]]), m["rate"])
        for c in columns
        for m in c["measures"][:1]
        if m.get("rate")
    ]
    return Reply("\n".join(lines), cites, meta={"compare": topic["name"], "compare_places": places})


# "凌源有没有" right after a comparison (eval49 P19 heard 凌源's 人才安家补助): the topic compared, in that place
PLACE_ASKED = re.compile(r"有没有|有吗|有不|呢|怎么规定|咋规定|咋说|多少")


def _one_place(text: str, topic: dict, as_of: date) -> Reply | None:
    named = regions.regions_in_text(text)
    if len(named) != 1 or len(text) > 14 or not PLACE_ASKED.search(text):
        return None
    place = named[0]
    columns = compare.compare(topic, as_of)["regions"]
    own = [c for c in columns if c["region"] == place]
    wider = [c for c in columns if c["region"] != place and regions.covers(c["region"], place)]
    absent = topic.get("absent") or f"没有{topic['name']}的专门规定"
    lines = [] if own else [f"收录的{place}文件里{absent}。"]
    shown = own or wider
    if wider and not own:
        lines.append(f"{'、'.join(c['region'] for c in wider)}的规定在{place}适用：")
    records = clause_index(load_clauses())
    cites = []
    for c in shown:
        lines.append(f"【{c['region']}】{c['doc_number'] or c['doc_name']}{citations.label_words(c)}：")
        lines += [
            f"· {m['who']}：“{m['rate']}”（{m['badge']}）" + (f"——{m['plain']}" if m.get("plain") else "")
            for m in c["measures"]
        ]
        quotes = [m["rate"] for m in c["measures"] if m.get("rate")]
        cites += [citations.from_hit(clause_json.as_hit(records[c["clause_id"]], as_of, [q]), q) for q in quotes]
    lines.append("具体能否申请以当地经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"compare": topic["name"], "compare_places": [place]})


# "贴息怎么规定" right after loan ceilings compared in four places (eval53 L19 heard 聊城 alone): that word, each place
ASPECT_ASKED = re.compile(r"怎么规定|咋规定|怎么说|咋说|有没有|呢|多少|怎么算|咋算")
PER_PLACE = 3


# "利率呢" after loan ceilings compared (eval93 JB06 heard "没有理解"): no text states a loan's rate; the interest they
# write of is 贴息
INTEREST_ASKED = re.compile(r"利率|利息|年息|几厘")


def _aspect(text: str, places: list[str], as_of: date) -> Reply | None:
    if len(text) > 14 or regions.regions_in_text(text) or not ASPECT_ASKED.search(text):
        return None
    if INTEREST_ASKED.search(text):
        found = each_place("贴息", places, as_of)
        if found is not None:
            found.text = f"收录的文件都没有写贷款利率（以贷款银行为准）。{found.text}"
        return found
    return each_place(text, places, as_of)


def named_subsidy(text: str) -> list[str]:
    """A subsidy named by the texts' own words ("一次性求职创业补贴", eval67 JB05): the longest ending of the words
    before 补贴 that a collected text writes."""
    from answers.absent_terms import corpus_text

    corpus = corpus_text()
    out = []
    for m in re.finditer(r"([\u4e00-\u9fff]{2,10})补贴", re.sub(r"\s+", " ", text)):
        said = m.group(0)
        found = next((said[i:] for i in range(len(said) - 5) if said[i:] in corpus), None)
        if found:
            out.append(found)
    return out


STANDARD_ASKED = re.compile(r"标准|多少|几成|比例")
GROUP_NAMED = re.compile(r"就业困难人员|高校毕业生|退役军人|残疾人|农民工|灵活就业人员")
# "哪个地方写了具体数" right after each place's sentences (eval98 OB06 heard 聊城 第19条's 1500元 劳务费)
FIGURES_ASKED = re.compile(
    r"(?:哪个|哪些|哪几个)(?:地方|地区|市)?[^，。？?]{0,6}(?:写了|写有|有)(?:具体)?(?:的)?(?:数|数字|金额|数额|标准|比例)"
)


def _with_figures(tracker: Tracker, meta: dict) -> Reply:
    """The places whose sentences just quoted state a figure, those sentences again; the others said to write none."""
    from answers import place_sentences

    cites = answer_with(tracker, 1, "compare_aspect").get("citations") or []
    stated = [c for c in cites if which_higher.FIGURE.search(c.get("quote") or "")]
    places = meta.get("compare_places") or []
    said = list(dict.fromkeys(c.get("region") for c in stated))
    lines = [f"刚才列出的原文里，写了具体数的是{'、'.join(said)}：" if said else "刚才列出的原文里，都没有写具体数。"]
    lines += [place_sentences.line(c) for c in stated]
    others = [p for p in places if p not in said]
    if said and others:
        lines.append(f"{'、'.join(others)}收录的文件没有写具体数，以当地经办部门认定为准。")
    return Reply(
        "\n".join(lines), stated, meta={"compare_aspect": meta.get("compare_aspect"), "compare_places": places}
    )


def each_place(text: str, places: list[str], as_of: date, least: int = 2) -> Reply | None:
    """The sentences of each place's texts writing the measure words the message names; those writing every one of
    them, where any does ("创业担保贷款贴息 辽宁 大连 聊城 原文", eval60 CB11 heard 聊城 alone)."""
    from actions.question_parts import MEASURE
    from answers import place_sentences

    named = named_subsidy(text)
    # "职业培训补贴" names the measure where its word "培训" alone finds 家政培训 and 集中要约 (eval85 BB11)
    keys = [
        *named,
        *(k for k in dict.fromkeys(MEASURE.findall(text)) if len(k) >= 2 and not any(k in n for n in named)),
    ]
    # "就业困难人员社保补贴" (eval99 PB06 read "人员社保补贴", a phrase no text writes): the texts' words for the measure and the
    # group it names
    keys = list(dict.fromkeys("社会保险补贴" if k.endswith("社保补贴") else k for k in keys))
    group = GROUP_NAMED.search(text or "")
    if group and keys and group.group(0) not in keys:
        keys = [group.group(0), *keys]
    if len(places) < least or not keys:
        return None
    pattern = re.compile("|".join(map(re.escape, keys)))
    # each place's own sentences (a sentence a city repeats word for word from its province is both places': eval98 OB06
    # read 辽宁's "临时性提高失业保险金发放标准" as 大连's alone and said 辽宁 writes none)
    wanted = dict.fromkeys(r for p in places for r in [p, *regions.ancestors(p)])
    found = [c for r in wanted for c in place_sentences.find(pattern, r, as_of) if c.get("region") == r]
    if len(keys) == 1 and STANDARD_ASKED.search(text):
        # "四个地方的失业保险金标准各是多少" (eval98 OB06, an agent, heard every sentence naming 失业保险金 — 稳岗返还's base among
        # them): the sentences on its standard, where any place writes one
        standard = [c for c in found if re.search(re.escape(keys[0]) + r"(?:的)?(?:发放)?标准", c.get("quote") or "")]
        if standard:
            found, keys = standard, [f"{keys[0]}标准"]
    every = [c for c in found if all(k in (c.get("quote") or "") for k in keys)]
    together = len(keys) > 1 and bool(every)
    found = every if together else found
    lines = [f"各地文件里写到“{'、'.join(keys)}”的原文："]
    cites = []
    # the province before the places inside it
    ordered = sorted(places, key=lambda p: (not any(regions.covers(p, q) for q in places if q != p), places.index(p)))
    for place in ordered:
        own = [c for c in found if c.get("region") == place][:PER_PLACE]
        if not own:
            above = next(
                (c["region"] for c in found if c.get("region") != place and regions.covers(c["region"], place)), None
            )
            applies = f"{above}的规定在{place}适用。" if above else ""  # 凌源 under 辽宁's sentence (eval67 JB05)
            # "凌源…没有写到贷款、贴息" read as no loan at all (eval93 JB06: 凌源 四、（七） is its loan clause)
            unsaid = f"同时写到{'和'.join(keys)}的句子" if together else "、".join(keys)
            wider = [c for c in found if c.get("region") == above][:PER_PLACE] if above not in places else []
            lines.append(
                f"【{place}】收录的{place}文件没有{'' if together else '写到'}{unsaid}。{applies.rstrip('。')}"
                + ("：" if wider else ("。" if applies else ""))
            )
            # the province's sentences shown, not only said to apply (eval93 JB06 heard "辽宁省的规定在凌源市适用" alone)
            lines += [place_sentences.line(c) for c in wider]
            cites += wider
            continue
        lines.append(f"【{place}】")
        lines += [place_sentences.line(c) for c in own]
        cites += own
    if not cites and least > 1:
        return None
    if not cites:
        lines[0] = "按收录的文件："
    lenders = "和贷款银行" if any(k in ("贷款", "贴息") for k in keys) else ""
    lines.append(
        f"以上为各地文件原文，具体以当地经办部门{lenders}认定为准。" if cites else "具体以当地经办部门认定为准。"
    )
    return Reply("\n".join(lines), cites, meta={"compare_aspect": keys, "compare_places": places})


# "和凌源比有什么不同" right after 大连's answer (eval85 BB11, an officer, heard 凌源's 科技创新 clause): the question just
# answered, compared with the place named
AGAINST = re.compile(
    r"(?:和|跟|与|同|比)[^，。？?\s]{2,8}?(?:比|相比|比较|对比)?(?:一下)?(?:的话)?(?:有|都有)?(?:什么|啥|哪些)?"
    r"(?:不同|区别|差别|不一样|差异)|(?:一样|相同)(?:吗|不|么)|"
    # "跟辽宁省的比哪个高" after 大连's 稳岗返还 (eval100 QA12, a firm, read as 所在地：辽宁省 and asked about hires)
    r"(?:和|跟|与|同)[^，。？?\s]{2,8}?(?:的)?(?:比|相比|比较|对比)(?:一下)?[^，。？?]{0,3}(?:哪个|谁)[^，。？?\s]{0,4}(?:高|多|大|低|少)"
)


def against(text: str, tracker: Tracker, topic: str | None, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play
    from actions.profile_turns import compare_reply

    named = regions.regions_in_text(text or "")
    if not topic or len(named) != 1 or len(text) > 24 or not AGAINST.search(text):
        return None
    here = (in_play(tracker)[0] or {}).get("region") or tracker.get_slot("region")
    if not here or here == named[0]:
        return None
    asked = re.sub("|".join(map(re.escape, regions.regions_in_text(topic))) or "^$", "", topic)
    how = "哪个高" if which_higher.ASKED.search(text) else "有什么不同"
    return compare_reply(f"{here}和{named[0]}的{asked} {how}", as_of)
