"""Evaluation 46's findings (/work/eval46/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from answers import validity_words
from knowledge.records import load_clauses
from tests.actions.conftest import asked, started


def test_a_start_no_text_states_is_never_said_as_words_of_the_text():
    # before (N13–N24): "该项规定自2020年6月30日印发之日起实施" under nearly every reply; no document says so
    rec = next(r for r in load_clauses() if r.clause_id == "dalian-2020-18:4.17")
    v = validity_words.own(rec, rec.sentences[-1], date(2026, 12, 1))
    words = validity_words.status_words(v, date(2026, 12, 1)) + validity_words.badge(v)
    assert "印发之日起" not in words and "起实施" not in words, words
    assert "出自2020年6月30日印发的文件（未写施行日期）" in words, words


def test_what_the_texts_of_the_day_say_of_jobless_pay_comes_from_texts_issued_by_then(convo):
    # before (N22, 2020-03-15, 凌源): 辽政发〔2020〕9号（十八）, issued 2020-04-02, quoted twice
    body = started(convo, "凌源的 厂子关了 失业金能在网上申请不 一个月多少", as_of="2020-03-15")
    assert "辽政发〔2020〕9号" not in body and "凌政发〔2019〕14号" in body, body


def test_measures_whose_window_closed_are_listed_as_over(convo):
    # before (N17): 聊城 第1条's 复工 1000元 and 春节 200元 sat under "原文未载明申请期限", not under the ended ones
    asked(convo, "聊城那个通知 给企业的措施都列一下", as_of="2026-12-01")
    body = asked(convo, "其中哪些已经过期了", as_of="2026-12-01")
    assert "【享受条件的期间已于2020年3月10日结束】" in body and "复工企业一次性吸纳就业补贴" in body, body


def test_no_end_worked_out_from_an_event_is_named_as_a_texts_date(convo):
    # before (N19): "最晚到期的是…定额扣减税费（2024年11月30日到期）", a date no text gives
    body = asked(convo, "大连的政策现在哪些还有效", as_of="2026-12-01")
    assert "2024年" not in body, body


def test_which_still_runs_after_a_comparison_stays_on_the_compared_measures(convo):
    # before (N19): "现在哪个还有效" after the four-place 稳岗返还 comparison heard a count of all 54 大连 measures
    asked(convo, "稳岗返还 辽宁 大连 聊城 凌源 各自怎么规定的", as_of="2026-12-01")
    body = asked(convo, "现在哪个还有效", as_of="2026-12-01")
    assert body.startswith("按2026年12月1日计，上面稳岗返还各项的期限："), body
    assert "【辽宁省】不裁员或少裁员的中小微企业" in body and "54项" not in body, body


def test_a_standard_asked_is_answered_by_the_sentence_stating_it_not_a_length(convo):
    # before (N13): "公益性岗位补贴标准" heard 46号（十五）'s "…最长不超过3年" ("不超过3" read as a sum), then
    # "没有写明益性岗位补贴的具体金额" (the name cut at its first character)
    from answers.sentences import has_feature

    assert not has_feature("其余人员最长不超过3年", "amount") and has_feature("每户最高不超过10万元", "amount")
    asked(convo, "大政发〔2017〕46号第十五条", as_of="2026-12-01")
    body = asked(convo, "公益性岗位补贴的标准", as_of="2026-12-01")
    assert "补贴标准为当地最低工资标准" in body and "益性岗位补贴的具体金额" not in body, body


def test_a_worker_whose_plant_stopped_is_a_person(convo):
    # before (N06): "去年7月份厂里不干了 在社区登记失业一年多了 我这样的算不算就业困难人员" was read as a firm
    from actions.profile_facts import extract

    found = extract("我在聊城 46了 前年厂里不干了 登记失业一年多了 我算不算就业困难人员", date(2020, 9, 10))
    assert found["applicant_type"] == "person", found
    assert extract("我们厂里不干了 员工咋安置", date(2020, 9, 10))["applicant_type"] == "enterprise"


def test_a_measure_for_named_groups_is_no_bare_yes(convo):
    # before (N07): a rider paying his own 社保 heard "有。" of a subsidy only 就业困难人员 and recent graduates get
    body = started(convo, "我在大连送外卖 28岁 社保自己按灵活就业交 有没有社保补贴", as_of="2026-12-01")
    assert "有，但只给原文所列的人员，要看您是否属于" in body and "\n有。" not in f"\n{body}", body


def test_hires_from_a_place_outside_are_people_from_there_not_a_place_asked(convo):
    # before (N09): "招了3个湖北的 2个是大连理工毕业的" (a 大连 firm) was told 湖北 is not covered
    from actions.within_place import said_as_origin

    assert said_as_origin("招了3个湖北的 2个是大连理工毕业的", "湖北") and said_as_origin("3个湖北的里面 有2个", "湖北")
    assert not said_as_origin("我在湖北的工厂上班", "湖北")


def test_a_small_firm_asking_refunds_and_relief_hears_both_and_no_large_firms_measure(convo):
    # before (N02): 25 staff heard the large firms' 减半 among three, and 缓缴 only when asked again
    body = started(
        convo,
        "我在临清开个小加工厂 20个工人都交社保 没裁人 稳岗返还能返多少？还有社保减免和缓缴是怎么规定的",
        as_of="2020-06-01",
    )
    listed = "\n".join(line for line in body.split("\n") if line[:3] in ("1. ", "2. ", "3. "))
    assert "大型企业" not in listed and "缓缴社会保险费" in listed and "稳岗返还" in listed, body


def test_a_sum_asked_on_a_clause_stating_none_is_answered_by_the_place_s_clause_stating_it(convo):
    # before (N01): "那公益岗呢…给多少钱" on 辽宁（十六）'s list heard "原文没有写明具体金额或标准" three times; 大政发〔2017〕46号
    # （十五） says "补贴标准为当地最低工资标准"
    started(convo, "我在大连金州 58了 男的 失业了 登记了 我算不算就业困难人员", as_of="2026-12-01")
    body = asked(convo, "那公益岗呢 我能优先不 一个月给多少", as_of="2026-12-01")
    assert "补贴标准为当地最低工资标准" in body and "原文没有写明具体金额或标准" not in body, body


def test_priority_for_a_public_welfare_post_is_answered_by_the_sentence_naming_the_group(convo):
    # before (N12, eval47 R12): a 贫困户's "公益性岗位能优先不" heard the graduates' 上浮 and 辽宁's 零就业 priority
    body = started(convo, "凌源的 我家是建档立卡贫困户 我没工作 公益性岗位能优先安排我不", as_of="2026-12-01")
    assert body.split("\n")[1].startswith("按原文，公益性岗位优先安置的人员里有您说的情况"), body
    assert "应将新增和腾退的公益性岗位优先用于安置贫困劳动力" in body, body


def test_eval47_a_text_heard_of_before_it_was_issued_is_not_quoted_as_in_force(convo):
    # before (eval47 R22, 2020-03-01): "听说聊城要出个稳就业的文件 失业金从2月起调到…90%" heard the notice of 2020-03-11
    # "自2020年2月1日起实施"
    body = asked(convo, "聊城的 听说要出个稳就业文件 失业金从2月起调到最低工资的90% 有这事没", as_of="2020-03-01")
    assert "2020年3月11日印发的通知" not in body and "自2020年2月1日起实施" not in body, body


def test_eval47_the_refund_base_is_the_sum_said_of_unemployment_insurance_not_a_monthly_bill():
    # before (eval47 R18): "单位每月交养老失业工伤大概3万 上年度失业保险交了1万2" refunded 50% of the 3万
    from actions.profile_facts import extract

    said = "单位每月交养老失业工伤大概3万 上年度失业保险交了1万2 这样能算出来省多少吗"
    assert extract(said, date(2020, 6, 10))["last_year_unemployment_insurance_paid"] == 12000
    assert (
        extract("不对 失业保险上年度是1万2 3万是每个月的社保", date(2020, 6, 10))[
            "last_year_unemployment_insurance_paid"
        ]
        == 12000
    )


def test_eval47_a_rhetorical_denial_is_a_denial():
    # before (eval47 R01): "我都54了哪是大学生" was recorded 高校毕业生：是
    from actions.profile_facts import extract

    assert extract("我都54了哪是大学生", date(2026, 12, 5))["is_college_graduate"] is False


def test_eval47_a_new_measure_asked_mid_conversation_is_answered_from_texts_issued_by_then(convo):
    # before (eval47 R11, 2020-04-20): "稳岗返还呢…能返多少" heard 大政发〔2020〕18号 (issued 2020-06-30), "尚未实施"
    started(convo, "大连的旅行社 20个员工 疫情以来没业务了 社保能免吗", as_of="2020-04-20")
    body = asked(convo, "稳岗返还呢 我们旅行社能返多少", as_of="2020-04-20")
    assert "大政发〔2020〕18号" not in body and "辽政发〔2020〕9号" in body, body
