"""A question about what a text requires, not about a benefit: "大连的文件里企业裁员要提前多少天通知工会？" (eval75 RB11, a
lawyer, heard a list of subsidies and "请问您在哪个市或县？" twice, though 大政发〔2020〕18号（十） says "提前 30 日").

When the message asks nothing of money or benefits and the search finds, clearly first, a clause that grants nothing
(no rule is built on it: a duty, an arrangement), the clause answers it, cited, as a lookup does; no form opens."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.denied_words import without_denied
from actions.profile import profile_from_slots
from actions.within_place import most_specific
from knowledge import regions
from knowledge.script import simplified

# words of a benefit asked for: these questions are the form's, however the search ranks
BENEFIT = re.compile(r"补贴|补助|优惠|扶持|奖励|奖补|好处|待遇|政策|钱|贷款|贴息|减免|返还|缓缴|领|拿|享受|资助|救助")
ASKING = re.compile(r"多少|几|怎么|如何|是否|要不要|需不需要|需要|吗|呢|[?？]|哪|什么|啥")
# a clear first hit: at the scale of retrieval's fused score, a message sharing a clause's own terms
CLEAR = 1.0
MIN_CHARS = 8
MARGIN = 0.15  # ahead of any other sentence found ("大连失业了怎么办" finds two clauses at 1.10 and 1.09)
# a person's own situation told: the form's question, whatever clause the words find
SITUATION = re.compile(
    r"(?:我|俺|咱|家里|老公|老婆|爱人|孩子|儿子|女儿|闺女|媳妇)[^。？?]{0,8}"
    r"(?:失业|下岗|没(?:有)?(?:工作|活)|找不到|毕业|退伍|退役|残疾|贫困|创业|开(?:店|厂|公司)|招(?:了|人))|失业了|下岗了"
)


def asked(text: str, tracker: Tracker, as_of: date) -> bool:
    """The message asks what a clause granting nothing says, and that clause is found clearly first."""
    from retrieval.rule_scope import rules_by_clause
    from retrieval.search import search

    said = without_denied(simplified(text or ""))  # "我不申请补贴。我问的是经济性裁员…"
    if len(re.sub(r"[^\u4e00-\u9fff]", "", said)) < MIN_CHARS or BENEFIT.search(said) or not ASKING.search(said):
        return False
    named = most_specific(regions.regions_in_text(said))
    region = named[0] if len(named) == 1 else profile_from_slots(tracker.slots).get("region")
    if SITUATION.search(said):
        return False
    results = search(said[:200], region=region, top_k=3, as_of=as_of).results
    if not results or results[0].score < CLEAR or rules_by_clause().get(results[0].clause_id):
        return False
    top = _said(results[0].highlights)
    # the same sentence in another place's text (辽政发（三） repeats 18号（十）) is no rival
    rivals = [r.score for r in results[1:] if _said(r.highlights) != top]
    return not rivals or rivals[0] <= results[0].score - MARGIN


def _said(highlights: list[str]) -> str:
    return re.sub(r"[^\u4e00-\u9fff\d]", "", (highlights or [""])[0])
