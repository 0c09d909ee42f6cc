"""A measure asked for by name that the texts applying to the person's place do not have.

12345 E33 (--as-of 2019-06-01) "凌源 建档立卡贫困户 出去打工 有交通补贴不": no text applying in 凌源
(凌政发〔2019〕14号, 辽宁省's 辽政发〔2020〕9号) has a 交通补贴; 聊城's has one, for 聊城. The assistant
listed two measures for 高校毕业生 instead. Said plainly now: the texts applying there do not provide
it (and where a text does, that it applies only there), then what those texts provide for the
situation described, cited.

Only for a measure's name (…补贴, …补助, …津贴) that some collected text has, in none applying to the
place: a name no text has is absent_terms' to answer, and a near word ("租房补贴" for "住房补贴") is
not taken as the measure being absent.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.profile import DEPARTMENTS, FAILED, TOPIC, profile_from_slots
from actions.profile_facts import extract, keep_applicant
from actions.profile_facts import region as region_said
from actions.within_place import most_specific
from answers import dialogue
from answers.clause_answer import search_answer
from answers.models import Reply, button
from answers.notices import HOTLINE
from answers.sentences import compact
from knowledge import places, regions
from knowledge.records import load_clauses, not_yet_issued
from knowledge.registry import documents
from retrieval.lexicon import load_lexicon
from retrieval.search import search

ENDINGS = ("补贴", "补助", "津贴", "补助金")  # "失业补助金有没有" (eval49 P14, in 聊城)
PAYS = re.compile(r"补贴|补助|津贴|返还|奖补|资金")
BENEFIT_NAME = re.compile(r"(?:补贴|补助|津贴|补助金|保险金|贷款)$")
# words of any question, never a situation's
GENERIC = {
    "到底",
    "那个",
    "这个",
    "什么",
    "怎么",
    "可以",
    "我们",
    "现在",
    "之类",
    "回答",
    "知道",
    "请问",
    "问下",
    "想问",
    # "大连的公司 40个人 残保金现在交不交 直接说" (eval38 K21): who asks and how, no situation to quote a clause for
    "公司",
    "企业",
    "单位",
    "个人",
    "直接",
    # "整个聊城文件都没有失业补助金？别的文件呢" (eval64 GB03 heard 第13条 as "对您说的情况写的是"): words about the texts
    "文件",
    "整个",
    "别的",
    "其他",
    "政策",
}
MIN_SITUATION = 4  # characters: "凌源有交通补贴吗" says no situation to quote a clause for
# "有交通补贴不", "有没有…补贴", "能领…补助吗": asking whether the measure exists for them
ASKING = re.compile(
    r"有没有|有.{0,10}(?:吗|不|没|么|嘛|啊|呢)|能不能|能.{0,8}(?:吗|不|么)|给不给|可以.{0,8}吗|"
    r"(?:补贴|补助|津贴)(?:是)?多少|"  # "凌源…职业技能鉴定补贴多少" (eval93 JB09): how much of one none there pays
    r"([免减缓])(?:不|没)\1|是不是[免减缓]|还[免减缓](?:吗|不|么)|"  # "残保金还免不免" (eval22 T23)
    # "残保金现在交不交 直接说" (eval38 K21, a 大连 firm, heard three hiring subsidies first)
    r"([交缴])不\2|(?:还|要|得)?用不用[交缴]|还(?:用|要|得)?[交缴](?:吗|不|么)"
)
# a measure named whole, not by a word before 补贴: "残保金2020年是不是免的" (eval22 T23, a 大连 firm, heard the 7800元
# deduction and 农民工工资保证金; only 聊城's text has it)
WHOLE = ("残疾人就业保障金", "残保金", "住房公积金")
TRAINING_HEAD = re.compile(r"学徒|培训|技能")
SAME = {"残保金": ("残保金", "残疾人就业保障金"), "残疾人就业保障金": ("残保金", "残疾人就业保障金")}


def asked_measure(text: str) -> str | None:
    """The measure's name asked about ("交通补贴"), as jieba reads the words before 补贴/补助."""
    return next(iter(asked_measures(text)), None)


# "企业新型学徒制 聊城有没有补贴" (eval62 EA10 heard 聊城's 职业介绍补贴 twice): the word before 补贴 only asks, so
# the measure is named by a word before it
# (an open "有什么补贴" asks which, not whether one named exists: "找不到工作，有什么补贴" names no 工作补贴)
ONLY_ASKS = re.compile(r"有没有|有无|有|还有没有|还有")


# "企业新型学徒制这块 聊城这边有没有补贴": words of pointing, not the measure
FILLERS = {
    "这块",
    "那块",
    "这边",
    "那边",
    "这里",
    "那里",
    "方面",
    "这方面",
    "的话",
    "这个",
    "那个",
    "咱们",
    "我们",
    "俺们",
}


def asked_measures(text: str) -> list[str]:
    """The names the measure asked about may go by, most likely first: "交通补贴"; for "企业新型学徒制 有没有补贴", the
    parts of the word naming it ("学徒补贴", "学徒制补贴", …), as the texts may write either."""
    if whole := next((w for w in WHOLE if w in compact(text)), None):
        return [whole]
    cut = places._words()
    words = cut.lcut(compact(text), HMM=False)
    for i, word in enumerate(words):
        if word in ENDINGS and i > 0 and ONLY_ASKS.fullmatch(words[i - 1]):
            # the word just before the asking, past a place named between ("学徒制 聊城有没有补贴")
            before = [w for w in words[: i - 1] if not regions.regions_in_text(w) and w not in FILLERS][-1:]
            named = [w for w in before if len(w) >= 2 and w not in GENERIC and re.fullmatch(r"[\u4e00-\u9fff]+", w)]
            parts = cut.cut_for_search(named[-1], HMM=False) if named else []
            heads = [p for p in parts if 2 <= len(p) <= 4 and p not in GENERIC and not ONLY_ASKS.fullmatch(p)]
            return [h + word for h in sorted(heads, key=len, reverse=True)][:4]
        if word in ENDINGS and i > 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", words[i - 1]):
            return [words[i - 1] + word]
        if len(word) >= 4 and word.endswith(ENDINGS):
            return [word]
    return []


def _paid_here(term: str, above: set[str]) -> bool:
    """A text applying there pays the measure under another of its names ("稳岗补贴" is 稳岗返还; 大连's
    "包车费用…补贴" is a 交通补贴): a name of the lexicon's group, in a sentence that pays something.
    辽宁's "“点对点”服务保障机制" is a service, paying nothing: not a 交通补贴."""
    # a policy word's group may name another benefit ("失业补助金, 失业保险金" both answer "失业补贴", eval49 P14): that
    # one is another name of it only where the group says so (both_ways); its other words ("包车") are its names
    names = {
        n
        for g in load_lexicon().groups
        if term in (*g.policy, *g.say)
        for n in g.policy
        if len(n) >= 2 and (term in g.say or g.both_ways or n == term or not BENEFIT_NAME.search(n))
    }
    for rec in load_clauses():
        if rec.region in above:
            for sentence in (compact(s.text) for s in rec.sentences):
                if PAYS.search(sentence) and any(n in sentence for n in names):
                    return True
    return False


def _having(term: str, as_of: date, above: set[str]) -> dict[str, str]:
    """The places whose texts name the measure on `as_of`: its words, or its head and ending a few characters
    apart ("求职补贴" in 大连's "一次性求职创业补贴", eval17 O03: a 凌源 graduate asking for 大连's 1000元
    heard 凌源's 人才安家补助). A text applying there but not yet issued that day does not have it yet (辽宁's
    湖北籍 2020届 求职创业补贴 for a 2019 question)."""
    head, ending = term[: -len(ENDINGS[0])], term[-len(ENDINGS[0]) :]
    named = (
        re.compile("|".join(map(re.escape, SAME.get(term, (term,)))))
        if term in WHOLE
        else re.compile(rf"{re.escape(head)}[\u4e00-\u9fff]{{0,4}}?{re.escape(ending)}")
    )
    # "学徒补贴" in 聊城 (eval59 AA10 asked three times; 凌源's "对开展学徒培训的企业按规定给予职业培训补贴" names it
    # with more words between): the head, then a word of paying within a few words, in one sentence
    near = (
        # "…实际支出的基本运营和公共服务等费用，按一定比例给予补助" (eval69 LB06 was told 大连 had no 运营补贴): the grant
        # itself after a comma ("，按…给予补助"), not another measure named there ("，按规定给予企业职业培训补贴")
        re.compile(
            rf"{re.escape(head)}[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(ENDINGS)})|"
            rf"{re.escape(head)}[\u4e00-\u9fff、]{{0,12}}?，按[\u4e00-\u9fff]{{0,8}}?给予(?:{'|'.join(ENDINGS)})"
            # "…参加企业新型学徒制培训，按规定给予企业职业培训补贴" (eval79 VA09, a barber, was told 大连 had no 学徒补贴):
            # a training subsidy paid for the training named is that measure's
            + (
                rf"|{re.escape(head)}[\u4e00-\u9fff、]{{0,12}}?培训，按[\u4e00-\u9fff]{{0,8}}?给予[\u4e00-\u9fff]{{0,6}}培训补贴"
                if TRAINING_HEAD.search(head)
                else ""
            )
        )
        if term not in WHOLE
        else None
    )
    found: dict[str, str] = {}
    for r in load_clauses():
        unissued = r.region in above and not_yet_issued(r, as_of)
        m = None if unissued else named.search(compact(r.text))
        if m is None and near is not None and not unissued:
            m = next((x for s in r.sentences if (x := near.search(compact(s.text)))), None)
        if m:
            found.setdefault(r.region, m.group(0))
    return found


def _situation(rest: str) -> str:
    """What the message says besides the measure, the place and the asking ("建档立卡贫困户出去打工")."""
    words = compact(rest)
    for alias in sorted(regions._alias_map(), key=len, reverse=True):
        words = words.replace(alias, "")
    return re.sub(r"[^\u4e00-\u9fff]", "", ASKING.sub("", words))


def _shares_word(rest: str, quoted: str) -> bool:
    """The clause found for the situation shares one of its words ("建档立卡", "毕业"): "你没回答我啊，一千块那个
    …到底有没有" says no situation, and 凌源's 人才 clause found for it is no answer (eval17 O03)."""
    words = places._words().lcut(_situation(rest), HMM=False)
    # "补贴" is the asking's, not the situation's ("企业新型学徒制 聊城有没有补贴" heard 第2条's 职业介绍补贴, eval62 EA10)
    return any(len(w) >= 2 and w not in GENERIC and w not in ENDINGS and w in quoted for w in words)


def _place(text: str, tracker: Tracker) -> str | None:
    named = most_specific(regions.regions_in_text(text))
    if len(named) > 1:  # "听说大连…聊城有没有": the one asked about, not the one heard of (profile_facts.region)
        return region_said(text)
    if named:
        return named[0]
    # "失业补助金有没有" right after 聊城第21条 from an agent who named no place (eval49 P14 heard 临时生活补助 as
    # if it were): the place of the clause in play
    from actions.clause_in_play import in_play

    return profile_from_slots(tracker.slots).get("region") or (in_play(tracker)[0] or {}).get("region")


def _documents_here(place: str, as_of: date) -> str:
    """ "凌政发〔2019〕14号、辽宁省的辽政发〔2020〕9号": the place's own first, then the regions above; a text not
    yet issued on `as_of` is not one that applies there."""
    above = regions.ancestors(place)
    docs = sorted(
        (d for d in documents().values() if d.region in above and not not_yet_issued(d, as_of)),
        key=lambda d: above.index(d.region),
    )
    names = [
        (d.doc_number or d.display_title) if d.region == place else f"{d.region}的{d.doc_number or d.display_title}"
        for d in docs
    ]
    return "、".join(names)


# "能不能去学个技术 有补贴吗" (eval76 SA01, rated 1, heard "都没有技术补贴"): learning a trade is the texts' 职业培训, which
# 大连's texts subsidise; the search answers it
LEARNING = re.compile(r"学(?:个|点|门|一门|些)?(?:技术|手艺|技能|本事)|培训")


def reply(text: str, tracker: Tracker, as_of: date, strict: bool = False) -> tuple[Reply, list[EventType]] | None:
    """`strict`: the measure's own name only, not the lexicon's other names of it (a part of a message whose search
    answer never names it: "职业技能鉴定补贴" is not 凌源's 技能提升补贴 for a certificate obtained)."""
    terms = asked_measures(text)
    if not terms or not ASKING.search(compact(text)) or LEARNING.search(compact(text)):
        return None
    place = _place(text, tracker)
    if not place:
        return None
    above = set(regions.ancestors(place))
    term, having = next(((t, h) for t in terms if (h := _having(t, as_of, above))), (terms[0], {}))
    if not having or having.keys() & above or not strict and _paid_here(term, above):
        return None  # in no text (absent_terms'), or one applying there pays it: the search answers
    there = "、".join(sorted(having))
    names = "、".join(sorted(set(having.values())))
    lines = [
        f"{place}适用的政策文件（{_documents_here(place, as_of)}）都没有{term}{'的规定' if term in WHOLE else ''}。"
        f"{there}的文件写有{names}，但只适用于{there}，不适用于{place}。"
    ]
    rest = text.replace(term, "")
    response = search(rest[:200], region=place, top_k=5, as_of=as_of).model_dump()
    if response["results"]:  # the clause for the situation, its sentences in order (not one picked)
        response["results"][0]["exact_reference"] = True
    cited = search_answer(response)
    if cited.meta.get("low_confidence") or len(_situation(rest)) < MIN_SITUATION or not _shares_word(rest, cited.text):
        lines.append(f"具体请咨询当地人社部门或拨打{HOTLINE}。")
        return Reply("\n".join(lines), meta={"not_here": term}), [SlotSet(FAILED, 0)]
    lines += [f"{place}适用的文件对您说的情况写的是：", cited.text]
    answer = Reply(
        "\n".join(lines),
        cited.citations,
        [button(dialogue.CHECK_MINE, "/check_eligibility")],
        meta={**cited.meta, "not_here": term},
    )
    departments = list(cited.citations[0].get("departments") or [])[:5] if cited.citations else []
    facts = keep_applicant(extract(text, as_of), tracker.get_slot("applicant_type"), text)
    events: list[EventType] = [SlotSet(FAILED, 0), SlotSet(DEPARTMENTS, departments), SlotSet(TOPIC, rest)]
    return answer, events + [SlotSet(k, v) for k, v in facts.items() if tracker.get_slot(k) != v]


# "也就是说聊城的文件里没有一次性求职补贴，对吧？我就这么回来电人了" (eval96 MB02, an agent, was read as a graduate and
# asked when she left school): a "没有…对吧" read back for a yes or no
CONFIRMING = re.compile(r"(?:对吧|是吧|对不对|是不是|没错吧|对吗|对么)")
READ_BACK = re.compile(r"^(?:那|所以说?|也就是说|就是说|那就是说?|意思是)")


def confirmed(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "对。…都没有…" where the place's texts have no such measure; None otherwise (the ordinary answer then says what
    they do have)."""
    if not CONFIRMING.search(text or "") or "没" not in (text or ""):
        return None
    asked = CONFIRMING.split(READ_BACK.sub("", text.strip()))[0]
    found = reply(f"{asked.replace('没有', '有没有', 1)}？", tracker, as_of)
    if found is None:
        return None
    said, events = found
    head = said.text.split("\n")[0]
    return Reply(
        f"对。{head}\n具体请咨询当地人社部门或拨打{HOTLINE}。", meta={"not_here": said.meta.get("not_here")}
    ), [e for e in events if not (isinstance(e, dict) and e.get("name") == TOPIC)]
