""" "现在招人能不能享受7800 你就说能还是不能" on a day the measure had ended: the first reply leads with 不能 and the
day it ended (evaluation 11, I31, heard the 2020 clause twice and no conclusion). Only for the measure the question
names (by a figure of its standard or by its name) and only where it has ended: a measure in force or of unknown
validity is not "能" here — its conditions are the questions'."""

from __future__ import annotations

import re
from datetime import date

from actions import scope
from actions.profile import evaluate
from actions.yes_no import CAN
from answers import validity_words
from answers.dates import cn_date
from answers.figures_said import SUM
from answers.models import Reply
from knowledge import regions

FIGURES = re.compile(r"\d{3,}")
# "听说招一个人给2500…现在还有吗" (eval18 P09 heard "已到期" only beside the measure's name in the list)
STILL = re.compile(
    r"还有(?:吗|没有|没|不|么|嘛)|还在吗|还(?:能|可以)?(?:领|拿|申请|享受|办)(?:吗|不|么)|还发(?:吗|不|么)|还执行"
)


def _named(b: dict, text: str) -> bool:
    said = f"{b.get('name') or ''}{(b.get('amount') or {}).get('text') or ''}"
    return any(f in said for f in FIGURES.findall(text)) or bool(b.get("name") and b["name"][:6] in text)


# an extension of a measure for those whose term ended ("…期满未稳定就业延长1年"), asked about only in those words
EXTENSION = re.compile(r"期满|延长|到期后|满了以后|续期")


# "社保能缓交吗" (eval37 Z21 heard a list led by a loan, the ended 缓缴 second and no answer)
CAN_DO = re.compile(r"能[\u4e00-\u9fff]{1,4}(?:吗|么|不)(?=$|[，,。？?\s])")


def asks_yes_no(text: str) -> bool:
    return bool(CAN.search(text or "") or STILL.search(text or "") or CAN_DO.search(text or ""))


def cited_lead(reply: Reply, text: str, as_of: date) -> Reply:
    """A cited answer to "现在能不能…" whose quoted sentence has ended: 不能 and the day it ended, first (eval37 Z21:
    "社保缓交 一句话 现在能不能" heard the 2020 sentence with "已到期" only in its last line)."""
    v = (reply.citations[0].get("validity") or {}) if reply.citations else {}
    # "所引各句期限不同": a sentence quoted beside it still runs or is unknown (eval45 C05 heard 不能 of 稳岗返还 above
    # the 疫情防控期间 sentence of the same clause)
    mixed = "所引各句期限不同" in reply.text or (
        bool(reply.citations) and _another_runs(text, reply.citations[0], as_of)
    )
    if (
        asks_yes_no(text)
        and v.get("status") == "expired"
        and v.get("end")
        and not reply.meta.get("low_confidence")
        and not mixed
    ):
        end = date.fromisoformat(str(v["end"])[:10])
        quoted = reply.citations[0].get("quote") or ""
        if EXTENSION.search(quoted) and not EXTENSION.search(text):
            # "灵活就业自己交社保的 能不能补" heard 不能 of 辽政发（十三）'s one-year extension (eval63 FA12): what ended is
            # the extension for those whose term ran out, not the subsidy asked about
            reply.text = (
                f"所引这一句是补贴期满后“延长”的规定，已于{cn_date(end)}到期；它到期不等于补贴本身不能申请，"
                f"能否申请以经办部门认定为准。\n{reply.text}"
            )
            return reply
        claim = hired_within(reply.citations[0].get("clause_id") or "", end, text, {}, as_of)
        if claim is not None:
            reply.text = f"{_within_words(claim, end)}\n{reply.text}"
            return reply
        if PAID_BACK.search(text or ""):
            reply.text = f"{_paid_back_words(end)}\n{reply.text}"
            return reply
        within = "".join(validity_words.ended_this_year(v, text, as_of))  # "今年能免不" (eval93 JA02)
        reply.text = f"不能：所引规定已于{cn_date(end)}到期，按{cn_date(as_of)}现不能申请；以经办部门认定为准。{within}\n{reply.text}"
    return reply


# money paid in the measure's own period asked back ("3月4月那会儿按全额交的 多交的能退回来不", eval104 UB10, a 聊城 firm,
# heard "不能" because the measure has since ended): the text does not say how it is returned, and its end is no 不能
PAID_BACK = re.compile(r"多交|多缴|退回|退还|退钱|能退|给退|返回来|补退")


def _paid_back_words(end: date) -> str:
    return (
        f"所引规定适用的期间到{cn_date(end)}为止；这期间多缴的部分能否退回或抵扣，原文没有写，"
        "请向当地社会保险经办机构（税务部门）咨询，以经办部门认定为准。"
    )


def hired_within(clause_id: str, end: date, text: str, profile: dict, as_of: date) -> str | None:
    """The clause's claiming sentence when the person says the hires were made by the measure's end ("我们2020年招了6个
    大学生…2500元能不能申请" on 2021-01-15, eval68 KA11 heard 不能): the period covers the hiring, and the text lets the
    claim follow it ("申请日期原则上为疫情解除后3个月内…"); whether it is still taken is the office's. None otherwise."""
    from answers.sentences import record_of
    from knowledge.validity import claim_sentence

    rec = record_of(clause_id)
    claim = claim_sentence([x.text for x in rec.sentences]) if rec is not None else None
    if claim is None:
        return None
    dated = str(profile.get("hires_contract_date") or "")[:10]
    from actions.profile_facts import YEAR_WORDS

    years = {as_of.year - back for word, back in YEAR_WORDS.items() if word in text}
    years |= {int(y) for y in re.findall(r"(20\d\d)\s*年", text)}
    hired = re.search(r"招|雇|吸纳|录用|入职|签", text)
    if dated and dated <= end.isoformat() or hired and end.year in years:
        return claim.strip()
    return None


def _within_words(claim: str, end: date, name: str = "") -> str:
    what = f"“{name}”" if name else "所引规定"
    return (
        f"{what}实施期限至{cn_date(end)}；按您说的，招用在实施期限内，原文另写“{claim}”，"
        "现在还能否申请，以经办部门认定为准。"
    )


def _another_runs(text: str, cite: dict, as_of: date) -> bool:
    """Whether a measure of the place named as the message names it ("稳岗返还") is not ended on the day: 辽宁（一）'s
    中小微企业 100% runs with no stated end beside the 困难企业 sentence that ended on 2020-12-31 (eval45 C05)."""
    from retrieval.rule_scope import all_candidates

    named = scope.spelled_in(text, all_candidates(None, cite.get("region")), scope.PAYS)
    if not named:
        return False
    benefits = {b["benefit_id"]: b for b in evaluate({}, as_of)["benefits"]}
    sums = set(SUM.findall(text or ""))
    if sums:  # "2500元一次性吸纳就业补贴 现在还有没有" (eval48 M24): the measure of that sum, not the 1000元 ones
        named = [b for b in named if any(f in _said_of(benefits.get(b) or {}) for f in sums)] or named
    return any(
        (benefits.get(b) or {}).get("validity", {}).get("status") not in ("expired", "not_started") for b in named
    )


def _said_of(b: dict) -> str:
    return f"{b.get('name') or ''}{(b.get('amount') or {}).get('text') or ''}"


# a kind of the measure its name narrows to: unsaid, the question is of the measure at large
QUALIFIERS = ("临时", "春节", "湖北")


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if first is None or not asks_yes_no(text):
        return first
    by_id = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}
    listed = (first.meta or {}).get("measures") or []
    titled = scope.titled_in(text, listed)  # named in the person's words, through the lexicon ("社保缓交")
    # "社保能免吗" (eval42 F02): the measure doing what is asked (免征), not another of the same words (减半)
    from actions.asked_measure import DEFERRAL
    from actions.new_topic import doing_named

    verbs = doing_named(text) or (["缓缴"] if DEFERRAL.search(text or "") else [])
    doing = [bid for bid in listed if any(a in ((by_id.get(bid) or {}).get("name") or "") for a in verbs)]
    if len(doing) == 1:
        titled = set(doing)
    elif verbs and not doing:
        # "社保能不能先缓一缓再交" (eval97 NA02, a 凌源 plant in 2020, heard 不能 of the ended 2019 社会保险费返还): no measure
        # listed does what is asked, so none of them says 不能 to it
        titled = set()
    for benefit_id in listed:
        b = by_id.get(benefit_id) or {}
        v = b.get("validity") or {}
        if EXTENSION.search(b.get("name") or "") and not EXTENSION.search(text):
            continue  # "公益性岗位我能不能申请" (eval49 P05 heard 不能 of the 2020 extension for those whose post ended)
        if any(q in (b.get("name") or "") and q not in text for q in QUALIFIERS):
            continue  # "能不能给俺安排个公益岗" (eval80 WA12) is no question of the 2020 临时公益性岗位's 600元: 不能 misleads
        if _named(b, text) or titled == {benefit_id}:
            end = date.fromisoformat(str(v.get("end"))[:10]) if v.get("end") else None
            cited = ((b.get("citations") or [{}])[0]).get("clause_id") or ""
            claim = hired_within(cited, end, text, profile, as_of) if end and v.get("status") == "expired" else None
            if claim is not None and end is not None:
                first.text = f"{_within_words(claim, end, b.get('name') or '')}\n{first.text}"
            elif v.get("status") == "expired" and v.get("end") and PAID_BACK.search(text or ""):
                first.text = f"{_paid_back_words(date.fromisoformat(str(v['end'])[:10]))}\n{first.text}"
            elif v.get("status") == "expired" and v.get("end"):
                # "2021年12月31日前招用的可享受，每人最长3年" said with the last day it gives (eval74 QA01 read 2024年11月30日
                # as a date the text never writes)
                why = f"（{v['window_badge']}）" if v.get("window_badge") else ""
                within = "".join(validity_words.ended_this_year(v, text, as_of))  # "今年能不能免" (eval93 JA02)
                first.text = (
                    f"不能：“{b['name']}”{why}已于{cn_date(v['end'])}到期，按{cn_date(as_of)}现不能申请；"
                    f"以经办部门认定为准。{within}\n{first.text}"
                )
            return first
    return _refused_lead(first, text, profile, by_id, listed)


def _refused_lead(first: Reply, text: str, profile: dict, by_id: dict, listed: list[str]) -> Reply:
    """ "一次性吸纳就业补贴我们能领吗" of the one measure the words name, left out of the list because the person's facts
    fail it (eval39 J06, a 聊城 firm hiring in June, heard other measures and later "能" of 稳岗返还): 不能, and why."""
    region = profile.get("region") or ""
    mine = [
        bid
        for bid, b in by_id.items()
        if bid not in listed
        and b["status"] == "not_eligible"
        and region
        and regions.covers(b.get("jurisdiction") or "", region)
        and profile.get("applicant_type") in (b.get("applicant_types") or [profile.get("applicant_type")])
    ]
    # not by a group the person says they are in ("家里低保户…公益性岗位我能不能申请", eval49 P05, heard 不能 of 低保救助)
    # nor by a group the person says they are not in ("我不是大学生 56了 能上不", eval64 GB11, heard 不能 of the
    # graduates' loan)
    from actions.denied_words import NOT_OF_GROUP
    from actions.profile_facts import GROUP_WORDS

    asked = re.sub("|".join(map(re.escape, GROUP_WORDS.values())), "", NOT_OF_GROUP.sub(" ", text))
    titled = scope.titled_in(asked, mine)
    if len(titled) != 1:
        return first
    b = by_id[next(iter(titled))]
    if EXTENSION.search(b.get("name") or "") and not EXTENSION.search(text):
        return first  # "能不能给俺安排个公益岗" (eval80 WA12): a post asked for, not the extension of one held
    failed = [r[4:].split("（实际：")[0] for r in b.get("reasons", []) if r.startswith("不符合：")]
    if not failed or any(f.startswith(("申请主体为", "所在地属于")) for f in failed):
        return first
    first.text = f"按您说的情况不能：“{b['name']}”须“{'”“'.join(failed[:2])}”，以经办部门认定为准。\n{first.text}"
    return first
