"""The person's free answers read as meant: the supervisor's eighth evaluation (/work/eval8/findings-A.md §1, §2),
end to end through POST /api/v1/chat. Each test is one person of the evaluation, with its messages and dates, and
asserts what they read.

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval8_reading.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

SPRING_ASKED = "贵企业是否在春节期间（截至2020年2月9日）开工？"
NOT_UNDERSTOOD = "没听明白"


def said(person: Person) -> str:
    return "\n".join(text(r) for r in person.replies)


def test_f11_spring_festival_work_said_first_is_read_and_a_reminder_is_no_no(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-03-20"})
    first = text(p.says("我们是聊城高新区的口罩厂，春节期间一直开工，30个工人每人干了10天，用工补贴能给多少"))
    assert "还要知道：春节期间开工用工人·天数" not in first, first
    for message in ("企业啊，口罩厂", "签了", "交了"):
        reply = text(p.says(message))
        if reply.rstrip().endswith(SPRING_ASKED) or SPRING_ASKED in reply.splitlines()[-1:]:
            break
    p.says("不是说了嘛，春节一直开工")
    p.answer_all("不清楚")
    body = said(p)
    assert "不符合“春节期间（截至2020年2月9日）开工生产”" not in body, body
    assert "（按您说的：否）" not in body.split("不是说了嘛")[-1]


def test_f06_last_year_s_day_and_a_day_said_with_its_work_are_read(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-20"})
    p.says("我是聊城茌平的，去年大专毕业还没找到正式工作，现在在送外卖算领活就业，社保补帖能领吗")
    reply = text(p.says("去年7月1号"))
    assert NOT_UNDERSTOOD not in reply and "格式" not in reply, reply
    reply = text(p.says("那我到底能不能领？2020年2月1日开始跑的外卖"))
    assert "您是从哪一天开始灵活就业的" not in reply, reply


def test_f10_a_year_s_premiums_said_beside_an_answer_are_not_asked_again(live_stack):
    p = Person(live_stack)
    p.says("那我老家是大连瓦房店的，要是在瓦房店开饭馆呢，12个人没裁员，返多少")
    p.says("不对，我是饭馆老板，按企业问，问的是稳岗返还，失业保险的那个")
    p.says("小型企业")
    p.says("是")
    reply = text(p.says("我没新招人，就是原来12个人都没裁，一年失业保险交了大概3600"))
    assert NOT_UNDERSTOOD not in reply, reply
    p.answer_all("不清楚")
    later = "\n".join(text(r) for r in p.replies[4:])  # from the reply to the 3600 on (a slice from -0 was all)
    assert "上年度实际缴纳的失业保险费是多少元" not in later, later
    assert "3600元" in later, later
