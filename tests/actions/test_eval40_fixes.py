"""Evaluation 40's findings (/work/eval40/findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from tests.actions.conftest import asked, started


def test_how_long_and_how_much_quotes_the_whole_sentence_and_says_the_share():
    from answers import dialogue
    from answers.clause_answer import NO_AMOUNT, NO_SUM_RATE, search_answer
    from retrieval.search import search

    # before (H01, rated 1): the quote stopped before "其余人员…最长不超过1年", with "原文没有写明具体金额"
    question = "我58了在大连 打零工自己交社保 这个补贴能补多少钱 能补几年"
    found = search_answer(
        search(question, region="大连市", top_k=5, as_of=date(2026, 11, 20)).model_dump(),
        notice=dialogue.MATCHING_CLAUSES,
    )
    assert "其余人员距法定退休年龄1年时给予最长不超过1年的补贴" in found.text, found.text
    assert "30%给予补贴" in found.text and NO_SUM_RATE in found.text and NO_AMOUNT not in found.text, found.text


def test_a_period_read_back_stays_on_the_clause_in_play(convo):
    # before (H01): "我不是零就业也不是低保 …就补一年？" heard three 低保 clauses
    asked(convo, "大连的 57岁 登记失业了 打零工自己交社保 能补几年", as_of="2026-11-20")
    body = asked(convo, "我不是零就业也不是低保 那是不是到59才开始补 就补一年？", as_of="2026-11-20")
    assert "其余人员距法定退休年龄1年时给予最长不超过1年的补贴" in body, body
    assert "低保救助" not in body and "低保渐退" not in body, body


def test_applying_for_relief_is_no_relief_had_and_the_relief_sentence_is_found(convo):
    # before (H24, rated 1): "能申请低保或者救助不" was recorded 低保家庭成员：是 and heard 第9条 again
    assert "is_low_income_family" not in extract("她家里困难 能不能申请低保或者救助 找谁", date(2020, 11, 5))
    assert extract("我家是低保户", date(2020, 11, 5))["is_low_income_family"] is True
    asked(convo, "聊城 公益性岗位期满了没稳定就业还能延长吗", as_of="2020-11-05")
    body = asked(convo, "那她家里困难 能申请低保或者救助不 找谁", as_of="2020-11-05")
    assert "纳入低保、临时救助等社会救助保障范围" in body and "市民政局" in body, body


def test_a_family_member_past_retirement_hears_so_and_the_relief_sentence_first(convo):
    # before (H24): a 60-year-old mother-in-law heard 失业保险金 until retirement, then "您距离法定退休年龄还有几年？"
    found = extract("我奶奶在大连 六十二岁了 一直在家 有啥补贴", date(2021, 5, 1))
    assert found["gender"] == "female" and found["age"] == 62
    assert "gender" not in extract("我57了 我媳妇在家带孩子", date(2021, 5, 1))
    body = started(convo, "我婆婆在聊城 六十一岁了 一直种地 没有退休金 能有啥补贴", as_of="2020-11-05")
    first = body.split("按2020年11月5日的政策")[0]
    assert "已过法定退休年龄" in first and "没有专门给已过法定退休年龄的人的补贴" in first, body
    assert "纳入低保、临时救助等社会救助保障范围" in first, body


def test_registering_with_an_outside_hukou_is_answered_from_the_registration_sentences(convo):
    # before (H20, rated 1): "外地户口能登记失业不" in 聊城 heard 失业保险金 and 稳岗返还 clauses
    asked(convo, "我是河南的 在聊城打工 厂里不干了", as_of="2020-05-10")
    body = asked(convo, "我外地户口 在这能登记失业不", as_of="2020-05-10")
    assert body.startswith("聊城市的文件没有写外地户口能否在当地办理失业登记"), body
    assert "城乡统一的就失业登记" in body, body
    asked(convo, "重新开始", as_of="2021-05-10")


def test_a_period_left_to_the_rules_in_force_quotes_the_collected_rule(convo):
    from answers.clause_answer import NO_DURATION

    # before (H09, H12): 18号（十二）'s "补贴期限按现行规定执行" was answered "所引原文没有写明期限长短", twice
    asked(convo, "大连 残疾人 已经认定为就业困难人员了 打零工按灵活就业交社保 有补贴吗", as_of="2021-06-01")
    body = asked(convo, "这个补贴能补几年", as_of="2021-06-01")
    assert "补贴期限按现行规定执行”，本句没有写几年" in body and "处于失业状态的残疾人" in body, body
    assert "最长不超过3年" in body and NO_DURATION not in body, body


def test_a_document_list_is_narrowed_by_who_and_then_by_follow_ups(convo):
    # before (H17): "…给个人的补贴 列一下" listed firms' measures; "哪些有金额", "哪些到期了" left the list
    body = asked(convo, "凌政发〔2019〕14号里面 给个人的补贴有哪些 列一下", as_of="2026-11-30")
    assert "给个人的措施" in body and "企业新型学徒制" not in body and "个人自主创业创业担保贷款" in body, body
    body = asked(convo, "哪些有金额", as_of="2026-11-30")
    assert "个人自主创业创业担保贷款" in body and "就业困难人员培训期间生活费补贴" not in body, body
    body = asked(convo, "那哪些到期了", as_of="2026-11-30")
    assert "已到期" in body and "就业困难人员培训期间生活费补贴" in body and "担保贷款" not in body, body
    body = asked(convo, "哪些是给企业的", as_of="2026-11-30")
    assert "给企业的措施" in body and "企业新型学徒制" in body and "个人自主创业" not in body, body


def test_none_laid_off_is_no_staff_count_and_a_year_answer_is_read_with_a_complaint():
    from actions.fact_answers import read_answer

    # before (H08): "14个员工 一个没裁" was recorded 在职职工人数：1
    assert extract("我们小宾馆 14个员工 一个没裁", date(2020, 5, 20))["employees"] == 14
    # before (H03): "2020年 我一开始就说了" to "您是哪一年毕业的？" heard "请回答一个数字"
    message = {"text": "2020年 我一开始就说了", "intent": {"name": "inform", "confidence": 0.9}}
    assert read_answer("graduation_year", message, message["text"], date(2021, 1, 20))[0] == 2020
    message = {"text": "19年毕业的", "intent": {"name": "inform", "confidence": 0.9}}
    assert read_answer("graduation_year", message, message["text"], date(2021, 1, 20))[0] == 2019


def test_still_within_two_years_of_leaving_school_is_answered_plainly(convo):
    # before (H05): "…到现在还算离校2年内吗" heard only a "not met" line, then an unrelated 返乡创业 clause
    asked(convo, "聊城的 大专毕业 一直没找着工作 想参加见习", as_of="2026-11-30")
    body = asked(convo, "我是23年7月毕业的 现在还算离校2年内吗", as_of="2026-11-30")
    assert "按您说的2023年7月毕业，到2026年11月30日已离校约3年4个月，不在“离校2年内”" in body, body
    body = started(convo, "我25年6月毕业的 在聊城 还算不算离校2年内", as_of="2026-11-30")
    assert "仍在“离校2年内”" in body, body


def test_a_case_named_by_its_halves_is_that_sentence_of_the_clause(convo):
    # before (H16): "困难企业的呢" heard "这一条没有写困难企业的情况" above the 困难企业 sentence itself
    asked(convo, "凌政发〔2019〕14号 三、（一） 返还比例多少", as_of="2019-08-01")
    body = asked(convo, "困难企业的呢", as_of="2019-08-01")
    assert "这一条没有写" not in body and "返还标准为 6 个月的企业及其职工应缴纳社会保险费 50%" in body, body


def test_a_place_the_speaker_did_not_name_is_dropped_and_each_place_named_answers(convo):
    # before (H23): "我没说大连 凌源聊城的文件里困难企业有没有定义" was recorded 企业/大连 and started the questions
    assert extract("我没说大连 我在凌源", date(2026, 11, 30)).get("region") == "凌源市"
    asked(convo, "困难企业有定义吗", as_of="2026-11-30")
    body = asked(convo, "我没说大连 凌源聊城的文件里困难企业有没有定义", as_of="2026-11-30")
    assert "适用于凌源市的文件都没有给“困难企业”下定义" in body, body
    assert "适用于聊城市的文件都没有给“困难企业”下定义" in body and "大连" not in body, body
