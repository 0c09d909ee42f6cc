""" "4月份新招了12个人…每人1000块的一次性吸纳就业补贴，我们能领吗" (eval20 R17): the measure the question names, ruled
out by a condition the person's own words settle, leads with 不能 and that condition. The first list shows only the
measures that may still apply, so before this the named one vanished and the next turns said "要看" three times.
Only for a measure named (by a figure of its standard or by its name), in the person's place and for who they are:
a place or applicant-type mismatch is another turn's answer (other_place_rule, own_group)."""

from __future__ import annotations

import re
from datetime import date

from actions.ended_lead import STILL, _named
from actions.profile import evaluate
from actions.yes_no import CAN
from answers.models import Reply

MARK = "不符合："
# a time to come the question is about ("干满半年以后", "要是开起来了", "等开满6个月")
LATER = re.compile(r"以后|之后|要是|如果|假如|等到|等(?:我|店|开)|干满|开满|满(?:半年|\d+个月|一年)|开起来")
QUOTE_MAX = 120  # the failed measure's own sentence, said when short enough to read beside the 不能
# "能领不"; "残保金要不要交" (eval47 R18, 40 staff, heard the ≤30 exemption listed as theirs)
ASKS = re.compile(r"吗|能(?:领|拿|享受|申请|办)(?:不|么|没)|要不要交|用不用交|交不交|免不免|能不能免")
NOT_THEIRS = ("申请主体", "所在地")
READING = "原文未写明"  # a condition's label saying it is the project's reading of an open text  # who or where: not a condition the person's situation failed


def _failed(b: dict) -> list[str]:
    return [
        r[len(MARK) :].split("（实际：")[0]
        for r in b.get("reasons") or []
        if r.startswith(MARK) and not any(w in r for w in NOT_THEIRS)
    ]


def _rare_term(b: dict, benefits: list[dict], text: str) -> bool:
    """The question says a word of the measure's name that at most one other measure's name holds ("残保金")."""
    name = b.get("name") or ""
    for run in re.findall(r"[\u4e00-\u9fff]{3,}", name):
        for i in range(len(run) - 2):
            term = run[i : i + 3]
            if term in text and sum(term in (x.get("name") or "") for x in benefits) <= 2:
                return True
    return False


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if first is None or not profile.get("region") or not (CAN.search(text) or STILL.search(text) or ASKS.search(text)):
        return first
    benefits = evaluate(profile, as_of)["benefits"]
    # a group the person says they are not in names no measure ("我不是大学生 56了 能上不", eval64 GB11)
    from actions.denied_words import NOT_OF_GROUP

    named = NOT_OF_GROUP.sub(" ", text)
    for b in benefits:
        if b.get("status") != "not_eligible" or not (_named(b, named) or _rare_term(b, benefits, named)):
            continue
        reasons = [r for r in b.get("reasons") or [] if r.startswith(MARK)]
        failed = _failed(b)
        if not failed or len(failed) != len(reasons):  # a place or applicant mismatch among them: not this lead
            continue
        read = [c for c in failed if READING in c]
        if read:  # a condition the text does not write (eval29 P23 heard "不能" on the project's own reading)
            plain = "”“".join(c.split("（")[0] for c in read)
            first.text = (
                f"要看经办部门认定：“{b['name']}”原文没有写明须“{plain}”；按该补贴原有范围理解（不多承诺）须“{plain}”，"
                f"按您说的情况不符合。能否领取请向责任单位核实。\n{first.text}"
            )
            return first
        conds = "”“".join(failed)
        quote = next((c.get("quote") for c in b.get("citations") or [] if c.get("quote")), "")
        said = f"原文：“{quote}”" if quote and len(quote) <= QUOTE_MAX else ""
        if LATER.search(text):
            # "我开起来干满半年以后 场地补贴是给6000还是3000" (eval104 UA09, a disabled man before opening, heard "不能"): the
            # condition is the one he says he will meet; what the text gives then is the answer, not today's 不能
            first.text = (
                f"现在还不符合“{conds}”；按原文，满足这一条件后可以申请“{b['name']}”（以经办部门认定为准）。"
                f"{said}\n{first.text}"
            )
            return first
        first.text = f"不能：“{b['name']}”须“{conds}”，按您说的情况不符合；以经办部门认定为准。{said}\n{first.text}"
        return first
    return first
