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
