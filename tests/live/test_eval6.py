"""The 12345 supervisor's sixth evaluation (/work/eval6/findings-A.md, findings-B.md), end to end through
POST /api/v1/chat with the real Rasa and action server. Each test is one person and asserts what they read;
the messages are the evaluation's own (live tests may use them; they are not NLU training examples).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval6.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def said(person: Person, since: int = 0) -> str:
    return "\n".join(text(r) for r in person.replies[since:])


# ---- A1 / E02, E07: sums as people say them ------------------------------------------------------
def test_liaocheng_small_works_42_thousand_is_read_and_refunded_by_half(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    first = text(p.says("我们是聊城一家28人的小厂，疫情期间没裁员，稳岗返还能返多少？"))
    assert "您是以企业身份咨询" in first and "以什么身份申请" not in first
    body = text(p.says("是，去年交了失业保险一共4万2"))
    assert "上年度实际缴纳的失业保险费：42000元" in body
    body = text(p.answer_all("不清楚"))
    assert "50% × 42000元 = 21000元" in said(p)
    assert "0.5元" not in said(p) and "× 1元" not in said(p)
    assert "第5条" in body


def test_dalian_branch_60_thousand_in_any_word_order_and_no_end_stated(live_stack):
    p = Person(live_stack)
    p.says("那我们在大连有个分公司，中小企业，28个人，去年企业和职工一共交失业保险6万，没裁员，能返多少")
    body = text(p.answer_all("不清楚"))
    assert "100% × 60000元 = 60000元" in said(p) and "6元" not in said(p)
    # a 2020 measure whose text states no end is not headed "可以申请" today, and (eval16 N11) not summed
    assert "条件相符、但自2020年起实施且原文未载明截止日期的（1项，至今已逾" in body and "未计入合计" in body
    assert "可以申请的补贴（" not in body and "\n合计：" not in body
    assert "根据目前的信息，没有能确定现在仍在执行的补贴。" in body


# ---- B1 / E18: "原文给我" is the whole clause just cited ------------------------------------------
def test_the_text_asked_for_as_a_hotline_agent_asks_it(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    p.says("大政发〔2020〕18号第九条")
    body = text(p.says("原文给我"))
    assert "对同一类人员的补助或补贴不可同时享受" in body and "没有找到与您的问题直接对应的条款" not in body


# ---- B2 / E20, E26: "那沈阳呢" is the same question for the province ------------------------------
def test_then_shenyang_after_beijing(live_stack):
    p = Person(live_stack)
    p.says("我在北京朝阳区，失业了能领什么补贴")
    body = text(p.says("那沈阳呢"))
    assert body.startswith("沈阳市属于辽宁省，目前没有收录沈阳市本级的文件")
    assert "“失业了能领什么补贴”" in body and "跨境电子商务" not in body


def test_shenyang_after_a_provincial_clause(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-05-01"})
    p.says("辽宁省稳就业若干意见第十条")
    body = text(p.says("沈阳呢"))
    assert body.startswith("沈阳市属于辽宁省") and "还有什么可以帮您" not in body


# ---- C1, C2 / E21, E22: a definition is its defining sentences -----------------------------------
def test_flexible_employment_is_defined_by_its_forms(live_stack):
    body = text(Person(live_stack).says("灵活就业是什么意思"))
    assert "通过临时性、非全日制、季节性、弹性工作等灵活多样形式实现就业" in body
    assert "户籍限制" not in body


def test_hard_to_employ_is_defined_with_its_list(live_stack):
    body = text(Person(live_stack).says("什么算就业困难人员"))
    assert "就业困难人员指因身体状况、家庭因素等原因难以实现就业的城镇登记失业人员" in body
    assert "范围包括城镇零就业家庭成员" in body and "单亲抚养未成年人者" in body


# ---- E04: a button's words typed out are the button ------------------------------------------------
def test_typed_check_button_starts_the_questions_on_the_question_answered(live_stack):
    p = Person(live_stack)
    p.says("残疾人开店有房租补贴吗")
    body = text(p.says("按我的情况算一算"))
    assert "没有找到与您的问题直接对应的条款" not in body
    assert "残疾人：是" in body and "6000元/年" in body


# ---- a "no" that says more is not a dead end ---------------------------------------------------------
def test_not_a_full_year_after_the_unemployment_benefit_clause(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    p.says("俺在聊城 被厂里辞退了 能领失业金不")
    body = text(p.says("俺没交够一年"))
    # "被厂里辞退了" is a person's now (the form opens on it): "俺没交够一年" is read there, with what the text gives
    # for hardship; or, when a clause answer came first, "第21条…没有写到这种情况" with its units
    assert ("没有写到这种情况" in body and "市人力资源社会保障局" in body) or (
        "参保缴费不满1年" in body and "以经办部门认定为准" in body and "第21条" in body
    ), body
    assert "还有什么可以帮您" not in body and "展期" not in body


# ---- D1 / E33, E28: what was said is not asked --------------------------------------------------------
def test_first_shop_is_not_asked_if_first_business(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-01"})
    p.says("我是残疾人，在大连租了个门面第一次开店，有啥补贴")
    assert "您是初次创业" not in said(p)
    p.answer_all("不清楚")
    assert "您是初次创业" not in said(p)


# ---- E13: the sentence that answers word for word leads -------------------------------------------------
def test_self_employed_startup_leader_social_insurance(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    body = text(p.says("个体户能享受创业带头人社保补贴吗 我在辽宁朝阳开了个小饭馆 雇了3个下岗的"))
    assert "被认定为创业带头人的个体工商户可参照享受创业带头人社会保险补贴政策" in body
    assert body.index("与您的问题直接相关的原文") < body.index("被认定为创业带头人的个体工商户")


# ---- E15: "不是啥重点保障企业" is not one; "一个人给多少" is no head count ---------------------------------
def test_ordinary_restaurant_is_not_a_key_enterprise(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    body = text(p.says("咱大连这疫情期间新招的员工做核酸检测能报销不？一个人给多少"))
    assert "150元/人 × 1人" not in body
    body = text(p.says("俺们就是普通饭店 不是啥重点保障企业 能报不"))
    # read as not one; "普通饭店" is not a key project's builder either (eval7 R10 ruling, docs/notes/dialogue-ii.md):
    # neither group of the clause is asked about
    assert "是否为疫情防控重点保障企业" not in body and "是否列入" not in body
    assert "是否为重点项目的建设单位或施工单位" not in body


# ---- E03: "那聊城有这个政策吗" ------------------------------------------------------------------------------
def test_does_liaocheng_have_this_policy(live_stack):
    body = Person(live_stack, {"channel": "web", "as_of": "2020-09-01"}).after(
        "大学毕业生到小微企业就业有社保补贴吗", "那聊城有这个政策吗"
    )
    assert "离校2年内未就业高校毕业生，到小微企业就业或灵活就业的，给予社会保险补贴" in body
    assert "没有找到与您的问题直接对应的条款" not in body


# ---- E12: a condition of the clause just cited ---------------------------------------------------------
def test_is_my_case_under_a_third(live_stack):
    body = Person(live_stack, {"channel": "web", "as_of": "2020-07-15"}).after(
        "见习协议签的12个月，干到第9个月单位就跟我签了劳动合同，单位的见习补贴还能拿全吗", "那我这情况算不算不足1/3？"
    )
    assert "见习期满不足1/3时与高校毕业生签订劳动合同的" in body and "法定退休年龄" not in body
