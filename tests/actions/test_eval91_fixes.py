"""Evaluation 91's findings (/work/eval91/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_whom_a_named_subsidy_is_paid_to_is_its_own_sentence_not_the_hiring_subsidies(convo):
    # before (HB04): "见習補貼是發給我還是發給單位" heard "招人的补贴是给招用的单位的" and 46号（十二）'s 1-year social
    # insurance subsidy for hiring graduates, twice
    body = asked(convo, "大连这边 就业见习补贴是给个人还是给单位的", as_of="2026-12-07")
    assert "招人的补贴" not in body and "对见习单位按规定给予就业见习补贴" in body


def test_a_loan_asked_in_other_words_by_a_non_graduate_hears_the_loan_for_everyone(convo):
    # before (HA01, a fisherman, rated 1): "俺不是大学生 俺就初中毕业…俺这样的能贷不" heard "不能。…只给“高校毕业生”"
    asked(convo, "俺在大连 就问俺个人开饭馆的创业贷款 有没有 啥人能贷", as_of="2026-12-07")
    body = asked(convo, "俺又不是大学生 就初中毕业 这样的能贷不", as_of="2026-12-07")
    assert not body.startswith("不能") and "已办理就业创业登记的城乡劳动者" in body


def test_a_later_class_asking_of_a_classes_sentence_hears_the_measure_by_years_since_school(convo):
    # before (HA08, a 2027 graduate-to-be): "2027届的能不能享受" after 18号（十三）'s 2020届、2021届 见习 sentence heard
    # "按原文不能…收录的文件没有写到2027届", though 46号（十二） grants 见习 to 离校2年内未就业高校毕业生
    asked(convo, "你好 我在大连读研究生 2027年毕业 想问毕业以后去见习的话有补贴吗", as_of="2026-12-07")
    body = asked(convo, "2027届的能不能享受 你说的是2020、2021届的", as_of="2026-12-07")
    assert not body.startswith("按原文不能") and "离校2年内未就业高校毕业生" in body


def test_what_the_texts_say_of_wages_is_answered_not_refused_as_a_complaint(convo):
    # before (HB12, a lawyer, rated 1): "大连文件里没有关于农民工工资保证金或者拖欠工资的规定吗" heard "属于劳动保障监察的事项，
    # 不在就业扶持政策咨询的范围内"
    from actions.profile_turns import is_complaint

    assert is_complaint("老板拖欠我工资三个月了")
    body = asked(convo, "大连的文件里有没有讲农民工工资保证金和拖欠工资的规定", as_of="2026-12-07")
    assert "劳动保障监察的事项" not in body and "农民工工资保证金" in body


def test_who_may_have_a_named_allowance_is_the_sentence_naming_them(convo):
    # before (HB02, an agent): "凌源 临时生活补助 谁能领" heard "临时生活补助在核算低保救助时不计入家庭收入" and 临时救助
    body = asked(convo, "帮来电人问下 凌源的临时生活补助什么人能领", as_of="2026-12-07")
    assert "无法享受失业保险待遇的下岗失业人员" in body.split("\n")[1]


def test_two_measures_for_the_same_contributions_are_counted_once_not_said_to_exclude_each_other():
    # before (HA04, a 大连 hotel in 2020-08): "2500元/人" and the 1-year social-insurance subsidy were said "只能选其一",
    # a rule no text states; the package counts them once, and says the texts are silent
    from datetime import date

    from answers.summary import summary
    from knowledge.eligibility.engine import evaluate

    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 5,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    }
    said = summary(evaluate(profile, "2020-08-20"), None, today=date(2026, 12, 7)).text
    assert "只能选其一" not in said and "只计其一" in said and "原文未规定可以同时享受" in said


def test_when_and_where_to_apply_hears_the_clauses_sentence_on_when(convo):
    # before (HA04): "那这个2500的补贴啥时候申请，去哪申请" heard "原文没有写明…申请地点和办理流程" only
    asked(convo, "大连的宾馆 今年招了几个应届毕业生 有啥补贴", as_of="2020-08-20")
    body = asked(convo, "2500那个什么时候申请 到哪申请", as_of="2020-08-20")
    assert "申请日期原则上为疫情解除后3个月内" in body
