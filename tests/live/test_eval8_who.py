"""Who the facts are about and where: the 12345 supervisor's eighth evaluation (/work/eval8/findings-A.md §3,
findings-B.md §2 §3: F01 F22 F25 F33 F23), end to end through POST /api/v1/chat with the real Rasa and action
server. Each test is one person and asserts what they read; the messages are the evaluation's own.

    .venv/bin/python -m pytest tests/live/test_eval8_who.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def test_a_wife_asking_for_her_laid_off_husband_is_a_person(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    body = text(p.says("俺家老头子在大连甘井子区的厂子里干了二十多年，今年被裁了，他56了，咋整啊，有啥补助没"))
    assert "企业身份" not in body and "一次性吸纳就业补贴" not in body


def test_a_definition_asked_three_ways_sets_no_fact_and_quotes_the_definition(live_stack):
    p = Person(live_stack)
    p.says("什么算就业困难人员")
    for message in (
        "那大连的呢，就业困难人员咋认定",
        "我没被认定，我就是问问啥样的人算",
        "你就告诉我就业困难人员的定义",
    ):
        body = text(p.says(message))
        assert "已被认定为就业困难人员：是" not in body, message
        assert "就业困难人员" in body and "您是否" not in body, message
    assert "难以实现就业的城镇登记失业人员" in body


def test_beijing_said_again_is_never_answered_with_liaoning_chaoyang(live_stack):
    p = Person(live_stack)
    assert "不在目前收录的范围内" in text(p.says("我在北京朝阳区失业了，能领啥补贴"))
    p.says("那朝阳市呢")
    p.metadata = {"channel": "web", "as_of": "2020-06-01"}
    for message in ("我在北京朝阳区失业了 能领啥", "我是北京的"):
        body = text(p.says(message))
        assert "北京" in body and "辽政发" not in body and "您距离法定退休年龄" not in body, message


def test_a_place_said_not_to_be_is_never_stored(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-06-01"})
    p.says("我系朝阳市双塔区嘅，冇咗工，失业保险金领得几耐")
    for message in ("我系朝阳市嘅，唔系凌源，失业补助金系咩", "唔系凌源！係朝阳市双塔区"):
        body = text(p.says(message))
        assert "所在地：凌源市" not in body and "凌政" not in body, message


def test_a_fathers_age_is_not_his_daughters(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-08-01"})
    p.says("俺56了，在瓦房店，失业金能领几年啊")
    body = text(p.says("俺闺女刚毕业在瓦房店找不着活，有见习补贴不"))
    assert "年龄：56" not in body and "见习补贴" in body
