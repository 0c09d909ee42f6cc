"""Free answers at a form question, the pending question, dead ends: the 12345 supervisor's fifth evaluation
(/work/eval5/findings.md §5, §6), end to end through POST /api/v1/chat with the real Rasa and action server.
Each test is one person and asserts what they read. The messages are the evaluation's own (live tests may use
them; they are not NLU training examples, tests/bot/test_held_apart.py).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_free_answers.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import clause_ids, payloads, text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

GRADUATION_DATE = "您是哪一天离校（毕业）的"
RECEIVING = "您现在是否正在领取失业保险金？"
NOT_UNDERSTOOD = "没听明白"
HANDOFF_NUMBER = "转接编号"


def _ends_with_question(reply: dict, question: str) -> bool:
    return text(reply).rstrip().endswith(question) or reply["messages"][-1]["text"].startswith(question)


# ---- §5 E07: a wish at a date question is a new question, not a bad date -------------------------------
def test_dalian_graduate_saying_they_want_to_start_a_business_gets_the_business_measures(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    first = p.says("我是应届毕业生 在大连找工作 有什么补贴")
    assert GRADUATION_DATE in text(first)  # the form asks the date (what the old code then misread)
    reply = p.says("我想创业")
    body = text(reply)
    assert NOT_UNDERSTOOD not in body and "2020年3月1日" not in body
    assert "创业" in body and clause_ids(reply)  # the 创业 measures, cited
    assert all(c.startswith(("dalian", "liaoning")) for c in clause_ids(reply))  # 大连's (and the province's)


# ---- §5 E29: "俺没交够一年" answers 否, and the text for those not entitled is quoted ------------------------
def test_liaocheng_unemployed_short_of_a_year_is_answered_and_told_of_the_one_off_aid(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    first = p.says("咋 俺在聊城 失业了 失业金能领不")
    assert RECEIVING in text(first)
    reply = p.says("俺没交够一年")
    body = text(reply)
    assert NOT_UNDERSTOOD not in body and "请从下面的选项中选择" not in body
    assert "不符合领取失业保险金的条件" in body and "以经办部门认定为准" in body
    assert "对符合条件的生活困难下岗失业人员发放一次性临时生活补助" in body
    assert "liaocheng-2020:6.21" in clause_ids(reply) and "None" not in body
    assert RECEIVING not in body  # answered: not asked again


# ---- §5 all forms: the pending question is repeated at most once after the person moved on -------------
def test_pending_question_is_not_repeated_after_every_follow_up_and_the_form_resumes(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    p.says("咋 俺在聊城 失业了 失业金能领不")
    once = p.says("那能领多少")
    assert RECEIVING in text(once)  # repeated once after a follow-up: fine
    twice = p.says("从什么时候开始")
    body = text(twice)
    assert RECEIVING not in body  # not a third time
    assert "接着算" in payloads(twice)  # the form can go on
    back = p.says("接着算")
    assert RECEIVING in text(back) and NOT_UNDERSTOOD not in text(back)
    answered = p.says("否")
    assert RECEIVING not in text(answered)


# ---- §6 E11: impatience gets what applies to what is known, never field names ----------------------------
def test_dalian_restaurant_owner_who_wants_it_straight_gets_the_measures_that_apply(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("我开了个小饭馆 在大连 疫情没生意了 有啥帮扶")
    reply = p.says("你问这么多干啥直接告诉我")
    body = text(reply)
    assert "还没有确定现在可以申请的补贴" not in body and "没有能确定现在仍在执行的补贴" not in body
    assert "还不能确定哪一项现在一定能申请" not in body
    assert "缓缴社会保险费" in body and "减轻企业和个体工商户税费、房租" in body  # 18号（三）, 辽政发（二）, verbatim
    assert {"dalian-2020-18:1.3", "liaoning-2020-9:1.2"} <= set(clause_ids(reply))
    assert "以经办部门认定为准" in body
    assert "需要：" not in body and "申请身份" not in body and "推荐成功上岗人数" not in body  # no field labels
    assert "人力资源服务机构" not in body and "创业孵化" not in body  # not the 饭馆 owner's measures
    # one plain question a measure still open (three shown), and no form question after the answer
    assert body.count("？") <= 3 and text(reply).rstrip().endswith("也可以回复“转人工”。")


# ---- §6 E18: "不知道 你直接说吧" is answered; a person is only offered ------------------------------------
def test_impatient_person_is_answered_not_handed_off(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("我想问补贴")
    p.says("不知道")
    reply = p.says("不知道 你直接说吧")
    body = text(reply)
    assert HANDOFF_NUMBER not in body and "为您转人工服务" not in body
    assert "直接告诉您" in body and "以经办部门认定为准" in body
    assert "/handoff" in payloads(reply)  # 转人工 stays an option
