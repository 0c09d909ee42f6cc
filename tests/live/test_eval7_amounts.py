"""The 12345 supervisor's seventh evaluation (/work/eval7/findings.md §1, §3, §7): "how much" goes to the measure the
conversation is about, a figure computed before is kept, and a share-of-period condition is worked with the
person's figures. End to end through POST /api/v1/chat; the messages are the evaluation's own (R07, R04, R06, R08).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval7_amounts.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

TRAINING_80 = (
    "“2019 年 1 月 1 日至 12 月 31 日，困难企业组织开展职工在岗培训，所需经费按规定从提取的企业职工教育经费中列支，"
    "不足部分经人力资源和社会保障部门审核评估合格后，由就业补助资金给予补贴，补贴金额为不超过总支出的 80%。”"
)
STABLE_JOBS_50 = "可返还其上年度实际缴纳失业保险费的 50%"


def said(person: Person, since: int = 0) -> str:
    return "\n".join(text(r) for r in person.replies[since:])


def talk(stack, as_of: str, *messages: str) -> Person:
    """A person who says `messages` in turn, on `as_of` (the evaluation's --as-of)."""
    person = Person(stack, {"channel": "web", "as_of": as_of})
    for message in messages:
        person.says(message)
    return person


def _training_answer(body: str) -> None:
    assert "凌政发〔2019〕14号）三、（二）" in body and TRAINING_80 in body
    assert "80% × 50000元 = 最高40000元" in body and "以经办部门认定为准" in body
    assert STABLE_JOBS_50 not in body and "预支不超过 50%" not in body


# ---- §1 R07: the training's 5万 is the training's, not the 稳岗返还 clause's --------------------------------
def test_lingyuan_training_sum_follows_the_training_not_the_insurance_just_answered(live_stack):
    p = talk(
        live_stack,
        "2019-06-01",
        "我老公在凌源一个厂上班，厂里效益不好，听说企业培训有补贴，他们厂搞培训能补多少",
        "交了。厂里确实困难，这次培训一共花了5万块",
    )
    _training_answer(text(p.says("交了交了 失业保险交了。那5万最多补多少")))
    _training_answer(text(p.says("不是稳岗返还，是培训！培训花了5万，按80%最多补多少")))


def test_not_x_but_y_moves_from_the_refund_clause_in_play_to_the_training(live_stack):
    p = talk(live_stack, "2019-06-01", "凌源的企业稳岗返还能返多少")
    _training_answer(text(p.says("不是稳岗返还，是培训！培训花了5万，按80%最多补多少")))


# ---- §1 R04: the tax deduction from the hires already said, counted once -----------------------------------
def test_dalian_restaurant_tax_deduction_is_four_certified_hires_once(live_stack):
    p = talk(
        live_stack,
        "2020-08-01",
        "我是大连一家饭店的人事，招了4个人 都是登记失业半年以上的 每人每月社保900 一年能补多少",
        "签了，都是2年合同，社保也交了",
        "不是，就是普通饭店",
        "是",
        "没有毕业生，就这4个登记失业的",
        "没有贫困户，他们4个都有就业创业证，注明了企业吸纳税收政策",
    )
    body = text(p.says("我说了没有贫困户！那税费一年能减多少"))
    assert "定额标准为每人每年 7800 元" in body and "7800元/人·年 × 4人 = 最高31200元/年" in body
    assert "3年内" in body and "2021年12月31日前招用的" in body
    assert "房产税" not in body
    body = text(p.says("4个人每人每年7800，按我的情况算一算，一年一共减多少税"))
    assert "31200元" in body and "4人 + 4人" not in said(p) and "视持证的" not in said(p)
    assert "贵企业新招用了多少名建档立卡贫困人口" not in said(p, 5)


# ---- §3 R06: the 5000元 computed in the first answer is the answer to "最后到底能拿多少" -----------------------
def test_liaocheng_restarted_firm_keeps_the_5000_computed_first(live_stack):
    p = talk(
        live_stack,
        "2020-04-10",
        "聊城复工企业一次性吸纳就业补贴咋算的？俺们2月20号招了5个人 都签了一年合同交了社保",
        "没有 俺们3月1号才复工 不是防疫物资厂",
        "不是见习单位。那这钱啥时候之前得申请",
        "我问的是那个一次性吸纳就业补贴，啥时候之前得申请",
    )
    assert "1000元/人 × 5人 = 5000元" in text(p.replies[0])
    body = text(p.says("不是见习单位。最后到底能拿多少"))
    assert "1000元/人 × 5人 = 5000元" in body and "就业见习补贴" not in body.split("合计")[0]
    body = text(p.says("你前面不是算了5000吗？2月20号招的5个人，最后到底能拿多少"))
    assert "每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴" in body and "1000元/人 × 5人 = 5000元" in body
    assert "原文未载明申请期限" in body
    assert "贵企业参保职工有多少人" not in body and "创业担保贷款" not in body


# ---- §7 R08: 12 months agreed, contract in the 9th: 3/12 left, under 1/3 ---------------------------------------
def test_dalian_internship_share_left_is_worked_with_the_figures_said(live_stack):
    p = talk(live_stack, "2020-07-15", "応届毕业生去大连的企业见习，见习补帖咋算")
    body = text(p.says("见习协议签的12个月，干到第9个月单位就跟我签了劳动合同，单位的见习补贴还能拿全吗"))
    assert "距期满还剩3个月，3/12不足协议期限的1/3，符合原文“不足1/3”的条件" in body
    assert "以经办部门认定为准" in body
    body = text(p.says("那我这情况算不算不足1/3？"))
    assert "见习期满不足1/3时与高校毕业生签订劳动合同的" in body
    assert "距期满还剩3个月，3/12不足协议期限的1/3，符合原文“不足1/3”的条件" in body
    assert "以经办部门认定为准" in body
