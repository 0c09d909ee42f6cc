"""Dialogue II, second round: what the 12345 supervisor's evaluation (2026-12-02) and the previous
round left open, end to end through POST /api/v1/chat with the real Rasa and action server. Each test
is one person and asserts what they read. None of these messages is an NLU training example
(tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_dialogue_findings.py -q -p no:cacheprovider
"""

from __future__ import annotations

from answers import notices
from tests.live.replies import citations, text
from tests.live.test_dialogue_ii import Person, asks, warm  # noqa: F401  (warm: the module's warm-up fixture)


def said(person: Person) -> str:
    return "\n".join(text(r) for r in person.replies)


# ---- places -------------------------------------------------------------------------------------
def test_beijing_chaoyang_district_is_outside_and_the_home_town_is_answered(live_stack):
    p = Person(live_stack)
    body = text(p.says("北京朝阳区的 失业了有啥补贴"))
    assert "您说的北京市不在目前收录的范围内" in body and "辽政发" not in body
    body = text(p.says("那辽宁的呢 我老家大连的"))
    assert "大连市" in body and "大政发" in body


# ---- who is asking ------------------------------------------------------------------------------
def test_dalian_laid_off_man_is_a_person_and_his_correction_is_read(live_stack):
    p = Person(live_stack)
    p.says("我下岗了，在大连，能领啥补贴")
    p.says("不对，我不是企业，我是个人")
    assert "您是以企业身份咨询" not in said(p)
    assert "您是以个人身份咨询" in said(p) and "所在地：大连市" in said(p)


def test_liaocheng_firm_talking_about_its_staff_stays_a_firm(live_stack):
    p = Person(live_stack)
    p.says("我们公司在聊城东昌府区，一共25个人，小微企业，疫情这几年挺难的，残保金还要交吗？")
    p.says("我们25个人 去年裁了2个 还能返吗")
    assert "您是以个人身份咨询" not in said(p) and "就业状态：失业" not in said(p)
    assert "您是以企业身份咨询" in said(p)
    assert "没听明白" not in said(p)


# ---- what was said is kept ----------------------------------------------------------------------
def test_shenyang_not_yet_drawn_benefit_is_not_asked_about(live_stack):
    p = Person(live_stack)
    p.says("我在沈阳 被公司辞退了 有什么补助")
    before = len(p.replies)
    p.says("我刚被辞退 还没领过失业金")
    p.answer_all("不清楚")
    later = "\n".join(text(r) for r in p.replies[before:])
    assert "您是否已领取失业保险金期满" in text(p.replies[0])  # asked once, before the answer
    assert "您是否已领取失业保险金期满" not in later and "没听明白" not in later


def test_lingyuan_place_said_once_is_not_asked_again(live_stack):
    p = Person(live_stack)
    p.says("俺在凌源种地的 想整个养殖场 能贷着款不 能贷多少")
    p.says("俺不是大学生 就是农民 10万够了")
    assert "凌政发" in said(p)
    assert "在哪个市或县" not in said(p)


def test_the_number_of_questions_is_announced_once(live_stack):
    p = Person(live_stack)
    body = text(p.says("俺是凌源的 下岗两年了 离退休还差三年 有啥能领的"))
    assert "我问您几个问题（最多" in body
    assert "我先问几个问题" not in body


# ---- definitions and their follow-ups -----------------------------------------------------------
def test_lingyuan_definition_follow_ups_stay_definitions(live_stack):
    p = Person(live_stack)
    reply = p.says("啥样的算就业困难人员")
    assert "就业困难人员" in text(reply) and citations(reply) and not asks(reply)
    reply = p.says("那凌源呢")
    assert "就业困难人员" in text(reply) and not asks(reply)
    assert "请问您是以什么身份申请" not in text(reply)
    reply = p.says("单亲妈妈算不算")
    assert "单亲" in text(reply) and citations(reply)
    assert "没听明白" not in text(reply)


# ---- not a goodbye, not out of scope ------------------------------------------------------------
def test_an_older_woman_saying_her_age_is_not_said_goodbye_to(live_stack):
    p = Person(live_stack)
    body = text(p.says("俺56岁女的"))
    assert "再见" not in body


def test_a_train_ticket_is_out_of_scope_not_a_place_question(live_stack):
    body = text(Person(live_stack).says("帮我订去北京的火车票"))
    assert notices.OUT_OF_SCOPE in body
    assert "不在目前收录的范围内" not in body


def test_housing_fund_deferral_reaches_liaocheng_6(live_stack):
    reply = Person(live_stack).says("住房公积金能缓交不")
    assert "缓缴住房公积金" in text(reply)
    assert citations(reply)[0]["clause_id"] == "liaocheng-2020:2.6"
    assert notices.OUT_OF_SCOPE not in text(reply)


# ---- lookups by document and clause -------------------------------------------------------------
def test_dalian_clause_lookup_is_the_whole_clause_and_its_follow_up(live_stack):
    p = Person(live_stack)
    body = text(p.says("大政发〔2020〕18号第九条"))
    assert "第（九）条" in body and "回复“全文”" in body  # a phone screen first (eval4 finding 6)
    body = text(p.says("全文"))
    assert "按400元/人标准给予补助" in body and "对同一类人员的补助或补贴不可同时享受" in body
    assert "没有找到与您的问题直接对应的条款" not in body
    body = text(p.says("那这个能领几回"))
    assert "第（九）条" in body and ("不可同时享受" in body or "一次性" in body)


def test_lingyuan_which_department_after_the_loan_clause(live_stack):
    p = Person(live_stack)
    p.says("凌源创业担保贷款最多能贷多少")
    body = text(p.says("这钱得找哪个部门要"))
    assert "凌政发〔2019〕14号" in body and "市财政局" in body


def test_lead_department_of_a_looked_up_clause(live_stack):
    p = Person(live_stack)
    p.says("大政发〔2017〕46号第十五条")
    reply = p.says("这条牵头单位是哪个")
    assert "市人社局" in text(reply) and not asks(reply)


# ---- dates and resets ---------------------------------------------------------------------------
def test_liaocheng_trainee_months_are_not_a_date_to_judge_by(live_stack):
    p = Person(live_stack)
    p.says("聊城 俺闺女大学毕业去单位见习 见习补贴咋算")
    body = text(p.says("见习满3个月以后呢"))
    assert "请告诉我要按哪一天的政策判断" not in body


def test_a_social_insurance_record_lookup_clears_nothing(live_stack):
    p = Person(live_stack)
    p.says("我在大连 失业半年了 能领啥")
    body = text(p.says("帮我查一下我的社保缴费记录"))
    assert "已清除" not in body and "重新开始" not in body


def test_dalian_large_firm_is_not_recorded_as_small(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-10-10"})
    p.says("我是大连一家制造企业的人事，公司800人，2020年没有裁员，稳岗返还按什么标准返？")
    p.says("我们是大型企业不是中小微")
    assert "企业规模：小型企业" not in said(p) and "企业规模：中型企业" not in said(p)


def test_beijing_chaoyang_correction_is_told_again_not_answered_from_liaoning(live_stack):
    p = Person(live_stack)
    p.says("北京市朝阳区 高校毕业生 见习补贴")
    body = text(p.says("我说的是北京市朝阳区 不是辽宁朝阳"))
    assert "不在目前收录的范围内" in body and "辽政发" not in body


def test_lingyuan_veteran_saying_it_again_is_not_a_dead_end(live_stack):
    p = Person(live_stack)
    p.says("退伍兵 凌源的 回来两年了一直没工作 有啥照顾政策")
    body = text(p.says("我是自主就业退役士兵"))
    assert "没听明白" not in body
