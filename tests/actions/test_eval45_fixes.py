"""Evaluation 45's findings (/work/eval45/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from knowledge.eligibility.engine import default_engine
from tests.actions.conftest import asked, started


def test_one_hired_asking_whose_money_it_is_hears_it_is_the_units(convo):
    # before (C24): "这钱是给我的还是给公司的" was read as the firm, then the 2500元 clause again, never "发给企业"
    found = extract("我在大连一家小厂刚入职 老板说招我有政府补贴", date(2021, 6, 1))
    assert found.get("applicant_type") == "person" and "enterprise_size" not in found, found
    body = asked(convo, "我在大连 公司招了我 说能领补贴 这钱是给公司的还是给我的", as_of="2021-06-01")
    assert body.startswith("招人的补贴是给招用的单位的，不发给个人"), body
    assert "对新招用毕业年度或登记失业的高校毕业生就业的各类用人单位" in body, body


def test_a_single_parent_family_is_no_plain_yes_against_a_narrower_item(convo):
    # before (C13, rated 1): "算。原文把“城镇零就业家庭成员”列入…" by the shared word 家庭
    asked(convo, "辽政发〔2020〕9号 第十六条", as_of="2026-12-01")
    asked(convo, "就业困难人员都包括哪些人", as_of="2026-12-01")
    body = asked(convo, "单亲家庭算不算", as_of="2026-12-01")
    assert body.startswith("要看是否符合原文所列的“单亲抚养未成年人者”"), body
    assert "零就业家庭成员”列入" not in body, body


def test_an_undefined_word_of_another_place_is_found_there_not_in_the_place_in_play(convo):
    # before (C23): "两后生 是什么意思" after a 凌源 clause heard 凌源's 稳岗返还 as "最接近的一条"
    asked(convo, "凌源 就业见习 是什么意思", as_of="2026-12-01")
    body = asked(convo, "两后生是什么意思", as_of="2026-12-01")
    assert "都没有给“两后生”下定义" in body and "大政发〔2020〕18号" in body and "稳岗" not in body, body


def test_a_text_issued_after_the_day_asked_is_not_named_to_a_caller_of_that_day(convo):
    # before (C22, 2020-02-15): "与您的问题最相关的辽政发〔2020〕9号（2020年4月2日印发）按…还没有出台"
    body = asked(convo, "我在凌源 失业了 失业金能不能在网上申请", as_of="2020-02-15")
    assert "辽政发〔2020〕9号" not in body and "2020年4月2日" not in body, body
    assert "凌政发〔2019〕14号" in body, body


def test_hires_in_february_2020_are_epidemic_hires_and_a_contract_said_with_de_is_read():
    # before (C20): "2月份新招了20个工人 都签的一年合同" was asked the count and the contracts again
    found = extract("我们是大连做口罩的 2月份新招了15个工人 都签的一年合同", date(2020, 4, 10))
    assert found["epidemic_new_hires"] == 15 and found["contract_one_year_plus"] is True, found
    assert "epidemic_new_hires" not in extract("我们5月份新招了3个人", date(2020, 7, 1))


def test_where_to_register_as_unemployed_is_answered_first(convo):
    # before (C01, rated 1): "去哪登记失业" asked four times, the sentence only under "其他相关规定"
    body = started(convo, "我在大连 厂子关了 我没工作了 去哪登记失业啊", as_of="2026-12-01")
    assert body.startswith("办理失业登记，原文是这样规定的："), body
    assert "可在户籍地或常住地办理失业登记" in body, body


def test_a_measure_named_after_a_clause_in_play_turns_to_that_measure(convo):
    # before (C18): "那招人的补贴 我们能领多少" after 聊城 第4条's 预付货款 heard 第4条 again
    asked(convo, "聊城的医药公司 听说能提前预付医药货款？", as_of="2020-06-20")
    body = asked(convo, "那招人的补贴 我们能拿多少", as_of="2020-06-20")
    assert "第1条" in body.split("\n")[0] and "预付医药货款" not in body, body


def test_a_sentence_whose_period_ran_out_before_its_text_was_issued_has_no_start_after_its_end():
    # before (C24): the card of 大政发〔2020〕18号（二）'s 2020 一季度 exemption read "2020-06-30至2020-03-31"
    from answers import validity_words
    from knowledge.records import load_clauses

    for rec in load_clauses():
        for s in rec.sentences:
            v = validity_words.own(rec, s, date(2021, 6, 1))
            assert not (v.get("start") and v.get("end") and v["start"] > v["end"]), (rec.clause_id, s.index, v)


def test_epidemic_period_measures_years_later_are_not_asked_item_by_item(convo):
    # before (C01): in 2026 the summary asked a woman of 52 "您是湖北籍吗" and about 疫情期间 online training
    from answers.summary import summary

    profile = {"applicant_type": "person", "region": "大连市", "employment_status": "unemployed", "age": 52}
    result = default_engine().evaluate(profile, date(2026, 12, 1))
    reply = summary(result)
    assert "疫情期间您是否参加了线上职业培训" not in reply.text and "期限与疫情防控期间挂钩的措施" in reply.text, (
        reply.text
    )


def test_a_group_and_a_figure_named_after_a_clause_point_to_the_sentence_holding_both(convo):
    # before (C04): "那个残疾毕业生社保补贴60%…" after 46号（十二） heard its 30% for graduates (60% is its 基数)
    started(convo, "我儿子今年毕业 有残疾证 还没找到工作 在大连 能享受啥", as_of="2020-10-20")
    body = asked(convo, "那个残疾毕业生社保补贴60%的 一个月能补多少 能补几年", as_of="2020-10-20")
    assert "对离校2年内未就业的残疾高校毕业生，灵活就业后缴纳社会保险费的" in body.split("\n")[1], body


def test_no_plain_no_when_a_sentence_quoted_beside_the_ended_one_still_may_run(convo):
    # before (C05): "稳岗返还…能返不" heard "不能：所引规定已于2020年12月31日到期" above a 疫情防控期间 sentence
    asked(convo, "锦州开饭店的 雇了8个人 有啥扶持", as_of="2021-03-15")
    body = asked(convo, "那稳岗返还呢 餐饮受疫情影响大 一个没裁 能返不", as_of="2021-03-15")
    assert not body.startswith("不能：所引规定已于"), body


def test_hires_said_to_be_long_registered_are_counted_for_the_firm():
    # before (C09): "那两个失业的登记失业有大半年了" was never counted; the 2500元 total stayed "其余人数未知"
    from actions.profile_applicant import keep_applicant

    said = "就6月这7个 那两个失业的登记失业有大半年了"
    assert keep_applicant(extract(said, date(2020, 7, 10)), "enterprise", said)["new_hires_long_term_unemployed"] == 2
    assert "new_hires_long_term_unemployed" not in keep_applicant(extract(said, date(2020, 7, 10)), "person", said)


def test_one_past_retirement_asking_for_jobless_pay_hears_no_measures_up_to_retirement(convo):
    # before (C10): at 62 he heard "距法定退休年龄不足1年的继续发放至退休" and was asked how far he was from retirement
    body = started(convo, "我63了 男的 聊城的 看大门的活没了 失业金能领不", as_of="2026-12-01")
    assert "已到法定退休年龄" in body and "与您的问题相关的政策有" not in body, body
    assert not convo.slots.get("candidates"), convo.slots.get("candidates")
