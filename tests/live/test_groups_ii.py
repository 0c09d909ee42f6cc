"""Who is asking, and the measures for their group first: the 12345 supervisor's evaluation of
2026-12-02 (eval5 findings §4 and §5), end to end through POST /api/v1/chat with the real Rasa and
action server. Each test is one person and asserts what they read. None of these messages is an NLU
training example (tests/bot/test_held_apart.py).

    .venv/bin/python -m pytest tests/live/test_groups_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)

AS_OF = {"channel": "web", "as_of": "2020-07-01"}


def said(person: Person, since: int = 0) -> str:
    return "\n".join(text(r) for r in person.replies[since:])


def first_measure(reply: dict) -> str:
    """The first numbered measure of a first reply ("1. …")."""
    return next((line for line in text(reply).splitlines() if line.startswith("1. ")), "")


def test_liaocheng_shop_owner_asks_as_an_employer(live_stack):
    # E36: "俺是开小超市的" was read as 个人, and the 30人以下企业 残保金 line never applied to him
    p = Person(live_stack)
    p.says("俺聊城的 听说有个稳就业文件第六条 说的啥 中不中 俺能用不")
    body = text(p.says("俺是开小超市的"))
    assert "您是以个人身份咨询" not in body and "申请身份" not in body
    assert "您是以企业身份咨询" in body


def test_dalian_casual_worker_of_48_hears_the_hard_to_employ_measure_first(live_stack):
    # E23: 就业困难残疾人 60% led for a woman who said neither 残疾 nor 就业困难
    p = Person(live_stack, AS_OF)
    reply = p.says("俺48岁 女的 在大连打零工 社保能补不")
    lead = first_measure(reply)
    assert "残疾" not in lead and "高校毕业生" not in lead
    assert "就业困难人员灵活就业社会保险补贴（应缴费的30%）" in text(reply)
    assert "您是残疾人吗" not in text(reply)


def test_dalian_disabled_job_seeker_is_not_led_by_the_graduates_clause(live_stack):
    # E09: 残疾高校毕业生 measures offered first to a disabled person not known to be a graduate
    p = Person(live_stack, AS_OF)
    reply = p.says("俺是残疾人 在大连想找个活干 有啥扶持")
    lead = first_measure(reply)
    assert lead and "高校毕业生" not in lead
    assert "残疾" in lead


def test_correction_of_the_place_stores_no_answer_to_the_pending_question(live_stack):
    # E19: "不对 我在凌源" also stored 与新招用人员签订1年以上劳动合同：否
    p = Person(live_stack, AS_OF)
    p.says("我在大连 招了一个高校毕业生 能补多少")
    body = text(p.says("不对 我在凌源"))
    assert "凌源市" in body
    assert "劳动合同：否" not in body and "签订1年以上劳动合同" not in body.split("如有不对")[0]
