"""12345 evaluation 6 (findings-B §B3, §B4; findings-A §3): follow-ups answered from the clause just cited —
the sentence they point at, what the text does not state said so — not from another sentence, another
measure or a new questionnaire. The messages are the evaluation's own (E10, E16, E18, E23, E28, E29, E31, E32).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_followups_iv.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

ASKS_IDENTITY = "以什么身份申请"


# ---- B3 / E18: materials of 18号（九） are that measure's, not the agencies' sentence ---------------------
def test_materials_after_18_9_say_none_listed_and_when_to_apply(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("大政发〔2020〕18号第九条")
    body = text(p.says("要啥材料"))
    assert "人力资源服务机构" not in body and "一次性就业创业服务补助" not in body
    assert "本条原文未写申请材料" in body
    assert "申请日期原则上为疫情解除后3个月内，在企业补办补缴社会保险费后进行" in body
    assert "1年以上劳动合同" in body and "用工备案" in body


# ---- B3 / E28: how long and how much 失业保险金 is not set by these documents --------------------------
def test_unemployment_insurance_period_and_standard_in_traditional_characters(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    body = text(p.says("大連失業了，失業保險金能領多久？一個月多少錢？"))
    assert body.startswith("所收录文件未规定失业保险金领取期限和发放标准")
    assert "临时性提高失业保险金发放标准至疫情解除后3个月" in body and "直至法定退休年龄" in body
    assert "发放失业补助金" not in body
    again = text(p.says("原文沒寫能領幾個月嗎？"))
    assert again.startswith("所收录文件未规定失业保险金领取期限") and "发放失业补助金" not in again


# ---- B3 / E29, E31: how long the office takes is said not to be in the text -----------------------------
def test_when_the_refund_is_paid_says_no_time_is_set(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    p.says("稳刚返还咋申请，俺们是聊城的小厂子，没裁员")
    body = text(p.says("多久到账"))
    assert "原文没有写明办理时限（多久审批、多久到账）" in body
    assert "及时足额返还到位" in body and "再延长1年" not in body


def test_how_long_the_loan_takes_is_said_not_to_be_in_the_text(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    body = text(p.says("聊城创业担保贷款最高能贷多少，去哪申请，多久能批下来"))
    assert "最高额度提高为20万元" in body and "原文没有写明办理时限（多久审批、多久到账）" in body


# ---- B4 / E32: "灵活就业的就业困难人员补多少" is the same clause's sentence on them -------------------------
def test_flexibly_employed_hard_to_employ_after_46_15(live_stack):
    p = Person(live_stack)
    p.says("大政发〔2017〕46号第十五条")
    body = text(p.says("灵活就业的就业困难人员补多少"))
    assert "对灵活就业后缴纳社会保险费的就业困难人员，按上年度在岗职工月平均工资60%作为基数" in body
    assert "聊城" not in body and "在哪个市或县" not in body and not body.startswith("我了解到的情况")


# ---- B4 / E23: "要是见习单位把俺孩子留下了呢" is the 留用率 sentence of 凌源 三、（三） ------------------------
def test_kept_on_by_the_internship_unit(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2019-08-01"})
    p.says("俺是凌源嘞，俺家孩子大专毕业一年了还没找着活，想去见习，一个月能给多少钱")
    p.says("否")
    p.says("俺问的是见习补贴，见习一个月给多少")
    body = text(p.says("要是见习单位把俺孩子留下了呢"))
    assert "对见习期满留用率超过50%的见习单位" in body.replace(" ", "")
    assert "您是以企业身份咨询" not in body and "贵单位是就业见习单位" not in body


# ---- §3 / E10: "领完了还能接着领吗" after 聊城 第21条 is its 至法定退休年龄 sentence -----------------------------
def test_eleven_months_to_retirement_after_article_21(live_stack):
    p = Person(live_stack)
    p.says("東阿縣的失業金現在是多少？")
    p.says("那能领几年")
    body = text(p.says("我离退休还有11个月，领完了还能接着领吗"))
    assert "距法定退休年龄不足1年的人员，可继续发放失业保险金至法定退休年龄" in body
    assert ASKS_IDENTITY not in body


# ---- §3 / E16: "最多能上浮多少钱" mid-questions is 凌源's 上浮 sentence, not 辽政发（十八） -----------------------
def test_how_much_higher_mid_questions_is_the_lingyuan_sentence(live_stack):
    p = Person(live_stack)
    p.says("凌源这边大学生当公益性岗位，补贴咋上浮的？我家是低保户")
    body = text(p.says("不领失业金。要是当地最低工资1500，最多能上浮多少钱"))
    assert "岗位补贴标准按不高于当地最低工资标准50%的比例上浮" in body
    assert "发放失业补助金" not in body
