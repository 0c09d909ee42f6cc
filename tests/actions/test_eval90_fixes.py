"""Evaluation 90's findings (/work/eval90/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_drawing_jobless_pay_until_retirement_is_judged_when_the_benefit_ends_not_today(convo):
    # before (GA01, 58, two years from retirement, rated 1): "能不能一直领到退休" and "领完了我就差不到一年退休了 能接着领不"
    # heard "按原文不能接着领到退休" and "不能。…按您说的情况不符合" three times; the text judges the years at the end
    first = asked(convo, "我在大连 五十八了 厂子倒闭了 离退休还差两年 失业金能不能一直领到退休", as_of="2026-12-07")
    assert "按原文不能接着领到退休" not in first and "领完失业保险金时" in first
    again = asked(convo, "还没开始领呢 等领完了离退休就不到一年了 到时候能接着领吗", as_of="2026-12-07")
    assert not again.startswith("不能") and "按您说的情况不符合" not in again
    assert "距离法定退休年龄不足1年的，可继续领取失业保险金" in again


def test_whether_one_may_draw_on_to_retirement_before_drawing_at_all_is_not_yet_no(convo):
    # before (GA01): "我还没领呢…领完了我就差不到一年退休了，那能接着领不" heard "不能。…只给“距离法定退休年龄不足1年”"
    asked(
        convo, "我瓦房店的 五十八 厂子黄了 社保交了二十年 离退休还差两年 失业金能不能一直领到退休", as_of="2026-12-07"
    )
    body = asked(
        convo, "还没领过呢 我就问交了二十年能领多久 领完了离退休就不到一年了 那到时候能接着领不", as_of="2026-12-07"
    )
    assert body.startswith("现在还不到") and "领取期限" in body


def test_a_measure_for_a_trait_the_person_never_said_is_not_worked_from_their_figures(convo):
    # before (GA09, a breakfast shop whose hire is disabled): "开三年了还能领不" was worked 6000元/年 × 2年 = 12000元 of
    # 18号（十二）'s premises subsidy for disabled founders
    asked(convo, "大连 开包子铺的 雇了个残疾人 有补贴没", as_of="2026-12-07")
    asked(convo, "那房租有补贴没 店都开了三年了", as_of="2026-12-07")
    body = asked(convo, "开了三年了还能领不 以前一分没领过", as_of="2026-12-07")
    assert "12000元" not in body and "6000元/年 ×" not in body


def test_a_follow_up_naming_another_measure_is_not_taken_for_jobless_pay(convo):
    # before (GB06): after "失业金能领多久？另外技能培训有补贴吗", "培训那个补多少钱" and "不是失业金，我问的是技能培训的补贴"
    # heard "所收录文件未规定失业保险金发放标准" three times
    asked(convo, "大连的 刚失业 失业金领几个月？还有技能培训给补贴不", as_of="2026-12-07")
    body = asked(convo, "那培训的一人补多少", as_of="2026-12-07")
    assert "未规定失业保险金" not in body and "培训" in body
    again = asked(convo, "不是失业金 我问技能培训补贴多少钱", as_of="2026-12-07")
    assert "未规定失业保险金" not in again and "培训" in again


def test_how_many_months_relief_ran_and_whether_it_runs_now_stay_on_its_sentence(convo):
    # before (GB08): "免几个月" after 聊城 第4条 started the questions (or heard "没有找到…"); "那现在呢，现在还免吗" heard
    # the 残保金 sentence and then a hand-off
    from actions import time_moved
    from actions.clause_in_play import kind_of

    asked(convo, "2020年5月那会儿 聊城的企业社保可以免吗", as_of="2026-12-07")
    assert kind_of("那免几个月") == "times"
    topic = "2020年5月那会儿 聊城的企业社保可以免吗"
    assert time_moved.asked_again("那现在呢，现在还减吗", topic) == "聊城的企业社保可以免吗"
    now = asked(convo, "那现在呢 现在还免不", as_of="2026-12-07")
    main = now.split("其他相关规定")[0]
    assert "残保金" not in main and "第4条" in main and "已到期" in main


def test_whom_a_group_includes_is_the_sentence_listing_them(convo):
    # before (GB01, an agent): "就业困难人员包括哪些" after 辽政发（十六） heard its definition and 建档立卡 sentences only
    asked(convo, "调一下辽政发〔2020〕9号第（十六）条", as_of="2026-12-07")
    body = asked(convo, "来电人想知道就业困难人员都包括哪些人", as_of="2026-12-07")
    assert "范围包括城镇零就业家庭成员" in body and "烈属" in body


def test_which_places_are_covered_is_the_coverage_not_a_sentence_about_regions(convo):
    # before (GB07, an agent with a caller in 长春): "那你们管哪些地方" heard 辽政发（二十二）'s 调剂金 "…的地区"
    asked(convo, "来电人在长春 问长春的稳岗补贴", as_of="2026-12-07")
    body = asked(convo, "那你们都能查哪些地方", as_of="2026-12-07")
    assert "辽宁省、大连市、凌源市、聊城市" in body and "调剂金" not in body


def test_too_short_a_contribution_to_draw_is_recorded_as_not_meeting_the_conditions(convo):
    # before (GB09): "没领，厂里说我交的不够一年，领不了" was answered "一般不符合领取失业保险金的条件" and then asked
    # "您是否符合领取失业保险金的条件？"
    from actions.eligibility import ActionStartEligibility
    from actions.form import ValidateEligibilityForm

    convo.say("凌源的 下岗了 有啥补贴", "ask_policy", metadata={"as_of": "2026-12-07"})
    convo.run(ActionStartEligibility())
    convo.slots.update(region="凌源市", applicant_type="person", employment_status="unemployed")
    convo.slots["requested_slot"] = "receiving_unemployment_insurance"
    convo.say("没有 交了还不到一年 单位说领不了", "inform", metadata={"as_of": "2026-12-07"}, form=True)
    convo.run(ValidateEligibilityForm())
    assert convo.slots["receiving_unemployment_insurance"] is False
    assert convo.slots["meets_unemployment_insurance_conditions"] is False


def test_a_named_subsidys_standard_is_not_quoted_beside_another_subsidys_figure(convo):
    # before (GB11): "大连 见习补贴 标准" heard the 留用率 sentence and "…一次性求职创业补贴标准为1000元/人"
    body = asked(convo, "大连的就业见习补贴标准是啥", as_of="2026-12-07")
    assert "见习补贴" in body and "1000元/人" not in body
