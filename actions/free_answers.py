"""Free answers at a form question: a new wish, an answer said in other words, the pending question not nagged.

The 12345 evaluation (E07, E29, E09, E10, E23, E33) found:
- "我想创业" to "您是哪一天离校的？" read as a bad date ("请按“2020年3月1日”的格式回答"): a wish is a new question;
- "俺没交够一年" to "您现在是否正在领取失业保险金？" read as nothing ("请从下面的选项中选择"): it answers 否, and
  the person is told what the text offers those not entitled;
- after every follow-up answer the same pending question printed again at the end: it is repeated once after the
  person moved on, then only a short line with a "接着算" button says the form can go on.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import known_measures
from actions.dialogue_state import walk_back
from answers.models import Reply, button
from knowledge.eligibility.facts import vocabulary

# A new eligibility question mid-form asks something; "失业金领完了 还没找着活" only answers.
ASKING = re.compile(r"吗|么|啥|什么|哪|怎|咋|多少|能不能|可不可以|有没有|是不是|[?？]|[不没]$")
# "总共能拿多少", "一共多少": the person wants the sum now (标准×人数 of what is known), not more questions.
# "最后到底能拿多少" too (eval7 R06: read as a new question, it swapped the 5000元 吸纳 subsidy for 见习/医保).
TOTAL = re.compile(
    r"(?:总共|一共|合计|总计|加起来|一起)(?:能|可以)?(?:拿|领|返|减|补|得|给)?(?:多少|几)|"
    r"(?:最后|最终|到底)(?:到底)?(?:一共|总共)?(?:能|可以)?(?:拿|领|返|减|补|得|给)(?:多少|几)"
)
# "我想创业", "打算开个店": a wish is a new question even with no question word
WISH = re.compile(
    r"^(?:那|那我|我|俺|我们|俺们)?(?:也)?(?:想|想要|打算|准备|计划|要)(?:自己)?"
    r"(?:创业|开店|开个|开一|开家|办个|贷款|贷点|借款|做生意|做点生意|干个体|当个体|学技术|参加培训|培训|找工作|去见习|见习)"
)
# "接着算", "按我的情况算一算": go on with the questions (the button of the short line below)
RESUME = re.compile(r"^(?:接着|继续|还是)(?:算|问|吧)|按我的情况算|^接着算")
RESUME_BUTTON = "接着算"
# 参保缴费不满1年 said to "是否正在领取失业保险金": not receiving (the reading that never promises more)
SHORT_CONTRIBUTION = re.compile(
    r"(?:没|没有|不够|不满|不到|不足|未满|没满)(?:交|缴|交够|缴够|交满|缴满|够|满)?(?:一|1|1个)?年|"
    r"(?:交|缴)(?:了)?(?:不到|不够|不满|没够|没满)(?:一|1)?年|(?:交|缴)得?(?:太)?短"
)
SHORT_LINE = f"想接着算您能领多少，可以点“{RESUME_BUTTON}”，我接着问刚才的问题；也可以直接问别的。"
NOT_ENTITLED = "not_entitled_unemployed"  # a situation of knowledge/known_measures.yaml
NOT_UNDERSTOOD = ("抱歉，没听明白", "抱歉，没能识别")


def new_wish(text: str) -> bool:
    return bool(WISH.search(re.sub(r"\s+", "", text or "")))


def resumes(text: str) -> bool:
    return bool(RESUME.search(re.sub(r"\s+", "", text or "")))


def implied_value(fact: str | None, text: str):
    """A value the words give in other terms than the buttons, or None."""
    m = SHORT_CONTRIBUTION.search(text or "") if fact == "receiving_unemployment_insurance" else None
    # of the premiums paid, never "离退休还差几个月 算不算不足一年" (eval43 E07, 20-odd years insured, read 参保不满1年)
    if m and re.search(r"交|缴|参保|保险", (text or "")[max(0, m.start() - 6) : m.end()]) and "退休" not in text:
        return False
    return None


def not_entitled_note(fact: str | None, text: str, region: str | None, as_of: date) -> Reply | None:
    """What the person reads after "俺没交够一年": the answer as understood, and what the text offers them."""
    if implied_value(fact, text) is None:
        return None
    lines = [
        "明白，您没有在领失业保险金。按您说的参保缴费不满1年，一般不符合领取失业保险金的条件"
        "（收录的文件未写领取条件，以经办部门认定为准）。"
    ]
    sure, cites = known_measures.sure_lines(NOT_ENTITLED, region, as_of)
    if sure:
        lines.append("生活有困难的，文件里有这些规定：")
        lines += sure
    return Reply("\n".join(lines), cites, meta={"not_entitled": True})


def send_note(dispatcher, fact: str | None, text: str, region: str | None, as_of: date) -> None:
    note = not_entitled_note(fact, text, region, as_of)
    if note is not None:
        dispatcher.utter_message(json_message=note.to_payload())


def question_shown_back(tracker: Tracker, fact: str, horizon: int = 8) -> int:
    """In how many of the turns in a row before this one that ended with the question of `fact` (or the short
    line standing for it) the question itself was shown."""
    prompt = vocabulary()[fact].prompt or ""
    texts: dict[int, list[str]] = {}
    for turn, event in walk_back(tracker):
        if turn > horizon:
            break
        if turn and event.get("event") == "bot":
            texts.setdefault(turn, []).append(event.get("text") or "")
    shown = 0
    for turn in range(1, horizon + 1):
        said = texts.get(turn, [])
        if prompt and any(t.endswith(prompt) for t in said):
            shown += 1
        elif not any(t == SHORT_LINE for t in said):
            break
    return shown


def not_understood_now(tracker: Tracker) -> bool:
    """The answer just given was not understood: the question is shown again with it, however often."""
    for turn, event in walk_back(tracker):
        if turn > 0:
            return False
        if event.get("event") == "bot" and (event.get("text") or "").startswith(NOT_UNDERSTOOD):
            return True
    return False


def nagging(tracker: Tracker, fact: str) -> bool:
    """The question was asked and already repeated once while the person talked of other things (an answer
    not understood, or "接着算", shows it again)."""
    if not_understood_now(tracker) or resumes((tracker.latest_message or {}).get("text") or ""):
        return False
    return question_shown_back(tracker, fact) >= 2


def short_line_instead(dispatcher, tracker: Tracker, fact: str) -> bool:
    """Instead of the question a third time, a short line with a "接着算" button (the form stays active, so an
    answer to the question is still read); True when sent."""
    if not nagging(tracker, fact):
        return False
    dispatcher.utter_message(
        text=SHORT_LINE,
        buttons=[button(RESUME_BUTTON, RESUME_BUTTON)],
    )
    return True
