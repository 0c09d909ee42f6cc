"""Money told right: the 12345 supervisor's sixth evaluation (/work/eval6/transcripts-B.md, A3 and A4), end
to end through POST /api/v1/chat with the real Rasa and action server. Each test is one person and asserts
what they read; the messages are the evaluation's own (live tests may use them; they are not NLU training
examples, tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_sums_vi.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import citations, text
from tests.live.test_dialogue_ii import Person, asks, is_summary, warm  # noqa: F401  (warm: the module's warm-up fixture)

SENTENCE = "对同一类人员的补助或补贴不可同时享受。"
NOT_SINGLED_OUT = "另定标准"


ZHUANGHE_ANSWERS = {  # the evaluation's answers, by the question asked
    "疫情防控重点保障企业": "否",
    "稳定就业3个月": "是",
    "就业困难人员": "0",
    "重点项目": "否",
    "疫情防控期间（含春节期间）": "5",
    "对口帮扶": "0",
}


def _zhuanghe_enterprise(live_stack) -> tuple[Person, dict]:
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    reply = p.says(
        "我们公司在大连庄河，今年招了3个应届高校毕业生、2个登记失业半年以上的，都签了两年合同交了社保，一共能拿多少补贴"
    )
    for _ in range(10):
        if is_summary(reply) or not asks(reply):
            break
        question = text(reply).splitlines()[-1]
        reply = p.says(next((a for q, a in ZHUANGHE_ANSWERS.items() if q in question), "不清楚"))
    return p, reply


# ---- A3: no sum over measures the text keeps apart; "能一起拿吗" answered --------------------------------
def test_zhuanghe_enterprise_is_not_offered_the_1000_on_top_of_the_2500_for_the_same_people(live_stack):
    p, summary = _zhuanghe_enterprise(live_stack)
    body = text(summary)
    assert "12500元" in body
    assert "17500" not in body and "12500元 + 5000元" not in body
    reply = p.says("对同一个人，2500和那1000能一起拿吗")
    body = text(reply)
    assert body.startswith("不能同时享受") and SENTENCE in body
    assert body.count("12500") == 0
    assert any(c["clause_id"] == "dalian-2020-18:2.9" for c in citations(reply))


# ---- A4: the person's own figures put into the formula ------------------------------------------------
def test_liaocheng_refund_of_20000_paid_is_10000(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    p.says("稳刚返还咋申请，俺们是聊城的小厂子，没裁员")
    body = text(p.says("俺们去年交了2万块失业保险费，能返多少"))
    assert "50% × 20000元 = 10000元" in body
    assert NOT_SINGLED_OUT not in body and "万块失业保险费" not in body


def test_liaocheng_partnership_loan_is_at_most_600000(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    p.says("聊城创业担保贷款最高能贷多少，去哪申请，多久能批下来")
    body = text(p.says("俺和俩朋友合伙干，一共能贷多少"))
    assert "最高60万元" in body and NOT_SINGLED_OUT not in body


def test_dalian_disabled_shop_rent_of_18_months_is_9000_said_once(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-01"})
    p.says("我是残疾人，在大连租了个门面第一次开店，营业执照去年领的，场地补贴一年给多少")
    for answer in ("是", "14个月", "否", "否"):
        p.says(answer)
    p.answer_all("否")
    body = text(p.says("我房子租了18个月，一共能拿多少"))
    assert "6000元/年 ÷ 12 × 18个月 = 9000元" in body
    assert body.count("按照实际租赁期限给予6000元/年的创业场地补贴") <= 2  # the standard and its quote, once each
    assert body.count("合计：") <= 1


def test_liaocheng_temporary_post_march_to_june_is_2400(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-03-20"})
    p.says("我在聊城茌平区村里干临时公益性岗位，专门搞劳动力调查，一个月给多少钱")
    body = text(p.says("我3月1号开始干的，干到6月底一共能拿多少"))
    assert "600元/月 × 4个月 = 2400元" in body and "没有理解" not in body
    body = text(p.says("那个岗位补贴3月到6月一共能领多少钱"))
    assert "600元/月 × 4个月 = 2400元" in body
