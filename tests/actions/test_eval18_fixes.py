"""Evaluation 18's findings (/work/eval18/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked as _asked
from tests.actions.conftest import started as _started


def test_an_ended_measure_asked_about_today_is_not_worked_into_a_sum(convo):
    body = _started(convo, "我们大连的小公司 听说招1个人给2500 社保也补 现在还有没有 打算招俩应届生", "2026-12-05")
    # before (P09): "（已到期（至2020年12月31日））" beside "已知2人，按每人2500元至少5000元", and no 不能
    assert (
        body.startswith("我了解到的情况")
        and "不能：“吸纳登记失业半年以上人员或毕业年度高校毕业生一次性吸纳就业补贴" in body
    )
    assert "已于2020年12月31日到期" in body
    assert "至少5000元" not in body and "5000元" not in body


def test_the_speakers_own_place_is_kept_though_who_asks_is_not_said(convo):
    first = _asked(convo, "我大连这边开了个理发店 想收俩学徒 有以工代训或者学徒补贴吗 给多少", as_of="2020-08-18")
    # before (P07): "没有以工代训" alone, then 凌源's "学徒每人每年…不低于4000元" led the next answer
    assert first.startswith("收录的政策文件里没有“以工代训”这一项"), first
    assert "大连市" in first.split("\n")[1] and "凌政发" not in first  # the other measure, from 大连's texts
    assert convo.slots.get("region") == "大连市"
    body = _asked(convo, "那招学徒 一个人给多少", as_of="2020-08-18")
    assert "4000" not in body.split("其他")[0], body


def test_an_absent_measure_alone_is_still_said_absent(convo):
    body = _asked(convo, "以工代训补贴能补多少", as_of="2020-08-18")
    assert body.startswith("收录的政策文件里没有“以工代训”这一项，也没有对它的解释，我无法按原文回答。")


def test_another_citys_rule_asked_to_be_followed_is_said_not_to_apply(convo):
    body = _asked(
        convo,
        "营口的企业 社保单位缴费今年减免多少",
        "听人说山东聊城那边大企业是减半的 我们营口是不是也按减半",
        as_of="2020-06-05",
    )
    # before (P22): 聊城's 第4条 quoted as the answer; the next turn said "4.是聊城市的规定"
    assert body.startswith("不能直接套用："), body
    assert "聊城市" in body.split("\n")[0] and "4.是" not in body


def test_a_text_without_number_is_named_by_issuer_not_by_a_bare_label():
    from answers.citations import doc_name, label_words

    cite = {"doc_number": None, "issuer": "聊城市人民政府", "issued": "2020-03-11", "clause_label": "4."}
    assert f"{cite.get('doc_number') or doc_name(cite)}{label_words(cite)}" == (
        "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）第4条"
    )


def test_two_words_asked_at_once_are_both_defined(convo):
    body = _asked(convo, "想问俩概念：啥叫灵活就业？另外什么是就业困难人员？", as_of="2020-11-10")
    # before (P23): the first word only; "那就业困难人员呢？哪些人算" then heard 18号（十二）'s subsidy sentences
    assert "灵活多样形式实现就业" in body and "难以实现就业的城镇登记失业人员" in body, body
    assert body.count("这是政策原文对该词的说明") == 1


def test_which_people_a_group_covers_is_a_definition(convo):
    for text in ("那就业困难人员呢？哪些人算", "就业困难人员的范围是啥，包括哪几类人"):
        convo.slots.clear()
        body = _asked(convo, f"我在大连 {text}", as_of="2020-11-10")
        assert "难以实现就业的城镇登记失业人员" in body, (text, body)


def test_a_total_hired_then_who_they_are_counts_each_group():
    from datetime import date

    from actions.profile_facts import extract

    # before (P21): "招了俩人，一个…大学生一个失业大半年的" counted no one, and "直接说数" never got 2×2500
    said = extract("我大连开小超市，今年招了俩人，一个今年刚毕业的大学生一个失业大半年的", date(2020, 9, 1))
    assert said["new_hires_graduates"] == 1 and said["new_hires_long_term_unemployed"] == 1
    assert extract("公司招了5个人，都是应届生", date(2020, 9, 1))["new_hires_graduates"] == 5
    assert "new_hires_graduates" not in extract("公司招了5个人，签了合同", date(2020, 9, 1))


def test_the_measure_asked_about_leads_the_ones_still_open():
    from datetime import date

    from actions.profile import evaluate
    from answers.summary import summary

    asked = "dalian-2017-46.hard-to-employ-hiring-social-insurance"
    profile = {"applicant_type": "enterprise", "region": "大连市", "contract_one_year_plus": True}
    result = evaluate(profile, date(2020, 8, 18))
    open_ids = [b["benefit_id"] for b in result["benefits"] if b["status"] == "needs_info"]
    assert asked in open_ids and open_ids.index(asked) >= 3  # the engine's order would hide it under "另有N项"
    text = summary(result, scope=set(open_ids), order=[asked, *open_ids]).text
    # before (P16): the 全额 social-insurance subsidy the firm asked about was one of "另有1项"
    first_open = text.split("还需补充信息才能判断")[1].split("\n")[1]
    assert first_open.startswith("· 招用就业困难人员单位社会保险补贴"), text


def test_who_counts_as_a_group_the_text_leaves_to_another_text_says_so(convo):
    body = _asked(convo, "凌源的人才安家补助 买房给多少", "我问的是学历！专科生算不算优秀人才？", as_of="2019-07-15")
    # before (P19): the 15万/10万 sentence three times, never that the text is silent on 学历
    assert body.startswith("原文没有写到“专科生”是否算“优秀人才”，以经办部门认定为准。"), body
    assert "具体条件见《朝阳市加快突破辽西北发展人才安家补助实施细则(试行)》，该文件未收录" in body


def test_a_yes_no_on_a_measure_named_is_about_that_measure(convo):
    body = _asked(
        convo,
        "我们是大连的企业 招了低保户 公司交社保 有啥补贴",
        "阶段性降低失业保险费率是多少",
        "我就想知道那个社保全额补贴我们能不能拿，能拿几年",
        as_of="2020-08-18",
    )
    # before (P16): "能。按您说的情况，符合阶段性降低失业保险费率…的条件" (the clause in play, not the one named)
    assert "降低失业保险费率" not in body, body
    assert "大政发〔2017〕46号" in body and "（十五）" in body


def test_a_measure_named_by_its_figure_is_not_judged_by_another_of_the_clause(convo):
    body = _asked(
        convo,
        "我是大连的 57岁 去年登记失业了 现在跑外卖 自己交灵活就业社保 残疾人灵活就业社保补贴多少",
        "我不是残疾人。你就说我57了能不能拿那个30%的灵活就业社保补贴，能拿几年",
        as_of="2020-11-10",
    )
    # before (P23): "不能。就业困难残疾人灵活就业社会保险补贴（应缴费的60%）只给“残疾人”"
    assert not body.startswith("不能") and "60%" not in body.split("\n")[0], body
    assert "大政发〔2017〕46号" in body and "（十五）" in body


def test_asking_whether_there_is_a_founders_subsidy_is_not_saying_one_never_founded():
    from datetime import date

    from actions.profile_facts import extract

    # before (P17): "有没有创业补贴" recorded 初次创业：否, and a first-time founder renting premises heard that
    # nothing applied
    assert "first_time_business" not in extract("我想在大连开个小奶茶店，有没有创业补贴啊", date(2020, 9, 10))
    assert "first_time_business" not in extract("有没有创业贷款", date(2020, 9, 10))
    assert extract("不创业，他都58了", date(2020, 9, 10))["first_time_business"] is False


def test_a_veteran_asking_whether_he_counts_hears_the_sentence_treating_veterans_alike(convo):
    body = _asked(convo, "我是大连的 退伍回来失业一年多了 我这退伍的算不算就业困难人员", as_of="2020-09-01")
    # before (P18): the list only, and "您说的情况里还看不出属于所列哪一类人员"
    assert "您说的退役军人：该条另规定" in body and "参照就业困难人员" in body, body
    assert "看不出" not in body


def test_a_place_heard_of_is_not_where_the_person_is():
    from actions.profile_facts import region

    # before (P06): a 聊城 father quoting what a relative said of 大连 was moved to 大连
    assert region("俺听亲戚说大连残疾人开店给房租补贴，一年好几千，聊城有没有？") == "聊城市"
    assert region("听说大连那边给2500") == "大连市"  # one place alone is still the one asked about


def test_a_place_worked_in_before_is_not_where_the_person_is():
    from actions.profile_facts import region
    from actions.within_place import place_of

    # before (P03): a 凌源 woman who "前几年在沈阳打工" heard "沈阳市属于辽宁省，目前没有收录沈阳市本级的文件"
    said = "行。我前几年在沈阳打工，今年回来的，算返乡创业吧"
    assert region(said) is None and place_of(said) == (None, None)
    assert region("以前在大连上班 现在回凌源了") == "凌源市"
    assert region("我在沈阳") == "辽宁省"


def test_a_date_is_no_figure_naming_a_measure():
    from answers.figures_said import NAMING_FIGURE as FIGURE

    assert FIGURE.findall("那2021年5月那会儿是不是免的？2020届的呢") == []
    assert FIGURE.findall("那个30%的灵活就业社保补贴 还有2500那个") == ["30%", "2500"]


def test_a_two_digit_year_is_read():
    from datetime import date

    from actions.fact_answers import _date

    # before (P02): "19年7月1号" as the day left school was read as 2020-07-01, after his flexible work began,
    # and the 聊城 graduate subsidy was refused
    assert _date("19年7月1号", date(2020, 4, 20)) == "2019-07-01"
    assert _date("7月1号", date(2020, 4, 20)) == "2020-07-01"


def test_materials_asked_and_not_written_are_said_not_written():
    from datetime import date

    from answers.clause_answer import NO_MATERIALS, clause_block
    from answers.clause_json import as_hit
    from knowledge.records import clause_index, load_clauses

    rec = clause_index(load_clauses())["liaocheng-2020:7.25"]
    hit = as_hit(rec, date(2020, 4, 20), ["建立失业人员常住地登记服务、定期联系、分类分级服务制度。"])
    # before (P20): "上哪登记，带啥材料？身份证要不要" heard where to register and nothing on what to bring
    text, _ = clause_block(hit, date(2020, 4, 20), "聊城失业了上哪登记，带啥材料？身份证要不要")
    assert NO_MATERIALS in text, text
    text, _ = clause_block(hit, date(2020, 4, 20), "聊城失业了上哪登记")
    assert NO_MATERIALS not in text


def test_a_document_named_by_place_year_and_title_words_answers_whether_it_runs(convo):
    body = _asked(convo, "凌源的 想问问凌源2019年出的那个促进就业的办法现在还执行不", as_of="2026-12-05")
    # before (P24): 五、（一）"市政府主要负责同志为就业工作第一责任人" twice
    assert body.startswith("《凌源市关于做好当前和今后一个时期促进就业工作的实施办法》（凌政发〔2019〕14号）"), body
    assert "各项措施分别载明期限" in body and "第一责任人" not in body


def test_a_ceiling_or_a_rate_named_is_not_a_sum_the_firm_paid():
    from actions.money_said import money_in

    # before (eval19 Q17): "超没超50万" and "50万是你说的封顶" became 上年度失业保险费 500000元 (a 25万 refund), then
    # "每人每天200元" became 200元 (a 100元 refund)
    for said in (
        "超没超50万？",
        "哪有50万，50万是你说的封顶。",
        "每人每天200元 60人 12天 能拿多少",
        "60人×12天×200元是多少",
    ):
        assert money_in(said) is None, said
    assert money_in("俺们去年交了2万块失业保险费，能返多少") == 20000
    assert money_in("5万") == 50000


def test_a_period_read_back_from_the_text_is_not_the_day_asked():
    from datetime import date

    from actions.context import date_in_text

    # before (eval19 Q24, 2026-12-05): "原文写的是2019年1月1日至12月31日吧" → "好的，接下来按2019年1月1日的政策…"
    assert date_in_text("原文写的是2019年1月1日至12月31日吧", date(2026, 12, 5), loose=True) is None
    assert date_in_text("按2019年1月1日的政策", date(2026, 12, 5)) == date(2019, 1, 1)


def test_these_two_together_are_the_two_measures_named_before(convo):
    from actions.eligibility import ActionStartEligibility

    convo.say(
        "我们是大连一家物流公司，今年招了3个应届大学生，合同签了两年，社保也交了。那个2500一个人的补贴和大学生的社保补贴能不能一起拿",
        "ask_policy",
        metadata={"as_of": "2020-07-15"},
    )
    convo.run(ActionStartEligibility())
    body = _asked(convo, "还没到三个月。你先说这两个能不能一起拿", as_of="2020-07-15")
    # before (eval19 Q15): "能。按您说的情况，符合…（每人2500元）的条件" ("2500一个人" was read as 25001)
    assert not body.startswith("能"), body
    assert "每人2500元" in body and "社会保险补贴（1年）" in body


def test_a_public_welfare_post_not_yet_taken_is_a_way_not_a_bar():
    from datetime import date

    from actions.profile import evaluate
    from actions.profile_facts import extract
    from answers.summary import summary

    # before (eval19 Q16): "凌原…低报户" was not read, and the post asked for was "不符合“由公益性岗位安置”（按您说的：否）"
    said = extract("凌原的 闺女大学毕业了 低报户 想上公益岗", date(2019, 8, 1))
    assert said["region"] == "凌源市" and said["is_low_income_family"] is True
    profile = {**said, "in_public_welfare_post": False}
    text = summary(
        evaluate(profile, date(2019, 8, 1)), scope={"lingyuan-2019-14.graduate-public-welfare-post-raise"}
    ).text
    assert "不符合“由公益性岗位安置”" not in text
    assert "须由公益性岗位安置后申请（您说现在还不是）" in text


def test_ones_own_years_insured_are_no_hires_insured():
    from datetime import date

    from actions.profile_facts import extract

    # before (eval19 Q20): a dismissed waiter's "社保交了5年了" became "为新招用人员缴纳社会保险费：是"
    assert "social_insurance_paid" not in extract("不是 上个月刚被饭店辞了 社保交了5年了", date(2020, 6, 1))
    assert extract("俺们招了4个 社保也交了", date(2020, 6, 1))["social_insurance_paid"] is True


def test_whom_to_ask_is_answered_from_the_clauses_units():
    from actions.yes_no import unit_reply

    cite = {
        "doc_number": "大政发〔2020〕18号",
        "doc_title": "大连市人民政府关于进一步做好稳就业工作的实施意见",
        "clause_label": "（十二）",
        "departments": ["市商务局", "市市场监管局", "市人力资源社会保障局", "市财政局", "市残联"],
    }
    # before (eval19 Q08): "那我找残联问行不行？" heard "不能。残疾人初次创业场地补贴…按您说的情况不符合"
    said = unit_reply("那我找残联问行不行？", cite)
    assert said is not None and said.text.startswith("可以。市残联是"), said
    other = unit_reply("去税务局能办不", cite)
    assert other is not None and "没有列出“税务局”" in other.text and "12345" in other.text
    assert unit_reply("我能不能领", cite) is None


def test_a_unit_asked_by_its_short_name_is_found_among_the_units():
    from actions.yes_no import unit_reply

    cite = {"doc_number": "大政发〔2020〕18号", "clause_label": "（十二）", "departments": ["市商务局", "市人社局"]}
    said = unit_reply("去人社局行吗", cite)
    assert said is not None and said.text.startswith("可以。"), said


def test_unemployment_pay_named_to_retirement_picks_that_measure():
    from answers.measure_exists import terms_in

    # eval19 Q10: "失业金能不能接着领到退休" was judged on the flexible-work subsidy in play; 失业保险金 is a measure word
    # now, and "退休" tells its measure from the others paying 失业保险金
    assert ("失业保险金", "失业保险金") in terms_in("我离退休不到一年了，失业金能不能接着领到退休？")
    from actions.yes_no import QUALIFIERS

    assert "退休" in QUALIFIERS


def test_layoffs_said_or_asked_are_not_none():
    from datetime import date

    from actions.fact_answers import _bool
    from actions.profile_facts import extract

    # before (eval20 R09): "裁了2个人…必须一个不裁吗" recorded 裁员情况：不裁员; then "不对，我们裁了2个人…。是 失业保险一直
    # 交着" to "是否依法参加失业保险" was read 否 and the refund refused for "参保企业"
    said = extract(
        "凌源的企业，咨询稳岗返还。我们今年效益不好，裁了2个人，还能申请吗？必须一个不裁吗", date(2019, 8, 15)
    )
    assert "layoffs" not in said
    assert extract("我们公司一个都没裁", date(2019, 8, 15))["layoffs"] == "none"
    assert _bool("", "不对，我们裁了2个人，总共40来人。是 失业保险一直交着", False) is True
    assert _bool("", "不对", False) is False and _bool("", "不是，没交", False) is False


def test_a_person_registered_at_home_hears_where_registration_may_be_done(convo):
    body = _asked(
        convo,
        "我在北京打工",
        "我户口在大连啊，大连的政策我能用不？在北京没活干了能回大连登记失业不",
        as_of="2020-09-01",
    )
    # before (eval20 R20): "不能。大连市的文件…您说的北京市不在其适用范围内"
    assert not body.startswith("不能"), body
    assert "户籍地或常住地办理失业登记" in body and "大政发〔2020〕18号" in body


def test_a_place_one_would_go_to_is_not_where_one_is():
    from actions.profile_facts import region

    # before (eval20 R03): a 凌源 farmer who "想去大连那边打工" was moved to 大连
    assert region("俺们不想在家门口干，想去大连那边打工，出去打工有补助不？") is None
    assert region("不对，俺们是凌源的，户口在凌源乡下，就是想去大连打工") == "凌源市"
    assert region("我去大连找工作了 现在在大连") == "大连市"
    assert region("回大连创业") == "大连市"


def test_months_to_retirement_said_are_put_to_the_one_year_condition(convo):
    body = _asked(
        convo,
        "我大连的，今年59了，现在领着失业保险金呢，这个钱能一直领到退休不？",
        "那我这3个月领完了 到时候离60还差4个来月 能接着领到退休不？",
        as_of="2020-07-15",
    )
    # before (eval20 R01): "您的情况是否符合、具体能享受多少，以经办部门认定为准" beside the 不足1年 sentence
    assert "按您说的（距退休约4个月），在原文“距离法定退休年龄不足1年”之内" in body, body
    from actions.share_left import to_retirement

    sentence = "对领取失业保险金期满仍未就业且距离法定退休年龄不足1年的，可继续领取失业保险金直至法定退休年龄。"
    assert "之外" in to_retirement(sentence, ["差14个月退休"]) and to_retirement(sentence, ["我59了"]) == ""
