"""Turns read by their words before the classifier's intent: they mean the same whichever action
DIET sends them to (a definition read as check_eligibility must not start a form).

- an English message, or "？？？" (the person did not follow): said what the assistant does;
- a definition ("什么样的人算就业困难人员", "…是什么意思", "…包括哪些", "怎么认定"): the defining
  sentence, cited, and no fact about the speaker;
- a follow-up on the clause just cited ("那个补贴能领几次", "去哪办", "那现在还执行吗") and a
  procedure question ("利息咋算，要抵押不"): that clause's own sentences, and what it leaves out;
- "算了…问聊城的": the last question again, for the new place (the conversation moves there);
- a place outside every covered province: said once, plainly, what is covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet

from actions import (
    aside_asked,
    basis_asked,
    boundary_asked,
    cited_in_force,
    clause_in_play,
    combine_question,
    compare_follow,
    dates_named,
    definition_each,
    definition_elsewhere,
    document_asked,
    document_whole,
    epidemic_over,
    extension_asked,
    extension_ended,
    figure_asked,
    figure_elsewhere,
    follow_ups,
    free_asked,
    funder_asked,
    grantee_asked,
    group_other,
    hired_group,
    jobless_pay,
    measure_not_here,
    named_documents,
    online_asked,
    other_place_rule,
    own_group,
    part_follow,
    past_retirement,
    payer_asked,
    place_moved,
    priority_lead,
    procedure_turn,
    profile_turns,
    question_parts,
    rate_asked,
    registration,
    relief_after_work,
    relief_asked,
    residence_asked,
    schooling_asked,
    sentence_pointed,
    share_enough,
    since_school,
    term_in_play,
    time_moved,
    unclear_asked,
    years_asked,
)
from actions.context import turn_as_of
from actions.definition_words import DEFINITION, ONLY_ASKING, defined_term, more_terms, without_supposed
from actions.dialogue_state import buttons_of, previous_turn
from actions.outside_told import OUTSIDE_MARK, told_outside
from actions.outside_told import again as outside_again
from actions.profile import DEPARTMENTS, FAILED, LAST_ASKED, SCOPE_TEXT, TOPIC, UNKNOWN, profile_from_slots
from actions.profile_facts import HIRING_GROUP, extract
from actions.unclear_asked import english_reply, puzzled_reply  # noqa: F401  (tests and callers read them here)
from actions.within_place import inside_notice, most_specific, place_of, said_as_origin, said_as_past  # noqa: F401  (turns.place_of: callers read it here)
from actions.yes_no import reply as yes_no_reply
from answers import (
    absent_terms,
    citations,
    clause_detail,
    collection,
    dialogue,
    document_measures,
    in_force_overview,
    local_definition,
    membership,
    notices,
    term_where,
)
from answers.clause_answer import search_answer
from answers.models import Reply
from answers.notices import HOTLINE
from answers.sentences import compact as sentences_compact
from knowledge import coverage, places, regions
from knowledge.script import simplified
from retrieval.search import search

SWITCH_FILLER = re.compile(
    # before "这", "那": "这条大连的文件里有没有" (eval101 RB08) leaves no "条"
    r"这条|那条|本条|那边|这边|"
    r"算了|咋规定的?|怎么规定的?|如何规定的?|规定的?|里|不问了|那么|那|换成|改成|换到|改到|换|改|我想|我要|还是|问问|问|查查|查|看看|看|说说|"
    # "那聊城有这个政策吗" (eval6 E03 got "没有找到…"): the same question there
    r"一下|那边|这边|政策|情况|的|吧|呢|呀|啊|就|咋样|怎么样|我|俺|老家|家是|在|市|县|省|有没有|没有|有|这个|这|也|"
    r"同样|一样|类似|吗|[，。,.!！?？\s]|"
    # "大连有没有另外规定", "大连有没有自己的" (eval41 G14, G19 heard 低保渐退): the same topic, that place's own text
    r"另外|另行|单独|自己|专门|本地|文件|"
    # "大连市里有没有对应的规定" (eval52 Y16 heard 18号's preamble): the same measure there
    r"对应|相应|相对应|配套|"
    # "凌源的呢 没看到" (eval58 B19 heard "没有理解"): the place left out of the last answer
    r"没看到|没看见|没有看到|没找到|漏了|落了|没说|没提|没列|"
    # "大连的对应条款" (eval59 BB04, an agent, was asked "请问您是以什么身份申请？")
    r"条款|条文|原文|内容|写法|怎么写的?|(?:是)?哪(?:一)?条|"
    # "哦不对，我户口在凌源" after 大连's answer (eval85 BB12 heard 辽宁's 外省籍农民工 sentence): the same question there
    r"哦|噢|不对|说错了|搞错了|户口|户籍|是|"
    # "凌源有没有不一样的" after 辽宁's 见习 (eval96 MB09, an agent, heard 凌源's 公益性岗位): the same topic there
    r"不一样|不同|区别|差别|差异|地方|啥|什么|"
    # "大连怎么执行的" after 辽宁's clause (eval99 PB01, an agent, heard 辽宁's closing "严格执行…" sentence): that place's
    # way of the same measure
    r"(?:是)?(?:怎么|咋|如何)(?:执行|落实|操作|搞|弄)的?|执行的?|"
    # "凌源那边文件有写标准没", "这条大连的文件里有没有 还是只有省里的" (eval101 RB10, RB08, agents, heard a preamble)
    r"只有|写没写|有写|写|标准|没|边"
)


# "帮我查一下我的社保缴费记录": a person's own records are not in the policy texts
PERSONAL_RECORD = re.compile(
    r"(?:查|查询|查查|看看|调)(?:一下|下)?(?:我|俺|本人|我家|我们|自己)的?.{0,10}(?:记录|明细|余额|账户|进度|档案|到账了?没)"
)
# "工地上摔伤了 有啥补贴", "工伤能赔多少": an injury at work, not a measure of these texts ("工伤保险费率" is one)
COVERAGE_ASKED = re.compile(
    r"(?:你们|你|这个系统|系统|这里|这儿)(?:都)?(?:能|可以)?(?:管|查|问|覆盖|收录|支持|包括|有)(?:了)?(?:得了)?(?:哪些|哪几个|什么)(?:地方|城市|地区|省市)|"
    r"(?:哪些|哪几个)(?:地方|城市|地区)(?:的政策|的文件)?(?:能|可以)(?:查|问)"
)
WORK_INJURY = re.compile(
    r"工伤(?:认定|待遇|赔偿|赔|补偿|鉴定|医疗|了)|算(?:不算)?工伤|工伤能不能算|(?:干活|上班|工地上?|厂里|车间)[^，。？?]{0,6}"
    r"(?:摔伤|摔坏|砸伤|受伤|伤了|弄伤|轧伤|烫伤)|"
    # "跑单路上要是出了车祸受伤了，有啥保障没" (eval97 NA11, a rider, heard loans and incubators)
    r"(?:车祸|出了事|出事|受伤)[^。？?]{0,10}(?:谁管|有啥保障|有什么保障|有保障|谁赔|赔不赔)"
)
# "养老钱呢 俺现在补交能领不", "退休金能领多少": a pension of one's own, which no text covers ("没有退休金" describes)
PENSION = re.compile(
    r"(?<!没有)(?<!没)(?<!无)(?<!不领)(?:养老钱|养老金|退休金|退休工资|养老保险)[^，。？?]{0,6}"
    r"(?:能领|领不|能拿|怎么领|领多少|咋领|补交|补缴)|"
    r"(?:补交|补缴|补齐)[^，。？?]{0,6}(?:养老|社保)[^，。？?]{0,6}(?:能领|领不|退休)|城乡居民(?:基本)?养老|新农保|"
    # "现在每月领退休金…还能享受啥就业帮扶" (eval69 LA12 heard the pension notice twice): said of oneself, not asked
    r"(?:能|怎么|咋|去哪|在哪|哪里|什么时候|几岁|能不能)(?:领|拿)(?:养老金|退休金|养老钱)|(?:领|拿)(?:养老金|退休金|养老钱)(?:吗|么|不|[？?])"
)
CORRECTING = re.compile(r"不对|我说的是|说的是|不是")  # "我说的是北京市朝阳区 不是辽宁朝阳": said again
# "你问这么多干啥直接告诉我": the questions end and the summary says what is known so far.
IMPATIENT = re.compile(
    r"直接(?:告诉|说|给)|别(?:再)?问了|不要(?:再)?问了|问(?:这么|那么|这|那)多|问个没完|有完没完|"
    r"(?:先)?别问(?:我)?[，,\s]*(?:你)?先(?:回答|说)|你先回答|先回答我|"  # "先别问我 你先回答" (eval12 J32)
    r"快(?:点|些)?(?:告诉|说)|少废话|啰嗦|磨叽|墨迹|"
    # "嗯 然后呢" to the form's questions (eval104 UB12 heard "没听明白" twice, then a handoff): the result, not more
    r"^(?:嗯|哦|好|行)?[，,\s]*(?:然后呢|然后咋办|接下来呢|下一步呢|然后怎么办)[？?。]*$"
)


@dataclass
class Turn:
    replies: list[Reply]
    events: list[EventType] = field(default_factory=list)


def send(dispatcher, turn: Turn) -> list[EventType]:
    for reply in turn.replies:
        dispatcher.utter_message(json_message=reply.to_payload())
    return list(turn.events)


def outside_reply(place: places.Place) -> Reply:
    where = place.name if place.name == place.province else f"{place.province}{place.name}"
    inside = (
        [
            r
            for r in coverage.document_regions()
            if place.covered and r != place.province and regions.covers(place.province, r)
        ]
        if place.covered
        else []
    )
    why = f"（该省目前只收录{'、'.join(inside)}的文件）" if inside else ""
    return Reply(
        f"您说的{where}{OUTSIDE_MARK}{why}。目前收录的是{coverage.places_sentence()}的就业政策。"
        f"{place.name}的政策请咨询当地人社部门或拨打{HOTLINE}；如果您想了解上述地区的政策，请接着问。",
        meta={"outside": place.name},
    )


NOT_SERVED = {
    # "7800那个 税收的" read without spaces holds "个税" (eval52 Y04 was told 不能计算个人所得税 of the hiring deduction)
    "tax": re.compile(r"个人所得税|(?<![那这哪一几两\d])个税"),
    "min_wage": re.compile(
        r"最低(?:工|公)资(?:标准)?[^，。？?]{0,4}?(?:是多少|多少|是几|几多)|查.{0,6}最低(?:工|公)资"
    ),
    "medical": re.compile(r"(?:医保|医疗保险|看病|住院)[^，。？?]{0,4}(?:怎么|咋|如何|能不能|能)?报销"),
    "housing_fund": re.compile(r"公积金[^，。？?]{0,4}(?:怎么|咋|如何|能不能|能)?(?:提取|提出来|取出来|取钱)"),
    # "我跟你说的这些 你们存不存 会不会泄露出去" (eval109 ZB12, rated 1, was asked its city three times)
    "privacy": re.compile(r"泄露|泄漏|隐私|存不存|保存不保存|(?:聊天|对话)记录[^，。？?]{0,6}(?:保存|存|谁能看|删)"),
}
USABLE = re.compile(r"能用吗|能用不|能不能用|可以用吗|适用吗|适不适用|能享受吗|管用吗|用得上")


HOME_REGISTERED = re.compile(r"户口|户籍|老家")
HOME_SENTENCE = "户籍地或常住地办理失业登记"


def registered_at_home(region: str, as_of) -> tuple[str, dict] | None:
    """The sentence of a text applying in `region` letting a person register as unemployed where their 户籍 is,
    quoted with its document and validity, or None."""
    from answers import clause_json
    from knowledge.records import load_clauses, not_yet_issued

    for rec in sorted(load_clauses(), key=lambda r: r.region != region):  # the place's own text first
        if not regions.covers(rec.region, region) or not_yet_issued(rec, as_of):
            continue
        s = next((x for x in rec.sentences if HOME_SENTENCE in x.text), None)
        if s is not None:
            cite = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
            return f"{citations.where(cite)}：“{s.text}”", cite
    return None


def usable_elsewhere(text: str, tracker: Tracker) -> Reply | None:
    """ "聊城的政策我能用吗" from someone who said they are in 济宁: plainly no, and why."""
    named = regions.regions_in_text(text)
    if not named or not USABLE.search(text) or not told_outside(tracker):
        return None
    said = [
        p
        for e in tracker.events
        if e.get("event") == "user" and places.outside_place(e.get("text") or "") is not None
        for p in places.places_in_text(e.get("text") or "")
        if places.answering_region(p) is None
    ]
    if not said:
        return None
    # "我在山东济宁" then "那山东省的政策你有吗": the person is in 济宁 (the city said, not the province)
    outside = next((p for p in reversed(said) if p.name != p.province), said[-1])
    home = registered_at_home(named[0], turn_as_of(tracker)[0]) if HOME_REGISTERED.search(text) else None
    if home is not None:  # "我户口在大连…能回大连登记失业不" (eval20 R20 heard a flat 不能)
        line, cite = home
        return Reply(
            f"{named[0]}的文件适用于在{named[0]}就业、居住、参保或开办企业的人；您现在在{outside.name}，多数措施要看您"
            f"回{named[0]}后的情况。户籍在{named[0]}的，失业登记可在户籍地办理：{line}\n"
            f"其他措施以{named[0]}经办部门认定为准；回{named[0]}后想问哪项，可以告诉我您的情况。",
            [cite],
            meta={"not_usable": named[0], "home_registered": True},
        )
    return Reply(
        f"不能。{named[0]}的文件是{named[0]}印发的，适用于{named[0]}；您说的{outside.name}不在其适用范围内。"
        f"{outside.name}的政策请咨询当地人社部门或拨打{HOTLINE}。如果您是在{named[0]}就业、参保或开办企业，"
        f"请告诉我，我按{named[0]}的政策回答（以经办部门认定为准）。",
        meta={"not_usable": named[0]},
    )


def clause_reference(text: str):
    """A document and clause named exactly ("大政发〔2020〕18号第九条", "18号文（九）"), read by the
    retrieval side's reader so the dialogue and the search agree; None before that reader exists."""
    try:
        from retrieval.references import find_reference
    except ImportError:  # the retrieval branch's module, not on every tree yet
        return None
    ref = find_reference(text)
    return ref if ref is not None and ref.names_clause else None


def own_question(text: str, tracker: Tracker, as_of) -> Reply | None:
    """ "我这样的能认定不", "61岁能办失业登记不", "可唔可以攞失业金": what the texts say and what the person's words settle.
    The person's facts are read again only when one of these is asked (this runs on every turn)."""
    pending = tracker.get_slot(LAST_ASKED)
    from actions.form_plan import said_so_far  # form_plan reads the tracker the same way; imported here: no cycle

    said = said_so_far(tracker)[-3:]
    if (
        not defined_term(text)
        and "认定" in text
        and any("困难人员" in t for t in [tracker.get_slot(TOPIC) or "", *said])
    ):
        pending = own_group.GROUP  # "不知道咋认定" after "…能算困难人员 是真的不" (eval42 F24)
    # "我25年6月毕业的 还算不算离校2年内" (eval40 H05), "7月离校的 到什么时候之前还能报" (eval42 F03)
    school = since_school.ASKED.search(text) or since_school.DEADLINE_ASKED.search(text)
    # "那失业金到底能不能领…另外我想自己创业…" (eval93 JA09): the first question is asked of 失业金, whatever follows
    first = question_parts.first_question(text, placed=False)
    if not (own_group.asked(text, pending) or registration.ASKS.search(text) or jobless_pay.asked(first) or school):
        return None
    person = own_profile(text, tracker, as_of)
    reply = (
        (since_school.reply(text, person, as_of) if school else None)
        or own_group.reply(text, person, as_of, pending)
        or registration.reply(text, person, as_of)
        # in a conversation under way (eval14 L22); asked first, it leads the first reply and the questions go on
        # (actions/eligibility.py)
        or (_placed(jobless_pay.reply(text, person, as_of), person) if tracker.get_slot(TOPIC) else None)
    )
    notice = place_of(text)[1] if reply is not None else ""
    if notice and notice not in reply.text:  # "我是丹东的…能去登记失业吗" (eval69 LA05): which level answers
        reply.text = f"{notice}\n{reply.text}"
    return reply


def _placed(reply: Reply | None, person: dict) -> Reply | None:
    """The sentences of several places, said to be so while the person's place is unknown."""
    from actions.cited_replies import UNPLACED  # cited_replies imports this module

    if reply is not None and not person.get("region") and len({c.get("region") for c in reply.citations}) > 1:
        reply.text = f"{UNPLACED}\n{reply.text}"
    return reply


def own_profile(text: str, tracker: Tracker, as_of) -> dict:
    """What is known of the person with what this message says ("我这个岁数的下岗女工": 女, 失业)."""
    from actions.profile_facts import extract, keep_applicant

    profile = profile_from_slots(tracker.slots)
    said = keep_applicant(extract(text, as_of), profile.get("applicant_type"), text)
    if not profile.get("region") and not said.get("region"):
        # "来电人问失业登记在哪办" right after 凌政发〔2019〕14号 一、（五） was quoted (eval79 VB01, an agent, heard "您没说在哪个
        # 市县" and four places): the place of the clause in play
        said["region"] = (clause_in_play.in_play(tracker)[0] or {}).get("region")
    # a place named now is where the question is asked about ("凌源的 能不能办失业登记" after 铁岭); the years to retirement
    # said now over those read before ("我离退休就剩5年了" after a misread 0.67, eval105 VA01)
    said_now = ("region", "years_to_retirement")
    return {**profile, **{k: v for k, v in said.items() if v is not None and (profile.get(k) is None or k in said_now)}}


def _answer_events(reply: Reply, text: str) -> list[EventType]:
    departments = list(reply.citations[0].get("departments") or [])[:5] if reply.citations else []
    return [SlotSet(FAILED, 0), SlotSet(DEPARTMENTS, departments)]


# a topic said as a question ("…最多能贷多少"), not a bare name ("人力资源服务机构补助")
ASKED = re.compile(r"怎么|咋|如何|多少|哪些|什么|啥|吗|呢|能不能|有没有|[?？]")


COUNTERPART = re.compile(r"对应|相应|配套")
PROVINCE_SAID = re.compile(r"省里|省级|省上|省政府|省文件|省的文件")
CLAUSE_NAMED = re.compile(r"(?:那|这)?(?:第)?[一二三四五六七八九十\d]{1,3}条")


def switch_place(text: str, tracker: Tracker) -> tuple[str, str | None] | None:
    """ "算了，问聊城的" / "那凌源呢" / "那沈阳呢": a place and nothing else, after a question was answered:
    (the region to answer for, the notice when that is a place without documents of its own)."""
    if not tracker.get_slot(TOPIC):
        return None
    named = most_specific(regions.regions_in_text(text))
    province = PROVINCE_SAID.search(text)
    if not named and province:
        # "省里对应的是哪条" after 18号（十三） (eval61 DB01 heard 18号（十四）'s 农民工 land price): the province above the
        # clause in play, whose texts are its counterpart
        place = (clause_in_play.in_play(tracker)[0] or {}).get("region") or ""
        above = regions.ancestors(place)[-1:] if place else []
        rest = text[: province.start()] + text[province.end() :]
        if (
            above
            and above[0] != place
            and not all(SWITCH_FILLER.sub("", r) for r in (rest, CLAUSE_NAMED.sub("", rest)))
        ):
            return above[0], None
        return None
    if len(named) > 1:
        return None
    if named:
        rest = text
        mentioned = set(regions.regions_in_text(text))
        for alias in sorted([a for a, c in regions._alias_map().items() if c in mentioned], key=len, reverse=True):
            rest = rest.replace(alias, "")
        # "那辽宁省的规定是啥 我老家锦州" (eval101 RB05 heard 辽宁's 失业登记 sentence for 失业补助金): a city inside it too
        for place in places.places_in_text(rest):
            rest = rest.replace(place.said + "市", "").replace(place.said, "")
        if COUNTERPART.search(rest):  # "那十二条…对应的": the clause in play, named by its number
            rest = CLAUSE_NAMED.sub("", rest)
        return (named[0], None) if not SWITCH_FILLER.sub("", rest) else None
    # eval6 E20/E26: "那沈阳呢" (a city of a covered province, no document of its own) was a dead end or a
    # clause that merely names 沈阳; it is the same question, answered by the province's documents
    place = places.uncovered_place(text)
    answering = places.answering_region(place) if place else None
    if place is None or answering is None or SWITCH_FILLER.sub("", text.replace(place.said, "")):
        return None
    return answering, inside_notice(place, answering)


DEFINED_GROUP = re.compile(r"就业困难人员|灵活就业人员|零就业家庭|贫困劳动力|高校毕业生|登记失业人员|退役军人|农民工")
# words asking about a definition that are no term of their own ("认定范围包括哪些人")
BARE_TERMS = ("认定", "范围", "认定范围", "条件", "认定条件", "标准", "认定标准", "定义", "界定", "对象")


def definition_reply(text: str, region: str | None, as_of, topic: str | None = None, wider: bool = False) -> Reply:
    """The defining sentence, cited. "单亲妈妈算不算" right after "什么算就业困难人员" asks about the
    term just defined: the search looks for both and the sentence defining that term is quoted."""
    text, topic = simplified(text), simplified(topic or "")  # "單親媽媽算不算": the texts are simplified
    term = defined_term(text)
    earlier = defined_term(topic) if topic and DEFINITION.search(topic) else ""
    if earlier in BARE_TERMS and DEFINED_GROUP.search(topic or ""):
        # "…第（十六）条 就业困难人员 范围包括哪些人" then "退役军人算不算" (eval94 KB05 heard "没有写明条就业困难人员的范围"): the
        # group of the list asked, not its word 范围
        earlier = DEFINED_GROUP.search(topic or "").group(0)
    # "退役军人…算不算就业困难人员" / "包括哪些人": the sentence naming 退役军人 / the list answers it
    listing = membership.asks_membership(text) or clause_detail.LISTING_ASKED.search(text)
    about = text if listing or "参照" in text else ""  # "参照…的是哪几类人": the 参照 sentence
    if earlier and (not term or re.match(r"^.{2,10}(?:算不算|属不属于|算吗|算不)[?？]?$", text)):
        query, term, about = f"{earlier} {text}", earlier, text
    elif term in BARE_TERMS and DEFINED_GROUP.search(topic or ""):
        # "那认定范围包括哪些人" after "就业困难人员认定找哪个部门" (eval77 TB12, an officer, heard "都没有给“认定”下定义"):
        # the group talked of is the term
        earlier = DEFINED_GROUP.search(topic or "").group(0)
        query, term, about = f"{earlier} {text}", earlier, text
    else:
        query = text
    response = search(query[:200], top_k=5, as_of=as_of, region=region).model_dump()
    reply = clause_detail.definition(response["results"], term, as_of, about)  # the place's own, 大连→辽宁, 聊城 none
    if reply is None and term and query != text:  # "那高校毕业生算不算": the group's words found no defining clause
        again = search(f"什么算{term}", top_k=5, as_of=as_of, region=region).model_dump()
        reply = clause_detail.definition(again["results"], term, as_of, about)
    if reply is None and term and wider and region:
        # the place was only the last clause's, not the person's: "贫困劳动力 指什么" after 辽政发 (eval52 Y23 heard
        # "适用于辽宁省的文件都没有给…下定义" while 凌政发〔2019〕14号 二、（一） defines it)
        anywhere = search(query[:200], top_k=5, as_of=as_of).model_dump()
        reply = clause_detail.definition(anywhere["results"], term, as_of, about)
        region = None if reply is not None else region
    if reply is None and term:
        # no text defines it: the sentences that use the word, not the search's nearest list of another group
        # ("大连说的灵活就业人员都包括哪些人" heard 辽宁's 就业困难人员 list, eval32 V16)
        stem = re.sub(r"人员$|者$", "", term)
        using = [h for h in response["results"] if stem and stem in sentences_compact(h.get("text") or "")]
        # the place's own text first, then one whose quoted sentence holds the word
        # a sentence defining another term by it ("就业困难人员指…的城镇登记失业人员") is no use of the word: the search's
        # own order answers then (the 失业登记 sentences for "城镇登记失业人员是啥意思")
        using = [h for h in using if not re.search(r"指(?!导)", "".join(h.get("highlights") or [])[:30])]
        using.sort(key=lambda h: (h.get("region") != region, stem not in "".join(h.get("highlights") or [])))
        if not using and region:
            # "两后生 是什么意思" while 凌源 is in play (eval45 C23 heard 凌源's 稳岗返还): the word is another place's
            wider = search(query[:200], top_k=5, as_of=as_of).model_dump()
            using = [h for h in wider["results"] if stem and stem in sentences_compact(h.get("text") or "")]
            region = None if using else region
        if using:
            response = {**response, "results": using}
    return local_definition.placed(reply, reply or search_answer(response), term, region, bool(about), as_of)


def typed_check_button(text: str, tracker: Tracker) -> bool:
    """ "按我的情况算一算" typed (a WeChat user reads the button, a person copies it) right after the answer
    that offered that button: the button pressed (eval6 E04 got "没有找到…" and an unrelated clause)."""
    if re.sub(r"[，。,.!！\s]", "", text or "") not in (dialogue.CHECK_MINE, dialogue.CHECK_CALLER):
        return False
    if tracker.get_slot(TOPIC):  # the button's words typed after any question answered (eval29 P05 got a guess)
        return True
    return any(
        b.get("payload") == "/check_eligibility"
        for e in previous_turn(tracker)
        if e.get("event") == "bot"
        for b in buttons_of(e)
    )


# "我在大连 那就业困难人员呢？哪些人算": where the speaker is says nothing of their own case (the place is cut
# out first, leaving "我在 ")
WHERE_I_AM = re.compile(r"(?:我|俺|咱)们?(?:在|是)的?(?=[\s，,。]|$)")


# "我没说大连 …困难企业有没有定义" (eval40 H23 got a firm's questions): the speaker correcting what was heard
SPEAKER_CORRECTS = re.compile(r"(?:我|俺)(?:又)?(?:没|没有)(?:说|问)|(?:我|俺)(?:问|说)的是|(?:我|俺)是问")


def _without_denied(text: str) -> str:
    """The text without a place the speaker says they did not name ("我没说大连")."""
    return re.sub(r"(?:我|俺)(?:又)?(?:没|没有)(?:说|问)[\u4e00-\u9fff]{2,4}?(?=[\s，,。]|$)", " ", text)


def _asking_only(text: str) -> str:
    text = SPEAKER_CORRECTS.sub("", text)
    return WHERE_I_AM.sub("", clause_in_play.without_places(ONLY_ASKING.sub("", text))[0])


def special(text: str, tracker: Tracker, places_too: bool = True) -> Turn | None:
    """The reply to a turn its words settle, or None (the intent's action answers). `places_too`:
    a place outside coverage is said so (not for a message that is not about policy at all)."""
    turn = _special(text, tracker, places_too)
    if turn is not None:
        # the day the words moved to is kept for the turns after, as the search's answer keeps it ("按2020年5月的政策
        # 招了失业人员有补贴吗" answered here, then "现在呢": eval85 BB10)
        set_here = {e.get("name") for e in turn.events if isinstance(e, dict)}
        turn.events += [SlotSet(k, v) for k, v in turn_as_of(tracker)[2].items() if k not in set_here]
        if turn.replies and turn.replies[0].citations and question_parts.parts(text):
            # "那失业金到底上哪领啊？还有俺想去学个手艺…能给补贴不" (eval85 BA01 heard the first half only): the parts the
            # reply names no measure of, answered after it, as the search's answer does
            from actions.cited_replies import other_parts  # cited_replies imports this module

            turn.replies += other_parts(text, tracker, turn.replies[0], after_first=True)
    return turn


def _special(text: str, tracker: Tracker, places_too: bool = True) -> Turn | None:
    if not text:
        return None
    unclear = unclear_asked.reply(text)
    if unclear is not None:  # English, "？？？", "俺想问问那个钱"
        return Turn([unclear])
    collected = collection.reply(text)  # "你这收录的文件里有没有2021年以后出的": the documents, from the build
    if collected is not None:
        return Turn([collected])
    moved = _time_moved(text, tracker)
    if moved is not None:
        return moved
    timed = dates_named.reply(simplified(text), tracker, turn_as_of(tracker)[0])  # "原文里提到的时间"
    # "到期了，现在没有这个补贴了呗" after an extension that ended: the extension, not the measure
    timed = timed or extension_ended.reply(simplified(text), tracker, turn_as_of(tracker)[0])
    # "疫情早就结束了，那个还能用吗" after a measure of the epidemic period: what its text says of that period
    timed = timed or epidemic_over.reply(simplified(text), tracker, turn_as_of(tracker)[0])
    # "3年到期了还没找着工作，还能延吗" after a measure: the sentence extending that measure, not another "延长"
    timed = timed or extension_asked.reply(simplified(text), tracker, turn_as_of(tracker)[0])
    if timed is not None:
        return Turn([timed], _answer_events(timed, text))
    listed = cited_in_force.reply(simplified(text), tracker, turn_as_of(tracker)[0])
    if listed is not None:  # "你说的这几条现在还有效吗" (eval87 DB08): each sentence just cited, its own validity
        return Turn([listed], _answer_events(listed, text))
    compared = compare_follow.reply(simplified(text), tracker, turn_as_of(tracker)[0])
    compared = compared or compare_follow.against(
        simplified(text), tracker, tracker.get_slot(TOPIC), turn_as_of(tracker)[0]
    )
    if compared is not None:  # "现在哪个还有效" right after a comparison (eval46 N19)
        return Turn([compared])
    # "那哪些已经到期了 列一下" after 聊城's clauses (eval34 X17 heard all 95 measures): the place in play, if any
    in_place = profile_from_slots(tracker.slots).get("region") or (clause_in_play.in_play(tracker)[0] or {}).get(
        "region"
    )
    # "哪些到期了" right after a document's list (eval40 H17): that list narrowed, not every place's measures
    overview = document_measures.refined(text, named_documents.last_list(tracker), turn_as_of(tracker)[0])
    overview = overview or in_force_overview.reply(simplified(text), turn_as_of(tracker)[0], in_place)
    if overview is not None:  # "到今天为止还有哪条是明确有效的" (eval30 Q22)
        return Turn([overview])
    if typed_check_button(text, tracker) and not tracker.active_loop_name:
        return Turn([], [FollowupAction("action_start_eligibility")])
    as_of = turn_as_of(tracker)[0]
    named = most_specific(regions.regions_in_text(simplified(text)))
    payer = payer_asked.in_play_reply(simplified(text), tracker, as_of) or payer_asked.reply(
        simplified(text), named[0] if len(named) == 1 else in_place, as_of
    )
    if payer is not None:  # "这钱是给我的还是给公司的" (eval45 C24)
        return Turn([payer], _answer_events(payer, text) if payer.citations else [])
    basis = basis_asked.reply(simplified(text), tracker)
    if basis is not None:  # "依据是哪条" (eval94 KB12, a lawyer, heard another document's preamble)
        return Turn([basis], _answer_events(basis, text))
    of_part = part_follow.reply(simplified(text), tracker, as_of)
    if of_part is not None:  # "里面哪条有具体金额" after a part listed (eval94 KB03 heard another document's 200元)
        return Turn([of_part], _answer_events(of_part, text) if of_part.citations else [])
    facts = document_asked.reply(simplified(text), tracker, as_of)
    if facts is not None:  # "聊城那个通知的发文字号是多少" (eval93 JB12 heard its opening sentence three times)
        return Turn([facts], _answer_events(facts, text))
    years = years_asked.reply(simplified(text), tracker)
    if years is not None:  # "那意思是两年不够 领不了呗" after "依法参加失业保险3年以上…" (eval101 RA09)
        return Turn([years], _answer_events(years, text))
    plain = past_retirement.plain_answer(simplified(text), tracker, as_of)
    if plain is not None:  # "你就说能还是不能" after the answer to one past the age (eval100 QB11); "退休了返聘…"
        return Turn([plain], _answer_events(plain, text))
    residence = residence_asked.reply(simplified(text), tracker, as_of)
    if residence is not None:  # "户口不在大连有没有影响" (eval97 NA12): the clause in play's household condition
        return Turn([residence], _answer_events(residence, text))
    whole = document_whole.reply(simplified(text), tracker, as_of)
    if whole is not None:  # "哪个文件最新", "一共有多少条措施", "有没有新文件替代它" (eval96 MB10, MB03, MB12)
        return Turn([whole], _answer_events(whole, text))
    free = free_asked.reply(simplified(text), tracker, as_of)
    if free is not None:  # "电商培训 免费吗", "到底免费不免费" (eval93 JA07 heard "超出了我的服务范围")
        return Turn([free], _answer_events(free, text) if free.citations else [])
    funder = funder_asked.reply(simplified(text), tracker, as_of)
    if funder is not None:  # "见习补贴谁出钱" (eval85 BB08): where the money comes from, or that the clause says not
        return Turn([funder], _answer_events(funder, text))
    online = online_asked.reply(simplified(text), named[0] if len(named) == 1 else in_place, as_of)
    if online is not None:  # "失业金能网上申请不 不用跑窗口" (eval48 M22 heard "不能" of another measure)
        return Turn([online], _answer_events(online, text) if online.citations else [])
    edge = boundary_asked.reply(text, tracker, as_of)  # "正好50%算哪档" after the tiers of 凌源 三、（三）
    if edge is not None:
        return Turn([edge], _answer_events(edge, text))
    rate = rate_asked.reply(text, tracker, as_of)  # "25人裁6个 超没超那个20%" after the sentence stating the bounds
    if rate is not None:
        return Turn([rate], _answer_events(rate, text))
    own = profile_turns.reply(text, tracker, as_of)  # wages owed, "省里的政策我这里能用吗", comparisons
    if own is not None:
        facts = [SlotSet(k, v) for k, v in own.meta.pop("facts", {}).items()]  # numbers said are kept
        return Turn([own], _answer_events(own, text) + facts + ([SlotSet(TOPIC, text)] if own.citations else []))
    # "第六句现在还执行吗" after "全文": that sentence (eval10 H12); "就那个30%的…补几年": the listed measure's (eval36 T01)
    if sentence_pointed.ORDINAL.search(text) or sentence_pointed.RATE_POINTED.search(text):
        numbered = (
            sentence_pointed.answer(text, tracker, as_of)
            if sentence_pointed.ORDINAL.search(text)
            else sentence_pointed.rate_answer(text, tracker, as_of)
        )
        if numbered is not None:
            return Turn([numbered], _answer_events(numbered, text))
    defined = definition_elsewhere.reply(text, tracker, as_of)  # "其他几个文件有没有定义" after a definition
    if defined is not None:
        return Turn([defined], _answer_events(defined, text))
    where = term_where.reply(text, as_of)  # "自谋职业的军队退役人员在哪条": the sentences holding it (eval37 Z23)
    if where is not None:
        return Turn([where], _answer_events(where, text))
    # "18号文第九条" (that clause whole), "辽政发〔2020〕9号 现在还有效吗" (that document, never a preamble)
    # "那十二条大连有没有对应的" after 辽政发（十二） (eval60 CB04 heard 大连's own 第十二条, twice): that clause's
    # counterpart there, answered by the place switch below, not a clause numbered so in the place's text
    counterpart = bool(COUNTERPART.search(text) and switch_place(text, tracker))
    # "9号文和18号文的吸纳就业补贴能叠加吗" (eval103 TB05): two documents named to ask whether their measures combine
    across = combine_question.across_documents(text, tracker, as_of)
    if across is not None:
        return Turn([across], _answer_events(across, text))
    named = None if counterpart else named_documents.reply(text, clause_reference(text), tracker, as_of)
    if named is not None:  # "凌源的 2019年的那个文件…": the one place named is where the conversation is (eval21 S24)
        place = most_specific(regions.regions_in_text(simplified(text)))
        here = [SlotSet("region", place[0])] if len(place) == 1 and not tracker.get_slot("region") else []
        return Turn([named], _answer_events(named, text) + [SlotSet(TOPIC, text)] + here)
    named_place = most_specific(regions.regions_in_text(simplified(text)))
    # "公司80人…新招了5个登记失业人员和3个应届毕业生…能享受哪些补贴，总共能拿多少" (eval33 W06 got a list of 39): a
    # question stating its own case is the questions' to answer, not a list of every measure
    own_case = {k for k in extract(text, as_of) if k not in ("region", "applicant_type")}
    # "我们厂想招应届的大学生 现在还有哪些补贴能申请" (eval89 FB09): the hiring of a group asked, not the place's list
    own_case |= {"hired_group"} if HIRING_GROUP.search(simplified(text)) else set()
    listed = (
        None
        if own_case and not document_measures.LISTED_PLAINLY.search(text)
        else document_measures.place_list(text, named_place[0] if len(named_place) == 1 else None, as_of)
    )
    if listed is not None:  # "把大连市文件里所有按人头给固定金额的补贴都列一下" (eval22 T19)
        return Turn([listed], _answer_events(listed, text) + [SlotSet("region", named_place[0])])
    if COVERAGE_ASKED.search(simplified(text)):  # "那你们管哪些地方" (eval90 GB07 heard a sentence about 调剂金's 地区)
        return Turn([Reply(coverage.coverage_sentence(), meta={"coverage": True})])
    if PERSONAL_RECORD.search(text):
        return Turn([Reply(notices.PERSONAL_RECORD, meta={"personal_record": True})])
    if WORK_INJURY.search(simplified(text)):  # no text covers 工伤 benefits: said, with who handles them
        injury = Reply(notices.NOT_SERVED["work_injury"], meta={"not_served": "work_injury"})
        # "腰砸伤了…能不能领失业金？？有没有啥临时补助 急用钱" (eval89 FA10 heard only the 工伤 notice): the measures the
        # texts do cover are answered too, the notice after them
        if question_parts.MEASURE.search(simplified(text)):
            from actions.cited_replies import answer_for

            covered, _ = answer_for(text, tracker)
            if not covered.meta.get("low_confidence"):
                return Turn([covered, injury], _answer_events(covered, text) + [SlotSet(TOPIC, text)])
        return Turn([injury])
    school = schooling_asked.reply(
        simplified(text), own_profile(text, tracker, turn_as_of(tracker)[0]).get("region"), as_of
    )
    if school is not None:  # "孩子上学有没有啥帮扶补助" (eval97 NA10)
        return Turn([school], _answer_events(school, text) if school.citations else [])
    if PENSION.search(simplified(text)):
        return Turn([Reply(notices.NOT_SERVED["pension"], meta={"not_served": "pension"})])
    now_at = place_moved.moved(simplified(text), tracker)
    if now_at is not None:  # "这家企业就在大连，不在聊城。大连的稳岗返还返多少" (eval30 Q14): answered there
        there = place_moved.answer(simplified(text), tracker, now_at, as_of)
        return Turn([there], _answer_events(there, text) + [SlotSet("region", now_at), SlotSet(TOPIC, text)])
    not_usable = usable_elsewhere(text, tracker) or other_place_rule.reply(
        text, tracker, profile_from_slots(tracker.slots).get("region"), as_of
    )  # "葫芦岛也按这个来吧" after 凌源's 10万, "能不能像大连一样退" (eval15 M15, M24)
    if not_usable is not None:
        return Turn([not_usable], _answer_events(not_usable, text) if not_usable.citations else [])
    place = places.outside_place(text)
    place = None if place and said_as_past(text, place.said) else place  # "我前几年在北京打工"
    if place and said_as_origin(text, place.said) and (regions.regions_in_text(text) or tracker.get_slot("region")):
        # "湖北孝感人，在大连理工读的本科": where one is from, and a covered place where one is (said now or before:
        # "湖北籍的应届生…" after "在大连念书", eval32 V09 was told 湖北 is not covered)
        place = None
    if place and places_too and (not told_outside(tracker) or CORRECTING.search(text)):
        return Turn([outside_reply(place)], [SlotSet(TOPIC, text), SlotSet("region", None)])
    if place and places_too:  # said again (eval8 F25): never the measures of the covered place set before
        return Turn([Reply(outside_again(place.name), meta={"outside": place.name})], [SlotSet("region", None)])
    absent = absent_terms.reply(text)  # "以工代训是啥": not in the documents, said so (no nearest clause)
    if absent is None and clause_in_play.kind_of(text) and len(clause_in_play.own_words(text)) <= 2:
        # "标准多少" right after "大政发〔2020〕18号 以工代训" (eval67 JB02 heard 46号's 1000元): the absent measure's
        absent = (
            absent_terms.reply(tracker.get_slot(TOPIC) or "")
            if absent_terms.named_absent(tracker.get_slot(TOPIC) or "")
            else None
        )
    rest = absent_terms.rest_asked(text, absent.meta["absent_term"]) if absent is not None else None
    if rest is not None:  # "以工代训还是学徒补贴": the other measure answered after the absent one is said
        from actions.cited_replies import answer_for  # cited_replies imports this module

        found, _ = answer_for(rest, tracker)
        if not found.meta.get("low_confidence"):
            found.text = f"{absent_terms.absent_line(absent.meta['absent_term'])}\n{found.text}"
            return Turn([found], _answer_events(found, rest) + [SlotSet(TOPIC, rest)])
    if absent is not None:
        # "大连落户政策是啥样的" then "那就业补贴呢" (eval93 JB07 heard "您没说在哪个市县"): the one place named is kept
        named_here = regions.regions_in_text(text)
        kept = [SlotSet("region", named_here[0])] if len(named_here) == 1 and not tracker.get_slot("region") else []
        return Turn([absent], kept)
    # "也就是说聊城的文件里没有一次性求职补贴，对吧" (eval96 MB02): read back, confirmed
    not_here = measure_not_here.confirmed(text, tracker, as_of) or measure_not_here.reply(text, tracker, as_of)
    if not_here is not None:
        return Turn([not_here[0]], not_here[1])
    place = profile_from_slots(tracker.slots).get("region")
    # "你帮我算算 15个人招2个 够不够15%"; "我上班了以后低保还能给几个月"; "俺家能不能办低保 找谁办" (eval48 M06)
    worked = (
        share_enough.reply(text, place, as_of)
        or relief_after_work.reply(text, place, as_of)
        or relief_asked.reply(simplified(text), named_place[0] if len(named_place) == 1 else place, as_of)
    )
    if worked is not None:
        return Turn([worked], _answer_events(worked, text))
    answered = bool(tracker.get_slot(TOPIC))  # "那我这样的啥也没有？" after a reply, never an opening that describes
    other = group_other.reply(text, own_profile(text, tracker, as_of), as_of, answered) if answered else None
    if other is not None:
        return Turn([other], _answer_events(other, text))
    counted = own_question(text, tracker, as_of)
    if counted is not None and (posts := priority_lead.lead(None, text, own_profile(text, tracker, as_of), as_of)):
        # "…算不算就业困难人员？能不能给安排个公益性岗位" (eval65 HA12 heard only the first half): who gets posts first too
        counted = Reply(
            f"{counted.text}\n{posts.text}", counted.citations + posts.citations, counted.buttons, counted.meta
        )
    if counted is not None:  # "我这样的能认定不", "61岁能办失业登记不": what the text says, and their words settle
        events = _answer_events(counted, text)
        if counted.meta.get("own_group"):  # asked whether they count: "是否已被认定" is not asked next
            known = list(tracker.get_slot(UNKNOWN) or [])
            events.append(SlotSet(UNKNOWN, known + [counted.meta["own_group"]]))
        return Turn([counted], events)
    aside = aside_asked.reply(text, tracker, own_profile(text, tracker, as_of), as_of)
    if aside is not None:  # 湖北 hires, an online shop, a 公益性岗位 (actions/aside_asked.py)
        said, topic = aside
        return Turn([said], _answer_events(said, text) + ([SlotSet(TOPIC, text)] if topic else []))
    written = term_in_play.reply(simplified(text), tracker)
    if written is not None:  # "毕业5年内的算不算" after 46号（十二） (eval98 OB09): the sentence writing it
        return Turn([written], _answer_events(written, text))
    each = definition_each.reply(simplified(text), as_of)
    if each is not None:  # "各地 就业困难人员 定义 有没有不同" (eval98 OB10)
        return Turn([each], _answer_events(each, text) + [SlotSet(TOPIC, text)])
    if DEFINITION.search(text) and not re.search(
        r"我|俺|咱|孩子|儿子|女儿|老公|媳妇|家(?!庭)", _asking_only(without_supposed(text))
    ):
        # "那大连的呢，就业困难人员咋认定": the place named now, before the one said earlier
        # without a place of the person's, the document just cited (eval9 G20: "灵活就业指什么" after 辽政发（十三）
        # was answered from 大连's 18号（十二）)
        own = most_specific(regions.regions_in_text(simplified(_without_denied(text)))) or [
            profile_from_slots(tracker.slots).get("region")
        ]
        region = own[0] or (clause_in_play.in_play(tracker)[0] or {}).get("region")
        reply = definition_reply(text, region, as_of, tracker.get_slot(TOPIC), wider=not own[0])
        # "凌源聊城的文件里困难企业有没有定义" (eval40 H23): each place named, after the first
        named = most_specific(regions.regions_in_text(simplified(_without_denied(text))))
        asks = [(part, region) for part in more_terms(text)] + [(text, r) for r in named if r != region]
        for part, where in asks:  # "什么算灵活就业？还有什么是就业困难人员？" (eval18 P23)
            more = definition_reply(part, where, as_of, tracker.get_slot(TOPIC))
            if not more.meta.get("low_confidence") and more.citations:
                head, _, last = reply.text.rpartition("\n")
                said = head if last == more.text.rpartition("\n")[2] else reply.text  # the closing line once
                reply = Reply(f"{said}\n\n{more.text}", reply.citations + more.citations, reply.buttons, reply.meta)
        return Turn([reply], _answer_events(reply, text) + [SlotSet(TOPIC, text)])
    if NOT_SERVED["min_wage"].search(text) and not re.search(r"\d\s*[%％]|补|领|给|发|拿", text):
        # the figure itself asked, before the clause in play: "文件里有没有写最低工资是多少元" (eval31 T16); a sum of
        # the person's own ("按最低工资标准一个月补多少") stays the clause's
        return Turn([Reply(notices.NOT_SERVED["min_wage"], meta={"not_served": "min_wage"})])
    together = combine_question.reply(text, tracker, as_of)  # "2500和那1000能一起拿吗": yes/no, the sentence quoted
    if together is not None:
        return Turn([together], _answer_events(together, text))
    back = figure_asked.reply(text, tracker)  # "一个月1000？" where the clause in play states no such sum
    if back is not None:
        return Turn([back], _answer_events(back, text))
    here = most_specific(regions.regions_in_text(simplified(text))) or [profile_from_slots(tracker.slots).get("region")]
    elsewhere = figure_elsewhere.reply(text, here[0] if len(here) == 1 else None, as_of)  # "补6000 凌源有没有"
    if elsewhere is not None:
        return Turn([elsewhere], _answer_events(elsewhere, text))
    # outside the form: inside it, a question about hiring re-scopes the form, whose first reply leads with the same
    hiring = (
        None
        if tracker.active_loop.get("name")
        else hired_group.answer(simplified(text), here[0] if len(here) == 1 else None, as_of)
    )
    if (
        hiring is not None
    ):  # "招了残疾人有补贴吗": what the place grants whoever hires that group, or nothing of its own
        return Turn([hiring], _answer_events(hiring, text) + [SlotSet(TOPIC, text)])
    # "那岗位补贴我们快递网点能拿吗" (eval89 FA09): a subsidy the clause in play grants people, asked by a unit
    answered = grantee_asked.reply(simplified(text), tracker, as_of)
    answered = answered or yes_no_reply(text, tracker, as_of)  # "个体户能不能享受", "辽宁省有没有…": 能/不能/没有 first
    if answered is not None:
        return Turn([answered], _answer_events(answered, text))
    # on the clause in play, in its place, or a new question; of a message asking two things, the first (eval93 JA09:
    # "…失业金到底能不能领…另外…创业补贴？能补多少？" heard the internship clause's amount)
    reply = follow_ups.answer(question_parts.first_question(text, placed=False), tracker, as_of)
    if reply is not None:
        return Turn([reply], _answer_events(reply, text) + [SlotSet(TOPIC, text)] * reply.meta.pop("new_question", 0))
    for kind, pattern in NOT_SERVED.items():  # "帮我算算个人所得税", "帮我查大连最低工资"
        if pattern.search(text):
            return Turn([Reply(notices.NOT_SERVED[kind], meta={"not_served": kind})])
    how = (
        procedure_turn.reply(text, tracker, as_of)
        # "能领多少失业金？另外公益岗怎么申请" (eval92 IB06): a how-to in a later part is that part's, answered after
        if clause_in_play.kind_of((question_parts.parts(text) or [text])[0]) == "procedure" and len(text) > 4
        else None
    )
    if how is not None:  # "金州的稳岗返还怎么申请": the clause's procedure sentences, in the place named
        return Turn([how[0]], _answer_events(how[0], text) + [SlotSet(TOPIC, text)] + how[1])
    # "算了，问聊城的" (mid-form too: the form then re-scopes to the new place, actions/form.py)
    switched = switch_place(text, tracker)
    if switched:
        region, inside = switched
        topic = tracker.get_slot(TOPIC)
        if not _asks_something(topic, region):
            # "不对 我在聊城" mid-form (eval77 TB10 heard "没有找到…直接对应的条款" and 聊城's 稳岗返还): the question the
            # form was opened for, not a place or an answer said since
            # "大连呢" after "明年呢" (eval98 OB08 heard 大连's 首台（套） for "明年"): the last question that asked something
            from actions.form_plan import said_so_far

            earlier = next((t for t in reversed(said_so_far(tracker)[:-1]) if _asks_something(t, region)), None)
            topic = tracker.get_slot(SCOPE_TEXT) or earlier or topic
        cite, _ = clause_in_play.in_play(tracker)
        heading = bool(clause_reference(topic) and cite and cite.get("heading"))
        if clause_reference(topic) and cite:  # "辽政发〔2020〕9号第十六条" → "那大连的呢": that measure in 大连
            topic = cite.get("heading") or cite.get("quote") or topic
            # searched with its sentence, not only the heading: "鼓励企业吸纳就业" alone finds 聊城's 第3条,
            # with the sentence 第1条's 一次性吸纳就业补贴
            query = f"{cite.get('heading') or ''} {cite.get('quote') or ''}".strip()[:160]
            return Turn(*again_for(topic, region, as_of, text, heading, query=query, inside=inside))
        # "大连有没有对应的" after 辽政发（十）'s agencies' 200元/人 asked as "人力资源服务机构补助" (eval58 B16 heard 18号（十九）'s
        # "各地区可根据…"): the sentence just quoted searched with the words asked, so the counterpart ranks first
        quoted = (cite or {}).get("quote") or ""
        # only for a topic said as a bare name: a question ("…最多能贷多少") finds its own sentence by its words
        named_only = bool(topic) and len(topic) <= 12 and not clause_in_play.kind_of(topic) and not ASKED.search(topic)
        query = f"{topic} {quoted}".strip()[:200] if quoted and named_only and cite.get("region") != region else ""
        return Turn(*again_for(topic, region, as_of, text, heading, query=query, inside=inside))
    return None


def _time_moved(text: str, tracker: Tracker) -> Turn | None:
    """ "现在呢" after an answer for 2020-04 (actions/time_moved.py): the last question, on the day now meant."""
    from actions.cited_replies import answer_for  # cited_replies imports this module

    day, source, slots = turn_as_of(tracker)
    again = time_moved.asked_again(simplified(text), tracker.get_slot(TOPIC)) if source == "message" else None
    if again is None:
        return None
    reply, _ = answer_for(again, tracker)
    reply.text = f"按{day.year}年{day.month}月{day.day}日的政策，您刚才问的“{again}”：\n{reply.text}"
    return Turn(
        [reply], _answer_events(reply, text) + [SlotSet(TOPIC, again)] + [SlotSet(k, v) for k, v in slots.items()]
    )


def _asks_something(topic: str | None, region: str) -> bool:
    """The topic still asks something once its places are taken out ("失业", "不对 我在聊城" ask nothing)."""
    said = re.search(r"“(.*)”", profile_turns.restated(topic or "", region))
    rest = re.sub(r"(?:不对|不是|错了|我|俺|在|是)", "", said.group(1)) if said else ""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 4  # a question of a few words ("贷款多少")


def again_for(
    topic: str, region: str, as_of, text: str, heading: bool = False, query: str = "", inside: str | None = None
) -> tuple[list[Reply], list[EventType]]:
    """The last question answered again for another place (a definition stays a definition)."""
    topic = without_documents(topic)  # "辽政发〔2020〕9号里创业担保贷款…" → "那大连的呢": the loan, in 大连's texts
    absent = absent_terms.named_absent(topic)
    if absent is not None:  # "聊城有没有类似的" after 以工代训 (eval67 JB02 heard 聊城's nearest clause on 职业教育)
        said = Reply(
            f"{region}的文件里也没有“{absent}”这一项。{absent_terms.absent_line(absent)}", meta={"absent_term": absent}
        )
        return [said], [SlotSet("region", region)]
    if DEFINITION.search(topic):
        reply = definition_reply(topic, region, as_of)
    else:
        response = search((query or topic)[:200], region=region, top_k=5, as_of=as_of).model_dump()
        # the sentences quoted are those of the question asked, not of the sentence that found the clause
        response["query"] = topic[:200] if query and not clause_reference(topic) else response["query"]
        # the place's own documents first: "那大连的呢" is not answered by the province's clause again
        response["results"].sort(key=lambda h: h.get("region") != region)
        notice = profile_turns.restated(topic, region, heading, inside=inside)
        reply = search_answer(response, notice=notice)
        top = reply.citations[0].get("region") if reply.citations else None
        if top and top != region and not inside and notice in reply.text and regions.covers(top, region):
            # "大连对应的" on 2020-04-10 (eval69 LB04): no text of 大连's answers; the province's applies there
            reply.text = reply.text.replace(
                notice, f"收录的{region}文件里没有对应的规定，以下{top}的规定在{region}适用：", 1
            )
    return [reply], _answer_events(reply, text) + [SlotSet("region", region)]


def without_documents(question: str) -> str:
    """The question without the documents it named (eval33 W14: "大连的规定呢" after "辽政发〔2020〕9号里创业担保贷款
    怎么规定的" quoted the province's clause again under "下面按大连市的政策回答")."""
    from retrieval.references import number_spans

    out = question
    for start, end in reversed(number_spans(question)):
        out = out[:start] + out[end:]
    return re.sub(r"^\s*(?:里|中|的|里面|当中)\s*", "", out).strip() or question
