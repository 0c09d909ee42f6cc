"""What the text says, said: the 12345 supervisor's third evaluation (/work/eval3/findings.md B3, B4,
B7, B8), end to end through POST /api/v1/chat with the real Rasa and action server. Each test is one
person and asserts what they read. The messages are the evaluation's own (live tests may use them;
they are not NLU training examples, tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_eval3_answers.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import citations, clause_ids, text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

NOT_WRITTEN = "原文没有写明"


# ---- B3: never "原文没有写明…" when the sentence quoted (or the province's text) says it ----------------
def test_dalian_graduates_social_insurance_subsidy_is_one_year(live_stack):
    p = Person(live_stack)
    p.says("大连 企业新招了毕业年度的大学生 社保有补贴吗")
    body = text(p.says("补多长时间"))
    assert "给予1年的社会保险补贴" in body and NOT_WRITTEN not in body


def test_liaocheng_deferral_asked_how_long_reads_the_deferral_sentence(live_stack):
    p = Person(live_stack)
    p.says("我在聊城开了个小超市 8个员工 今年生意不好 社保能缓交吗")
    reply = p.says("缓多长时间")
    body = text(reply)
    assert "缓缴期限原则上不超过6个月" in body and NOT_WRITTEN not in body
    assert "医疗保险单位缴费费率" not in body


def test_lingyuan_traineeship_longest_period_is_three_to_twelve_months(live_stack):
    p = Person(live_stack)
    p.says("凌源 见习补贴")
    p.says("别问了直接告诉我见习补贴标准")
    reply = p.says("那凌源见习期最长多久")
    body = text(reply)
    assert "见习期限调整为 3—12 个月" in body and NOT_WRITTEN not in body
    assert clause_ids(reply) == ["lingyuan-2019-14:3.3"]


def test_lingyuan_loan_counter_guarantee_reads_the_province_which_applies_there(live_stack):
    p = Person(live_stack)
    p.says("凌源 创业担保贷款 去哪申请 要啥材料")
    reply = p.says("需要反担保吗")
    body = text(reply)
    assert "对优质创业项目免除反担保要求" in body and "辽宁省的文件在凌源市适用" in body
    assert clause_ids(reply) == ["lingyuan-2019-14:4.7", "liaoning-2020-9:1.2"]


# ---- B4: a follow-up stays on the clause in play ------------------------------------------------------
def test_liaocheng_clause_21_since_when_stays_on_clause_21(live_stack):
    p = Person(live_stack)
    p.says("聊城稳就业通知第21条 失业保险金标准怎么定的")
    reply = p.says("从什么时候开始执行")
    body = text(reply)
    assert clause_ids(reply) == ["liaocheng-2020:6.21"]
    assert "2020年2月起" in body and "自2020年2月1日起实施" in body and "大政发" not in body
    reply = p.says("牵头单位是谁")
    assert clause_ids(reply) == ["liaocheng-2020:6.21"] and "原文未标明牵头单位" in text(reply)


def test_shenyang_agency_asked_the_cap_reads_the_province_clause_it_was_given(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    p.says("沈阳一家人力资源服务机构 疫情期间给生产口罩的企业推荐成功就业30人 服务补助能拿多少")
    p.says("30个人一共多少")
    reply = p.says("每户最多多少")
    assert clause_ids(reply) == ["liaoning-2020-9:3.10"]
    assert "每户人力资源服务机构补助金额最高不超过10万元" in text(reply) and "超出了我的服务范围" not in text(reply)


def test_dalian_online_training_days_stay_on_the_training_clause(live_stack):
    p = Person(live_stack)
    p.says("大连 俺家孩子初中毕业没上学 农村的 参加线上培训 有生活费补贴没")
    p.says("一个月多少")
    reply = p.says("培训了20天 能给多少")
    assert clause_ids(reply) == ["dalian-2020-18:3.16"]
    assert "每人每月 150 元" in text(reply) and "劳动预备制" not in text(reply)


def test_liaoning_clause_ten_then_dalian_then_liaocheng_keeps_the_measure(live_stack):
    p = Person(live_stack)
    p.says("辽宁那个稳就业的文件第十条")
    p.says("具体标准是多少钱 大连的")
    reply = p.says("那聊城呢")
    assert clause_ids(reply)[0] == "liaocheng-2020:1.1" and "1000元" in text(reply)


def test_liaocheng_housekeeper_where_to_sign_up_is_not_out_of_scope(live_stack):
    p = Person(live_stack)
    p.says("聊城 我是干家政的保姆 没单位 参加培训有补贴吗")
    body = text(p.says("在哪报名"))
    assert "超出了我的服务范围" not in body and "原文没有写明培训补贴的申请地点和办理流程" in body


def test_dalian_public_welfare_job_pay_then_until_retirement(live_stack):
    p = Person(live_stack)
    p.says("俺老伴儿今年五十六了 厂子黄了 搁家待着呢 大连这边听说有啥公益岗 能给安排不")
    reply = p.says("一个月给多少钱呐")
    assert "补贴标准为当地最低工资标准" in text(reply) and clause_ids(reply) == ["dalian-2017-46:4.15"]
    body = text(p.says("那能干几年 能干到退休不"))
    assert "可延长至退休" in body and "政策享受期限可延长1年" not in body


# ---- B7: "…算不算…" gets a yes/no from the defining sentence -------------------------------------------
def test_liaoning_single_mother_counts_as_a_person_with_employment_difficulties(live_stack):
    p = Person(live_stack)
    body = text(p.says("遼寧省 就業困難人員 包括哪些人"))
    assert "单亲抚养未成年人者" in body and "城镇零就业家庭成员" in body
    body = text(p.says("單親媽媽算不算"))
    # eval45 C13: the item is narrower than the group asked (未成年): a conditional verdict, never a plain 算
    assert body.startswith("要看是否符合原文所列的“单亲抚养未成年人者”") and "以经办部门认定为准" in body, body


def test_lingyuan_zero_employment_family_counts_and_no_fact_is_stored(live_stack):
    p = Person(live_stack)
    body = text(p.says("凌源这边 零就业家庭的人 算不算就业困难人员"))
    assert body.startswith("算。") and "城镇零就业家庭成员" in body and "以经办部门认定为准" in body
    assert "我了解到的情况" not in body and "已被认定为就业困难人员：否" not in body


def test_dalian_veteran_out_of_work_a_year_may_be_treated_as_one(live_stack):
    p = Person(live_stack)
    body = text(p.says("大连 退役军人 失业一年多了 介绍了两回工作都没成 算不算就业困难人员"))
    assert body.startswith("可以参照就业困难人员享受相关政策")
    assert "连续失业1年以上的退役军人" in body and "以经办部门认定为准" in body
    assert "我了解到的情况" not in body


# ---- B8: out-of-scope asks declined plainly; a place outside told plainly --------------------------------
def test_income_tax_and_minimum_wage_are_declined_without_a_clause(live_stack):
    p = Person(live_stack)
    reply = p.says("帮我算算个人所得税 我月薪8000")
    assert "这里不能计算个人所得税" in text(reply) and citations(reply) == []
    reply = p.says("那你能帮我查大连最低工资吗")
    assert "这里查不到各地最低工资标准的具体数额" in text(reply) and citations(reply) == []
    assert "资本金" not in text(reply)


def test_jining_person_is_told_liaocheng_policy_does_not_apply(live_stack):
    p = Person(live_stack)
    p.says("我在山东济宁 下岗了 有啥补贴")
    p.says("那山东省的政策你有吗")
    reply = p.says("聊城的政策我能用吗")
    body = text(reply)
    assert body.startswith("不能。") and "济宁" in body and citations(reply) == []
    assert "现就有关事项通知如下" not in body
