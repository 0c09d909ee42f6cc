"""Evaluation 82's findings (/work/eval82/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked, started


def test_one_planning_a_firm_asks_for_the_founders_subsidy_not_only_the_hubei_graduates(convo):
    # before (YB04, rated 1): "只有给“湖北籍”人员的：…不是湖北籍的，大连市适用的文件里没有这项补贴", and the founder was taken
    # for a firm and listed employers' hiring subsidies
    body = started(convo, "我准备在大连开个公司 创业补贴有哪些", as_of="2026-12-07")
    assert "以个人身份咨询" in body
    assert "纳入创业补贴范围" in body or "3000元/年" in body
    assert "不是湖北籍的" not in body


def test_a_measure_named_stands_alone_before_a_longer_name_ending_in_it():
    from answers.named_measure import _origin_only, _standing_alone

    assert _standing_alone("将符合条件的…人员纳入创业补贴范围。", "创业补贴")
    assert not _standing_alone("给予在连院校湖北籍2020届高校毕业生一次性求职创业补贴。", "创业补贴")
    assert _origin_only("给予…湖北籍2020届高校毕业生…补贴。", "有啥创业补贴")
    assert not _origin_only("给予…湖北籍2020届高校毕业生…补贴。", "我是湖北籍的")


def test_the_place_of_ones_household_registration_is_who_one_is_not_where():
    # before (YB04): "…能申请吗？我户籍在台湾" was told 台湾省 is not covered, a founder in 大连
    from knowledge.places import outside_place

    assert outside_place("创业担保贷款我可以办吗？我户籍在台湾") is None
    assert outside_place("我在台湾") is not None


def test_a_rare_trait_never_said_is_not_lifted_by_a_word_its_quote_shares():
    from actions import profile_rank

    profile = {"applicant_type": "person", "region": "大连市"}
    assert profile_rank.requires_unsaid_trait("dalian-2020-18.disabled-business-premises", profile)
    order = profile_rank.first_reply_order(
        [
            {
                "benefit_id": "dalian-2020-18.disabled-business-premises",
                "name": "残疾人初次创业场地补贴",
                "status": "needs_info",
            },
            {
                "benefit_id": "dalian-2017-46.business-premises-3000",
                "name": "初次创业人员创业场地补贴",
                "status": "needs_info",
            },
        ],
        profile,
        {"dalian-2020-18.disabled-business-premises"},
        "我打算开公司 有创业补贴吗",
    )
    assert order[0]["benefit_id"] == "dalian-2017-46.business-premises-3000"


def test_the_period_asked_after_a_sentence_is_that_sentences_own(convo):
    # before (XB01 of eval81): "补贴期限呢" after 18号（十二）'s 60% heard the 场地补贴's "补贴期限不超过24个月"
    asked(convo, "大政发〔2020〕18号 第（十二）条", as_of="2026-12-07")
    first = asked(convo, "纳入就业困难人员的残疾人按灵活就业交社保 补贴比例多少", as_of="2026-12-07")
    assert "60%" in first
    body = asked(convo, "那补贴期限是多长", as_of="2026-12-07")
    assert "补贴期限按现行规定执行" in body
    assert "6000元/年" not in body


def test_how_long_a_traineeship_runs_is_not_answered_by_another_measures_period(convo):
    # before (YB02, an agent): "见习期最长多久" heard the graduates' 灵活就业 "补贴期限最长不超过2年"; "最长几个月？写没写" then
    # heard the document's preamble
    asked(convo, "大连的就业见习补贴是什么标准", as_of="2026-12-07")
    body = asked(convo, "见习期最长能多久", as_of="2026-12-07")
    assert "最长不超过2年" not in body
    body = asked(convo, "那最长几个月？文件写了吗", as_of="2026-12-07")
    assert "现提出以下意见" not in body and "见习" in body


def test_an_unknown_number_of_a_place_whose_notice_has_none_reads_that_notices_clause():
    # before (YB01, an agent): "查一下聊政发…第6条" heard "下聊政发〔2020〕5号" and the nearest clause, 第4条
    from retrieval.references import find_reference

    ref = find_reference("麻烦查一下聊政发〔2020〕5号第6条")
    assert ref is not None and ref.unknown_document == "聊政发〔2020〕5号"
    assert ref.unnumbered_match and len(ref.clause_ids) == 1 and ref.clause_ids[0].startswith("liaocheng-2020:")
    other = find_reference("国办发〔2020〕6号第3条")
    assert other is not None and not other.unnumbered_match and not other.clause_ids


def test_the_unknown_number_is_said_unconfirmed_beside_the_notices_clause(convo):
    body = asked(convo, "帮忙查一下聊政发〔2020〕5号第6条", as_of="2026-12-07")
    assert "原文未载文号" in body and "残保金" in body
    assert "下聊政发" not in body


def test_what_applied_when_a_shop_opened_is_answered_on_that_day(convo):
    # before (YB10): "2020年3月…开的店，当时能领什么" was answered "按今天的政策"
    from actions.context import date_in_text

    assert date_in_text("我2020年5月在凌源开的饭店，那时候能领啥补贴", date(2026, 12, 7)) == date(2020, 5, 31)
    assert date_in_text("我2020年5月在凌源开的饭店，现在能领啥", date(2026, 12, 7)) is None
    body = started(convo, "我2020年5月在凌源开的饭店，那时候能领啥补贴", as_of="2026-12-07")
    assert "按2020年5月31日的政策" in body


def test_the_places_own_refund_under_another_name_is_listed_with_the_one_named(convo):
    # before (YA03, a 凌源 restaurant): "稳岗返还" listed the province's measures only; 凌源's "可返还其上年度实际缴纳失业
    # 保险费的 50%" never says 稳岗
    body = started(convo, "凌源开饭馆的 雇了6个人 社保都交 今年还有稳岗返还吗", as_of="2026-12-07")
    assert "可返还其上年度实际缴纳失业保险费的 50%" in body


def test_one_who_never_had_a_subsidy_has_none_that_ran_out():
    # before (YA09): "我没领过啥补贴" and the woman was asked three times whether her subsidy had run out
    from actions.profile_facts import extract

    assert (
        extract("从来没领过什么补贴 自己交的社保", date(2026, 12, 7)).get("flexible_si_subsidy_expired_unstable")
        is False
    )


def test_relief_asked_of_pension_and_deferral_is_the_sentence_naming_both(convo):
    # before (YA04, 2020-04-20): "养老…能不能减免或者缓交" heard (十二)'s incubators' "减免租金"
    started(convo, "大连一家贸易公司 疫情没订单了 30来个员工 社保能减免吗", as_of="2020-04-20")
    body = asked(convo, "没招人 我是问单位交的养老医疗能不能减免或者缓交", as_of="2020-04-20")
    assert "减免租金" not in body
    assert "缓缴社会保险费" in body


def test_clauses_for_a_group_the_person_denied_are_not_the_matching_ones():
    # before (YA08, YA10): "建档立卡贫困家庭高校毕业生…" to a man of 初中, "距法定退休年龄不足1年" to one of 30, as "直接相关"
    from actions.offered import matching

    hits = [
        {
            "clause_id": "lingyuan-2019-14:2.2",
            "highlights": ["对符合创业场地补贴申领条件的建档立卡贫困家庭高校毕业生，按上限给予补助。"],
        },
        {
            "clause_id": "lingyuan-2019-14:2.1",
            "highlights": ["对企业吸纳贫困劳动力就业的，参照就业困难人员落实社会保险补贴等政策。"],
        },
    ]
    kept = matching({"results": hits}, {"applicant_type": "person", "is_college_graduate": False})["results"]
    assert [h["clause_id"] for h in kept] == ["lingyuan-2019-14:2.1"]
    unsaid = matching({"results": hits}, {"applicant_type": "person"})["results"]
    assert "lingyuan-2019-14:2.2" in [h["clause_id"] for h in unsaid]  # not said either way: kept


def test_a_poor_hire_asking_what_the_employer_gets_hears_the_places_sentence():
    # before (YA08): "厂子招我这种贫困户能拿啥补贴" heard only that hiring subsidies go to the unit, twice
    from actions.payer_asked import reply

    said = reply("我是建档立卡户 工厂要是招了我 厂里能拿到啥补贴", "凌源市", date(2026, 12, 7))
    assert said is not None and "参照就业困难人员落实社会保险补贴" in said.text


def test_two_questions_in_one_message_each_hear_their_measure_and_no_false_absence(convo):
    # before (YB06): "招就业困难人员有补贴吗？还有稳岗返还今年能返不" was told "没有同时写到“稳岗返还”、“就业困难人员”的规定"
    # and heard only the 稳岗返还
    body = started(convo, "聊城的厂子 雇就业困难人员给补贴不？还有今年稳岗返还能不能返", as_of="2026-12-07")
    assert "没有同时写到" not in body
    assert "对企业吸纳就业困难人员稳定就业的" in body and "返还其上年度实际缴纳失业保险费的50%" in body
