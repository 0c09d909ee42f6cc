"""Who the facts are about and where (eval8 F01 F10 F08 F22 F25 F33 F23): the readers directly, and the turns
on the real domain, engine and search (tests/actions/conftest). Each failed on the code before the fix."""

from __future__ import annotations

from datetime import date

from actions import family_member
from actions.cited_replies import ActionAnswerQuestion
from actions.definition_words import DEFINITION, ONLY_ASKING
from actions.eligibility import ActionStartEligibility
from actions.profile_facts import extract, region
from tests.actions.conftest import answer_texts, slot_sets

DAY = date(2020, 7, 1)


def test_a_family_member_laid_off_is_a_person_not_the_works_he_worked_in():
    said = extract("俺家老头子在大连甘井子区的厂子里干了二十多年，今年被裁了，他56了，咋整啊，有啥补助没", DAY)
    assert said["applicant_type"] == "person" and said["age"] == 56


def test_an_owner_speaking_of_the_staff_kept_is_the_enterprise():
    said = extract("那我老家是大连瓦房店的，要是在瓦房店开饭馆呢，12个人没裁员，返多少", DAY)
    assert said["applicant_type"] == "enterprise" and said["layoffs"] == "none" and said["employees"] == 12
    assert "employment_status" not in said  # not 自主创业
    assert extract("我被裁了3个月了", DAY)["applicant_type"] == "person"


def test_a_group_named_in_a_question_is_no_fact_and_not_recognised_is_no():
    for text in (
        "那大连的呢，就业困难人员咋认定",
        "你就告诉我就业困难人员的定义",
        "参照就业困难人员能享受啥？给多少钱？",
    ):
        assert "is_hard_to_employ" not in extract(text, DAY), text
    assert extract("什么样的人算高校毕业生", DAY).get("is_college_graduate") is None
    assert extract("我没被认定，我就是问问啥样的人算", DAY)["is_hard_to_employ"] is False
    assert extract("我没被认定为就业困难人员", DAY)["is_hard_to_employ"] is False
    assert extract("我是就业困难人员能享受啥", DAY)["is_hard_to_employ"] is True  # said of the speaker


def test_definition_phrasings_are_definitions_and_asking_words_are_not_personal():
    for text in ("那大连的呢，就业困难人员咋认定", "我没被认定，我就是问问啥样的人算", "你就告诉我就业困难人员的定义"):
        assert DEFINITION.search(text), text
        assert "我" not in ONLY_ASKING.sub("", text), text


def test_a_negated_place_is_never_the_region():
    assert region("我系朝阳市嘅，唔系凌源，失业补助金系咩") == "朝阳市"
    assert region("唔系凌源！係朝阳市双塔区") == "朝阳市"
    assert region("不对，我在朝阳市双塔区，不在凌源") == "朝阳市"


def test_who_a_message_tells_of():
    assert family_member.subject("俺56了，在瓦房店，失业金能领几年啊") == "本人"
    assert family_member.subject("俺闺女刚毕业在瓦房店找不着活，有见习补贴不") == "闺女"
    assert family_member.switched(["俺56了，在瓦房店", "去哪办"], "俺闺女刚毕业在瓦房店找不着活")
    assert not family_member.switched(["俺家老头子今年被裁了"], "没有，刚裁的，还没领呢。他离退休还有4年")


def test_beijing_said_again_after_the_coverage_is_never_answered_with_chaoyang(convo):
    convo.say("我在北京朝阳区失业了，能领啥补贴", "ask_policy")
    messages, _ = convo.run(ActionAnswerQuestion())
    assert "不在目前收录的范围内" in answer_texts(messages)[0]
    convo.slots["region"] = "朝阳市"  # "那朝阳市呢" set it
    convo.say("我在北京朝阳区失业了 能领啥", "check_eligibility", metadata={"as_of": "2020-06-01"})
    messages, events = convo.run(ActionStartEligibility())
    body = "\n".join(answer_texts(messages))
    assert "北京市的政策这里没有收录" in body and "辽政发" not in body and "目前收录的是" not in body
    assert slot_sets(events)["region"] is None


def test_a_daughter_asked_about_after_the_father_is_not_merged_with_him(convo):
    convo.say("俺56了，在瓦房店，失业金能领几年啊", "ask_policy", metadata={"as_of": "2020-08-01"})
    convo.run(ActionAnswerQuestion())
    convo.say("俺闺女刚毕业在瓦房店找不着活，有见习补贴不", "check_eligibility", metadata={"as_of": "2020-08-01"})
    messages, events = convo.run(ActionStartEligibility())
    body = "\n".join(answer_texts(messages))
    assert "年龄：56" not in body and convo.slots.get("age") is None
    assert "见习" in body
