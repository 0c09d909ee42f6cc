"""Evaluation 13's findings answered at the turn (/work/eval13/findings-A.md, findings-B.md), on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import own_group
from actions.earlier_facts import said_earlier
from actions.fact_answers import read_answer
from actions.profile_facts import extract
from tests.actions.conftest import answer_texts

DAY = date(2020, 10, 20)


def _count(text: str, fact: str = "new_hires_long_term_unemployed"):
    return read_answer(fact, {"text": text, "entities": []}, text, DAY)[0]


def test_a_count_of_a_wider_group_is_not_none_of_the_group_asked():
    # before (K05): "3个都是 登记失业都一年多了" to "…登记失业半年以上的人员？" was 0, and 吸纳 left the summary
    assert _count("三个都是 登记失业都快两年了") == 3
    assert _count("4个，都失业半年了") == 4
    # registered, for how long not said: not read (asked again), never 0 and never taken as half a year
    assert _count("2个都是登记失业的") is None
    # another group altogether is still none of this one
    assert _count("就这5个大学生") == 0


def test_hires_said_without_the_verb_again_and_graduates_not_hired():
    said = extract("没招应届生，就这4个失业一年多的。那个吸纳补贴能给多少", DAY)
    assert said.get("new_hires_long_term_unemployed") == 4
    said = extract("2个 一个大学生也没招", DAY)
    assert said.get("applicant_type") == "enterprise" and said.get("new_hires_graduates") == 0
    assert "is_college_graduate" not in said  # before: the firm was taken for a graduate


def test_a_firms_earlier_words_about_its_hires_are_not_its_status(convo):
    convo.slots["applicant_type"] = "enterprise"
    convo.say("就这两个下岗的，失业一年多了", "inform")
    convo.say("按我的情况算一算", "check_eligibility")
    # before (K05): the summary said "就业状态：失业" of the firm
    assert "employment_status" not in said_earlier(convo.tracker(), DAY)


def test_whether_a_person_counts_as_hard_to_employ_is_answered_from_the_list():
    woman = {
        "applicant_type": "person",
        "region": "大连市",
        "age": 46,
        "gender": "female",
        "employment_status": "unemployed",
    }
    reply = own_group.reply("我这个岁数的下岗女工能不能算就业困难人员", woman, DAY, None)
    assert reply is not None and "范围包括" in reply.text and "辽政发〔2020〕9号" in reply.text
    assert "按女工人的退休年龄约3至4年，在“距法定退休年龄5年以内”之列" in reply.text
    assert "按女干部的退休年龄约8至9年，不在“距法定退休年龄5年以内”之列" in reply.text
    assert "已办理失业登记" in reply.text and "以经办部门为准" in reply.text
    # to the pending question, in the person's short words
    man = {
        "applicant_type": "person",
        "region": "凌源市",
        "age": 57,
        "gender": "male",
        "unemployment_registered": False,
    }
    reply = own_group.reply("那我这样的能认定不", man, DAY, "is_hard_to_employ")
    assert reply is not None and "在“距法定退休年龄5年以内”之列" in reply.text and "须先办理失业登记" in reply.text
    # a statement is a fact of the case, not a question; 聊城's documents list no such group
    assert own_group.reply("我已经认定为就业困难人员了", woman, DAY, None) is None
    # eval45 C06: where no text lists the group (聊城), that is said first, with the place's sentences naming it
    liaocheng = own_group.reply("我能不能算就业困难人员", {**woman, "region": "聊城市"}, DAY, None)
    assert liaocheng is not None and liaocheng.text.startswith("收录的聊城市政策原文没有写明就业困难人员的范围"), (
        liaocheng
    )


def test_no_worked_sum_for_a_group_the_person_never_said_they_belong_to(convo):
    from actions.cited_replies import ActionAnswerQuestion
    from actions.eligibility import ActionStartEligibility

    meta = {"as_of": "2020-10-20"}
    convo.say("大连 我46了 厂子黄了 一次性求职创业补贴有吗", "check_eligibility", metadata=meta)
    convo.run(ActionStartEligibility())
    convo.say("那1000块我能拿多少", "ask_policy", metadata=meta)
    body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    # before (K04): "按您前面说的情况计算：1000元" to a 46-year-old laid-off worker who never said she was a graduate
    assert "按您前面说的情况计算：1000元" not in body


def _start(convo, text: str, as_of: str) -> str:
    from actions.eligibility import ActionStartEligibility

    convo.say(text, "check_eligibility", metadata={"as_of": as_of})
    return "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))


def test_a_flexible_worker_who_said_no_group_hears_the_hard_to_employ_measure_before_the_graduates(convo):
    body = _start(convo, "大连的 在家开网店 没单位 社保全是自己交 灵活就业社保补贴我能申请吗", "2020-10-20")
    # before (K04): 1. 离校1年内未就业高校毕业生灵活就业社会保险补贴, to a woman who never spoke of school
    first = body.split("1. ", 1)[1].split("\n", 1)[0]
    assert "高校毕业生" not in first and "就业困难" in first


def test_a_person_past_the_retirement_age_is_told_so(convo):
    body = _start(convo, "我今年62 男的 在大连 单位把我辞了 能领点啥", "2020-06-08")
    # before (eval12 J06): never told, and asked whether his 失业保险金 had run out
    # eval40 H24: said with what the texts hold for those past it (actions/past_retirement.py)
    assert "按您说的年龄（62岁，男）推算，已过法定退休年龄" in body, body
    assert "已到法定退休年龄" not in _start(convo, "我今年52 男的 在大连 单位把我辞了 能领点啥", "2020-06-08")


def test_not_yet_reviewed_for_a_loan_is_not_found_ineligible():
    # before (K08): "否 还没去审" stored 不符合, and the next turn said "不能…按您说的情况不符合"
    for said in ("否", "还没去审呢", "没有"):
        assert read_answer("guarantee_loan_eligible", {"text": said, "entities": []}, said, DAY) == (None, True)
    assert read_answer("guarantee_loan_eligible", {"text": "是", "entities": []}, "是", DAY) == (True, False)


def test_a_year_of_an_event_does_not_move_the_day_asked_and_a_measure_named_by_its_group_is_no_fact():
    from actions.context import date_in_text

    # before (eval12 J02): "2018年开始吃低保" moved the day asked to 2018-12-31; "湖北籍的那个…" stored 湖北籍：是
    for said in ("我家是2018年开始领低保的，现在还在领", "2019年办的失业登记 一直没找着活"):
        assert date_in_text(said, DAY, loose=True) is None, said
    assert date_in_text("按2018年的政策算", DAY) == date(2018, 12, 31)
    assert "is_hubei_native" not in extract("湖北籍的那个跟俺有关系不", DAY)
    assert extract("俺是湖北籍的", DAY).get("is_hubei_native") is True


def test_whether_one_can_register_as_unemployed_is_answered_from_the_sentence_that_says_who_registers(convo):
    body = _start(convo, "俺62了 铁岭的 原来在水泥厂上班 厂子关门了 想去办个失业登记 能办不", "2020-07-01")
    # before (K10): read as 企业, the hiring subsidies listed, then "不能" from the 失业保险金 clause
    # which level answers is said first (eval69 LA05: 丹东 heard nothing of it)
    assert (
        body.startswith("铁岭市属于辽宁省，目前没有收录铁岭市本级的文件")
        and "\n办理失业登记，原文是这样规定的：" in body
    )
    assert "劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者，可在户籍地或常住地办理失业登记" in body
    assert "您已到法定退休年龄，而上述规定说的是劳动年龄内的劳动者" in body and "吸纳" not in body
    # a text not yet issued on the day asked is not quoted (辽政发〔2020〕9号, 2020-04-02)
    body = _start(convo, "凌源的 能不能办失业登记", "2019-11-20")
    assert "凌政发〔2019〕14号" in body and "辽政发" not in body


def test_whether_one_can_draw_unemployment_pay_is_not_answered_with_the_extension_to_retirement():
    from actions import jobless_pay

    young = {"applicant_type": "person", "region": "大连市"}
    reply = jobless_pay.reply("我没大连户口 公司给交了社保 被辞了 可不可以领失业金 一个月多少钱", young, DAY)
    # before (eval14 L22): "要看您是否符合这些条件：…领取失业保险金期满仍未就业；距离法定退休年龄不足1年"
    assert reply is not None and reply.text.startswith("所收录的政策文件没有写明领取失业保险金的条件和期限")
    assert "距离法定退休年龄不足1年" not in reply.text and "可在户籍地或常住地办理失业登记" in reply.text
    assert "原文没有写明失业保险金每月发多少" in reply.text
    reply = jobless_pay.reply("那失业补助金呢 我能领不", young, DAY)
    assert reply is not None and "不符合领取失业保险金条件等情形的参保失业人员，发放失业补助金" in reply.text
    # near retirement, the extension is said of their own age; 聊城 states the standard, so no "没有写明…多少"
    old = {"applicant_type": "person", "region": "聊城市", "age": 59, "gender": "male"}
    reply = jobless_pay.reply("失业金我能领吗 一个月多少", old, DAY)
    assert "上调至当地最低工资标准的90%" in reply.text and "原文没有写明失业保险金每月发多少" not in reply.text
    assert "距法定退休年龄约0至1年，不足1年" in reply.text
    # the period and the standard alone are another answer's (actions/benefit_unset.py)
    assert jobless_pay.reply("失业金能领几个月", young, DAY) is None
