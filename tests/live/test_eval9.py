"""The 12345 supervisor's ninth evaluation (/work/eval9/findings-A.md, findings-B.md), end to end through
POST /api/v1/chat with the real Rasa and action server: what the person reads after the fixes. The messages are
the evaluation's own (live tests may use them; they are not NLU training examples).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval9.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def test_g30_a_sole_trader_hears_yes_with_the_granting_sentence_first(live_stack):
    p = Person(live_stack)
    body = text(p.says("个体户能不能享受创业担保贷款？我在大连甘井子开小饭馆"))
    # before: graduates' and 低保 measures, then "您是高校毕业生吗"
    lead = next(line for line in body.split("\n") if "能，须符合原文所列条件" in line)
    assert "均可按规定享受创业担保贷款扶持政策" in lead and "大政发〔2017〕46号" in lead


def test_g28_a_clause_number_every_part_restarts_is_asked_back(live_stack):
    p = Person(live_stack)
    body = text(p.says("凌源那个文件第一条说的啥"))
    # before: 五、（一）加强组织领导, silently
    assert "每一部分都从“（一）”重新编号" in body and "一、（一）做好高校毕业生就业工作" in body


def test_g17_a_firm_asking_what_tax_it_saves_hears_the_deduction_first(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2021-06-01"})
    body = text(
        p.says("普兰店一个小物流公司 今年1月招了3个失业一年多的人 都有就业创业证 签了3年合同交了社保 税上能减多少")
    )
    listed = body.split("与您的问题相关的政策有：", 1)[-1].lstrip("\n")
    assert listed.startswith("1. 企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费"), body
    # the card alone is not the note "企业吸纳税收政策" the text asks for (eval61 ruling): no sum until it is said
    assert "每年最高23400元" not in listed and "注明“企业吸纳税收政策”" in listed, body


def test_g07_a_delivery_rider_is_a_person(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-10-10"})
    body = text(p.says("我是聋哑人 去年大学毕业 一直没找到单位，现在在甘井子送外卖，自己按灵活就业交社保 有补贴吗"))
    assert "企业身份" not in body and "贵企业" not in body


def test_g27_the_typed_check_button_is_followed_by_the_first_question(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-03-25"})
    p.says("东阿县一家食品厂，2020年3月5日复工的，2月20号以后新招了20个人都签了一年合同交了社保，能拿多少")
    body = text(p.says("按我的情况算一算"))
    # before: "我问您几个问题（最多4个）。" and no question; "然后呢，你要问什么" → "目前没有需要您回答的问题"
    if "我问您几个问题" in body:
        assert body.rstrip().endswith(("？", "?")), body
    assert "目前没有需要您回答的问题" not in text(p.says("然后呢，你要问什么"))
