"""Evaluation 9's findings answered at the turn (/work/eval9/findings-B.md G30, G28, G31): the real engine, search
and knowledge base. The messages here are written for these tests, not the evaluation's (those are live tests)."""

from __future__ import annotations

from datetime import date

from actions.eligibility import ActionStartEligibility
from actions.named_documents import which_part
from retrieval.references import find_reference
from tests.actions.conftest import answer_texts

DAY = date(2026, 12, 3)


def test_a_sole_trader_asking_whether_the_loan_is_for_him_hears_yes_with_its_sentence_first(convo):
    convo.say("个体工商户可不可以申请创业担保贷款，我在大连开修车铺", "check_eligibility")
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    lead = next(line for line in body.split("\n") if line.startswith("能，"))
    assert "大政发〔2017〕46号" in lead and "均可按规定享受创业担保贷款扶持政策" in lead
    assert "以经办部门认定为准" in lead


def test_a_question_without_yes_or_no_gets_no_lead(convo):
    convo.say("个体户创业担保贷款最多贷多少，我在大连", "check_eligibility")
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    assert not [line for line in body.split("\n") if line.startswith("能，须符合")]


def test_a_clause_number_every_part_restarts_is_asked_back_with_the_headings():
    reply = which_part(find_reference("凌政发〔2019〕14号第一条讲的啥"))
    assert reply is not None and "每一部分都从“（一）”重新编号" in reply.text
    assert "一、（一）做好高校毕业生就业工作" in reply.text and "五、（一）加强组织领导" in reply.text
    assert find_reference(reply.buttons[0]["payload"]).clause_ids == ("lingyuan-2019-14:1.1",)


def test_a_clause_named_with_its_part_or_in_a_document_numbered_through_is_not_asked_back():
    assert which_part(find_reference("凌政发〔2019〕14号第一部分第一条")) is None
    assert which_part(find_reference("大政发〔2020〕18号第九条")) is None


def test_a_loan_ceiling_by_a_condition_not_yet_said_is_the_standard_not_a_sum_of_nought():
    from knowledge.eligibility.engine import default_engine

    result = default_engine().evaluate(
        {"applicant_type": "person", "region": "聊城市", "guarantee_loan_eligible": True}, date(2020, 6, 1)
    )
    loan = next(b for b in result["benefits"] if b["benefit_id"] == "liaocheng-2020.guarantee-loan-personal")
    # before (eval9 G26): "按已知人数计算，最高200000元：600000元 或 200000元（…）（未知人数或条件暂按0计…）"
    assert loan["amount"]["text"].startswith(
        "个人创业担保贷款最高额度提高为20万元，合伙创业或组织起来共同创业的提高为60万元"
    )
    assert "暂按0计" not in loan["amount"]["text"] and "已知人数" not in loan["amount"]["text"]


def test_a_person_stays_a_person_when_a_workplace_or_a_list_of_employers_is_named():
    from actions.profile_applicant import applicant_type, keep_applicant

    # eval9 G07: "没找到单位…送外卖…灵活就业交社保" was 企业; G02 "厂子没给交够" turned a wife into 企业; G13 an
    # agency's "都是些饭店超市物流公司" turned it into 企业
    assert applicant_type("毕业一直没找到单位，现在在旅顺跑外卖，自己交社保") == "person"
    said = "他那个厂子一直没给交够失业保险"
    assert "applicant_type" not in keep_applicant({"applicant_type": applicant_type(said)}, "person", said)
    listed = "来找工作的都是些商场宾馆快递公司"
    assert "applicant_type" not in keep_applicant({"applicant_type": applicant_type(listed)}, "hr_agency", listed)
    owned = "我们公司今年招了3个大学生"
    assert keep_applicant({"applicant_type": applicant_type(owned)}, "person", owned) == {
        "applicant_type": "enterprise"
    }


def test_a_firm_asking_what_tax_it_saves_hears_the_tax_deduction_first_with_its_hires_counted(convo):
    # eval9 G17: "税上能减多少" listed 创业带头人 社保补贴 first; "3个失业一年多的人" was no head count
    convo.say(
        "瓦房店一家小超市 今年2月招了3个失业两年多的人 都有就业创业证 签了合同交了社保 税能减多少",
        "check_eligibility",
        metadata={"as_of": "2021-06-01"},
    )
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    listed = body.split("与您的问题相关的政策有：", 1)[1].lstrip("\n")
    # a note on a 2017 item listed may come before the list (answers/first_answer.py)
    listed = listed.split("\n", 1)[1] if listed.startswith("提示：") else listed
    assert listed.startswith("1. 企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费")
    # ruling (eval61 DA04): the card alone is not the condition; it must note "企业吸纳税收政策", so no sum is promised
    # until that is said, and it is asked
    assert "每年最高23400元" not in listed and "注明“企业吸纳税收政策”" in listed, listed
    convo.say("都注明了企业吸纳税收政策 3个人一年能减多少", "ask_policy", metadata={"as_of": "2021-06-01"})
    from actions.cited_replies import ActionAnswerQuestion

    worked = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    assert "7800元/人 × 3人 = 最高23400元/年" in worked, worked


def test_asking_to_be_paid_part_first_quotes_the_advance_sentence(convo):
    from actions.cited_replies import ActionAnswerQuestion

    # eval9 G12: "能先拿一部分不" quoted the 80% on-the-job training sentence of the same clause
    convo.say("凌源这边企业带学徒 新型学徒制 补贴怎么给", "ask_policy", metadata={"as_of": "2019-09-01"})
    convo.run(ActionAnswerQuestion())
    convo.say("钱能提前拿一部分吗", "ask_policy", metadata={"as_of": "2019-09-01"})
    body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    assert "预支不超过 50% 的补贴资金" in body and "不超过总支出的 80%" not in body


def test_a_figure_compared_with_is_not_the_persons_own_sum():
    from actions.money_said import money_in

    # eval9 G03: "比1800多不" (the bot's own earlier result) was read as the premiums paid: 50% × 1800元 = 900元
    assert money_in("那个困难企业按6个月算的能给多少钱 比1800多不") is None
    assert money_in("比那1800块多吗 我们去年交了3600") == 3600


def test_chaoyang_district_is_not_liaonings_chaoyang_city():
    from knowledge import regions

    # eval9 G24: "我在朝阳区失业了" was 所在地：朝阳市 (辽宁) without asking; 朝阳区 is 北京's or 长春's
    assert regions.regions_in_text("我在朝阳区失业了") == []
    assert regions.regions_in_text("我在朝阳县") == ["朝阳市"] and regions.regions_in_text("我在朝阳 失业了") == [
        "朝阳市"
    ]


def test_the_check_button_typed_and_read_as_another_intent_still_opens_the_questions(convo):
    from actions.cited_replies import ActionAnswerQuestion

    # eval9 G27: "我问您几个问题（最多4个）" and then none ("然后呢，你要问什么" → "目前没有需要您回答的问题")
    meta = {"as_of": "2020-03-25"}
    convo.say(
        "东阿县一家食品厂，3月5日复工的，2月20号以后新招了20个人都签了一年合同交了社保，能拿多少",
        "ask_policy",
        metadata=meta,
    )
    convo.run(ActionAnswerQuestion())
    convo.say("按我的情况算一算", "ask_policy", metadata=meta)
    _, events = convo.run(ActionAnswerQuestion())
    assert {"event": "followup", "name": "action_start_eligibility"}.items() <= next(
        e for e in events if e.get("event") == "followup"
    ).items()
    convo.events.pop()  # the follow-up runs on the same user turn
    _, events = convo.run(ActionStartEligibility())
    assert any(
        e.get("event") == "followup" and e.get("name") in ("eligibility_form", "action_eligibility_summary")
        for e in events
    )


def test_a_definition_after_a_lookup_is_read_in_the_document_just_cited(convo):
    from actions.cited_replies import ActionAnswerQuestion

    # eval9 G20: "灵活就业指什么" right after 辽宁（十三） quoted 大连's 18号（十二）
    convo.say("辽宁省稳就业若干意见第十三条", "ask_policy")
    convo.run(ActionAnswerQuestion())
    convo.say("灵活就业指什么", "ask_policy")
    body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    assert "辽政发〔2020〕9号" in body and "大政发" not in body.split("\n")[0]
