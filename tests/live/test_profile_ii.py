"""Who is asking, and the questions steered by it: the 12345 supervisor's re-evaluation (2026-12-02,
§4 identity, §5 questionnaire, §7 comparisons and the province, §8 presentation), end to end through
POST /api/v1/chat with the real Rasa and action server. Each test is one person and asserts what they
read. None of these messages is an NLU training example (tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_profile_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import citations, text
from tests.live.test_dialogue_ii import Person, asks, warm  # noqa: F401  (warm: the module's warm-up fixture)


def said(person: Person, since: int = 0) -> str:
    return "\n".join(text(r) for r in person.replies[since:])


def cited(person: Person, since: int = 0) -> list[tuple]:
    return [(c.get("doc_number"), c.get("clause_label")) for r in person.replies[since:] for c in citations(r)]


# ---- §4 who is asking -----------------------------------------------------------------------------
def test_liaocheng_agency_correction_stays_an_agency_and_gets_the_referral_sum(live_stack):
    p = Person(live_stack)
    p.says("聊城的人力资源机构 介绍了30个高校毕业生到聊城企业稳定就业 能拿多少补贴")
    p.says("我们不是企业 是人力资源服务机构")
    p.says("30个人 能拿多少")
    body = said(p)
    assert "您是以企业身份咨询" not in body and "您是以个人身份咨询" not in body
    assert "您是以人力资源服务机构身份咨询" in body
    # ended on 2020-05-03: its standard, and no sum for the 30 as if payable today (eval18 P09)
    assert "按每人120元标准给予职业介绍补贴" in body and "3600元" not in body
    assert "2020年5月3日" in body and "已到期" in body


def test_worker_owed_wages_is_a_person_sent_to_labour_inspection(live_stack):
    p = Person(live_stack)
    body = text(p.says("老板欠我三个月工资不给 我要投诉"))
    assert "劳动保障监察" in body and "12345" in body
    assert "您是以企业身份咨询" not in body and "见习" not in body and "房产税" not in body


def test_dalian_self_employed_is_not_offered_the_firms_refund(live_stack):
    p = Person(live_stack)
    body = text(p.says("大连的 我是进城务工的 个体户 能交住房公积金吗"))
    assert "您是以企业身份咨询" not in body
    assert "稳岗返还" not in body and "企业划型" not in body


def test_lingyuan_veteran_out_of_work_two_years_hears_the_veterans_clause(live_stack):
    p = Person(live_stack)
    first = p.says("退伍兵 凌源的 回来两年了一直没工作 有啥照顾政策")
    body = text(first)
    assert "连续失业1年以上的退役军人" in body and "参照就业困难人员享受相关政策" in body
    assert ("辽政发〔2020〕9号", "（十六）") in cited(p)
    assert "高校毕业生吗" not in body and "安家补助" not in body


def test_dalian_new_graduate_is_offered_graduates_measures_only(live_stack):
    p = Person(live_stack)
    body = text(p.says("我是大连理工今年刚毕业的 还没找到工作 有啥政策能帮我"))
    assert "高校毕业生" in body
    assert "低保渐退" not in body and "距法定退休年龄不足1年" not in body and "退休" not in body
    assert "湖北" not in body


def test_dalian_firm_hiring_poor_people_in_2020_sees_the_7800_deduction(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-15"})
    body = text(p.says("大连企业 2020年8月招了2个建档立卡贫困人口 签了两年合同交了社保 税收上能减多少"))
    assert "7800元" in body
    body = text(p.says("三年一共能减多少"))
    assert "每年最高15600元" in body and "3年" in body
    assert ("大政发〔2020〕18号", "（二）") in cited(p) or ("大政发〔2020〕18号", "(二)") in cited(p)


# ---- §5 the questionnaire -------------------------------------------------------------------------
def test_dalian_refund_premiums_paid_are_read_and_the_sum_computed(live_stack):
    p = Person(live_stack)
    p.says("大连 稳刚返还 中小微企业 反多少")
    before = len(p.replies)
    body = text(p.says("上年交了失业保险费八万六"))
    assert "100% × 86000元 = 86000元" in body
    p.answer_all("不清楚")
    later = said(p, before)
    assert "依法参加失业保险" not in later  # paying premiums says so
    assert "没听明白" not in later


def test_dalian_large_firm_said_before_the_questions_is_not_asked_its_size(live_stack):
    p = Person(live_stack)
    p.says("大连 稳岗反还 大型企业 能返不")
    p.says("俺们企业去年效益不好 但是一个人没裁")
    p.answer_all("不清楚")
    assert "贵企业属于哪一类" not in said(p)


def test_dalian_firm_asking_the_total_gets_the_sum_not_a_puzzle(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-01"})
    p.says("我们公司在大连，2020年招了5个应届毕业生，签了两年合同也交了社保，一次性吸纳就业补贴能领多少？")
    before = len(p.replies)
    p.says("总共能拿多少")
    later = said(p, before)
    assert "没听明白" not in later
    assert "12500元" in later


def test_lingyuan_apprenticeship_half_in_advance_is_checked_against_the_text(live_stack):
    p = Person(live_stack)
    p.says("凌源的 俺们厂子想带徒弟 学徒制 国家给钱不 一个徒弟给多少 嘎哈用的")
    p.says("学徒一个人一年给多少")
    body = text(p.says("先给一半是真的吗"))
    assert "预支不超过 50% 的补贴资金" in body
    assert "没有理解" not in body


def test_what_registering_as_unemployed_gives_is_answered(live_stack):
    p = Person(live_stack)
    p.says("城镇登记失业人员是啥意思")
    p.says("大连的")
    reply = p.says("登记了有啥用")
    assert "申请享受" in text(reply) and citations(reply)
    assert "目前没有需要您回答的问题" not in text(reply)


def test_liaocheng_loan_interest_how_much_is_not_a_dead_end(live_stack):
    p = Person(live_stack)
    p.says("聊城 创业但保贷款 利息贴不贴")
    reply = p.says("贴多少")
    assert "没有理解" not in text(reply) and citations(reply)


def test_liaocheng_unemployment_benefit_still_so_is_answered_from_the_clause(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-04-15"})
    p.says("聊城 2020年4月失业的 失业保险金标准是多少")
    p.says("那距离退休不到一年的 失业金能一直领吗")
    body = text(p.says("现在还是这样吗"))
    assert "没有找到" not in body and "距法定退休年龄不足1年" in body


# ---- §7 comparisons and the province ---------------------------------------------------------------
def test_agent_compares_dalian_and_liaocheng_refunds_side_by_side(live_stack):
    p = Person(live_stack)
    reply = p.says("坐席查询：大连和聊城的稳岗返还标准有啥不一样")
    body = text(reply)
    assert "【大连市】" in body and "【聊城市】" in body
    assert "100%" in body and "50%" in body
    assert {c.get("region") for c in citations(reply)} >= {"大连市", "聊城市"}


def test_jinzhou_graduate_is_told_plainly_the_provinces_measures_apply(live_stack):
    p = Person(live_stack)
    p.says("锦州的 应届大学生 有啥就业补贴")
    body = text(p.says("那辽宁省的政策我能用吗"))
    assert body.startswith("能。") and "锦州市属于辽宁省" in body


def test_dalian_low_income_family_asks_if_the_provinces_rule_applies(live_stack):
    p = Person(live_stack)
    p.says("俺是大连低保户 找着活了 低保是不是就没了")
    body = text(p.says("辽宁省那个继续给3到12个月低保的 大连执行吗"))
    assert body.startswith("能。") and "大连市属于辽宁省" in body
    assert "继续给予3至12个月的低保救助" in body and "6个月内不计算劳动收入" in body


# ---- §8 presentation --------------------------------------------------------------------------------
def test_the_question_moved_to_another_place_is_restated_as_a_person_says_it(live_stack):
    p = Person(live_stack)
    p.says("北京朝阳区的 失业了有啥补贴")
    body = text(p.says("那辽宁的呢 我老家大连的"))
    assert "北京朝阳区的" not in body and "失业了有啥补贴" in body
    assert "大连市" in body
