"""The supervisor's seventh evaluation (/work/eval7/findings.md §4, §6, §8 "接着算"): questions asked twice,
questions that do not concern the person, too many questions, and "接着算" read as a hand-off. End to end
through POST /api/v1/chat; each test is one person of the evaluation, with its messages and dates, and
asserts what they read.

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval7_asking.py -q -p no:cacheprovider
"""

from __future__ import annotations

import pytest

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, asks, warm  # noqa: F401  (warm: the module's warm-up fixture)

INSURED = "贵企业是否依法参加失业保险并足额缴费？"
BUILDING = "贵单位是否为工程建设项目的建设单位或施工总承包企业"


def questions(person: Person) -> int:
    """How many different form questions the person was asked (one asked again after "没听明白" is one)."""
    return len(set(asked(person).splitlines()))


def asked(person: Person) -> str:
    """The form questions the person was asked (the message with the 是/否/不清楚 buttons), one a line; the
    summary's "还要看：…" is what is known said, not a question put to them."""
    return "\n".join(
        m["text"]
        for r in person.replies
        for m in r["messages"]
        if any(b["payload"] == "/dont_know" for b in m["buttons"])
    )


def talk(stack, as_of: str | None, *messages: str) -> Person:
    """A person of the evaluation, on its date, who has said these messages."""
    p = Person(stack, {"channel": "web", "as_of": as_of} if as_of else None)
    for message in messages:
        p.says(message)
    return p


def answer_in_turn(person: Person, *answers: str) -> None:
    """The answers given in order while the person is asked questions."""
    for answer in answers:
        if not asks(person.replies[-1]):
            return
        person.says(answer)


# ---- §4: questions about roles the person never spoke of ------------------------------------------------
RECOMMENDED = "您（贵单位）推荐的创业项目是否"
# (evaluation conversation, its date, its messages, the answer to every question after them, questions never put)
NOT_THEIRS = [
    (
        "R01",
        None,
        [
            "俺家老头子厂子黄了下岗了，俺们在大连，他能领点啥钱不？",
            "不创业，他都58了，就想领失业金",
            "俺说了不创业！去哪办失业金啊",
        ],
        None,
        [RECOMMENDED, "您是初次创业（首次领取工商营业执照）吗"],
    ),
    (
        "R13",
        None,
        [
            "我在大连瓦房店，单亲妈妈，失业了，能享受啥",
            "我不是问算不算，我问单亲妈妈失业了在瓦房店能领啥补贴",
            "否",
            "单亲妈妈打零工灵活就业，有没有社保补贴",
        ],
        "否",
        [RECOMMENDED, "被采纳的推荐项目已正常经营多少个月"],
    ),
    (
        "R09",
        "2020-06-01",
        ["个体户能享受创业带头人社保补贴吗 我在辽宁朝阳开了个小饭馆 雇了3个下岗的"],
        "否",
        [BUILDING],
    ),
    (
        "R10",
        "2020-05-01",
        ["咱大连这疫情期间新招的员工做核酸检测能报销不？一个人给多少", "俺们就是普通饭店 不是啥重点保障企业 能报不"],
        "不清楚",
        [BUILDING],
    ),
    (
        "R06",
        "2020-04-10",
        [
            "聊城复工企业一次性吸纳就业补贴咋算的？俺们2月20号招了5个人 都签了一年合同交了社保",
            "没有 俺们3月1号才复工 不是防疫物资厂",
        ],
        "不清楚",
        ["贵单位是就业见习单位（见习基地）吗"],
    ),
    (
        "R04",
        "2020-08-01",
        [
            "我是大连一家饭店的人事，招了4个人 都是登记失业半年以上的 每人每月社保900 一年能补多少",
            "签了，都是2年合同，社保也交了",
            "不是，就是普通饭店",
        ],
        "是",
        ["新招用了多少名建档立卡贫困人口", "新招用了多少名毕业年度高校毕业生"],
    ),
]


@pytest.mark.parametrize("case", NOT_THEIRS, ids=[c[0] for c in NOT_THEIRS])
def test_questions_that_do_not_concern_the_person_are_not_put(live_stack, case):
    _, as_of, messages, answer, never = case
    p = talk(live_stack, as_of, *messages)
    if answer:
        p.answer_all(answer)
    put = asked(p)
    assert not [q for q in never if q in put]


# ---- §4: a question answered is not asked again ------------------------------------------------------
def test_insurance_answered_with_more_words_is_asked_once_and_resuming_is_no_handoff(live_stack):  # R07
    p = talk(
        live_stack,
        "2019-06-01",
        "我老公在凌源一个厂上班，厂里效益不好，听说企业培训有补贴，他们厂搞培训能补多少",
        "交了。厂里确实困难，这次培训一共花了5万块",
        "交了交了 失业保险交了。那5万最多补多少",
        "不是稳岗返还，是培训！培训花了5万，按80%最多补多少",
    )
    resumed = text(p.says("接着算"))
    assert asked(p).count(INSURED) <= 1
    assert "转人工服务" not in resumed and "转接编号" not in resumed


def test_not_in_difficulty_said_in_words_is_not_asked_again(live_stack):  # R02
    p = talk(
        live_stack,
        "2020-07-01",
        "我们是聊城一家28人的小厂，疫情期间没裁员，稳岗返还能返多少？",
        "是，去年交了失业保险一共4万2",
        "不困难，正常生产",
    )
    p.answer_all("否")
    assert asked(p).count("暂时性生产经营困难且恢复有望？") == 1


def test_place_said_in_traditional_characters_is_not_asked(live_stack):  # R18
    p = talk(
        live_stack,
        None,
        "大連失業了，失業保險金能領多久？一個月多少錢？",
        "原文沒寫能領幾個月嗎？我57歲了",
        "我是男的，57歲，領失業金的期滿了還沒找到工作，能一直領到退休嗎",
    )
    p.answer_all("不清楚")
    assert "在哪个市或县" not in asked(p)


# ---- §6: a few questions, not a census -----------------------------------------------------------------
def test_graduate_on_flexible_employment_gets_few_questions_and_no_group_census(live_stack):  # R16
    p = talk(live_stack, None, "应届毕业生在大连灵活就业有啥补贴")
    answer_in_turn(p, "2026年6月30日", "2026年9月1日", "是", "否", "否", "否")
    body = asked(p)
    assert questions(p) <= 4
    assert "您是残疾人吗" not in body and "您是建档立卡贫困人口" not in body and "您是低保家庭成员吗" not in body


def test_zhuanghe_company_gets_at_most_four_questions(live_stack):  # R15
    p = talk(
        live_stack,
        "2020-08-01",
        "我们公司在大连庄河，今年招了3个应届高校毕业生、2个登记失业半年以上的，都签了两年合同交了社保，一共能拿多少补贴",
    )
    answer_in_turn(p, "否", "是", "0", "否", "5", "0")  # the evaluation's answers, while questions come
    assert questions(p) <= 4
    assert "贵单位吸纳了多少名大连市对口帮扶地区" not in asked(p)
