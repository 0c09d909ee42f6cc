"""Short fixed wordings of the conversation itself (not of a policy answer): one wording for every channel."""

from __future__ import annotations

import re
from datetime import date

from answers.citations import where
from answers.contact import HOTLINE, HOTLINE_NAME
from answers.dates import cn_date
from answers.departments import departments_text

NOT_UNDERSTOOD = (
    "抱歉，我没有理解您的意思。您可以直接问政策问题（如“残疾人开店有补贴吗”），"
    f"或说说您的情况，我帮您看看能享受哪些补贴；也可以回复“转人工”或拨打{HOTLINE}。"
)
RESTARTED = "好的，已清除您之前提供的信息，我们重新开始。请说说您的情况或问题。"
FORM_STOPPED = "好的，不再继续提问。您可以随时直接提问，或说“帮我看看能领什么补贴”重新开始判断。"
ANYTHING_ELSE = "好的。还有什么可以帮您？您可以直接提问，或说说您的情况。"
ASK_DATE = "请告诉我要按哪一天的政策判断，例如“按2020年7月1日”。"
ALL_SHOWN = "以上已是与您的情况相关的全部政策。"
# Offered under a cited answer to a question that describes someone's situation: the question is
# then read again as "what can I claim" (actions/eligibility.py).
CHECK_MINE = "按我的情况算一算"
CHECK_CALLER = "按来电人情况算一算"  # the same button, offered to hotline staff
# Under a summary that settled nothing: the clauses matching what the person said, so the
# conversation never ends on "还没有确定".
MATCHING_CLAUSES = "与您所说情况有关的条款如下（供向责任单位咨询时参考，是否适用以经办部门认定为准）："


GOODBYE = f"再见！如还有就业政策方面的问题，欢迎随时来问，也可以拨打{HOTLINE_NAME}。"
THANKS = "不客气！还有什么可以帮您？"
# The domain's fixed responses: bot/build_domain.py writes them into domain.yml from here.
RESPONSES = {"utter_goodbye": GOODBYE, "utter_thanks": THANKS}


# A day of the month said ("5月20日", "20号"), not a document's number ("18号文").
DAY_SAID = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号](?!文)")


def as_of_set(day: date, said: str = "") -> str:
    """ "那2020年的时候呢": the day the answers are judged on, said, and asked to correct when the person
    named a year or month only (the year's or month's last day is used, eval5 E28)."""
    base = f"好的，接下来按{cn_date(day)}的政策为您判断和回答"
    if said and not DAY_SAID.search(said):
        return f"{base}（您没有说具体哪一天，按{cn_date(day)}计）；如指其他日期请告诉我。"
    return f"{base}。"


def not_in_clause(said: str, cite: dict) -> str:
    """A fact of the person's case the clause just cited does not speak of ("俺没交够一年" after 失业保险金)."""
    units = departments_text(cite.get("departments") or [], cite.get("lead_departments"), limit=2)
    return (
        f"您说的“{said[:30]}”，刚才引用的{where(cite)}没有写到这种情况。"
        f"能否享受、怎么办理，以经办部门认定为准，请向{units}核实，也可以回复“转人工”；您也可以接着问别的政策。"
    )
