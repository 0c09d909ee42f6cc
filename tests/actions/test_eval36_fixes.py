"""Evaluation 36's findings (/work/eval36/findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract

DAY = date(2026, 12, 5)


def test_a_group_denied_after_its_word_is_no():
    # before (T01): "退役军人不是 零就业也不是" was recorded 退役军人：是
    assert extract("退役军人也不是 低保也不是 就是岁数大了", DAY).get("is_veteran") is False
    assert extract("我是退役军人 没有别的收入", DAY).get("is_veteran") is True


def test_a_group_named_as_the_measure_asked_about_is_not_the_speakers():
    # before (T01): "不对 我不是出租房子 我是问就业困难人员灵活就业社保补贴" was recorded 已被认定为就业困难人员：是、
    # 就业状态：灵活就业、租用经营场地：是
    found = extract("不是出租房子的事 我问的是就业困难人员灵活就业社保补贴 补多少", DAY)
    assert "is_hard_to_employ" not in found and "employment_status" not in found
    assert found.get("rents_business_premises") is not True
    assert extract("我是就业困难人员 想问灵活就业社保补贴", DAY).get("is_hard_to_employ") is True
    # before (T09): "这是大学生的吧 我妈不是大学生" was recorded 高校毕业生：是
    assert extract("这些是给大学生的吧 我爸不是大学生 他是下岗工人", DAY).get("is_college_graduate") is not True


def test_asking_oneself_whether_one_was_recognised_denies_nothing():
    # before (T09): "认没认定困难人员不知道" was recorded 纳入就业困难人员范围：否
    assert "is_hard_to_employ" not in extract("她登记过失业 认没认定困难人员我不知道", DAY)
    assert extract("我没被认定为就业困难人员", DAY).get("is_hard_to_employ") is False


def test_a_worker_in_the_works_whose_benefit_ran_out_is_a_person():
    # before (T07): "在厂里是工人 失业金3月份领完了" was read as 企业 and heard 稳岗返还 sums of her age
    found = extract("我是聊城的 今年55 在厂里是普工 失业金上个月领完了 还能接着领不", date(2021, 4, 1))
    assert found.get("applicant_type") == "person"


def test_how_long_is_answered_by_the_sentence_giving_a_length():
    from answers.clause_detail import detail
    from answers.clause_json import as_hit
    from knowledge.records import load_clauses

    # before (T19): "补多久" after 凌源 三、（三）'s 留用率 sentence heard it again ("见习期满" is no length)
    rec = next(r for r in load_clauses() if r.clause_id == "lingyuan-2019-14:3.3")
    cited = next(s.text for s in rec.sentences if "留用率" in s.text)
    reply = detail(as_hit(rec, DAY, [cited]), "times", DAY, "能补多长时间")
    assert "3—12 个月" in reply.text or "3—12个月" in reply.text, reply.text


def test_how_long_it_runs_is_asked_of_the_clause_in_play():
    from actions.clause_in_play import kind_of, own_words

    # before (T15): "延长到什么时候" after 聊城 第7条 was searched anew and heard 第4条's "再延长1年"
    assert kind_of("这个延长到什么时候") == "in_force"
    assert "延长" not in own_words("那这个延长到啥时候")


def test_a_listed_measure_named_by_its_rate(convo):
    from actions.turns import special

    # before (T01): "就那个30%的 …补几年" after a list holding 46号（十五）'s 30% heard 18号（二）'s 房产税 (出租)
    convo.slots.update(
        region="大连市",
        applicant_type="person",
        is_college_graduate=False,
        candidates=[
            "dalian-2017-46.hard-to-employ-flexible-social-insurance",
            "dalian-2017-46.graduate-flexible-social-insurance",
            "dalian-2020-18.disabled-business-premises",
        ],
    )
    convo.say("就那个30%的 我开出租车以后能补几年", "ask_policy", metadata={"as_of": "2026-12-05"})
    reply = special("就那个30%的 我开出租车以后能补几年", convo.tracker()).replies[0]
    assert "其余人员距法定退休年龄1年时给予最长不超过1年的补贴" in reply.text, reply.text
    assert "房产税" not in reply.text


def test_a_text_issued_after_the_day_asked_is_not_offered(convo):
    from tests.actions.conftest import started

    # before (T22): on 2020-02-15 a 大连 firm heard three measures of 大政发〔2020〕18号 (issued 2020-06-30), badged 未开始
    body = started(convo, "我们公司在大连 过几天复工 市里对复工的企业有什么扶持", as_of="2020-02-15")
    assert "2020年6月30日印发" in body and "还没有出台" in body, body
    listed = body.split("与您的身份相符的有：")[-1]
    assert "大政发〔2020〕18号" not in listed and "大政发〔2017〕46号" in listed, body


def test_a_question_searched_on_a_day_before_its_text_hears_what_applied_then(convo):
    from tests.actions.conftest import asked

    body = asked(convo, "大连对复工复产的企业 有哪些扶持政策", as_of="2020-02-15")
    # eval45: the later text is not named in a cited answer; the texts of the day answer
    assert "已印发的收录文件中" in body and "大政发〔2020〕18号" not in body, body


def test_a_bound_of_a_condition_is_no_length_to_be_paid_for():
    from actions.own_figures import said_months

    # before (T12): "算不算在2年内" was worked as 24 months of the 6000元/年 premises subsidy = 12000元
    assert said_months("你就说我算不算在2年内 基数是多少", DAY) is None
    assert said_months("我想交满18个月 能补多少", DAY) == (18, "18个月", None)
