"""Faults found in the twentieth session's third round (evaluation 102: /work/eval102/ findings-A.md, findings-B.md):
answered on the real engine. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import answer_texts


def _started(convo, text: str, as_of: str) -> str:
    from actions.eligibility import ActionStartEligibility

    convo.say(text, "check_eligibility", metadata={"as_of": as_of})
    return "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))


def test_one_asking_for_a_neighbours_daughter_is_not_answered_by_her_own_age(convo):
    # before (eval102 SA11, a retired teacher of 65): "不是我 是邻居家闺女…" heard "按您说的年龄（65岁）推算，已过法定退休年龄"
    # three times
    body = _started(convo, "我退休好几年了 今年六十六 想打听下现在的大学生毕业了没工作有啥补贴 聊城的", "2026-12-07")
    assert "已过法定退休年龄" not in body, body
    body = _started(convo, "不是问我自己 是帮我外甥女问 她二十四 前年毕业的", "2026-12-07")
    assert "退休年龄" not in body and convo.slots.get("age") in (None, 24), (body, convo.slots.get("age"))


def test_the_years_to_retirement_the_person_was_told_stand_over_any_reckoning(convo):
    # before (eval102 SA02, a woman of 57 told by her employer she retires in a year): "单位说我还得干一年来的才退" was read as
    # a firm, and she heard twice that she was past the age and 续领至退休 was not hers
    from datetime import date

    from actions.profile_facts import extract
    from actions.retirement_age import past

    said = extract("俺是女的 单位说我还得再干一年才退", date(2026, 12, 7))
    assert said.get("applicant_type") == "person" and said.get("years_to_retirement") == 1, said
    assert not past({"age": 57, "gender": "female", "years_to_retirement": 1.0}, date(2026, 12, 7))
    _started(convo, "大连的 今年57 单位要裁人 我要是被裁了能领啥", "2026-12-07")
    body = _started(convo, "我是女的 单位说我还得再干一年才退 被裁了失业金能领到退休不", "2026-12-07")
    assert "已过法定退休年龄" not in body and "已到法定退休年龄" not in body, body
    assert "可继续领取失业保险金直至法定退休年龄" in body, body


def test_per_month_asked_of_a_clause_stating_the_standard_quotes_it(convo):
    # before (eval102 SA01, a 中专 graduate in 凌源, 2019-10-10): "一个月多少" after the 见习 clause heard "原文没有写明就业
    # 见习补贴的具体金额或标准" beside "见习人员见习期间基本生活费不低于当地最低工资标准 60%"
    from tests.actions.conftest import asked

    asked(convo, "凌源 中职毕业半年了 见习能去吗", as_of="2019-10-10")
    body = asked(convo, "那每个月给多少", as_of="2019-10-10")
    assert "不低于当地最低工资标准 60%" in body and "原文没有写明" not in body, body


def test_a_figure_named_and_combining_asked_are_answered_from_the_clause(convo):
    # before (eval102 SB10, SB06, agents): "凌源20万那个是给谁的" heard the 10万元 sentence; "文件里有没有说不能重复享受" after
    # 18号（九） heard 18号（十五）'s 公益性岗位 extension
    from tests.actions.conftest import asked

    asked(convo, "凌源 创业担保贷款 最高多少", as_of="2026-12-07")
    body = asked(convo, "那个20万的是给啥人的", as_of="2026-12-07")
    assert "大学生在高新技术领域实现自主创业的，贷款最高额度不超过20万元" in body, body
    asked(convo, "大政发〔2020〕18号 第九条", as_of="2020-09-01")
    body = asked(convo, "这条写没写不能重复享受", as_of="2020-09-01")
    assert "对同一类人员的补助或补贴不可同时享受" in body and "公益性岗位" not in body, body


def test_how_a_status_counts_is_its_definition_and_a_business_before_is_no_first(convo):
    # before (eval102 SB08): "初次创业怎么算" heard 辽政发（十）'s 200元/人; "以前开过店关了的算不算" was recorded 初次创业：是
    from datetime import date

    from actions.profile_facts import extract
    from tests.actions.conftest import asked

    body = asked(convo, "那初次创业咋算", as_of="2026-12-07")
    assert "初次创业（指首次领取工商营业执照）" in body and "200元" not in body, body
    assert extract("我早些年开过个店 后来不干了 现在又想开", date(2026, 12, 7)).get("first_time_business") is False


def test_one_who_cannot_phone_is_told_another_way_than_the_phone(convo):
    # before (eval102 SA08, a deaf man, rated 1): "我聋 打不了电话 去哪" was sent "请拨打12345…" twice
    from actions.handoff import ActionHandoff

    convo.say("我听不见 打不了电话 转人工吧", "handoff", metadata={"as_of": "2026-12-07"})
    body = "\n".join(answer_texts(convo.run(ActionHandoff())[0]))
    assert "不方便打电话" in body and "当面咨询" in body, body


def test_the_spaces_typed_reach_the_readers_though_the_classifier_reads_without_them(convo):
    # before (eval102 SB04, SA10): the API takes the spaces between Chinese words out for DIET (Rasa #7910), so
    # "大连 失业 50岁 女" reached the actions as "大连失业50岁女" and 女 was never read (asked "您的性别是" after it); the
    # message as typed now rides in the metadata and the readers take it
    from actions.eligibility import ActionStartEligibility

    convo.say("大连失业50岁女", "inform", metadata={"as_of": "2026-12-07", "typed": "大连 失业 50岁 女"})
    convo.run(ActionStartEligibility())
    assert convo.slots.get("gender") == "female" and convo.slots.get("age") == 50, convo.slots
