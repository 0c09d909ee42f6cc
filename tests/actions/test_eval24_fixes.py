"""Evaluation 24's findings (/work/eval24/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import started as _started


def test_a_daily_rate_or_a_sum_naming_a_measure_is_not_the_firms_own_figure(convo):
    from actions.own_figures import said_money

    # before (V10): "按您说的（…上年度实际缴纳的失业保险费200元）计算：50% × 200元 = 100元"
    assert said_money("说是每人每天给200块，俺们能拿多少") is None
    # before (V04): "按您说的（2020年第一季度应缴纳的房产税和城镇土地使用税7800元）计算…"
    assert said_money("那个7800元的税收扣减我们怎么享受") is None
    assert said_money("去年交了3万块失业保险，能返多少") == 30000
    assert said_money("交了2万块的失业保险") == 20000
    body = _started(
        convo, "我们是聊城的厂子，春节一直开工，40个工人干了6天，听说每人每天给200块，能领多少", "2020-03-10"
    )
    assert "失业保险费200元" not in body
    assert "200元" in body


def test_together_is_not_one_yuan_and_the_monthly_premium_is_read():
    from actions.money_said import money_in
    from actions.profile_facts import extract

    # before (V17): "按您说的（企业及其职工每月应缴纳的社会保险费1元）计算：50% × 6个月 × 1元/月 = 3元"
    assert money_in("6个月 每月3万 50% 是多少？跟那个稳岗的能一块拿吗") == 30000
    assert money_in("哪来的1元？每月应缴社保是3万元") == 30000
    assert money_in("交了一块钱") == 1
    facts = extract("我们每个月单位加个人社保一共交3万2", date(2019, 6, 1))
    assert facts["monthly_social_insurance_due"] == 32000


def test_a_group_of_another_household_then_ones_own_denied():
    from actions.profile_facts import extract

    # before (V03): "低保家庭成员：是" after "低保的是俺姥家 俺家不是低保"
    said = "说错了 低保户是我舅家 我家不是低保 那我学手艺给生活费不"
    assert extract(said, date(2019, 6, 1))["is_low_income_family"] is False
    assert extract("我家是低保户", date(2019, 6, 1))["is_low_income_family"] is True


def test_several_measures_named_are_not_one_measure_missing():
    from answers import measure_exists

    # before (V19): "聊城市文件里没有“就业见习”、“创业担保贷款”、“就业困难人员”的规定" (all three are in its text)
    said = "聊城关于见习、担保贷款还有就业困难人员的政策都说一下"
    assert measure_exists.reply(said, [], "聊城市", ["聊城市"], date(2020, 6, 1)) is None
    # one measure with its groups, none of them in one sentence there, is still said plainly
    one = measure_exists.reply("凌源有没有大学生去小微企业的社保补贴", [], "凌源市", ["凌源市"], date(2019, 6, 1))
    assert one is None or "没有" in one.text


def test_a_span_to_retirement_said_under_is_a_month_less():
    from actions.retirement_age import years_of

    assert years_of(1, "年", "离退休不到1年") == 0.9167
    assert years_of(8, "个月", "还差8个月") == 0.6667
    assert years_of(8, "个月", "不到8个月") == 0.5833
