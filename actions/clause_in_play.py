"""The clause in play and the words of a follow-up on it: which clause the last cited answer was about
(of a list of measures, the one the follow-up names), what kind of follow-up a message is ("补多少",
"去哪办", "还执行吗"), and what it says besides its question words.

Split from actions/follow_ups.py, which answers the follow-up: the yes/no, sum, place and topic readers
(yes_no, sum_measure, new_topic, sentence_pointed…) ask *which* clause is in play without importing the
module that calls them.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import new_topic
from actions.dialogue_state import bot_messages_back
from actions.profile import TOPIC
from actions.unheard import unheard_clause
from answers import clause_detail, sentences
from answers.departments import UNITS_LISTED  # noqa: F401  (follow_ups reads it here)
from answers.figures_said import figures_in, not_guessed
from knowledge import regions
from retrieval.search import search

WHO_ASKED = (  # the clause's units; "这17个名字一个个都写出来" after "…等17个单位" (eval25 W13)
    r"牵头|谁负责|哪个部门负责|负责单位|责任单位|主管部门|谁管|归谁管|哪个单位负责|"
    r"\d+个(?:单位|部门)?(?:的)?名字|(?:单位|部门)(?:的)?(?:完整)?(?:名单|列表|全称)|"
    # "9个都哪几个 全列出来 来电人就想知道先找谁" (eval107 XB09, an agent, heard "没有理解")
    r"\d+个(?:单位|部门)?(?:都|分别)?(?:是)?(?:哪几个|哪些|是谁|有谁|是哪)|先找谁|该找谁"
)
FOLLOW_UP = [  # order: the more specific first
    # "哪个文件哪一条" after 凌源 四、（七） (eval63 FB03, an agent, heard 一、（四）'s "一条龙" by its words)
    # "哪条" alone after 聊城 第21条's answer (eval64 GB03, an agent, heard "好的。还有什么可以帮您？")
    (
        "document",
        re.compile(
            r"文号|哪个文件(?:的)?(?:哪一条|哪条|第几条)?|什么文件|文件名|发文|哪个单位发|印发|出自|"
            r"^(?:这是|是|那是|这个是|出自)?(?:哪一?条|第几条)(?:啊|呢|吗|来着)?[?？]?$"
        ),
    ),
    ("who", re.compile(WHO_ASKED + r"|电话|联系方式")),
    (
        "in_force",
        re.compile(
            # "延长到什么时候" after 聊城 第7条 (eval36 T15 heard 第4条's 费率 "再延长1年"): how long this clause runs
            # "到期了没有" (eval83 ZB03, an officer, heard "好的。还有什么可以帮您？": its "没有" read as a new topic)
            r"(?:到期|过期|失效|结束|作废)(?:了)?(?:没有|没|吗|不|么)|"
            # "这条哪些已经到期" after 18号（九） looked up (eval87 DB05, an agent, heard 18号（十三）'s 报到期限)
            r"(?:哪些|哪几项|哪项|哪几条|哪个)(?:已经|已)?(?:到期|过期|失效|结束)|已经(?:到期|过期|失效)|"
            r"(?:延长|延续|延|管|有效|执行|实行|实施)到(?:什么|啥)时候|还执行|还有效|还在执行|还实行|现在还(?:有|能|管用|算|是|给|发|让|允许|可以)|过期了|到期了|还作数|到啥时候|到什么时候|"
            r"啥时候到期|什么时候到期|哪天到期|到期日|到期(?:的)?(?:时间|日期|是哪天)|几号到期|有效期|实施期限|期限吗|截止|以后呢|之后呢|"
            # "明年呢" after a measure running to 2020-12-31, asked on 2020-12-20 (eval98 OB08 heard "没有找到…")
            r"^(?:那)?(?:明年|下一年|过了年|年后)(?:呢|还有吗|还有没有|还能(?:申请|领)?吗?|还行吗?)[？?]?$|"
            r"(?:从|打|自)?(?:什么|啥)时候(?:开始|起)|何时(?:开始|起)|哪天(?:开始|起)|开始(?:执行|实施)|起执行"
        ),
    ),
    ("timing", sentences.TIMING_ASKED),  # "多久到账" is how long the office takes, before "多久"
    (
        "times",
        re.compile(
            r"几次|几年|多久|多长时间|领多长|期限(?:是|有)?多长|能领几|领几个月|[给补发享免减缓延]几个月|多少个月|"
            # "那到底最长几个月？文件里写没写" after 46号（十二）'s 见习 sentence (eval82 YB02 heard the preamble)
            r"(?:最长|最多)几个?月|能[\u4e00-\u9fff]{1,2}几个月|几个月[?？吗呢]|"
            # "到三年了能一直干到退休不" after 46号（十五）'s 公益性岗位 (eval85 BA08 heard 失业保险金 until retirement): how long
            r"(?:一直|能)?(?:干|做|补|享受|延长?)到退休|延长至退休|"
            # "是不是得等到59了才给补 就补一年？" (eval40 H01): the period read back for a yes or no
            r"(?:就|只|才)?(?:补|给|领|发|享受)(?:一|1|两|2|三|3)年|等?到\d+岁?了?才(?:开始)?(?:给|补|发|能)?|"
            # "期限" alone after 46号（十五）'s 公益性岗位 standard (eval65 HB01, an agent, was handed to a person)
            r"^(?:那)?(?:补贴|享受|补助)?期限(?:呢|是多久|多久|多长)?[?？]?$|"
            # "文件里有没有说不能重复享受" after 18号（九） (eval102 SB06, an agent, heard 18号（十五）'s 公益性岗位 extension)
            r"重复(?:享受|领|拿)|同时享受|一起(?:领|拿|享受)|叠加"
        ),
    ),
    (
        "where",
        re.compile(
            # "去哪里申请？" whole (eval71 NB07: "去哪" alone left "里申", a new topic, and the registration sentence)
            r"(?:去|到|上)哪(?:儿|里|裡)?(?:办理|办|申请|申請|领取|领|报名|登记)?|在哪(?:儿|里|裡)?(?:办理|办|申请|申請|领|报名)|"
            r"哪里(?:办|报名)|哪儿(?:办|报名)|找谁|哪个部门|哪办|找哪|哪裡|"
            # "她去街道还是去人社局登记" (eval54 U21 heard "没听明白"): two offices named, which one
            r"(?:去|到|找)(?:街道|社区|人社|劳动|就业|乡镇|村里|区里|县里|市里)[^，。？?]{0,6}还是"
        ),
    ),
    (
        "procedure",
        re.compile(
            r"怎么申请|如何申请|咋申请|怎么办理|怎么领|咋领|材料|手续|流程|利息|贴息|抵押|"
            r"担保人|反担保|要啥|需要什么|要什么|怎么弄|咋弄|多长时间能批|啥时候到账|啥时候给|什么时候给|预支|(?<!优)先给|(?<![少减降掉跌亏]了)(?<![少减降掉跌亏])一半|"
            # "申请时间" after 18号（九） (eval55 I13, an agent, heard "没有找到…直接对应的条款" above the right sentence)
            r"申请(?:时间|日期|期限)|(?:什么|啥)时候(?:申请|报|办|能申请)|几月份?申请|"
            # "持证要求", "需要我这边提供啥证" after 18号（二）'s 7800元 (eval58 B13, B24 heard other clauses)
            r"持证|(?:啥|什么|哪个|哪些)证|提供.{0,4}证|证件"
        ),
    ),
    (
        "amount",
        # "要是去干公益性岗位 能给啥" (eval41 G01 heard the clause's 开发比例 sentences twice)
        re.compile(
            # "有没有金额" after 46号（二十） (eval85 BB07, an agent, heard "没有找到…" and 18号's 低保渐退)
            r"多少钱|给多少|领多少|补多少|贷多少|能贷多少|补贴多少|额度|标准|多少|几档|档次|咋算|怎么算|金额|数额|钱数|"
            r"(?:能|会|都)?给(?:啥|什么)(?:钱|待遇|补贴)?|有(?:啥|什么)(?:钱|待遇)|"
            # "去学要掏钱不 学完给补不" after 凌源's training clause (eval89 FA03 heard 孵化基地's 奖补 by search)
            r"(?:给|补)不(?:给|补)(?:钱)?|给补不|补钱不|给钱不|(?:要|得)?(?:自己)?(?:掏钱|花钱|交钱|要钱|收钱|收费)"
        ),
    ),
]
# What a follow-up says besides its question words: "原文写没写具体多少钱" says nothing new;
# "稳岗返还怎么申请" names a new topic.
FILLER = re.compile(
    # "原来一千出头" (eval25 W16, after 聊城's 失业保险金 clause, was taken for a new topic): the person's own sum
    r"(?:原来|以前|之前|过去)(?:是|有|拿|领|发)?(?:\d+|[一二两三四五六七八九十百千万]+)多?(?:块钱|块|元)?(?:出头|左右|多)?|"
    # "你还没说去哪申请 要带啥材料啊" (eval28 Z21 heard a loan clause as the closest): the complaint, no topic
    r"你?(?:还|都)?没(?:有)?(?:说|讲|告诉我|回答|答)(?:呢|啊|清楚)?|要带|带啥|"
    # "看不懂 你就说俺能不能去 去了一个月给多少钱" after the 公益性岗位 sentences (eval95 LA01 heard a 房产税 clause):
    # asking to be told plainly, no topic
    r"你?(?:就|直接|干脆|倒是)(?:说|讲|告诉我)|你说|(?:说|讲|绕|问)了?半天|"
    # "俺是种地的 去学要掏钱不 学完给补不" after a training clause (eval89 FA03): the person's work and the going to
    # learn, no topic
    r"种地|种田|务农|学完|去学|"
    r"到底|原文|具体|真的|写没写|写了没|有没有|说没说|怎么写的?|咋写的?|写的|规定的?|到账|多少|金额|数额|钱数|怎么|按啥|按什么|啥|什么|"
    # "截止时间" after 大连's 稳岗返还 (eval69 LB09, an agent, heard 辽宁's 出口退税 processing time)
    # "去了一个月给多少钱": the month whole before "一个" (eval95 LA01: "月" left alone named the 24个月 sentence)
    r"一个月|每个月|每月|"
    r"时候|时间|日期|单位|部门|哪个|哪|谁|每个|个人|一个|一下|我们|俺们|人家|呢|最高|最多|最长|封顶|上限|开始|执行|"
    # "标准分别多少" after 18号（十二） read whole (eval104 UB01, an agent, heard 辽政发（一）'s 裁员率标准): each, no topic
    r"分别|各自|各是|各为|各个|"
    # "是 正领着呢 那一个月给多少钱" (eval37 Z07 heard 第2条's 职业介绍补贴): receiving said, no topic
    r"(?:正在|正|还在|在)?(?:领|拿)着|一个月|每个月|每月|"
    # "我上岗那会儿52岁，我这种到三年了能一直干到退休不" (eval85 BA08, on the post in play): when, how old, which
    # kind of person and how long so far are no topic
    r"(?:那会儿?|那时候?|当时|那年)|\d{2}\s*岁|(?:我|俺)?这(?:种|样)的?|(?:到|满|干满|干了|干)(?:[一二两三四五\d]+)年了?|"
    r"上的?岗|在岗|"
    # "我要大连市文件里的具体标准 多少钱一人" (eval37 Z14 heard 18号's preamble): the text and money per head, no topic
    r"(?:市|省|县)?(?:的)?文件(?:里|中|上)(?:的)?|(?:每|一)(?:个)?人|人均|"
    # "我不是零就业也不是低保 …就补一年？" (eval40 H01): the groups one is not are no new topic
    r"(?:也|又)?不是[\u4e00-\u9fff]{1,5}?(?=也不是|又不是|[，,\s]|$)|"
    r"街道|社区|人社局|劳动局|就业局|乡镇|她|(?<!其)他(?!人)|"
    # "来电人要办这个 找哪个部门" (eval76 SB01, an agent, heard 18号（十八）): the caller, and the thing in play, no topic
    r"来电(?:人|群众|市民|的人)?|(?:市民|群众|老百姓)(?=要|想|问)|(?:要|想)?(?:办|申请|问)(?:这个|这项|这条|那个)|"
    # "还是弄不明白 俺让他上哪去问 找谁" (eval53 L21 heard "没有找到…直接对应的条款"): not understanding, and who goes
    r"(?:还是|还)?(?:弄|整|搞|闹|看|听)不?(?:大|太)?(?:明白|清楚|懂)|(?:让|叫)(?:他|她|俺儿|孩子)|"
    # "行吧 那我这些事是去哪办啊 找哪个部门" (eval59 AA01 heard 18号（八）'s 营商环境): the things just talked of
    r"(?:这些|那些|这个|那个|这|那)事(?:情|儿)?|(?:行|好)(?:吧|啊|的)|"
    # "返还" is a measure's word, not "还" (eval53 L14's "困难企业返还标准" was read as "困难企业返")
    r"(?<!返)还|[能可以要得现在吗呢啊呀吧的了我俺咱去都就该这那个些是么请问咋算不办次年钱给补，。,.!！?？\s]"
)
RECENT_TURNS = 4
# what people say and the texts' word for it, for matching a follow-up to a sentence
TEXT_WORDS = {"网店": "网络创业", "电商": "网络创业", "网上开店": "网络创业", "直播": "网络创业"}
UNTIL_RETIREMENT_ASKED = re.compile(r"领到\s*(?:\d{2}|六十|五十|退休)|一直领|接着领|领到头")


# "免除反担保要求的是哪些人" (eval44 D14, an agent) asks who benefits, not how to apply: no procedure answer for it
# nor "…要什么条件" (eval47 R14 heard 大连's 失业补助金 sentence as a procedure answer): the conditions are who
WHOM = re.compile(
    r"(?:是|给|对)?(?:哪些人|哪类人|什么人|哪些企业|哪类企业|哪些单位)|给谁|(?:什么|啥|哪些)(?:条件|要求)|条件是"
)


def kind_of(text: str) -> str | None:
    kind = next((kind for kind, pattern in FOLLOW_UP if pattern.search(text)), None)
    return None if kind == "procedure" and WHOM.search(text) else kind


def without_places(text: str) -> tuple[str, list[str]]:
    """The text without the covered places it names, and those places."""
    named = regions.regions_in_text(text)
    rest = text
    for alias in sorted([a for a, canon in regions._alias_map().items() if canon in named], key=len, reverse=True):
        rest = rest.replace(alias, "")
    return re.sub(r"^(?:省里|省里的|市里|市里的)", "", rest), named


def own_words(text: str) -> str:
    """What is left of a message without its follow-up words and fillers: "稳岗返还怎么申请" keeps
    "稳岗返还" (a new topic), "去哪办" keeps nothing (about the clause just cited)."""
    rest = without_places(text)[0]
    for _, pattern in FOLLOW_UP:
        rest = pattern.sub("", rest)
    return FILLER.sub("", rest)


def pairs(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return {text[i : i + 2] for i in range(len(text) - 1)}


def in_play(tracker: Tracker, text: str = "") -> tuple[dict | None, dict]:
    """(citation, the answer's meta) of the clause in play: the last cited answer's main clause; of
    a list of measures, the one the follow-up's own words name ("缓多长时间" after 医保降费/缓缴/免征:
    the 缓缴 one), then one answering the kind asked ("一个月给多少钱" → the 岗位补贴 with its standard,
    not the 延长1年), then the one sharing most words with the question the conversation is about."""
    unheard = unheard_clause(tracker)
    if unheard is not None:
        return unheard, {"whole_clause": True}  # the fallback quoted the clause looked up as a whole
    topic = pairs(tracker.get_slot(TOPIC) or "")
    rest = own_words(text) if text else ""
    own = pairs(rest) if len(rest) > 1 else set(rest)  # "每户" as a word; "缓" as a character
    # "我这是网店…也能申请创业担保贷款吗" (eval98 OA04 heard 辽政发（二）'s 个体工商户 sentence): the texts' word for it
    own |= {p for said, written in TEXT_WORDS.items() if said in (text or "") for p in pairs(written)}
    qkind = clause_detail.LOOKS_FOR.get(kind_of(text) or "", (None, ""))[0]
    figures = not_guessed(text) & figures_in(text)  # "2500那个要啥材料": the measure quoted with 2500元/人 (eval8 F26)
    shelved: tuple[dict | None, dict] = (None, {})
    for event in bot_messages_back(tracker, RECENT_TURNS):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        meta = answer.get("meta") or {}
        cites = answer.get("citations") or []
        if not cites or meta.get("low_confidence"):
            continue
        if len(cites) > 1 and "clause_ids" not in meta and (topic or own):  # a list of measures, not one answer

            def score(c: dict) -> tuple[int, int, bool, int]:
                quote = sentences.compact(c.get("quote") or "")
                # "创业补贴和场地补贴我都没有呗？那个10万的贷款，这政策现在还有效吗" (eval71 NA08 heard the 场地补贴 sentence):
                # the figure names one measure; the words may name several
                hits = sum(w in quote for w in own) + 3 * sum(f in figures_in(quote) for f in figures)
                # "能不能一直领到60" (eval41 G10 heard 不能 of the 自主创业 one-off): the measure running to retirement
                hits += bool(UNTIL_RETIREMENT_ASKED.search(text) and "退休" in quote)
                # "那能补几年": a 补贴 and its term (46号（十五）…最长不超过3年), not "政策享受期限可延长1年"
                verb = sum(v in quote for v in new_topic.verbs_asked(text))
                stated = new_topic.states(c, qkind) if verb else sentences.has_feature(quote, qkind)
                return hits, verb, stated, len(topic & pairs(f"{quote}{c.get('heading')}"))

            best = max(cites, key=score)
            if own and not score(best)[0]:  # "每户最多多少": about none of the list, maybe the answer before it
                shelved = shelved if shelved[0] else (best, meta)
                continue
            return best, meta
        if shelved[0] and not any(w in sentences.compact(cites[0].get("quote") or "") for w in own):
            continue  # an earlier answer is taken over the list only when it names what is asked
        holding = [c for c in cites if figures & figures_in(sentences.compact(c.get("quote") or ""))] or [
            c
            for c in cites
            if figures & figures_in(_clause_text(c))  # the figure in another sentence of a cited clause
        ]
        if (
            holding
            and holding[0] is not cites[0]
            and not figures & figures_in(sentences.compact(cites[0].get("quote") or ""))
        ):
            return holding[0], {}  # "2500那个" after an answer listing 18号（九）'s 2500元/人 among others
        return cites[0], meta
    return shelved


def _clause_text(cite: dict) -> str:
    rec = sentences.record_of(cite.get("clause_id") or "")
    return sentences.compact(rec.text) if rec is not None else ""


def in_clause(rest: str, cite: dict) -> bool:
    """ "培训了20天 能给多少" after the 线上培训 clause: every word left (numbers aside) is the clause's own,
    so it asks about that clause, not a new topic."""
    rec = sentences.record_of(cite.get("clause_id") or "")
    words = [w for w in re.split(r"[\d.]+[天个人月年元次岁]?", rest) if w]
    if not words and rec is not None and figures_in(rest):  # "2500那个…": a figure of the clause itself
        return all(f in figures_in(sentences.compact(rec.text)) for f in figures_in(rest))
    return rec is not None and bool(words) and all(len(w) >= 2 and w in sentences.compact(rec.text) for w in words)


def clause_hit(cite: dict, as_of: date, region: str | None = None) -> dict | None:
    """The search-result shape of a cited clause (its text, departments, validity on `as_of`);
    with `region`, the clause of that place stating the same measure."""
    query = (cite.get("quote") or cite.get("heading") or cite.get("doc_title") or "政策")[:120]
    if region:
        query = f"{cite.get('heading') or ''} {query}"[:160]
        found = search(query, top_k=5, as_of=as_of, region=region, of_text=True).model_dump()["results"]
        found.sort(key=lambda h: h.get("region") != region)
        return found[0] if found else None
    doc_id = cite.get("doc_id") or cite["clause_id"].split(":")[0]
    response = search(query, top_k=50, as_of=as_of, doc_ids=(doc_id,), of_text=True).model_dump()
    return next((h for h in response["results"] if h["clause_id"] == cite["clause_id"]), None)
