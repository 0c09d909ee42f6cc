"""Follow-ups and "how much" questions, end to end through POST /api/v1/chat with the real Rasa and
action server: the 12345 supervisor's re-evaluation of 2026-12-02 (/work/eval2/findings.md §1, §2,
§3, §6). Each test is one person and asserts what they read. The messages are the evaluation's own
(live tests may use them; they are not NLU training examples, tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_followups_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

import re

from tests.live.replies import clause_ids, text
from tests.live.test_dialogue_ii import Person, asks, warm  # noqa: F401  (warm: the module's warm-up fixture)

# the lead ends where the other rules begin, however they are headed (own place or another)
OTHERS = "其他(?:地区或人群的)?相关规定"

ON_2020_03_20 = {"channel": "web", "as_of": "2020-03-20"}


# ---- §1 a follow-up keeps the measure's own period ------------------------------------------------
def test_liaocheng_referral_subsidy_still_valid_keeps_its_three_months(live_stack):
    p = Person(live_stack)
    p.says("聊城人力资源公司 介绍40个技校毕业生到企业就业 职业介绍补贴多少")
    body = text(p.says("现在还有效吗"))
    assert "有效期暂定3个月" in body and "实施期限至2020年5月3日，已到期" in body
    assert "原文未载明实施期限" not in body


def test_liaocheng_referral_subsidy_asked_on_2020_03_20_then_today(live_stack):
    p = Person(live_stack, dict(ON_2020_03_20))
    p.says("我们是聊城一家人力资源公司，2020年3月给企业介绍了40个技校毕业生稳定就业，职业介绍补贴能拿多少")
    body = text(p.says("多少钱"))
    assert "按每人120元标准给予职业介绍补贴" in body
    assert "实施期限至2020年5月3日，按2020年3月20日计仍在实施期内" in body and "大政发" not in body
    p.metadata = {"channel": "web"}  # the caller asks about today
    body = text(p.says("那现在还能申请吗"))
    assert "实施期限至2020年5月3日，已到期" in body and "原文未载明实施期限" not in body


# ---- §2 a follow-up stays on the clause and the place in play -------------------------------------
def test_liaocheng_housekeeping_subsidy_without_a_figure_borrows_none(live_stack):
    p = Person(live_stack)
    first = p.says("聊城开家政公司的 招阿姨签了服务协议 有补贴不")
    for question in ("补多少", "原文写没写具体多少钱"):
        reply = p.says(question)
        assert "原文没有写明家政服务业岗位补贴的具体金额或标准" in text(reply)
        assert "1500元" not in text(reply) and clause_ids(reply) == clause_ids(first)[:1]


def test_dalian_service_subsidy_tiers_are_quoted(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("大连的人力资源服务机构，疫情期间给企业推荐成功上岗60人，都签了一年合同备案了，一次性就业创业服务补助怎么算")
    body = text(p.says("每个档次多少钱 原文怎么写的"))
    assert "按200元/人标准给予补助" in body and "按300元/人标准给予补助" in body and "按400元/人标准给予补助" in body
    assert "7800" not in body and "没有找到" not in body


def test_liaoning_clause_ten_then_dalians_standard(live_stack):
    p = Person(live_stack)
    p.says("辽宁那个稳就业的文件第十条")
    body = text(p.says("具体标准是多少钱 大连的"))
    assert "大政发〔2020〕18号" in body and "按2500元/人标准给予一次性吸纳就业补贴" in body
    assert "房产税" not in body


def test_lingyuan_part_four_clause_seven_is_read_in_the_same_document(live_stack):
    p = Person(live_stack)
    p.says("凌政发〔2019〕14号第三部分第一条")
    reply = p.says("那第四部分第七条呢")
    assert clause_ids(reply) == ["lingyuan-2019-14:4.7"]
    assert "可申请最高不超过10万元的创业担保贷款" in text(reply) and "聊城" not in text(reply)


def test_liaoning_clause_thirteen_who_is_responsible_and_its_period(live_stack):
    p = Person(live_stack)
    p.says("辽政发〔2020〕9号第十三条原文")
    body = text(p.says("这条谁负责"))
    assert "省人力资源社会保障厅" in body and "原文未标明牵头单位" in body and "我是就业政策智能助手" not in body
    body = text(p.says("这条有实施期限吗"))
    assert "辽政发〔2020〕9号" in body and "大政发" not in body
    assert "实施期限为2020年1月1日至12月31日" in body and "实施期限至2020年12月31日，已到期" in body
    assert "本条其余各句原文未载明实施期限" in body


def test_dalian_clause_fifteen_extended_public_jobs_period(live_stack):
    p = Person(live_stack)
    p.says("18号文第十五条")
    body = text(p.says("这条里公益性岗位延长的那个到啥时候"))
    assert "大政发〔2020〕18号" in body and "辽政发" not in body
    assert "政策享受期限可延长1年，实施期限为2020年1月1日至12月31日" in body and "已到期" in body


def test_dalian_minimum_income_then_the_provinces_rule(live_stack):
    p = Person(live_stack)
    p.says("俺是大连低保户 找着活了 低保是不是就没了")
    body = text(p.says("那辽宁省里咋规定的"))
    assert "继续给予3至12个月的低保救助" in body and "表扬激励" not in body


def test_lingyuan_loan_limits_then_interest_not_in_the_clause(live_stack):
    p = Person(live_stack)
    p.says("凌政发〔2019〕14号第四部分第七条")
    body = text(p.says("贷款额度多少"))
    for limit in ("最高不超过10万元", "不超过20万元", "最高不超过300万元"):
        assert limit in body
    assert "800万元" not in body
    body = text(p.says("贴息呢"))
    assert "本条原文未写贴息" in body and "凌政发〔2019〕14号" in body and "大政发" not in body


def test_province_question_standard_follow_up_stays_on_the_cited_clause(live_stack):
    p = Person(live_stack)
    first = p.says("省里对吸纳贫困劳动力的企业有啥补贴")
    reply = p.says("按啥标准给")
    assert clause_ids(reply) == clause_ids(first)[:1]
    assert "原文没有写明" in text(reply) and "具体金额或标准" in text(reply)


def test_lingyuan_apprentice_pay_timing_is_the_advance_sentence(live_stack):
    p = Person(live_stack)
    p.says("凌源的 俺们厂子想带徒弟 学徒制 国家给钱不 一个徒弟给多少 嘎哈用的")
    body = text(p.says("钱啥时候给 先给一半？"))
    assert "财政部门按规定向企业预支不超过 50% 的补贴资金" in body and "辽政发" not in body


# ---- §3 "how much" quotes the sentence holding the figure -----------------------------------------
def test_lingyuan_internship_standard(live_stack):
    p = Person(live_stack)
    p.says("凌源 见习补贴")
    body = text(p.says("别问了直接告诉我见习补贴标准"))
    assert "基本生活费不低于当地最低工资标准 60%" in body and "400 元/人" in body


def test_lingyuan_apprentice_first_answer_gives_4000(live_stack):
    body = text(Person(live_stack).says("凌源的 俺们厂子想带徒弟 学徒制 国家给钱不 一个徒弟给多少 嘎哈用的"))
    assert "学徒每人每年的补贴标准原则上不低于 4000 元" in body


def test_liaocheng_internship_first_answer_gives_60_percent(live_stack):
    body = text(Person(live_stack).says("聊城 俺闺女大学毕业去单位见习 见习补贴咋算"))
    assert "将就业见习补贴标准提高至当地最低工资标准的60%" in body


def test_lingyuan_loan_procedure_never_quotes_the_citywide_target(live_stack):
    p = Person(live_stack)
    for message in ("凌源 创业担保贷款 去哪申请 要啥材料", "需要反担保吗", "利息谁出"):
        assert "800万元" not in re.split(OTHERS, text(p.says(message)))[0]
    assert "本条原文未写利息" in text(p.replies[-1])


# ---- §6 questions about the document itself -------------------------------------------------------
def test_dalian_46_clause_fifteen_lead_unit(live_stack):
    p = Person(live_stack)
    p.says("大政发〔2017〕46号第十五条")
    reply = p.says("牵头单位是哪个")
    assert "市人力资源社会保障局（原文作“市人社局”）（牵头）" in text(reply)
    assert not asks(reply) and "您在哪个市" not in text(reply)


def test_liaocheng_notice_number_is_said_missing_with_its_date(live_stack):
    p = Person(live_stack)
    p.says("聊城那个稳就业的通知第9条原文发我一下")
    body = text(p.says("这个文件文号是多少"))
    assert "文号：原文未载文号" in body and "印发日期：2020年3月11日" in body


def test_personal_contribution_record_is_declined_plainly(live_stack):
    body = text(Person(live_stack).says("帮我查一下我的社保缴费记录"))
    assert "查不了个人的社保缴费记录" in body and "社会保险经办机构" in body
    assert "免征" not in body and "根据" not in body
