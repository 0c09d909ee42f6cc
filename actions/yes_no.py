""" "能不能报，直接说" / "有还是没有": a yes/no question about a measure or a group answered 能/不能/要看/没有 first.

eval7 (R10, R09, R03) found such questions met by generic enterprise burden-relief sentences ("多措并举减轻企业和
个体工商户税费…负担") with no yes or no. The answer is read, never guessed:
- "有没有…/有还是没有": whether the place's documents have the measure (answers/measure_exists.py);
- a group the clause in play names ("个体户能不能享受" after 辽政发（二） "被认定为创业带头人的个体工商户可参照
  享受…"): 能, with the condition the sentence puts before the group ("但须先被认定为创业带头人");
- else the measures of the clause in play, judged by the rules' engine on the facts said ("普通饭店"): 不能 with
  the condition failed and the measure's validity on the day asked, 能, or 要看 with the conditions not known.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import clause_in_play, question_parts, retirement_age
from actions.combine_question import TOGETHER
from actions.context import event_text
from actions.form_corrections import is_correction
from actions.profile import CANDIDATES, TOPIC, evaluate, profile_from_slots
from actions.profile_facts import GROUP_WORDS, extract
from actions.retirement_age import ENDED_SAID, UNTIL_END
from actions.within_place import place_of
from answers import citations, clause_json, measure_exists, validity_words
from answers.clause_answer import MONEY_ASKED
from answers.departments import canonical, departments_text
from answers.figures_said import NAMING_FIGURE
from answers.models import Reply
from answers.notices import HOTLINE_NAME
from answers.sentences import compact, record_of, sentence_of, whole_quote
from knowledge import coverage, regions
from retrieval.search import search

# "到底能领多少" asks a sum, not a yes or no: only the two-sided forms
# a figure naming a measure ("那个30%的", "2500那个"): percentages and sums of three digits or more


# everyday words for a sentence of a clause, and the words that sentence is written with
POINTS = ((r"(?:一直|继续|接着)领到(?:退休|\d{2}岁?)|领到退休|发到退休|领到法定退休", "至法定退休年龄"),)


def _pointed(text: str, mine: list[dict], of_sentence: list[dict]) -> list[dict]:
    """The measure of another sentence of the clause the question's own words point at ("能不能一直领到退休" after
    聊城 第21条's 90% sentence: the one "继续发放失业保险金至法定退休年龄"; eval27 Y06 heard "能" of the 90%)."""
    for said, written in POINTS:
        if re.search(said, text):
            hit = [b for b in mine if any(written in compact(c.get("quote") or "") for c in b.get("citations") or [])]
            if hit:
                return hit[:1]
    asked = clause_in_play.pairs(clause_in_play.own_words(text))

    def shared(b: dict) -> int:
        return max(
            (len(asked & clause_in_play.pairs(c.get("quote") or "")) for c in b.get("citations") or []), default=0
        )

    best = max(mine, key=shared, default=None)
    if best is None or best in of_sentence or shared(best) < 3:
        return []
    return [best] if shared(best) > max((shared(b) for b in of_sentence), default=0) + 1 else []


def _stated(b: dict) -> str:
    """A measure's name, standard and quotes: where the figure a question names it by would be."""
    quotes = "".join(c.get("quote") or "" for c in b.get("citations") or [])
    return compact(f"{b['name']}{(b.get('amount') or {}).get('text') or ''}{quotes}")


# words of a measure's name that tell it from others of its kind ("社保全额补贴")
QUALIFIERS = ("全额", "一次性", "延长", "退休")
# "俺能去干不", "能领不" (eval33 W07): the question's 不 at its end
CAN = re.compile(r"能不能|能还是不能|可不可以|可以还是不可以|行不行|能否|能[\u4e00-\u9fff]{1,3}不(?=$|[，,。？?\s])")
EXISTS = re.compile(r"有没有|有还是没有|有无|到底有")
NOT_IN_FORCE = ("expired", "not_started")
# groups a person names and the text's word for them ("个体户" → 个体工商户)
GROUPS = ((r"个体户|个体工商户", "个体工商户"), (r"小微企业", "小微企业"), (r"灵活就业", "灵活就业人员"))
# "被认定为创业带头人的个体工商户可参照享受…": the condition the sentence puts before the group
GROUP_SENTENCE = (
    r"(?:^|[，。；])(?:对)?(?P<cond>[^，。；]{{2,20}}?)的{g}(?:可|可以|均可|也可|按规定)[^，。；]*(?:享受|给予|纳入)"
)
NEGATIVE = re.compile(r"不得|不予|不再|除外|不包括|不含")
# money already paid asked back: "交了能不能退", "能退回来吗", "退不退"
REFUND = re.compile(r"退(?:不退|回|还|钱|款|吗|么)|能不能退|可不可以退|能否退|给退|能退")


def _earlier_questions(tracker: Tracker) -> list[str]:
    said = [event_text(e) for e in tracker.events if e.get("event") == "user"]
    return list(reversed(said[:-1]))


def _place(text: str, tracker: Tracker) -> str | None:
    """The place the question names ("我在沈阳" → 辽宁省), else the conversation's."""
    named = regions.regions_in_text(text)
    return named[-1] if named else place_of(text)[0] or profile_from_slots(tracker.slots).get("region")


def _tail(rec, v: dict, as_of: date) -> list[str]:
    return [
        f"责任单位：{departments_text(rec.departments, rec.lead_departments)}。",
        f"该项规定{validity_words.status_words(v, as_of)}。",
        f"以上以经办部门认定为准；具体办理可咨询责任单位或拨打{HOTLINE_NAME}。",
    ]


def group_reply(text: str, cite: dict | None, as_of: date) -> Reply | None:
    """ "个体户能不能享受": the sentence of the clause in play naming the group, and its condition."""
    rec = record_of((cite or {}).get("clause_id") or "")
    word = next((w for spoken, w in GROUPS if re.search(spoken, text)), None)
    if rec is None or word is None:
        return None
    quoted = compact((cite or {}).get("quote") or "")
    ranked = sorted(rec.sentences, key=lambda s: compact(s.text) not in quoted and quoted not in compact(s.text))
    relief = RELIEF_ASKED.search(text)
    for s in ranked:
        m = re.search(GROUP_SENTENCE.format(g=word), compact(s.text))
        if m is None or NEGATIVE.search(s.text):
            continue
        if relief and not RELIEF_WRITTEN.search(s.text):
            continue  # a subsidy for the group is no deferral of what it pays (eval103 TA11)
        cond = re.sub(r"^(?:对|经|凡)", "", m.group("cond"))
        v = validity_words.own(rec, s, as_of)
        if v.get("status") in NOT_IN_FORCE:
            return None  # not in force: the ordinary answer says so
        first = f"能，但须先{cond}：" if cond.startswith(("被", "经", "已")) else f"能，前提是“{cond}”："
        hit = clause_json.as_hit(rec, as_of, [s.text])
        c = citations.from_hit(hit, s.text)
        c["validity"] = v
        lines = [first + s.text, f"依据：{citations.where(c)}：“{s.text}”", *_tail(rec, v, as_of)]
        return Reply("\n".join(lines), [c], meta={"low_confidence": False, "yes_no": "yes_if"})
    return _relief_for_firms_only(rec, word, as_of) if relief else None


# deferring or sparing what is paid, asked ("社保能不能缓 能不能干脆不交", eval103 TA11, a 个体户 taxi driver, heard "能，但须先
# 被认定为创业带头人" of 创业带头人's 社保补贴) and written
RELIEF_ASKED = re.compile(r"缓|免|不交|不用交|不缴|少交|先不")
RELIEF_WRITTEN = re.compile(r"缓缴|缓交|免征|减免|减征|免缴|暂缓")


def _relief_for_firms_only(rec, word: str, as_of: date) -> Reply | None:
    """The clause defers or spares what firms pay, and names no deferral for the group asked about: said so, with the
    firms' sentence; whether the group's own contributions may wait is the insurance office's to say."""
    said = next((s for s in rec.sentences if RELIEF_WRITTEN.search(s.text) and "企业" in s.text), None)
    if said is None or word in said.text:
        return None
    v = validity_words.own(rec, said, as_of)
    c = citations.from_hit(clause_json.as_hit(rec, as_of, [said.text]), said.text)
    c["validity"] = v
    lines = [
        f"收录的文件没有写{word}缓缴或免缴本人的社会保险费；{citations.where(c)}写的是企业：“{said.text}”",
        f"{word}本人参保缴费能否缓缴，请向当地社会保险经办机构咨询，或拨打{HOTLINE_NAME}。",
        f"该项规定{validity_words.status_words(v, as_of)}。",
    ]
    return Reply("\n".join(lines), [c], meta={"low_confidence": False, "yes_no": "not_written"})


# relief on what a firm pays, named in a question: a measure of its own where the clause in play has none
OTHER_MEASURE = re.compile(r"免征|减征|缓缴|缓交|降费|降低.{0,6}费率|费率|减免|免交")
# what a relief is on: a question naming one the clause in play never names asks about another measure
# "社保缓交 现在能不能" after the 公积金 clause (eval37 Z21 heard "要看…" of 缓缴住房公积金): 社保 is paid on too
# "员工返岗 车费能补不" after 第4条 (eval38 K10 heard "能" of the 医保 rate cut)
PAID_ON = re.compile(
    r"医保|养老保险|工伤保险|公积金|残保金|房租|租金|增值税|所得税|房产税|社保|社会保险|车费|路费|交通费?|包车|住宿|培训费"
)
ALIASES = {
    "医保": ("医疗保险",),
    "残保金": ("残疾人就业保障金",),
    "房租": ("租金", "租赁"),
    "租金": ("房租", "租赁"),
    "社保": ("社会保险", "养老保险", "失业保险", "工伤保险"),
    "车费": ("交通", "包车", "运输"),
    "路费": ("交通", "包车", "运输"),
    "交通费": ("交通",),
    "包车": ("包车", "交通"),
    "住宿": ("住宿",),
}
SOON_ENDING = re.compile(
    r"(?:下个月|下月|这个月底?|月底|快|马上|还有\d+个月|还有(?:俩|两|几|一两|三)个?月)(?:就|才)?(?:领完|领到头|到期|期满|满)|"
    # "还有俩月就到期了", "俩月以后到期了 …能接着领不" (eval50 Q01 was told 不能 twice)
    r"(?:俩|两|几|\d+|一两)个?月(?:以后|之后|后)(?:就)?(?:领完|到期|期满)"
)
PLANNING = re.compile(r"(?:想|打算|准备|要|计划)(?:自己)?(?:开|办|干|搞|创业|做)")


def _pays(b: dict) -> bool:
    return bool(re.search(r"\d\s*元", f"{b.get('name') or ''}{(b.get('amount') or {}).get('text') or ''}"))


POSTS = re.compile(r"公益性岗位|公益岗")


def _reasons(b: dict, mark: str) -> list[str]:
    """The top-level conditions of a measure marked 不符合/待确认 (the engine's own labels)."""
    return [r[len(mark) + 1 :].split("（实际：")[0] for r in b.get("reasons", []) if r.startswith(f"{mark}：")]


def _quote(b: dict, clause_id: str) -> str:
    """The measure's sentence in the clause; of several, the one stating the conditions judged (eval35 S11 heard the
    90% standard as the 依据 of "能不能接着领到退休")."""
    rec = record_of(clause_id)
    quotes = [c["quote"] for c in b.get("citations") or [] if c.get("clause_id") == clause_id]
    if not rec or not quotes:
        return ""
    said = "".join(_reasons(b, "不符合") + _reasons(b, "待确认"))
    pairs = {said[i : i + 2] for i in range(len(said) - 1)}
    best = max(reversed(quotes), key=lambda q: sum(p in compact(q) for p in pairs)) if pairs else quotes[-1]
    return whole_quote(rec, best)


PREMISES = re.compile(r"房租|租金|门面|场地|租房")
NEAR_RETIREMENT = re.compile(
    r"快(?:要)?退休|快到退休|临近退休|(?:离|距)(?:法定)?退休[^，。？?]{0,4}年|差[^，。？?]{0,4}退休"
)


CONTINUES = re.compile(r"继续|渐退|延长|展期|接着|[至到]退休|一直领|还能(?:领|享受|拿)")
WAGES = re.compile(r"工资|薪水|薪资|少发|降薪|减薪|发不起|协商")


def _denied(text: str, group: str) -> bool:
    return re.search(rf"(?:不是|不算|没有|并非)(?:个)?{group}", compact(text)) is not None


def _said_of(b: dict) -> str:
    return b["name"] + "".join(c.get("quote") or "" for c in b.get("citations") or [])


def rules_reply(text: str, tracker: Tracker, cite: dict | None, as_of: date) -> Reply | None:
    """The measures of the clause in play, judged on what was said: 不能 / 能 / 要看."""
    clause_id = (cite or {}).get("clause_id") or ""
    rec = record_of(clause_id)
    # facts the question adds ("普通饭店"); who is asking stays as known ("俺们" is no new applicant)
    said = {k: v for k, v in extract(text, as_of).items() if k != "applicant_type"}
    profile = {**said, **profile_from_slots(tracker.slots), "region": _place(text, tracker)}
    if is_correction(text):  # "不对 我没失业 我一直跑车呢" (eval71 NA10 heard 不能 of the 失业 just corrected)
        profile.update({k: v for k, v in said.items() if k != "region"})
    if rec is None or not profile.get("applicant_type"):
        return None
    from actions.new_topic import verdict

    if (
        question_parts.parts(text)
        and not {k for k in said if k != "region"}
        and verdict(text, clause_in_play.own_words(text), cite or {}) == "new"
    ):
        # "那失业金到底上哪领啊？还有俺想去学个手艺，学个啥玩意儿能给补贴不" after 失业补助金 (eval85 BA01, a laid-off woman,
        # heard "不能。…只给“领取失业保险金期满仍未就业”"): two questions, of another topic, and no fact of the person's,
        # ask no yes/no of this clause
        return None
    if any(w not in compact(rec.text) for w, _ in measure_exists.terms_in(text)):
        return None  # "那稳岗返还能不能申请" after another clause: a measure of its own, not this clause's
    if PREMISES.search(text) and not PREMISES.search((cite or {}).get("quote") or ""):
        # "自己租个门面开个小卖店 房租能补不" after 18号（十二）'s 60% insurance sentence (eval55 I09 heard "不能" of the
        # insurance subsidy): the premises are another measure, though the same clause has it
        return None
    body = compact(rec.text)
    from actions.new_topic import stems_named

    if any(not any(w in body for w in alts) for alts in stems_named(text)):
        return (
            None  # "俺俩一人一份能不能各贷10万" after the 失业保险金 clause (eval34 X04): the loan is another measure
        )
    if (
        OTHER_MEASURE.search(text)
        and not OTHER_MEASURE.search(body)
        or any(n not in body and not any(a in body for a in ALIASES.get(n, ())) for n in PAID_ON.findall(text))
    ):
        return None  # "社保免征和医保降费我们能享受吧" after the 1000元 hiring clause (eval34 X08 heard 不能 from it)
    if clause_in_play.UNTIL_RETIREMENT_ASKED.search(text) and "退休" not in body:
        return None  # "能不能领到60" of a clause that never runs to retirement (eval41 G10 heard 不能 of 自主创业's)
    if any(f not in compact(rec.text) for f in NAMING_FIGURE.findall(text)):
        return None  # "那个30%的灵活就业社保补贴" after the 60% clause (eval18 P23 heard 不能 from the 60% one)
    result = evaluate(profile, as_of)
    region = profile.get("region") or ""
    if not region or not regions.covers(rec.region, region):
        return None  # "我在沈阳到底能不能领" after 聊城's clause was cited: not that clause's measures
    quoted = compact((cite or {}).get("quote") or "")
    mine = [
        b
        for b in result["benefits"]
        if any(c.get("clause_id") == clause_id for c in b.get("citations") or [])
        and profile["applicant_type"] in (b.get("applicant_types") or [profile["applicant_type"]])
    ]
    # the measures of the sentence just cited, where the clause has others (聊城 第7条: 见习 beside 社保补贴)
    of_sentence = [b for b in mine if any(compact(c.get("quote") or "")[:20] in quoted for c in b["citations"] or [])]
    every = mine
    pointed = _pointed(text, mine, of_sentence)
    if quoted and not pointed and not of_sentence and len(quoted) >= 12:
        # "自己先掏钱学 能给报不" after 凌源 一、（三）'s "对自行垫付培训费用且培训合格的…给予职业培训补贴" (eval87 DA11 heard
        # "这一条已到期" of the clause's 2019–2020 measures beside it): the sentence quoted states no measure the rules
        # judge, so its neighbours' verdict is not its own
        return None
    mine = pointed or of_sentence or mine
    # only the measures the question names: "能不能参加见习" is never answered 不能 from a clause's 灵活就业 and 创业
    # measures (eval15 M17, a 2019 graduate the 2017 text lets take a 见习)
    words = [w for w, _ in measure_exists.terms_in(text)]
    if words:
        mine = [b for b in mine if all(w in compact(b["name"]) for w in words)]
    # "网上开店能贷款不" after 18号（十二） (eval42 F04 heard 不能 of its 场地 and 社保补贴): a loan asked is judged by
    # the clause's loan measures only; none there, and another answer takes it
    for alts in stems_named(text):
        mine = [b for b in mine if any(a in compact(b["name"]) for a in alts)]
    # "公益性岗位 俺能不能去干 一个月给多少钱" (eval33 W07 heard the extension for those whose post ended): money asked,
    # the measure of the clause that pays it, not the one just cited that pays none
    paid = [b for b in every if _pays(b) and (not words or all(w in compact(b["name"]) for w in words))]
    if MONEY_ASKED.search(text) and paid and not any(_pays(b) for b in mine):
        from actions.form_plan import conversation_words

        # "那俺到底能领不？…一个月给多少？" after 聊城 第9条's 灵活就业社保补贴 extension (eval96 MA06, rated 1, heard "不能" of the
        # expired 600元 公益岗 beside it): a measure paying money, of what the conversation asks about
        talked = [w for w, _ in measure_exists.terms_in(conversation_words(tracker)[-200:])] if not words else []
        on_topic = [b for b in paid if not talked or any(w in compact(b["name"]) for w in talked)]
        if not on_topic:
            return None
        mine = on_topic
    # "能不能跟他们商量少发点 不算违规吧" after 46号（六） (eval61 DA11 heard "要看…创业带头人…"): a question sharing no
    # words with the clause asks of something else
    # "临时生活补助俺能不能领" after 凌政发 一、（五） (eval61 DA12 heard "不能" of its 失业保险金 measures): a measure the
    # clause writes and no rule of it names is judged by its own sentence, never by its neighbours' conditions
    nouns = [n for n in measure_exists.BENEFIT_NOUN.findall(compact(text)) if n in body]
    if nouns and not any(n in compact(b["name"]) for n in nouns for b in mine):
        return None
    if not mine:
        return None
    # "能不能跟他们商量少发点 不算违规吧" after 46号（六） (eval61 DA11 heard "要看…创业带头人…"): wages asked of
    # measures that pay none are no question of theirs ("普通饭店到底能不能报" still is: its words are the asker's)
    said = compact("".join(_said_of(b) for b in mine))
    # "不对 他不是大学生 是个40多岁的残疾人 我们企业招他能不能拿社保补贴" after 46号（十二） (eval64 GA04 heard 能 of the
    # graduates' 社保补贴): a group the question names that the measures never name asks about another measure
    named_groups = [w for w in (*GROUP_WORDS.values(), "大学生") if w in compact(text) and not _denied(text, w)]
    if any(w not in said for w in named_groups):
        return None
    # "那个快退休的下岗大姐 俺给她交社保 能给补不" after 辽政发（十）'s hiring subsidies (eval71 NA01, a restaurant, heard
    # 不能 of the 防疫物资 firms' 1000元): one near retirement is of the 就业困难人员 range, whose measures are others
    if NEAR_RETIREMENT.search(text) and not re.search(r"就业困难|退休", said):
        return None
    if WAGES.search(text):
        # each measure judged by its own words: "能不能降薪" heard 能 of the 1% 失业保险费率 beside 农民工工资保证金 (eval64
        # GA07), whose 工资 is a deposit, not pay
        mine = [b for b in mine if WAGES.search(compact(_said_of(b)).replace("工资保证金", ""))]
        if not mine:
            return None
    # "社保能不能缓缴几个月" judged by 辽政发（二）'s 暂缓缴存农民工工资保证金 (eval63 FA07 heard 不能): what the relief is on must
    # be the measure's own, not only somewhere in its clause
    if any(n not in said and not any(a in said for a in ALIASES.get(n, ())) for n in PAID_ON.findall(text)):
        return None
    # "低保啥的能申请不" (eval62 EA05 heard "不能。实现就业的低保对象继续给予…低保救助只给已实现就业"): a measure that
    # continues or extends another is no answer to whether the other can be had
    if all(CONTINUES.search(b["name"]) for b in mine) and not CONTINUES.search(text):
        return None
    names = "、".join(b["name"] for b in mine)
    failed = [r for b in mine if b["status"] == "not_eligible" for r in _reasons(b, "不符合")]
    # "我又不是残疾也不是大学生 就问我一个人带孩子自己交社保到底能不能补" after 46号（十二）(eval73 PB05, a single mother,
    # rated 1, heard 不能 of the graduates' 30%): a group the person is in that these measures never name asks of others
    own_groups = [w for f, w in GROUP_WORDS.items() if profile.get(f) is True and f != "is_college_graduate"]
    if failed and own_groups and not any(w in said for w in own_groups):
        return None
    # "5月份存的那80万能不能退" (eval13 K07): a refund of what was paid inside the period is not barred by the
    # period's end ("对在此期间新存储的农民工工资保证金予以返还"): 要看, never 不能
    refund = bool(REFUND.search(text)) and bool(re.search(r"退|返还", rec.text))
    stopped = [b for b in mine if (b.get("validity") or {}).get("status") in NOT_IN_FORCE and not refund]
    lines: list[str] = []
    extra: list[dict] = []
    from actions.form_plan import conversation_words

    if failed and not stopped and all("自主创业" in r for r in failed) and PLANNING.search(conversation_words(tracker)):
        # "俺们姐俩想开个农家乐…一人能贷多少" (eval34 X04 was told 不能 for not running a business yet): the loan is for
        # those starting one; the office judges when they may apply (the reading that promises nothing more)
        lines.append(
            f"要看经办部门认定：{names}原文写的是“自主创业的”可申请；您说正打算创业，"
            "一般在创业（办理营业执照等）时按原文条件申请，具体以经办部门认定为准。"
        )
    elif (
        failed
        and not stopped
        and all("退休" in r for r in failed)
        and any("期满" in b["name"] for b in mine)
        and profile.get("unemployment_insurance_exhausted") is not True
        and not ENDED_SAID.search(conversation_words(tracker))
    ):
        # "领完了我就差不到一年退休了，那能接着领不" at 58 (eval90 GA01, rated 1, heard 不能 three times): the text judges
        # the years to retirement when the benefit ends, and how long it runs the texts do not say
        lines.append(f"现在还不到：{names}，{UNTIL_END}")
    elif (
        failed and not stopped and all("期满" in r for r in failed) and SOON_ENDING.search(conversation_words(tracker))
    ):
        # "失业金下个月领完 能接着领到退休吗" (eval35 S11 was told 不能): not yet, and once it has ended the text's
        # conditions are what count
        lines.append(
            f"现在还不到：{names}只给“{'”“'.join(dict.fromkeys(failed))}”的人；您说的期满之后，"
            "如仍未就业且符合原文其他条件，可按原文申请，以经办部门认定为准。"
        )
    elif failed and not stopped and all("证书" in r for r in failed) and CERTIFICATE_COMING.search(text):
        # "那等他考下证来还能不能领" (eval41 G24 was told 不能): the certificate is the condition still to come
        lines.append(
            f"现在还不到：{names}只给“{'”“'.join(dict.fromkeys(failed))}”的人；取得证书的当年，"
            "如符合原文其他条件，可按原文申请，以经办部门认定为准。"
        )
    elif (
        not stopped
        and POSTS.search(text)
        and any(POSTS.search(r) for b in mine for r in _reasons(b, "不符合") + _reasons(b, "待确认"))
    ):
        # "那公益性岗位她到底能不能去" (eval48 M03 heard "不能…只给“由公益性岗位安置”"): the post's subsidy is for those
        # already placed; who is placed first is the question
        from actions import priority_lead

        placed = priority_lead.lead(None, "优先 公益性岗位", {**profile, "region": region}, as_of)
        lines.append(f"{names}是给已经由公益性岗位安置的人员的，不是能否安排公益性岗位的条件。")
        if placed is not None:
            lines.append(placed.text)
            extra += placed.citations
        lines.append("能否安排到公益性岗位，以当地人力资源社会保障部门认定为准。")
    elif all(b["status"] == "not_eligible" or b in stopped for b in mine):
        why = []
        if failed:
            why.append(f"{names}只给“{'”“'.join(dict.fromkeys(failed))}”，按您说的情况不符合")
        if stopped:  # "大政发〔2020〕18号文件2020年6月30日印发，自该日起实施，按2020年5月1日计尚未实施"
            v = stopped[0]["validity"]
            doc = (cite or {}).get("doc_number") or "该项规定"
            why.append(f"{'而且' if why else ''}{doc}{validity_words.status_words(v, as_of)}")
        lines.append(f"不能。{'；'.join(why)}。")
        # "合伙的到底行不行" names no measure: the one the conversation is about (eval41 G04 heard 不能 of the 贴息)
        asked_of = words or [w for w, _ in measure_exists.terms_in(conversation_words(tracker)[-200:])]
        # "俺这样的能贷不" (eval91 HA01, a fisherman, heard 不能 of the graduates' 全额贴息): a loan asked in other words
        asked_of = asked_of or (["担保贷款"] if re.search(r"贷", text) else [])
        broader = _broader(failed, stopped, asked_of, text, clause_id, region, as_of)
        if broader is not None:  # "合伙的能不能申请创业担保贷款" (eval37 Z12 heard 不能 of the graduates' 全额贴息)
            lines[-1] = f"{names}这一条只给“{'”“'.join(dict.fromkeys(failed))}”，您不适用这一条。"
            lines.append(broader[0])
            extra.append(broader[1])
        # "网上开店的能不能申请创业担保贷款" from one never said to be a graduate (eval42 F04 heard 不能 of the graduates'
        # 全额贴息): a measure named for a group the person has not said they are in is that group's; the loan itself is
        # said first
        named_groups = [g for f, g in GROUP_WORDS.items() if g in names and profile.get(f) is not True]
        broader = (
            None
            if broader is not None or not named_groups
            else _broader(named_groups, stopped, asked_of, text, clause_id, region, as_of)
        )
        if broader is not None:
            lines[-1] = f"{names}这一条是给“{'”“'.join(named_groups)}”的，按您说的情况不适用。"
            lines.insert(len(lines) - 1, broader[0])
            extra.append(broader[1])
        if stopped and not failed:  # "灵活就业社保补贴今年能不能接着领": this clause has ended, another may not have
            others = still_paying(stopped, profile, result, as_of)
            if others:
                # "尚未实施" is no "已到期" (eval36 T18 heard "这一条已到期（…按2020年6月10日计尚未实施）")
                state = "尚未实施" if v.get("status") == "not_started" else "已到期"
                lines[-1] = f"这一条{state}（{'；'.join(why)}）。但同类的{others}，能否申请以经办部门认定为准。"
            else:
                lines += validity_words.ended_this_year(stopped[0].get("validity") or {}, text, as_of)
                lines += _same_clause_running(stopped, result, as_of)
    elif any(b["status"] == "eligible" for b in mine):
        ok = [b["name"] for b in mine if b["status"] == "eligible"]
        aged = [validity_words.aged(b.get("validity") or {}, as_of) for b in mine if b["status"] == "eligible"]
        if all(aged):
            # "湖北籍2020届那个…现在补领还行不行" in 2026 (eval95 LA08 heard a bare 能): the conditions are met, whether a
            # text of years ago still runs, or pays late, it does not say
            lines.append(
                f"按您说的情况，与{'、'.join(ok)}的条件相符；但这一项没有写截止日期{aged[0]}，现在是否仍在执行、"
                "能否补领，原文没有写，以经办部门认定为准。"
            )
        else:
            lines.append(f"能。按您说的情况，符合{'、'.join(ok)}的条件（以经办部门认定为准）。")
        # "领着失业金…培训还能拿生活费补贴吗" (eval51 V08 heard 能): the clause's own "…中任选一项领取" comes with it
        from actions.sentence_pointed import EITHER, RECEIVING

        either = next((x.text for x in rec.sentences if EITHER.search(x.text) and "失业保险金" in x.text), None)
        if either and (profile.get("receiving_unemployment_insurance") or RECEIVING.search(text)):
            lines[-1] = f"要二选一：原文规定“{either.strip()}”您说正在领取失业保险金，以经办部门认定为准。"
    else:
        open_ = [r for b in mine if b["status"] == "needs_info" for r in _reasons(b, "待确认")]
        lines.append(f"要看您是否符合这些条件：{'；'.join(dict.fromkeys(open_))}。")
        if set(open_) == {LOAN_REVIEWED}:
            # "我这种退伍的能不能贷 要啥条件" (eval96 MA03 heard "要看…符合创业担保贷款申请条件", a circle): the text lists none
            lines[-1] = (
                "原文没有列出申请条件，只写“符合创业担保贷款申请条件的人员”可以申请；是否符合，"
                "以人社部门和经办银行审核为准。"
            )
        # "创业担保贷款 俩人合伙的能贷不" judged by the graduates' 全额贴息 (eval41 G04): the loan for everyone, too
        grouped = [r for r in open_ if any(g == r for g in GROUP_WORDS.values())]
        broader = _broader(grouped, [], words, text, clause_id, region, as_of) if grouped else None
        if broader is not None:
            lines[-1] = (
                f"{names}这一条只给“{'”“'.join(grouped)}”，还要看您是否符合：{'；'.join(dict.fromkeys(open_))}。"
            )
            lines.insert(len(lines) - 1, broader[0])  # what the question asks of, first
            extra.append(broader[1])
    reckoned = retirement_age.birth_line(text, profile.get("gender"), as_of) if "退休" in rec.text else ""
    if reckoned:  # "他明年7月满60" (eval96 MA08): how the years to retirement were reckoned, under the verdict
        lines.append(reckoned)
    if REFUND.search(text) and not re.search(r"退|返还", rec.text):  # "那年交了能不能退" (eval9 G06): not a 能
        lines[0] = "原文没有写已经交了的能否退还，请向责任单位核实。" + lines[0].removeprefix("能。")
    # one sentence quoted: the one just cited first (a phone screen; the others are named above)
    asked = compact((cite or {}).get("quote") or "")
    quotes = sorted((q for q in map(lambda b: _quote(b, clause_id), mine) if q), key=lambda q: compact(q) != asked)
    if quotes:
        lines.append(f"依据：{citations.where(cite or {})}：“{quotes[0]}”")
    v = validity_words.own(rec, sentence_of(rec, (cite or {}).get("quote") or ""), as_of)
    lines += [t for t in _tail(rec, v, as_of) if not t.startswith("该项规定")]  # its validity is said above
    c = dict(cite or {})
    c["validity"] = v
    return Reply("\n".join(lines), [c, *extra], meta={"low_confidence": False, "yes_no": "rules"})


LOAN_REVIEWED = "符合创业担保贷款申请条件"  # the loan rules' label for the office's own review
CERTIFICATE_COMING = re.compile(r"(?:等|考下|考出|考完|拿到|取得|考上|考过)[^，。？?]{0,6}证|打算考|准备考|要去考|等考")


def _broader(
    failed: list[str], stopped: list, words: list[str], text: str, clause_id: str, region: str, as_of: date
) -> tuple[str, dict] | None:
    """The measure asked about, for everyone, where the one judged is only a group's the person is not: its sentence
    in another clause of the place ("以个体、合伙经营…创业的…均可按规定享受创业担保贷款扶持政策"), or None."""
    groups = [g for g in GROUP_WORDS.values() if any(g in r for r in failed)]
    words = [w for w in words if re.search(r"贷款|补贴|补助|返还|贴息|岗位|见习|培训", w)]  # the measure, not a group
    if stopped or not words or not groups or len(groups) < len(failed) or any(g[:2] in text for g in groups):
        return None
    word = max(words, key=len)
    word = f"创业{word}" if f"创业{word}" in text else word  # "创业担保贷款" as said, not its "担保贷款"
    found = search(word, region=region, top_k=8, as_of=as_of).model_dump()["results"]
    for hit in found:
        rec = record_of(hit["clause_id"])
        if rec is None or hit["clause_id"] == clause_id or (hit.get("validity") or {}).get("status") in NOT_IN_FORCE:
            continue
        said = next(
            (x for x in rec.sentences if word in compact(x.text) and not any(g in x.text for g in groups)), None
        )
        if said is not None:
            cite = citations.from_hit(hit, said.text.strip())
            return (
                f"关于{word}本身，{citations.where(cite)}写明：“{said.text.strip()}”能否申请以经办部门认定为准。",
                cite,
            )
    return None


def _same_clause_running(stopped: list[dict], result: dict, as_of: date) -> list[str]:
    """The measures of the same clause still in their period ("…可按规定申请缓缴社会保险费…", eval93 JA02 was never told
    the deferral it could still ask for)."""
    clauses = {c.get("clause_id") for b in stopped for c in b.get("citations") or []}
    running = [
        b
        for b in result["benefits"]
        if b not in stopped
        and b["status"] != "not_eligible"
        and (b.get("validity") or {}).get("status") == "active"
        and any(c.get("clause_id") in clauses for c in b.get("citations") or [])
    ]
    if not running:
        return []
    names = "、".join(f"“{b['name']}”（{validity_words.badge(b.get('validity') or {})}）" for b in running[:2])
    return [f"同一条还写有仍在期内的：{names}，能否申请以经办部门认定为准。"]


def still_paying(stopped: list[dict], profile: dict, result: dict, as_of: date | None = None) -> str:
    """Measures paying for what the ended ones paid for (the same base, knowledge/rules/bases.yaml), where the
    person is, not ended and not refused: "大政发〔2017〕46号(十五)就业困难人员灵活就业社会保险补贴（有效期未知…）"
    (eval15 M22 heard only 不能 from the 2020 extension while the 2017 measure states no end)."""
    from knowledge.eligibility.engine import default_engine

    engine = default_engine()
    bases = {p.base for b in stopped for p in (engine.by_id[b["benefit_id"]].pays_for or [])}
    # an extension names what it extends ("就业困难人员灵活就业社会保险补贴期满…延长1年"): that measure is of its kind
    kinds = {b["name"].split("期满")[0] for b in stopped if "期满" in b["name"]}
    region = profile.get("region") or ""
    found = []
    for b in result["benefits"]:
        rule = engine.by_id[b["benefit_id"]]
        status = (b.get("validity") or {}).get("status")
        if b in stopped or status in NOT_IN_FORCE or b["status"] == "not_eligible":
            continue
        if validity_words.long_after_epidemic(b.get("validity") or {}, as_of):
            continue  # a 2020 epidemic measure is no "同类的" offered in 2026 (eval41 G12)
        if region and not regions.covers(rule.jurisdiction, region):
            continue
        if bases & {p.base for p in rule.pays_for or []} or any(b["name"].startswith(k) for k in kinds if len(k) >= 6):
            label = (b.get("citations") or [{}])[0]
            found.append(
                f"{label.get('doc_number') or ''}{label.get('clause_ref') or ''}“{b['name']}”"
                f"（{validity_words.badge(b.get('validity') or {})}）"
            )
    return "、".join(found[:2])


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The yes/no answer to a yes/no question in a conversation already about something, or None."""
    if not text or not tracker.get_slot(TOPIC) or not (CAN.search(text) or EXISTS.search(text)):
        return None
    if EXISTS.search(text) and not TOGETHER.search(text) and not question_parts.parts(text):
        # "文件里有没有说不能同时享受": not whether a measure exists; two questions in one message are not one measure
        place = _place(text, tracker)
        return measure_exists.reply(text, _earlier_questions(tracker), place, coverage.document_regions(), as_of)
    from actions import sentence_pointed  # it reads this module's neighbours; imported when asked

    cite, meta = clause_in_play.in_play(tracker)
    elsewhere = sentence_pointed.pointed(text, tracker, as_of)
    rec = record_of((cite or {}).get("clause_id") or "")
    if (
        cite
        and elsewhere
        and elsewhere[0].get("clause_id") != cite.get("clause_id")
        and rec is not None
        and not sentence_pointed.match(text, rec)[1]  # the clause in play has no sentence the message points at
    ):
        # "我想贷款换辆车跑网约车 能办创业担保贷款不" (eval49 P07) points at 18号（十二）'s 平台就业人员 sentence cited
        # before, not at the graduates' 全额贴息 in play: that sentence answers, not a 不能 of the clause in play
        return sentence_pointed.answer(text, tracker, as_of, elsewhere)
    if meta.get("exists") is False:  # "那我到底能不能领" after "…文件里没有…": the same answer, as a no
        place = _place(text, tracker)
        said = measure_exists.reply(text, _earlier_questions(tracker), place, coverage.document_regions(), as_of)
        if said is not None:
            said.text = f"按收录的文件，不能：{said.text}"
            return said
    return (
        unit_reply(text, cite)
        or group_reply(text, cite, as_of)
        or rules_reply(text, tracker, cite, as_of)
        or named_reply(text, tracker, as_of)
    )


# "那我找残联问行不行", "去人社局能办不": whom to ask, not whether the person qualifies (eval19 Q08 heard "不能。")
UNIT_ASKED = re.compile(
    r"(?:找|问|去|到)(?P<unit>[^\W\d_能不行可吗]{0,4}?(?:残联|街道办?|社区)|[^\W\d_能不行可吗]{1,8}?(?:局|委|厅|办|中心|银行))"
)


def unit_reply(text: str, cite: dict | None) -> Reply | None:
    m = UNIT_ASKED.search(text or "")
    units = list((cite or {}).get("departments") or [])
    if not m or not units:
        return None
    unit = re.sub(r"^(?:市|省|区|县)", "", canonical(m.group("unit")))  # "人社局" is 市人力资源社会保障局
    listed = next((u for u in units if unit in canonical(u)), None)
    where = citations.where(cite or {})
    if listed:
        said = f"可以。{canonical(listed)}是{where}所列的责任单位之一（{departments_text(units)}）。"
    else:
        said = (
            f"{where}所列的责任单位是{departments_text(units)}，没有列出“{m.group('unit')}”；"
            f"可以先拨打{HOTLINE_NAME}，由热线转相关部门。"
        )
    return Reply(said, [dict(cite or {})], meta={"low_confidence": False, "yes_no": "unit"})


def named_reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The measure the question names when the clause in play has no such measure: "那个社保全额补贴我们能不能拿"
    after the summary cited the 1% rate cut (eval18 P16 heard "能。…符合阶段性降低失业保险费率"). The one measure of
    the conversation (else of the person's place and role) whose name holds the question's measure words and, where
    said, "全额"; judged as the clause in play would be."""
    words = [w for w, _ in measure_exists.terms_in(text)]
    profile = profile_from_slots(tracker.slots)
    if not (words or NAMING_FIGURE.search(text)) or not profile.get("applicant_type"):
        return None  # "那1000块能不能领" names it by its figure alone (eval20 R17)
    region = _place(text, tracker) or ""
    judged = evaluate({**profile, "region": region} if region else profile, as_of)["benefits"]
    fits = [
        b
        for b in judged
        if all(w in compact(b["name"]) for w in words)
        and profile["applicant_type"] in (b.get("applicant_types") or [profile["applicant_type"]])
        and (not region or regions.covers(b.get("jurisdiction") or "", region))
        and all(q in b["name"] for q in QUALIFIERS if q in text)
        and all(f in _stated(b) for f in NAMING_FIGURE.findall(text))
    ]
    asked = set(tracker.get_slot(CANDIDATES) or [])
    fits = [b for b in fits if b["benefit_id"] in asked] or fits
    if len(fits) != 1 or not fits[0].get("citations"):
        return None
    cite = citations.from_benefit(fits[0], fits[0]["citations"][0])
    return rules_reply(text, tracker, cite, as_of)


# "那灵活就业有社保补贴吗，我在朝阳市" (eval7 R14), "大学毕业生到小微企业就业有社保补贴吗？我在沈阳" (R03)
ASKS_EXISTS = re.compile(r"有没有|有无|有[^，。？?]{0,12}(?:吗|没有|不)")


def exists_lead(first: Reply | None, text: str, region: str | None, as_of: date) -> Reply | None:
    """The first answer to "…有…补贴吗" led by "…文件里没有…" where the place's documents do not set that
    measure (only name it, or not at all); the measures in scope follow as before."""
    if first is None or not ASKS_EXISTS.search(text or ""):
        return first
    if question_parts.parts(text):
        # "聊城招就业困难人员有补贴吗？还有稳岗返还今年能返不" (eval82 YB06 was told "没有同时写到“稳岗返还”、“就业困难
        # 人员”的规定"): two questions' words are no one measure missing
        return first
    said = measure_exists.reply(text, [], region, coverage.document_regions(), as_of)
    if said is None:
        return first
    lead = said.text.rsplit("\n", 1)[0]  # its closing "以上以经办部门认定为准…": the first answer says its own
    first.text = f"{lead}\n{first.text}"
    first.citations = list(said.citations) + list(first.citations)
    return first
