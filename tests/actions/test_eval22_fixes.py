"""Evaluation 22's findings (/work/eval22/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked as _asked
from tests.actions.conftest import started as _started


def test_a_year_said_in_an_answer_counts_no_one():
    from actions.fact_answers import read_answer

    # before (T07): "1000元/人 × 2020人 = 2020000元" from "疫情那都是2020年的事了…招的8个"
    said = "那都是2020年那会儿的事了，我们是2026年招的6个大学生"
    assert read_answer("epidemic_new_hires", {}, said)[0] != 2020
    assert read_answer("new_hires_graduates", {}, "2021年招了5个")[0] == 5


def test_epidemic_period_measures_are_not_asked_about_years_later():
    from actions.profile import in_force_ids
    from knowledge.eligibility.engine import default_engine

    profile = {"applicant_type": "enterprise", "region": "大连市"}
    then = in_force_ids(default_engine().evaluate(profile, date(2020, 8, 1)))
    years_later = in_force_ids(default_engine().evaluate(profile, date(2026, 12, 5)))
    assert "dalian-2020-18.epidemic-hiring-1000" in then
    assert "dalian-2020-18.epidemic-hiring-1000" not in years_later


def test_a_year_denied_quoted_or_of_the_texts_target_is_not_the_day_asked():
    from actions.context import date_in_text

    # before (T13): "好的，接下来按2019年12月31日的政策…" twice, after the operator said "不是2019年"
    assert date_in_text("不是2019年，来电人是2021年3月问的", loose=True) == date(2021, 3, 31)
    assert date_in_text("那句“2019年全县发放贷款总额达到800万元”是不是目标", loose=True) is None
    assert date_in_text("后面那句 2019年全市发放500万 是不是只管当年", loose=True) is None
    assert date_in_text("按2019年的政策", loose=True) == date(2019, 12, 31)


def test_the_place_a_person_says_is_kept_whichever_action_answers(convo):
    _asked(convo, "俺是营口的，有残疾证，在家做点手工网上卖，省里对俺这样的有啥补助", as_of="2020-06-18")
    # before (T05): the next turns said "您没说在哪个市县" and quoted 大连's 2017 text
    assert convo.slots.get("region") == "辽宁省"
    body = _asked(convo, "俺自己交社保有没有补贴 补多少", as_of="2020-06-18")
    assert "大政发" not in body.split("其他")[0], body


def test_ones_own_group_before_asking_about_another_is_recorded():
    from actions.profile_facts import extract

    assert extract("我这残疾的算不算就业困难人员", date(2020, 6, 18)).get("is_disabled") is True
    assert "is_disabled" not in extract("残疾的算不算就业困难人员", date(2020, 6, 18))


def test_a_measure_the_text_writes_shortly_is_found():
    from answers.measure_exists import reply

    # before (T18): "大连市文件里没有“创业带头人”、“社会保险补贴”的规定" though 46号（六） writes "社保补贴"
    assert reply("大连创业带头人有没有社保补贴", [], "大连市", ["辽宁省", "大连市"], date(2020, 6, 1)) is None


def test_a_plan_to_hire_gives_no_day_of_hiring():
    from actions.profile_counts import hire_date

    facts: dict = {}
    hire_date("今年打算招一批应届生", facts, date(2020, 5, 18))
    assert facts == {}  # before (eval21 S05): "签订劳动合同并缴纳社保的日期：2020年5月18日", the day asked


def test_a_sum_asked_for_a_measure_the_text_gives_none_is_said_unstated(convo):
    body = _asked(convo, "大连那个见习补贴 一个月给多少钱", as_of="2020-08-01")
    assert "原文没有写明具体金额" in body, body
    back = _asked(convo, "一个月2000？", as_of="2020-08-01")
    # before (T16): the 1000元 一次性求职创业补贴 of another measure, quoted as if it answered
    assert "没有写“2000”这个数" in back and "没有写明见习的具体金额" in back, back


def test_a_places_measures_with_a_sum_per_head_are_listed(convo):
    body = _asked(convo, "坐席查询：大连市文件里每人给固定金额的补贴都列一下，哪个文件哪一条", as_of="2020-08-01")
    # before (T19): the operator was questioned as a firm, then handed to a person unasked
    head, _, rest = body.partition("\n")
    assert head.startswith("大连市的文件中有规定标准或办法的措施共"), body
    assert "（九）吸纳登记失业半年以上人员或毕业年度高校毕业生一次性吸纳就业补贴（每人2500元）" in rest
    assert not any(other in body for other in ("聊城", "凌政发"))


def test_a_measure_named_whole_that_only_another_place_has(convo):
    # before (T23): six turns, never a word on 残保金 (only 聊城 第6条 has it, for 聊城)
    said = [_asked(convo, f"我们大连的公司30来个人，{q}", as_of="2021-03-01") for q in ("残保金现在还免不免",)]
    wanted = ("大连市适用的政策文件（", "都没有残保金的规定", "聊城市的文件写有残保金，但只适用于聊城市")
    assert all(w in said[0] for w in wanted), said[0]


def test_a_measure_whose_window_closed_years_ago_does_not_lead():
    from actions.profile_rank import first_reply_order

    closed = {"benefit_id": "a", "name": "安家", "window": {"status": "closed"}, "validity": {"status": "unknown"}}
    open_ = {"benefit_id": "b", "name": "失业金", "validity": {"status": "unknown"}}
    # before (T24): 2026, a laid-off man in 凌源 heard the 人才安家补助 (arrivals 2017-09-01..2020-08-30) first
    assert [b["benefit_id"] for b in first_reply_order([closed, open_], {"applicant_type": "person"})] == ["b", "a"]


def test_another_places_rate_asked_as_ours_too_is_not_applied(convo):
    _asked(convo, "我在大连 失业了在领失业金 一个月能领多少", as_of="2020-09-10")
    body = _asked(convo, "听人说聊城那边按最低工资的90%发，我们大连也是这么发吗", as_of="2020-09-10")
    assert body.startswith("不能直接套用：聊城市的规定只适用于聊城市；您在大连市"), body


def test_a_sum_named_picks_the_clause_stating_it(convo):
    _started(convo, "大连甘井子 打算租个门面开奶茶店 第一次办执照 有创业补贴吗", "2020-08-01")
    body = _asked(convo, "我不是残疾人，那个一年3000的场地补贴咋申请", as_of="2020-08-01")
    # before (T12): 大政发〔2020〕18号（十二）'s 6000元 for the disabled, three times
    assert "3000元/年的创业场地补贴" in body and "6000元" not in body, body


def test_where_one_is_from_is_not_where_one_is(convo):
    body = _asked(
        convo, "我是湖北黄冈人，在大连上的大学，今年毕业，在连院校湖北籍毕业生的求职创业补贴给多少", as_of="2020-07-22"
    )
    # before (eval23 U11): "您说的湖北省不在目前收录的范围内"
    assert "不在目前收录的范围内" not in body and "湖北籍2020届高校毕业生一次性求职创业补贴" in body, body
    back = _asked(convo, "那到底多少钱？1000还是多少", as_of="2020-07-22")
    # before: 辽政发〔2020〕9号（十）'s 1000元 for firms, a clause listed beside the one asked about
    assert "没有写“1000”这个数" in back, back


def test_a_place_outside_said_before_is_not_called_unsaid(convo):
    _asked(convo, "我在广州，想跟朋友合伙开店，创业贷款能贷多少", as_of="2020-08-01")
    body = _asked(convo, "那俩人合伙能贷多少", as_of="2020-08-01")
    # before (eval23 U20): "您没说在哪个市县" and 凌源's 10万 as if it applied
    assert body.startswith("您说的地方不在收录范围内"), body


def test_a_sentence_named_in_the_lookups_own_words_leads(convo):
    body = _asked(
        convo, "坐席：（十五）里公益性岗位那句延长1年的，大政发〔2020〕18号的，2021年还有效吗", as_of="2021-03-15"
    )
    # before (eval23 U13): four other sentences of （十五） and "原文未载明实施期限"
    quoted = body.split("\n")[1]
    assert quoted.startswith("“对从事公益性岗位政策期满仍未实现稳定就业的就业困难人员"), body
    assert "第一句实施期限至2020年12月31日，已到期（按2021年3月15日计）" in body


def test_under_a_year_to_retirement_meets_under_a_year():
    from actions.fact_answers import read_answer
    from actions.profile_facts import extract

    # before (eval23 U09): "离退休不到一年" was 1 year, "还差8个月" 8 years, "离60还差8个月" nothing — then 不能
    assert extract("失业金领完了 离退休不到一年 能接着领吗", date(2021, 3, 1))["years_to_retirement"] < 1
    assert extract("下个月领完，那时候离60还差8个月", date(2021, 3, 1))["years_to_retirement"] == 0.6667
    assert read_answer("years_to_retirement", {}, "还差8个月")[0] == 0.6667
    assert read_answer("years_to_retirement", {}, "不到一年")[0] < 1
    assert read_answer("years_to_retirement", {}, "3年")[0] == 3


def test_a_husband_and_a_closed_works_say_nothing_of_the_speakers_sex_or_firm():
    from actions.profile_facts import extract
    from actions.spoken_facts import MALE

    # before (eval23 U01): "男的早没了" (a widow) became 性别：男; (U12) "厂子早黄了" made a man of 61 an 企业
    assert not MALE.search("俺男的早没了，我一个人过") and MALE.search("我57了男的")
    said = extract("大连的 失业登记去哪办 我六十一了 厂子早黄了", date(2020, 9, 1))
    assert said["applicant_type"] == "person" and said["age"] == 61


def test_a_condition_naming_a_way_of_working_is_not_that_way():
    from answers.summary import failed_lines

    b = {
        "name": "就业困难人员灵活就业社会保险补贴期满未稳定就业延长1年（聊城）",
        "status": "not_eligible",
        "reasons": [
            "符合：就业困难人员（实际：是）",
            "不符合：享受灵活就业社会保险补贴政策期满仍未实现稳定就业（实际：否）",
        ],
    }
    lines = failed_lines([b])
    # before (eval23 U06, a woman selling vegetables): "须灵活就业后申请（您说现在还不是）", twice
    assert not any("须灵活就业后申请" in line for line in lines) and any("不符合“享受灵活就业" in x for x in lines)


def test_an_impatient_question_read_as_why_ask_outside_the_form_is_answered(convo):
    from actions.detours import ActionWhyAsk

    convo.say("凌源这边 你问那么多干啥 公益岗一个月给多少钱", "why_ask", metadata={"as_of": "2020-06-01"})
    _, events = convo.run(ActionWhyAsk())
    # before (eval23 U16): "目前没有需要您回答的问题。"
    assert {"event": "followup", "name": "action_answer_question"}.items() <= (events[-1] if events else {}).items()


def test_a_ruling_on_two_measures_quotes_the_nearest_sentence_of_the_text(convo):
    _started(convo, "我们是大连一家公司，今年招了个应届毕业生，签了3年合同交了社保", "2020-09-08")
    body = _asked(convo, "那个2500的吸纳补贴和招毕业生1年的社保补贴，同一个人能两个都拿吗", as_of="2020-09-08")
    # before (eval23 U15): the ruling alone, read as invented
    assert "大政发〔2020〕18号（九）写明：“对同一类人员的补助或补贴不可同时享受。”" in body, body


def test_a_corrected_total_is_the_sum_said_last_for_the_fact_spoken_of():
    from actions.money_said import corrected_sum

    known = {"monthly_social_insurance_due": 60000, "last_year_unemployment_insurance_paid": 48000}
    said = "不对，我说错了，6万只是单位的，职工个人每月还有2万，加起来是8万"
    # before (eval23 U22): 18万 worked from the 6万 after the correction
    assert corrected_sum(said, known) == {"monthly_social_insurance_due": 80000}


def test_another_places_text_asked_about_does_not_move_the_firm():
    from actions.other_place_rule import SAME
    from actions.profile_facts import extract

    # before (eval24 V23): a 大连 firm asking "那聊城的写的是啥？我们公司能不能参照" was recorded as in 聊城
    assert "region" not in extract("那聊城的写的是啥？我们公司能不能参照", date(2021, 3, 10))
    assert extract("我们是聊城的饭店", date(2021, 3, 10))["region"] == "聊城市"
    assert SAME.search("我们公司能不能参照")
